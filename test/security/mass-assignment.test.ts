/**
 * Mass assignment and data exposure (API.md, "Requests": read-only fields are unknown fields; a
 * request that fails validation writes nothing). Generated from the route table: every write route
 * with a body is sent each field the contract does not let it set, and every route is crawled to
 * check that no response, and no audit image, carries an internal attribute.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import { ROUTES, type Route, routeKey } from '../../shared/routes.ts';
import { type ApiResponse, adminToken, errorPaths, expectProblem, newOrg, useApi } from '../support/api.ts';
import { createCompany, createGroup, createPackage, createPlan, createProduct } from '../support/catalog.ts';
import { offerBody, rand } from '../support/fixtures.ts';
import {
  COMMON_READ_ONLY,
  CONTRACT_FIELDS,
  forgedValue,
  internalKeys,
  RESOURCE_OF_ENTITY,
  refusedFields,
  resourceOf,
  sampleBody,
} from '../support/security.ts';
import { auditTrail, inBatches, snapshot } from '../support/security-checks.ts';
import { hasBody, named, type Params, requestPath, type Seed, seedOrg } from '../support/security-seed.ts';
import { bind, createActivePlan, createSubscriber } from '../support/subscriptions.ts';

const api = useApi();

/** Where every forged body is refused: it must stay exactly as seeded. */
let seed: Seed;

const bodyRoutes = ROUTES.filter((r) => r.auth && hasBody(r));

const call = (
  route: Route,
  params: Params,
  body: Record<string, unknown> | undefined,
  headers: Record<string, string> = {},
) =>
  api.request(route.method, requestPath(route, params), {
    token: adminToken(params.orgId ?? ''),
    headers,
    ...(body !== undefined ? { body } : {}),
  });

/** A 400 validation_failed whose only error is `path`, with no internal attribute in the problem. */
const expectRefusedField = (res: ApiResponse<unknown>, path: string, label: string) => {
  expect(res.status, `${label}: ${res.status} ${res.text}`).toBe(400);
  const problem = expectProblem(res, 400, 'validation_failed');
  expect(errorPaths(problem), `${label}: ${res.text}`).toEqual([path]);
  expect(internalKeys(res.body)).toEqual([]);
};

describe('mass assignment', () => {
  beforeAll(async () => {
    seed = await seedOrg(api, newOrg('sec-mass'));
  });

  describe.each(named(bodyRoutes))('%s', (_name, route) => {
    it('refuses each read-only or internal field with 400 validation_failed naming it, changing nothing', async () => {
      const fields = refusedFields(route);
      expect(fields).toEqual(expect.arrayContaining([...COMMON_READ_ONLY, 'pk', '__edb_e__', 'refCount']));
      const before = await snapshot(api, route, seed.params);
      await inBatches(fields, 8, async (field) => {
        const body = { ...sampleBody(route, seed), [field]: forgedValue(field) };
        expectRefusedField(await call(route, seed.params, body), field, field);
      });
      expect(await snapshot(api, route, seed.params), 'a refused body changed something').toEqual(before);
    });
  });

  it.each(named(bodyRoutes.filter((r) => r.handler === 'plans/create' || r.handler === 'plans/update')))(
    "%s refuses a plan item's read-only childProductIds, changing nothing",
    async (_name, route) => {
      const before = await snapshot(api, route, seed.params);
      const item = {
        productId: seed.params.productId,
        priceId: seed.params.priceId,
        childProductIds: [seed.childProductId],
      };
      const body = { ...sampleBody(route, seed), items: [item] };
      expectRefusedField(await call(route, seed.params, body), 'items.0.childProductIds', 'childProductIds');
      expect(await snapshot(api, route, seed.params)).toEqual(before);
    },
  );
});

interface Crawled {
  label: string;
  route: Route;
  res: ApiResponse<unknown>;
}

describe('data exposure', () => {
  const crawled: Crawled[] = [];
  let crawlSeed: Seed;

  /**
   * Calls every route of the table once as an admin, with targets chosen so each succeeds: reads,
   * then creates, updates, lifecycle steps, bind, cancel and bulk (each POST replayed with its
   * Idempotency-Key), then deletes, then every read again.
   */
  beforeAll(async () => {
    const org = newOrg('sec-crawl');
    crawlSeed = await seedOrg(api, org);
    const [toPublish, toUnpublish, toArchive, toRestore, toBulkArchive, toDelete, toBulkDelete] =
      await Promise.all([
        createPlan(api, org),
        createActivePlan(api, org),
        createActivePlan(api, org),
        createActivePlan(api, org),
        createActivePlan(api, org),
        createPlan(api, org),
        createPlan(api, org),
      ]);
    const archived = await api.request('POST', `/orgs/${org}/plans/${toRestore.id}/archive`);
    expect(archived.status, archived.text).toBe(200);
    const [pkg, offer, group, company, product, subscriber] = await Promise.all([
      createPackage(api, org),
      api.request<{ id: string }>('POST', `/orgs/${org}/offers`, {
        body: offerBody(crawlSeed.params.packageId ?? ''),
      }),
      createGroup(api, org, { name: 'Spare' }),
      createCompany(api, org, { name: 'Spare' }),
      createProduct(api, org),
      createSubscriber(api, org),
    ]);
    expect(offer.status, offer.text).toBe(201);
    const extender = await createSubscriber(api, org);
    const toExtend = await bind(api, org, { subscriberId: extender.id, planId: crawlSeed.activePlanId });
    const ORG = '/orgs/{orgId}';
    const params: Record<string, Params> = {
      [`POST ${ORG}/plans/{planId}/publish`]: { planId: toPublish.id },
      [`POST ${ORG}/plans/{planId}/unpublish`]: { planId: toUnpublish.id },
      [`POST ${ORG}/subscriptions/{subscriptionId}/extend`]: { subscriptionId: toExtend.id },
      [`POST ${ORG}/plans/{planId}/archive`]: { planId: toArchive.id },
      [`POST ${ORG}/plans/{planId}/restore`]: { planId: toRestore.id },
      [`DELETE ${ORG}/plans/{planId}`]: { planId: toDelete.id },
      [`DELETE ${ORG}/packages/{packageId}`]: { packageId: pkg.id },
      [`DELETE ${ORG}/offers/{offerId}`]: { offerId: offer.body.id },
      [`DELETE ${ORG}/plan-groups/{groupId}`]: { groupId: group.id },
      [`DELETE ${ORG}/companies/{companyId}`]: { companyId: company.id },
      [`DELETE ${ORG}/products/{productId}`]: { productId: product.id },
      [`DELETE ${ORG}/subscribers/{subscriberId}`]: { subscriberId: subscriber.id },
    };
    const bodies: Record<string, Record<string, unknown>> = {
      [`POST ${ORG}/plans/bulk-archive`]: { planIds: [toBulkArchive.id] },
      [`POST ${ORG}/plans/bulk-delete`]: { planIds: [toBulkDelete.id] },
    };

    const phase = (route: Route) => (route.method === 'GET' ? 0 : route.method === 'DELETE' ? 2 : 1);
    const run = async (route: Route, pass: string) => {
      const key = routeKey(route);
      const target = { ...crawlSeed.params, ...params[key] };
      const body = bodies[key] ?? sampleBody(route, crawlSeed);
      const headers: Record<string, string> =
        route.method === 'POST' ? { 'idempotency-key': `crawl-${rand()}` } : {};
      crawled.push({ label: `${pass} ${key}`, route, res: await call(route, target, body, headers) });
      if (route.method === 'POST') {
        crawled.push({ label: `replay ${key}`, route, res: await call(route, target, body, headers) });
      }
    };
    // Reads and deletes touch distinct items and run a few at a time; writes run one by one.
    for (const current of [0, 1, 2]) {
      await inBatches(
        ROUTES.filter((r) => phase(r) === current),
        current === 1 ? 1 : 4,
        (r) => run(r, current === 0 ? 'first' : 'only'),
      );
    }
    await inBatches(
      ROUTES.filter((r) => r.method === 'GET'),
      4,
      (r) => run(r, 'after writes'),
    );
  });

  it('lets an admin call every route of the table with the sample requests (so each refusal above is the forged field alone)', () => {
    for (const route of ROUTES) {
      expect(
        crawled.some((c) => c.route === route),
        `${routeKey(route)} was not crawled`,
      ).toBe(true);
    }
    const failed = crawled.filter((c) => c.res.status < 200 || c.res.status >= 300);
    expect(failed.map((c) => `${c.label}: ${c.res.status} ${c.res.text}`)).toEqual([]);
  });

  it('never returns an internal attribute in any response body', () => {
    const leaks = crawled.flatMap((c) => internalKeys(c.res.body).map((path) => `${c.label}: ${path}`));
    expect(leaks).toEqual([]);
  });

  it("returns each resource with exactly the contract's fields", () => {
    const mismatches: string[] = [];
    for (const { label, route, res } of crawled) {
      const own = CONTRACT_FIELDS[resourceOf(route)];
      const body = res.body as { id?: unknown; items?: unknown; nextCursor?: unknown } | null;
      if (!own || body === null || typeof body !== 'object') continue;
      const isPage = Array.isArray(body.items) && 'nextCursor' in body;
      const resources = isPage ? body.items : body.id !== undefined ? [body] : [];
      const expected = [...COMMON_READ_ONLY, ...own].sort();
      for (const resource of resources as Record<string, unknown>[]) {
        const keys = Object.keys(resource).sort();
        if (JSON.stringify(keys) !== JSON.stringify(expected)) {
          mismatches.push(`${label}: ${keys.join(',')} is not ${expected.join(',')}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('never puts an internal attribute in an audit event, its before or its after image', async () => {
    const events = await auditTrail(api, crawlSeed.org);
    const writes = ROUTES.filter((r) => r.access === 'write').length;
    expect(events.length).toBeGreaterThanOrEqual(writes);
    expect(events.some((e) => e.before !== null && e.after !== null)).toBe(true);
    expect(events.some((e) => e.before !== null && e.after === null)).toBe(true);
    const leaks = events.flatMap((e) => internalKeys(e).map((path) => `${e.action} ${e.entityId}: ${path}`));
    expect(leaks).toEqual([]);
  });

  it("records audit images with exactly the contract's fields of their resource", async () => {
    const events = await auditTrail(api, crawlSeed.org);
    expect(events.length).toBeGreaterThanOrEqual(ROUTES.filter((r) => r.access === 'write').length);
    const mismatches: string[] = [];
    const check = (event: AuditEventResource, image: Record<string, unknown> | null, side: string) => {
      const own = CONTRACT_FIELDS[RESOURCE_OF_ENTITY[event.entityType] ?? ''] ?? [];
      const expected = [...COMMON_READ_ONLY, ...own].sort();
      const keys = image === null ? expected : Object.keys(image).sort();
      if (JSON.stringify(keys) !== JSON.stringify(expected)) {
        mismatches.push(`${event.action} ${side}: ${keys.join(',')} is not ${expected.join(',')}`);
      }
    };
    for (const event of events) {
      check(event, event.before, 'before');
      check(event, event.after, 'after');
    }
    expect(mismatches).toEqual([]);
  });
});
