/**
 * One representative request per route (every entry of ROUTES, /health included), how to set it
 * up, what it must answer, and the fewest DynamoDB requests it can make given the contract
 * (../shared/API.md) and the data model (shared/entities). The sections share these: cold starts,
 * warm latency and throughput send the requests; the requests section counts what they cost against
 * `minimum`.
 *
 * Fixtures are made through the real handlers in-process (`invoke`), never by writing items by hand,
 * and `prepare` makes them fresh on every call: it runs many times in one org (warm loops), so every
 * code, slug, username and email is random.
 *
 * The five scenarios of every resource declared `crud: true` derive from its declaration
 * (scenarios/crud.ts: its example, unique fields and references); what differs for one of them is an
 * override. The other routes' scenarios are written out in scenarios/ by area.
 *
 * Minimums count requests by SDK command name without "Command". The common reasoning:
 * - a get is 1 GetItem; a list page is 1 Query (a page's items are one key range of one index);
 * - every change writes its audit event in the same transaction (API.md, Audit), and uniqueness
 *   guards and reference counts are items of that transaction, so a create is 1 TransactWriteItems:
 *   a reference that must exist is checked by that transaction's own condition on the referenced
 *   item (a count it raises), not by a read before it;
 * - an update, delete or lifecycle step answers with (and records as `before`/`after`) the whole
 *   resource at the version it conditions on, which a transaction cannot return: 1 read + 1
 *   transaction;
 * - a plan as the API shows it carries each item's `childProductIds`, which live on the items'
 *   root products (`childIds`): showing plans costs 1 BatchGetItem for all their products.
 */
import { type Route, routeKey } from '../shared/routes.ts';
import { PLAN_SCENARIOS, PRICE_SCENARIOS, PRODUCT_OVERRIDES } from './scenarios/catalog.ts';
import { CRUD_RESOURCES, type CrudOverrides, crudScenarios } from './scenarios/crud.ts';
import { type Scenario, scenario } from './scenarios/kit.ts';
import { READ_SCENARIOS, SUBSCRIPTION_SCENARIOS } from './scenarios/subscriptions.ts';

export type { Scenario } from './scenarios/kit.ts';

/** What differs from the derived scenarios, per CRUD resource. */
const CRUD_OVERRIDES: Readonly<Record<string, CrudOverrides>> = { products: PRODUCT_OVERRIDES };

export const SCENARIOS: readonly Scenario[] = [
  scenario(
    'health',
    200,
    { requests: {}, reason: 'a liveness answer that touches no data: no request' },
    async () => ({ pathParameters: {} }),
  ),
  ...CRUD_RESOURCES.flatMap((resource) => crudScenarios(resource, CRUD_OVERRIDES[resource.collection])),
  ...PRICE_SCENARIOS,
  ...PLAN_SCENARIOS,
  ...SUBSCRIPTION_SCENARIOS,
  ...READ_SCENARIOS,
];

const byKey = new Map(SCENARIOS.map((s) => [routeKey(s.route), s]));

/** The scenario of a route (by the route, its `METHOD path` key, or its handler), or throws. */
export const scenarioOf = (route: Route | string): Scenario => {
  const key = typeof route === 'string' ? route : routeKey(route);
  const found = byKey.get(key) ?? SCENARIOS.find((s) => s.route.handler === key);
  if (!found) throw new Error(`no bench scenario for ${key}`);
  return found;
};

/** The total of a breakdown of requests by command. */
export const totalRequests = (requests: Record<string, number>): number =>
  Object.values(requests).reduce((sum, n) => sum + n, 0);
