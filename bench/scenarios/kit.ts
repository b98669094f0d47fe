/**
 * What every scenario file uses: the `Scenario` shape, real requests through the handlers for fixtures,
 * and the minimums shared by many routes (their reasoning is in ../scenarios.ts).
 */
import { randomUUID } from 'node:crypto';
import { ROUTES, type Route, routeKey } from '../../shared/routes.ts';
import { type BenchRequest, expectStatus, invoke } from '../lib/env.ts';

export interface Scenario {
  route: Route;
  /**
   * Creates, in `org`, everything one request needs — fresh on every call (it is called many times:
   * cold-start runs, warm loops) — and returns that request. Fixtures are made through the real
   * handlers in-process (bench/lib/env.ts `invoke`), not by writing items by hand.
   */
  prepare: (org: string) => Promise<BenchRequest>;
  /** The status the request must answer with (200/201/204). */
  status: number;
  /**
   * The fewest DynamoDB requests this route can make for this request, by SDK command name without
   * "Command" (GetItem, Query, BatchGetItem, TransactWriteItems, PutItem, ...), and why that is the
   * minimum.
   */
  minimum: { requests: Record<string, number>; reason: string };
}

export const routeOf = (handler: string): Route => {
  const route = ROUTES.find((r) => r.handler === handler);
  if (!route) throw new Error(`no route with handler ${handler}`);
  return route;
};

/** A short random suffix for codes, slugs, usernames and emails. */
export const rand = () => randomUUID().replaceAll('-', '').slice(0, 10);

export type Json = Record<string, unknown>;

/** Calls a route's real handler and returns its JSON body, or throws unless it answered `status`. */
export const call = async (handler: string, request: BenchRequest, status: number): Promise<Json> => {
  const route = routeOf(handler);
  return expectStatus(await invoke(route, request), status, `fixture ${routeKey(route)}`);
};

export const org = (orgId: string, more: Record<string, string> = {}) => ({ orgId, ...more });
export const idOf = (body: Json) => body.id as string;

export const times = async <T>(n: number, make: () => Promise<T>): Promise<T[]> => {
  const made: T[] = [];
  for (let i = 0; i < n; i++) made.push(await make());
  return made;
};

export const scenario = (
  handler: string,
  status: number,
  minimum: Scenario['minimum'],
  prepare: Scenario['prepare'],
): Scenario => ({ route: routeOf(handler), status, minimum, prepare });

// --- Minimums shared by many routes ----------------------------------------------------------

export const GET = { requests: { GetItem: 1 }, reason: 'one item by its key: 1 GetItem' };
export const LIST = {
  requests: { Query: 1 },
  reason: 'a page is one key range of one index (the filter picks the index): 1 Query',
};
export const CREATE = (what: string) => ({
  requests: { TransactWriteItems: 1 },
  reason: `the new item, ${what}and its audit event, all or nothing: 1 TransactWriteItems`,
});
export const UPDATE = (what = '') => ({
  requests: { GetItem: 1, TransactWriteItems: 1 },
  reason: `read the current item (version to condition on, \`before\` image, the whole resource to answer); 1 transaction with the patch conditioned on that version, ${what}its audit event`,
});
export const DELETE = (what = '') => ({
  requests: { GetItem: 1, TransactWriteItems: 1 },
  reason: `read the item (its \`before\` image and version); 1 transaction with the delete conditioned on the version${what}, and its audit event`,
});
export const PLAN_STEP = (step: string) => ({
  requests: { GetItem: 1, BatchGetItem: 1, TransactWriteItems: 1 },
  reason: `read the plan (status and version for the condition, the before image); 1 BatchGetItem of its products for the items' childProductIds (response and audit images); 1 transaction: the ${step} conditioned on version and status, and its audit event`,
});
export const BULK = (what: string) => ({
  requests: { BatchGetItem: 2, TransactWriteItems: 3 },
  reason: `the 3 plans by key in 1 BatchGetItem${what}; their products' childProductIds (audit images) in 1 more BatchGetItem; each plan its own transaction with its event, so one refused plan never blocks the others: 3 TransactWriteItems`,
});
