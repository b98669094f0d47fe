/**
 * Dry runs (API.md "Dry run"), generated from the route table: for every write route, each of its
 * scenarios is sent with `?dryRun=true` and then for real, against an org holding one of every
 * resource. The dry run must leave the whole table exactly as it was (a Scan of this file's own
 * table, before and after), answer `Dry-Run: true`, and give the same status, headers and body (up to
 * new ids and timestamps) as the real request right after it. With an `Idempotency-Key` it stores
 * nothing: the real request with the same key then runs fresh. A write route without a scenario
 * here fails this file, so a new route must say how its dry run is proven.
 */
import { describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('dry-run'));

import type { PlanResource } from '../../shared/plans/schemas.ts';
import { ROUTES, type Route, routeKey } from '../../shared/routes.ts';
import { type ApiResponse, expectProblem, newOrg, useApi } from '../support/api.ts';
import { createPlan, MISSING } from '../support/catalog.ts';
import { offerBody, pkgBody, rand } from '../support/fixtures.ts';
import { diffDumps, dumpTable } from '../support/fuzz/table.ts';
import { named, type Params, pathOf, type Seed, seedOrg } from '../support/security-seed.ts';
import { createActivePlan, createSubscriber } from '../support/subscriptions.ts';

const api = useApi();

let counter: { take: () => Record<string, number> } | undefined;
/** The DynamoDB requests of the in-process server (imported once the table is this file's own). */
const requestCounter = async () => {
  counter ??= (await import('../support/request-counter.ts')).countRequests();
  return counter;
};

/** One request of a scenario: its path parameters (default the seed's), body and headers. */
interface Case {
  label: string;
  params?: Params;
  body?: unknown;
  headers?: Record<string, string>;
  /** The status both answers must have: a scenario proves what it means to prove. */
  status: number;
  /** For a refusal: its code. */
  code?: string;
}

type Scenario = (seed: Seed) => Promise<Case[]>;

const ORG = '/orgs/{orgId}';

const get = async <T>(path: string) => {
  const res = await api.request<T>('GET', path);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

const codeOf = async (seed: Seed) =>
  (await get<{ code: string }>(`/orgs/${seed.org}/packages/${seed.params.packageId}`)).code;

/** An active plan without subscriptions (archivable), and an archived one (restorable). */
const archivable = (seed: Seed) => createActivePlan(api, seed.org);
const archived = async (seed: Seed) => {
  const plan = await createActivePlan(api, seed.org);
  const res = await api.request<PlanResource>('POST', `/orgs/${seed.org}/plans/${plan.id}/archive`);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

/**
 * What each write route's dry run is tested with: refusals first (they change nothing when real),
 * then the success last (its real request changes the org).
 */
const SCENARIOS: Record<string, Scenario> = {
  [`POST ${ORG}/packages`]: async (s) => [
    {
      label: 'code taken',
      body: pkgBody({ code: (await codeOf(s)).toLowerCase() }),
      status: 409,
      code: 'code_taken',
    },
    { label: 'create', body: pkgBody(), status: 201 },
  ],
  [`PATCH ${ORG}/packages/{packageId}`]: async () => [
    {
      label: 'stale If-Match',
      body: { name: 'X' },
      headers: { 'if-match': '"9"' },
      status: 412,
      code: 'version_mismatch',
    },
    { label: 'rename', body: { name: 'Renamed package' }, headers: { 'if-match': '"1"' }, status: 200 },
  ],
  [`DELETE ${ORG}/packages/{packageId}`]: async (s) => {
    const [free] = await Promise.all([
      api.request<{ id: string }>('POST', `/orgs/${s.org}/packages`, { body: pkgBody() }),
    ]);
    return [
      { label: 'in use', status: 409, code: 'package_in_use' },
      { label: 'delete', params: { ...s.params, packageId: free?.body.id ?? '' }, status: 204 },
    ];
  },
  [`POST ${ORG}/offers`]: async (s) => [
    { label: 'unknown package', body: offerBody(MISSING.package), status: 422, code: 'reference_not_found' },
    { label: 'create', body: offerBody(s.params.packageId ?? ''), status: 201 },
  ],
  [`PATCH ${ORG}/offers/{offerId}`]: async () => [
    { label: 'rename', body: { name: 'Renamed offer' }, status: 200 },
  ],
  [`DELETE ${ORG}/offers/{offerId}`]: async () => [{ label: 'delete', status: 204 }],
  [`POST ${ORG}/plan-groups`]: async () => [{ label: 'create', body: { name: 'Group' }, status: 201 }],
  [`PATCH ${ORG}/plan-groups/{groupId}`]: async () => [
    { label: 'rename', body: { name: 'G2' }, status: 200 },
  ],
  [`DELETE ${ORG}/plan-groups/{groupId}`]: async (s) => {
    const group = await api.request<{ id: string }>('POST', `/orgs/${s.org}/plan-groups`, {
      body: { name: 'Empty' },
    });
    return [
      { label: 'not empty', status: 409, code: 'group_not_empty' },
      { label: 'delete', params: { ...s.params, groupId: group.body.id }, status: 204 },
    ];
  },
  [`POST ${ORG}/companies`]: async () => [{ label: 'create', body: { name: 'Company' }, status: 201 }],
  [`PATCH ${ORG}/companies/{companyId}`]: async () => [
    { label: 'rename', body: { legalName: 'Co Ltd' }, status: 200 },
  ],
  [`DELETE ${ORG}/companies/{companyId}`]: async (s) => {
    const company = await api.request<{ id: string }>('POST', `/orgs/${s.org}/companies`, {
      body: { name: 'Free' },
    });
    return [
      { label: 'in use', status: 409, code: 'company_in_use' },
      { label: 'delete', params: { ...s.params, companyId: company.body.id }, status: 204 },
    ];
  },
  [`POST ${ORG}/products`]: async (s) => [
    {
      label: 'child of a child',
      body: { name: 'X', parentId: s.childProductId },
      status: 400,
      code: 'validation_failed',
    },
    { label: 'create child', body: { name: 'Child 2', parentId: s.params.productId }, status: 201 },
  ],
  [`PATCH ${ORG}/products/{productId}`]: async () => [
    { label: 'rename', body: { name: 'Renamed product' }, status: 200 },
  ],
  [`DELETE ${ORG}/products/{productId}`]: async (s) => {
    const product = await api.request<{ id: string }>('POST', `/orgs/${s.org}/products`, {
      body: { name: 'P' },
    });
    await api.request('POST', `/orgs/${s.org}/products/${product.body.id}/prices`, {
      body: { amount: 100, currency: 'USD', cycle: 'monthly' },
    });
    return [
      { label: 'in use', status: 409, code: 'product_in_use' },
      { label: 'delete with its price', params: { ...s.params, productId: product.body.id }, status: 204 },
    ];
  },
  [`POST ${ORG}/products/{productId}/prices`]: async () => [
    { label: 'create', body: { amount: 500, currency: 'EUR', cycle: 'annual' }, status: 201 },
  ],
  [`PATCH ${ORG}/prices/{priceId}`]: async () => [
    { label: 'immutable amount', body: { amount: 1 }, status: 400, code: 'validation_failed' },
    { label: 'rename', body: { nickname: 'Renamed price', active: false }, status: 200 },
  ],
  [`POST ${ORG}/plans`]: async (s) => {
    const taken = await get<PlanResource>(`/orgs/${s.org}/plans/${s.params.planId}`);
    return [
      { label: 'slug taken', body: { name: 'P', slug: taken.slug }, status: 409, code: 'slug_taken' },
      {
        label: 'create active with an item',
        body: {
          name: 'Plan',
          slug: `plan-${rand()}`,
          publish: true,
          items: taken.items.map(({ productId, priceId }) => ({ productId, priceId })),
        },
        status: 201,
      },
    ];
  },
  [`PATCH ${ORG}/plans/{planId}`]: async (_s) => [
    { label: 'unknown group', body: { groupId: MISSING.group }, status: 422, code: 'reference_not_found' },
    {
      label: 'change its items away and its group',
      body: { items: [], groupId: null, name: 'Renamed' },
      status: 200,
    },
  ],
  [`DELETE ${ORG}/plans/{planId}`]: async (s) => [
    {
      label: 'active plan',
      params: { ...s.params, planId: s.activePlanId },
      status: 409,
      code: 'invalid_transition',
    },
    { label: 'delete draft', status: 204 },
  ],
  [`POST ${ORG}/plans/{planId}/publish`]: async (s) => [
    {
      label: 'already active',
      params: { ...s.params, planId: s.activePlanId },
      status: 409,
      code: 'invalid_transition',
    },
    { label: 'publish', status: 200 },
  ],
  [`POST ${ORG}/plans/{planId}/archive`]: async (s) => {
    const plan = await archivable(s);
    return [
      {
        label: 'live subscription',
        params: { ...s.params, planId: s.activePlanId },
        status: 409,
        code: 'plan_in_use',
      },
      { label: 'archive', params: { ...s.params, planId: plan.id }, status: 200 },
    ];
  },
  [`POST ${ORG}/plans/{planId}/restore`]: async (s) => {
    const plan = await archived(s);
    return [
      { label: 'draft', status: 409, code: 'invalid_transition' },
      { label: 'restore', params: { ...s.params, planId: plan.id }, status: 200 },
    ];
  },
  [`POST ${ORG}/plans/{planId}/duplicate`]: async () => [{ label: 'duplicate', status: 201 }],
  [`POST ${ORG}/plans/bulk-archive`]: async (s) => {
    const plan = await archivable(s);
    return [
      {
        label: 'one archived, two skipped',
        body: { planIds: [plan.id, s.activePlanId, s.params.planId, MISSING.plan] },
        status: 200,
      },
    ];
  },
  [`POST ${ORG}/plans/bulk-delete`]: async (s) => {
    const draft = await createPlan(api, s.org);
    return [
      { label: 'one deleted, one skipped', body: { planIds: [draft.id, s.activePlanId] }, status: 200 },
    ];
  },
  [`POST ${ORG}/plans/bulk-move`]: async (s) => [
    {
      label: 'unknown group',
      body: { planIds: [s.activePlanId], groupId: MISSING.group },
      status: 422,
      code: 'reference_not_found',
    },
    {
      label: 'move',
      body: { planIds: [s.activePlanId, s.params.planId], groupId: s.params.groupId },
      status: 200,
    },
  ],
  [`POST ${ORG}/subscribers`]: async (s) => {
    const tag = rand();
    return [
      {
        label: 'username taken',
        body: { username: s.username.toUpperCase(), email: `x.${tag}@example.com` },
        status: 409,
        code: 'username_taken',
      },
      { label: 'create', body: { username: `user_${tag}`, email: `user.${tag}@example.com` }, status: 201 },
    ];
  },
  [`PATCH ${ORG}/subscribers/{subscriberId}`]: async () => [
    { label: 'rename', body: { name: 'Renamed' }, status: 200 },
  ],
  [`DELETE ${ORG}/subscribers/{subscriberId}`]: async (s) => [
    { label: 'has a subscription', status: 409, code: 'subscriber_in_use' },
    { label: 'delete', params: { ...s.params, subscriberId: s.freeSubscriberId }, status: 204 },
  ],
  [`POST ${ORG}/subscriptions`]: async (s) => [
    {
      label: 'already subscribed',
      body: { subscriberId: s.params.subscriberId, planId: s.activePlanId },
      status: 409,
      code: 'already_subscribed',
    },
    {
      label: 'draft plan',
      body: { subscriberId: s.freeSubscriberId, planId: s.params.planId },
      status: 409,
      code: 'plan_not_active',
    },
    {
      label: 'bind a trial',
      body: { subscriberId: s.freeSubscriberId, planId: s.activePlanId, trial: true },
      status: 201,
    },
  ],
  [`POST ${ORG}/subscriptions/{subscriptionId}/cancel`]: async () => [{ label: 'cancel now', status: 200 }],
  [`POST ${ORG}/plans/{planId}/unpublish`]: async (s) => [
    { label: 'a draft', status: 409, code: 'invalid_transition' },
    { label: 'unpublish', params: { ...s.params, planId: s.activePlanId }, status: 200 },
  ],
  [`POST ${ORG}/subscriptions/{subscriptionId}/extend`]: async () => [
    {
      label: 'an earlier end',
      body: { endsAt: '2000-01-01T00:00:00.000Z' },
      status: 400,
      code: 'validation_failed',
    },
    { label: 'two cycles', body: { cycles: 2 }, status: 200 },
  ],
  [`POST ${ORG}/subscriptions/bulk-bind`]: async (s) => [
    {
      label: 'a draft plan',
      body: { planId: s.params.planId, users: ['x'] },
      status: 409,
      code: 'plan_not_active',
    },
    {
      label: 'one bound, one unknown, one already subscribed, one extended',
      body: { planId: s.activePlanId, users: ['nobody-at-all', s.username], mode: 'new' },
      status: 200,
    },
    {
      label: 'extend mode',
      body: { planId: s.activePlanId, users: [s.username], mode: 'extend', cycles: 1 },
      status: 200,
    },
  ],
  [`POST ${ORG}/redemptions`]: async (s) => [
    {
      label: 'unknown code',
      body: { code: 'NO-SUCH', subscriberId: s.redeemerId },
      status: 422,
      code: 'reference_not_found',
    },
    {
      label: 'already subscribed',
      body: { code: s.offerCode, subscriberId: s.params.subscriberId },
      status: 409,
      code: 'already_subscribed',
    },
    { label: 'redeem', body: { code: s.offerCode.toLowerCase(), subscriberId: s.redeemerId }, status: 201 },
  ],
};

const WRITE_ROUTES = ROUTES.filter((route) => route.access === 'write');

/** Timestamps and ids the dry run could not share with the real request, replaced in order of appearance. */
const normalize = (value: unknown, known: Set<string>, ids = new Map<string, string>()): unknown => {
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return '<time>';
    return value.replace(/\b[a-z]+_[0-9A-HJKMNP-TV-Z]{26}\b/g, (id) => {
      if (known.has(id)) return id;
      if (!ids.has(id)) ids.set(id, `<new id ${ids.size + 1}>`);
      return ids.get(id) as string;
    });
  }
  if (Array.isArray(value)) return value.map((v) => normalize(v, known, ids));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v, known, ids)]));
  }
  return value;
};

const answerOf = (res: ApiResponse<unknown>, known: Set<string>) => ({
  status: res.status,
  contentType: res.headers.get('content-type'),
  etag: res.headers.get('etag'),
  location: normalize(res.headers.get('location'), known),
  body: normalize(res.body, known),
});

/** The ids that exist before the case: they must come back as they are. */
const knownIds = async () => {
  const dump = await dumpTable();
  return new Set(
    [...dump.lines.values()].flatMap((line) => line.match(/[a-z]+_[0-9A-HJKMNP-TV-Z]{26}/g) ?? []),
  );
};

describe('the scenarios', () => {
  it('cover every write route of the route table', () => {
    const missing = WRITE_ROUTES.map(routeKey).filter((key) => !SCENARIOS[key]);
    expect(missing, 'write routes without a dry-run scenario in test/http/dry-run.test.ts').toEqual([]);
    const stale = Object.keys(SCENARIOS).filter((key) => !WRITE_ROUTES.some((r) => routeKey(r) === key));
    expect(stale, 'scenarios of routes that no longer exist').toEqual([]);
  });
});

describe.each(named(WRITE_ROUTES))('a dry run of %s', (_name, route: Route) => {
  it('writes nothing and answers what the real request answers right after it', async () => {
    const scenario = SCENARIOS[routeKey(route)];
    if (!scenario) throw new Error(`No dry-run scenario for ${routeKey(route)}: add one to SCENARIOS`);
    const seed = await seedOrg(api, newOrg('dry'));
    const cases = await scenario(seed);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const path = pathOf(route.path, c.params ?? seed.params);
      const key = `dry-${rand()}`;
      const headers = { ...c.headers, ...(route.method === 'POST' ? { 'idempotency-key': key } : {}) };
      const options = { headers, ...(c.body !== undefined ? { body: c.body } : {}) };
      const known = await knownIds();
      const before = await dumpTable();
      const requests = await requestCounter();
      requests.take();
      const dry = await api.request(route.method, `${path}?dryRun=true`, options);
      const dryRequests = requests.take();
      const after = await dumpTable();
      expect(diffDumps(before, after), `${c.label}: the dry run wrote`).toBe('');
      expect(dry.headers.get('dry-run'), c.label).toBe('true');

      requests.take();
      const real = await api.request(route.method, path, options);
      const realRequests = requests.take();
      expect(real.status, `${c.label}: ${real.text}`).toBe(c.status);
      expect(real.headers.get('dry-run')).toBeNull();
      // The same key for real runs afresh: the dry run stored no idempotency record.
      expect(real.headers.get('idempotent-replayed'), c.label).toBeNull();
      if (c.code) expectProblem(real, c.status, c.code);
      else
        expect(diffDumps(after, await dumpTable()), `${c.label}: the real request wrote nothing`).not.toBe(
          '',
        );
      expect(answerOf(dry, known), c.label).toEqual(answerOf(real, known));
      // The real request's reads and transactions, judged: only the idempotency record's own writes
      // (its lock, completion or release) are not made.
      const { PutItem: _put, UpdateItem: _update, DeleteItem: _delete, ...judged } = realRequests;
      expect(dryRequests, `${c.label}: requests of the dry run`).toEqual(judged);
    }
  });
});

describe('dryRun', () => {
  it('accepts only true and false, and is a normal request when false', async () => {
    const org = newOrg('dry-param');
    for (const value of ['1', 'yes', 'TRUE', '']) {
      const res = await api.request('POST', `/orgs/${org}/packages?dryRun=${value}`, { body: pkgBody() });
      expect(expectProblem(res, 400, 'validation_failed').errors?.map((e) => e.path)).toEqual(['dryRun']);
    }
    const res = await api.request('POST', `/orgs/${org}/packages?dryRun=false`, { body: pkgBody() });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('dry-run')).toBeNull();
    expect(
      (await api.request('GET', `/orgs/${org}/packages/${(res.body as { id: string }).id}`)).status,
    ).toBe(200);
  });

  it('is not a parameter of reads', async () => {
    const res = await api.request('GET', `/orgs/${newOrg('dry-get')}/packages?dryRun=true`);
    expectProblem(res, 400, 'validation_failed');
  });

  it('is refused to a viewer like the real request, and validated like it', async () => {
    const org = newOrg('dry-auth');
    const viewer = await api.request('POST', `/orgs/${org}/packages?dryRun=true`, {
      body: pkgBody(),
      token: (await import('../support/api.ts')).viewerToken(org),
    });
    expectProblem(viewer, 403, 'forbidden');
    expect(viewer.headers.get('dry-run')).toBe('true');
    const invalid = await api.request('POST', `/orgs/${org}/packages?dryRun=true`, { body: { code: '!' } });
    expectProblem(invalid, 400, 'validation_failed');
    expect(invalid.headers.get('dry-run')).toBe('true');
  });

  it('ignores a used Idempotency-Key: neither replays nor refuses it', async () => {
    const org = newOrg('dry-key');
    const first = await api.request('POST', `/orgs/${org}/packages`, {
      body: pkgBody(),
      headers: { 'idempotency-key': 'k1' },
    });
    expect(first.status).toBe(201);
    const other = pkgBody();
    const dry = await api.request('POST', `/orgs/${org}/packages?dryRun=true`, {
      body: other,
      headers: { 'idempotency-key': 'k1' },
    });
    expect(dry.status, dry.text).toBe(201);
    expect(dry.headers.get('idempotent-replayed')).toBeNull();
    expect((dry.body as { code: string }).code).toBe(other.code);
  });
});

describe("a transaction at DynamoDB's cap of 100 items", () => {
  it('is judged too: a child product with 48 prices, its parent and company', async () => {
    const org = newOrg('dry-cap');
    const company = await api.request<{ id: string }>('POST', `/orgs/${org}/companies`, {
      body: { name: 'C' },
    });
    const parent = await api.request<{ id: string }>('POST', `/orgs/${org}/products`, {
      body: { name: 'Parent', companyId: company.body.id },
    });
    const child = await api.request<{ id: string }>('POST', `/orgs/${org}/products`, {
      body: { name: 'Child', parentId: parent.body.id },
    });
    for (let i = 0; i < 48; i++) {
      const price = await api.request('POST', `/orgs/${org}/products/${child.body.id}/prices`, {
        body: { amount: i, currency: 'USD', cycle: 'monthly' },
      });
      expect(price.status, price.text).toBe(201);
    }
    const path = `/orgs/${org}/products/${child.body.id}`;
    const before = await dumpTable();
    const dry = await api.request('DELETE', `${path}?dryRun=true`);
    expect(dry.status, dry.text).toBe(204);
    expect(diffDumps(before, await dumpTable())).toBe('');
    const real = await api.request('DELETE', path);
    expect(real.status, real.text).toBe(204);
    expect((await api.request('GET', path)).status).toBe(404);
  });
});

describe('dry runs racing real writes', () => {
  it('never write and never answer a 5xx', async () => {
    const org = newOrg('dry-race');
    const plan = await createActivePlan(api, org);
    const subscribers = await Promise.all(Array.from({ length: 6 }, () => createSubscriber(api, org)));
    const code = `RACE_${rand()}`;
    const planPath = `/orgs/${org}/plans/${plan.id}`;
    const requests: { dry: boolean; run: () => Promise<ApiResponse<unknown>> }[] = [];
    for (let i = 0; i < 6; i++) {
      const sub = subscribers[i]?.id ?? '';
      const bindBody = { subscriberId: sub, planId: plan.id };
      requests.push(
        {
          dry: true,
          run: () => api.request('PATCH', `${planPath}?dryRun=true`, { body: { name: `dry ${i}` } }),
        },
        { dry: false, run: () => api.request('PATCH', planPath, { body: { name: `real ${i}` } }) },
        {
          dry: true,
          run: () => api.request('POST', `/orgs/${org}/subscriptions?dryRun=true`, { body: bindBody }),
        },
        { dry: false, run: () => api.request('POST', `/orgs/${org}/subscriptions`, { body: bindBody }) },
        { dry: true, run: () => api.request('POST', `${planPath}/archive?dryRun=true`) },
        {
          dry: true,
          run: () => api.request('POST', `/orgs/${org}/packages?dryRun=true`, { body: pkgBody({ code }) }),
        },
        { dry: false, run: () => api.request('POST', `/orgs/${org}/packages`, { body: pkgBody({ code }) }) },
      );
    }
    const answers = await Promise.all(requests.map((r) => r.run()));
    for (const [i, res] of answers.entries()) expect(res.status, `${i}: ${res.text}`).toBeLessThan(500);
    const realOk = answers.filter((res, i) => !requests[i]?.dry && res.status < 300).length;
    // Every real write succeeded but the colliding package creates (one of six wins).
    expect(realOk).toBe(6 + 6 + 1);
    const events = await get<{ items: unknown[] }>(`/orgs/${org}/audit-events?limit=100`);
    // Seeded: the plan (created active) and six subscribers; then exactly the real writes.
    expect(events.items.length).toBe(1 + 6 + realOk);
    const final = await get<PlanResource>(planPath);
    expect(final.version).toBe(1 + 6);
    expect(final.liveSubscriptionCount).toBe(6);
    expect(final.name).toMatch(/^real /);
  });
});
