/**
 * The authorization matrix (API.md, "Conventions": Authentication, Tenancy), generated from the route
 * table: every route of `ROUTES` is called with a real path of an org holding one of every resource,
 * under every kind of caller. A route added to the table is covered without anyone listing it here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { localToken, signToken } from '../../shared/local/jwt.ts';
import { ROUTES, type Route, routeKey } from '../../shared/routes.ts';
import {
  type ApiResponse,
  adminToken,
  errorPaths,
  expectProblem,
  newOrg,
  useApi,
  viewerToken,
} from '../support/api.ts';
import { internalKeys, sampleBody } from '../support/security.ts';
import {
  auditTrail,
  inBatches,
  noGroupToken,
  snapshot,
  UNAUTHENTICATED,
} from '../support/security-checks.ts';
import {
  idParams,
  named,
  type Params,
  pathOf,
  requestPath,
  type Seed,
  seedOrg,
} from '../support/security-seed.ts';
import { createActivePlan, createSubscriber } from '../support/subscriptions.ts';

const api = useApi();

/** Org A: every refused request targets it, so it must stay exactly as seeded. */
let seed: Seed;
/** Where an admin runs every route (those runs change it). */
let adminSeed: Seed;
/** Org B: its admin probes org A's ids. */
const orgB = newOrg('sec-b');

beforeAll(async () => {
  [seed, adminSeed] = await Promise.all([seedOrg(api, newOrg('sec-a')), seedOrg(api, newOrg('sec-adm'))]);
});

const send = (route: Route, target: Seed, token: string | null, params: Params = target.params) => {
  const body = sampleBody(route, target);
  return api.request(route.method, requestPath(route, params), {
    token,
    ...(body !== undefined ? { body } : {}),
  });
};

const describeCall = (route: Route, res: ApiResponse<unknown>) =>
  `${route.method} ${route.path}: ${res.status} ${res.text}`;

/** Runs `refuse` and, on a write route, asserts it changed neither the target resource nor the audit trail. */
const writingNothing = async (route: Route, refuse: () => Promise<void>) => {
  if (route.access === 'read') return refuse();
  const before = await snapshot(api, route, seed.params);
  await refuse();
  expect(await snapshot(api, route, seed.params), 'a refused request changed something').toEqual(before);
};

/** The public catalog's routes: open to anyone, every other route of an org needs a token. */
const CATALOG = ['GET /orgs/{orgId}/catalog/plans', 'GET /orgs/{orgId}/catalog/plans/{slug}'];

describe('the route table', () => {
  it('leaves only /health and the two public catalog routes open: every other route needs a token', () => {
    const open = ROUTES.filter((r) => !r.auth).map((r) => `${r.method} ${r.path}`);
    expect(open).toEqual(['GET /health', ...CATALOG]);
    expect(ROUTES.filter((r) => r.auth).length).toBeGreaterThan(50);
  });
});

describe.each(named(ROUTES.filter((r) => r.auth)))('%s', (_name, route) => {
  it('refuses a missing, malformed, forged, alg:none, expired or sub-less token with 401 unauthorized', async () => {
    await writingNothing(route, async () => {
      const answers = await Promise.all(UNAUTHENTICATED.map(({ token }) => send(route, seed, token())));
      answers.forEach((res, i) => {
        expect(res.status, `${UNAUTHENTICATED[i]?.label}: ${describeCall(route, res)}`).toBe(401);
        expectProblem(res, 401, 'unauthorized');
      });
    });
  });

  it('refuses a token with neither group, and an admin of another org, with 403 forbidden', async () => {
    await writingNothing(route, async () => {
      const tokens = {
        'neither group': noGroupToken(seed.org),
        'admin of another org': adminToken(orgB),
        'viewer of another org': viewerToken(orgB),
      };
      const answers = await Promise.all(Object.values(tokens).map((token) => send(route, seed, token)));
      answers.forEach((res, i) => {
        expect(res.status, `${Object.keys(tokens)[i]}: ${describeCall(route, res)}`).toBe(403);
        expectProblem(res, 403, 'forbidden');
      });
    });
  });

  if (route.access === 'read') {
    it('lets a viewer of the org read', async () => {
      const res = await send(route, seed, viewerToken(seed.org));
      expect(res.status, describeCall(route, res)).toBeGreaterThanOrEqual(200);
      expect(res.status, describeCall(route, res)).toBeLessThan(300);
      expect(internalKeys(res.body)).toEqual([]);
    });
  } else {
    it('refuses a viewer of the org with 403 forbidden and writes nothing', async () => {
      await writingNothing(route, async () => {
        const res = await send(route, seed, viewerToken(seed.org));
        expect(res.status, describeCall(route, res)).toBe(403);
        expectProblem(res, 403, 'forbidden');
      });
    });
  }

  it('never refuses an admin of the org with 401 or 403', async () => {
    const res = await send(route, adminSeed, adminToken(adminSeed.org));
    expect([401, 403], describeCall(route, res)).not.toContain(res.status);
    expect(res.status, describeCall(route, res)).toBeLessThan(500);
  });
});

describe('object-level access: org A ids under org B', () => {
  const idRoutes = ROUTES.filter((r) => r.auth && idParams(r).length > 0);

  /** Org A's ids, under org B's path. */
  const crossParams = (): Params => ({ ...seed.params, orgId: orgB });

  /** Well-formed ids of the same kinds that exist nowhere. */
  const missingParams = (route: Route): Params => {
    const params = crossParams();
    for (const name of idParams(route)) {
      const prefix = (params[name] ?? '').split('_')[0];
      params[name] = `${prefix}_01ARZ3NDEKTSV4RRFFQ69G5FAV`;
    }
    return params;
  };

  describe.each(named(idRoutes))('%s', (_name, route) => {
    it("answers an admin of org B using org A's id with 404 not_found, as for an id that does not exist", async () => {
      const before = await snapshot(api, route, seed.params);
      const token = adminToken(orgB);
      const res = await send(route, seed, token, crossParams());
      expect(res.status, describeCall(route, res)).toBe(404);
      const problem = expectProblem(res, 404, 'not_found');
      const missing = expectProblem(await send(route, seed, token, missingParams(route)), 404, 'not_found');
      // Same answer as for an id nobody holds: nothing tells org B that org A's id exists.
      const scrub = (text: string | undefined) => text?.replace(/\b[a-z]+_[0-9A-HJKMNP-TV-Z]{26}\b/g, 'ID');
      expect({ ...problem, detail: scrub(problem.detail) }).toEqual({
        ...missing,
        detail: scrub(missing.detail),
      });
      expect(await snapshot(api, route, seed.params), "org A's resource changed").toEqual(before);
      expect(await auditTrail(api, orgB)).toEqual([]);
    });
  });

  it("answers bodies naming org A's ids under another org as if those ids did not exist", async () => {
    const a = seed.params;
    const orgC = newOrg('sec-c');
    const ownPlan = await createActivePlan(api, orgC);
    const ownSubscriber = await createSubscriber(api, orgC);
    const before = await auditTrail(api, seed.org);
    const beforeC = await auditTrail(api, orgC);
    const token = adminToken(orgC);
    const post = (path: string, body: Record<string, unknown>) =>
      api.request('POST', `/orgs/${orgC}/${path}`, { token, body });
    const unknownReference = async (path: string, body: Record<string, unknown>, field: string) => {
      const res = await post(path, body);
      const problem = expectProblem(res, 422, 'reference_not_found');
      expect(errorPaths(problem).join(' '), res.text).toContain(field);
    };
    await unknownReference(
      'offers',
      { status: 'active', code: 'X1', name: 'x', packageId: a.packageId },
      'packageId',
    );
    await unknownReference('plans', { name: 'x', slug: 'x-pkg', packageId: a.packageId }, 'packageId');
    await unknownReference('plans', { name: 'x', slug: 'x-grp', groupId: a.groupId }, 'groupId');
    await unknownReference('plans', { name: 'x', slug: 'x-comp', companyId: a.companyId }, 'companyId');
    await unknownReference(
      'plans',
      { name: 'x', slug: 'x-item', items: [{ productId: a.productId, priceId: a.priceId }] },
      'items.0',
    );
    await unknownReference('products', { name: 'x', parentId: a.productId }, 'parentId');
    await unknownReference('products', { name: 'x', companyId: a.companyId }, 'companyId');
    await unknownReference(
      'subscriptions',
      { subscriberId: seed.freeSubscriberId, planId: ownPlan.id },
      'subscriberId',
    );
    await unknownReference('subscriptions', { user: seed.username, planId: ownPlan.id }, 'user');
    await unknownReference(
      'subscriptions',
      { subscriberId: ownSubscriber.id, planId: seed.activePlanId },
      'planId',
    );
    await unknownReference('plans/bulk-move', { planIds: [a.planId], groupId: a.groupId }, 'groupId');

    for (const bulk of ['bulk-archive', 'bulk-delete', 'bulk-move']) {
      const body = bulk === 'bulk-move' ? { planIds: [a.planId], groupId: null } : { planIds: [a.planId] };
      const res = await post(`plans/${bulk}`, body);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toEqual({ succeeded: [], skipped: [{ id: a.planId, code: 'not_found' }] });
    }

    const lists = [
      `offers?packageId=${a.packageId}`,
      `plans?groupId=${a.groupId}`,
      `plans?companyId=${a.companyId}`,
      `plans?packageId=${a.packageId}`,
      `products?parentId=${a.productId}`,
      `products?companyId=${a.companyId}`,
      `subscriptions?planId=${seed.activePlanId}`,
      `subscriptions?subscriberId=${a.subscriberId}`,
      `subscribers?username=${encodeURIComponent(seed.username)}`,
      `audit-events?entityId=${a.planId}`,
    ];
    for (const list of lists) {
      const res = await api.request('GET', `/orgs/${orgC}/${list}`, { token });
      expect(res.body, `GET ${list}`).toEqual({ items: [], nextCursor: null });
    }
    expect(await auditTrail(api, seed.org)).toEqual(before);
    expect(await auditTrail(api, orgC)).toEqual(beforeC);
  });
});

/** Every token a test sends to a public route: broken ones, other orgs' and this org's. */
const ANY_TOKENS = () => [
  ...UNAUTHENTICATED.map(({ token }) => token()),
  noGroupToken('anything'),
  adminToken('anything'),
  viewerToken('anything'),
  localToken({ org: '*', role: 'admin' }),
  signToken({ sub: 'x', 'cognito:groups': ['admin'] }, { expiresInSeconds: -3600 }),
];

describe.each(named(ROUTES.filter((r) => !r.auth && CATALOG.includes(routeKey(r)))))('%s', (_name, route) => {
  it('answers the same 200 with any token or none, never showing a draft, a private plan in a list, or an internal key', async () => {
    const tokens = [...ANY_TOKENS(), adminToken(seed.org), viewerToken(seed.org), noGroupToken(seed.org)];
    const expected = await send(route, seed, null);
    expect(expected.status, expected.text).toBe(200);
    expect(expected.headers.get('cache-control')).toBe('public, max-age=60');
    expect(internalKeys(expected.body)).toEqual([]);
    const shown = JSON.stringify(expected.body);
    // Org A's draft plan (with package, group, company and an item) is never shown; its active plan is.
    expect(shown).not.toContain(seed.params.planId);
    expect(shown).not.toContain(seed.params.companyId);
    expect(shown).toContain(seed.activePlanId);
    await inBatches(tokens, 5, async (token) => {
      const res = await send(route, seed, token);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toEqual(expected.body);
    });
  });

  it("answers org A's plans under org B as absent", async () => {
    const res = await send(route, seed, adminToken(orgB), { ...seed.params, orgId: orgB });
    if (route.path.endsWith('{slug}')) expectProblem(res, 404, 'not_found');
    else expect(res.body).toEqual({ items: [], nextCursor: null });
  });
});

describe.each(named(ROUTES.filter((r) => !r.auth && !CATALOG.includes(routeKey(r)))))(
  '%s',
  (_name, route) => {
    it('answers 200 {"status":"ok"} with any token or none', async () => {
      await inBatches(ANY_TOKENS(), 5, async (token) => {
        const res = await api.request(route.method, pathOf(route.path, {}), { token });
        expect(res.status, res.text).toBe(200);
        expect(res.body).toEqual({ status: 'ok' });
      });
    });
  },
);
