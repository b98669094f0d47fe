/**
 * Contract tests for `GET /orgs/{orgId}/entitlements` (API.md, "Entitlements"), over HTTP against the
 * local server: who is resolved (user by username or email, or subscriberId), which subscriptions
 * grant access at `at` (canceled and expired ones for the time they were live), how their snapshots
 * combine, the refusals, and what it reads (never a plan, at most two DynamoDB requests).
 */
import { describe, expect, it, vi } from 'vitest';

/*
 * The expiry passes here run with clocks months ahead, and a pass is table-wide: this file works in a
 * table of its own so that it never ends another file's subscriptions (see test/support/own-table.ts).
 */
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('entitlements'));

import type { Entitlements } from '../../shared/entitlements/schemas.ts';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import type { SubscriptionResource } from '../../shared/subscriptions/schemas.ts';
import { adminToken, errorPaths, expectProblem, newOrg, useApi, viewerToken } from '../support/api.ts';
import { createPackage } from '../support/catalog.ts';
import { sleep } from '../support/fixtures.ts';
import { countRequests } from '../support/request-counter.ts';
import {
  bind,
  cancel,
  createActivePlan,
  createSubscriber,
  MISSING_SBR,
  plusDays,
  readSubscription,
} from '../support/subscriptions.ts';

const api = useApi();
const counter = countRequests();

const get = (org: string, query: string, token?: string) =>
  api.request<Entitlements>('GET', `/orgs/${org}/entitlements?${query}`, token ? { token } : {});

const entitlements = async (org: string, query: string, token?: string): Promise<Entitlements> => {
  const res = await get(org, query, token);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

const at = (iso: string) => `at=${encodeURIComponent(iso)}`;
const shifted = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

const NOTHING = { subscriptions: [], features: [], limits: {}, quotaAllowance: null, packageIds: [] };

/** A fresh org with one subscriber (`alice`). */
const setup = async () => {
  const org = newOrg('ent');
  const alice = await createSubscriber(api, org, { username: 'Alice_01', email: 'Alice@Example.com' });
  return { org, alice };
};

const entry = (sub: SubscriptionResource) => ({
  id: sub.id,
  planId: sub.planId,
  status: sub.status,
  startedAt: sub.startedAt,
  endsAt: sub.endsAt,
});

describe('GET /entitlements: what a subscriber may use', () => {
  it('combines the live subscriptions: features united and sorted, the largest limit, quotas summed, packages distinct and sorted', async () => {
    const { org, alice } = await setup();
    const [pkgA, pkgB] = await Promise.all([createPackage(api, org), createPackage(api, org)]);
    const [basic, pro, addOn] = await Promise.all([
      createActivePlan(api, org, {
        features: ['Email support', 'API access'],
        limits: { users: 3, projects: 10 },
        includedQuota: 1000,
        packageId: pkgB.id,
      }),
      createActivePlan(api, org, {
        features: ['API access', 'Priority support'],
        limits: { users: 10, constructor: 2 },
        includedQuota: 100000,
        packageId: pkgA.id,
      }),
      createActivePlan(api, org, {
        features: ['Zeta'],
        limits: { projects: 4 },
        includedQuota: null,
        packageId: pkgA.id,
      }),
    ]);
    const subs: SubscriptionResource[] = [];
    for (const plan of [basic, pro, addOn])
      subs.push(await bind(api, org, { subscriberId: alice.id, planId: plan.id }));

    const result = await entitlements(org, `subscriberId=${alice.id}`);
    expect(Object.keys(result).sort()).toEqual(
      ['at', 'features', 'limits', 'packageIds', 'quotaAllowance', 'subscriberId', 'subscriptions'].sort(),
    );
    expect(result).toMatchObject({
      subscriberId: alice.id,
      // Newest first.
      subscriptions: [...subs].reverse().map(entry),
      features: ['API access', 'Email support', 'Priority support', 'Zeta'],
      limits: { constructor: 2, projects: 10, users: 10 },
      quotaAllowance: 101000,
      packageIds: [pkgA.id, pkgB.id].sort(),
    });
    for (const s of result.subscriptions)
      expect(Object.keys(s).sort()).toEqual(Object.keys(entry(subs[0] as SubscriptionResource)).sort());
  });

  it('resolves `user` by username or email, ignoring letter case, to the same answer as by subscriberId', async () => {
    const { org, alice } = await setup();
    const plan = await createActivePlan(api, org, { features: ['A'], includedQuota: 5 });
    await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    const clock = at(new Date(Date.now() + 1000).toISOString());
    const byId = await entitlements(org, `subscriberId=${alice.id}&${clock}`);
    expect(byId.features).toEqual(['A']);
    for (const user of ['Alice_01', 'alice_01', 'ALICE@example.COM']) {
      expect(await entitlements(org, `user=${encodeURIComponent(user)}&${clock}`), user).toEqual(byId);
    }
  });

  it('answers a subscriber without subscriptions with empty lists, {} and null', async () => {
    const { org, alice } = await setup();
    expect(await entitlements(org, `subscriberId=${alice.id}`)).toMatchObject({
      subscriberId: alice.id,
      ...NOTHING,
    });
    expect(await entitlements(org, 'user=alice_01')).toMatchObject({ subscriberId: alice.id, ...NOTHING });
  });

  it('answers quotaAllowance null when no granting subscription has one', async () => {
    const { org, alice } = await setup();
    const plan = await createActivePlan(api, org, { includedQuota: null, limits: { seats: 1 } });
    await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    const result = await entitlements(org, `subscriberId=${alice.id}`);
    expect(result.subscriptions).toHaveLength(1);
    expect(result.quotaAllowance).toBeNull();
    expect(result.limits).toEqual({ seats: 1 });
    expect(result.packageIds).toEqual([]);
  });

  it('reads the snapshots taken at bind time, not the plan as it is now', async () => {
    const { org, alice } = await setup();
    const plan = await createActivePlan(api, org, {
      features: ['Old'],
      limits: { users: 1 },
      includedQuota: 7,
    });
    await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    const res = await api.request('PATCH', `/orgs/${org}/plans/${plan.id}`, {
      body: { features: ['New'], limits: { users: 99 }, includedQuota: 1 },
    });
    expect(res.status, res.text).toBe(200);
    expect(await entitlements(org, `subscriberId=${alice.id}`)).toMatchObject({
      features: ['Old'],
      limits: { users: 1 },
      quotaAllowance: 7,
    });
  });
});

describe('GET /entitlements: at an instant', () => {
  it('defaults `at` to now and answers it as ISO-8601 UTC with milliseconds; an offset is converted', async () => {
    const { org, alice } = await setup();
    const before = Date.now();
    const result = await entitlements(org, `subscriberId=${alice.id}`);
    expect(result.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(result.at)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(result.at)).toBeLessThanOrEqual(Date.now());
    const offset = await entitlements(org, `subscriberId=${alice.id}&${at('2030-01-01T10:00:00+02:00')}`);
    expect(offset.at).toBe('2030-01-01T08:00:00.000Z');
  });

  it('counts a subscription from startedAt (inclusive) to endsAt (exclusive), in the past and the future', async () => {
    const { org, alice } = await setup();
    const plan = await createActivePlan(api, org, { features: ['F'] });
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    const ids = async (iso: string) =>
      (await entitlements(org, `user=alice_01&${at(iso)}`)).subscriptions.map((s) => s.id);
    expect(await ids(sub.startedAt)).toEqual([sub.id]);
    expect(await ids(shifted(sub.startedAt, -1))).toEqual([]);
    expect(await ids(plusDays(sub.startedAt, 10))).toEqual([sub.id]);
    expect(await ids(shifted(sub.endsAt, -1))).toEqual([sub.id]);
    expect(await ids(sub.endsAt)).toEqual([]);
    const later = await entitlements(org, `user=alice_01&${at(plusDays(sub.endsAt, 30))}`);
    expect(later).toMatchObject(NOTHING);
  });

  it('counts a canceled subscription for the time it was live, with its status now', async () => {
    const { org, alice } = await setup();
    const plan = await createActivePlan(api, org, { features: ['Canceled later'], includedQuota: 3 });
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    await sleep(5);
    const canceled = await cancel(api, org, sub.id);
    expect(canceled.endsAt > sub.startedAt).toBe(true);

    const during = await entitlements(org, `subscriberId=${alice.id}&${at(sub.startedAt)}`);
    expect(during.subscriptions).toEqual([{ ...entry(sub), status: 'canceled', endsAt: canceled.endsAt }]);
    expect(during).toMatchObject({ features: ['Canceled later'], quotaAllowance: 3 });
    expect(await entitlements(org, `subscriberId=${alice.id}&${at(canceled.endsAt)}`)).toMatchObject(NOTHING);
    expect(await entitlements(org, `subscriberId=${alice.id}`)).toMatchObject(NOTHING);
  });

  it('counts an expired subscription for the time it was live', async () => {
    const { org, alice } = await setup();
    const plan = await createActivePlan(api, org, { features: ['Expires'] });
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    await runExpiry({ now: new Date(Date.parse(sub.endsAt) + 1000) });
    expect((await readSubscription(api, org, sub.id)).status).toBe('expired');

    const during = await entitlements(org, `subscriberId=${alice.id}&${at(plusDays(sub.startedAt, 3))}`);
    expect(during.subscriptions).toEqual([{ ...entry(sub), status: 'expired' }]);
    expect(during.features).toEqual(['Expires']);
    expect(await entitlements(org, `subscriberId=${alice.id}&${at(sub.endsAt)}`)).toMatchObject(NOTHING);
  });

  it('keeps only the subscriptions live at `at` when some ended and others are current', async () => {
    const { org, alice } = await setup();
    const [old, current] = await Promise.all([
      createActivePlan(api, org, { features: ['Old'], limits: { users: 50 } }),
      createActivePlan(api, org, { features: ['Current'], limits: { users: 5 } }),
    ]);
    const first = await bind(api, org, { subscriberId: alice.id, planId: old.id });
    await sleep(5);
    const ended = await cancel(api, org, first.id);
    await sleep(5);
    const second = await bind(api, org, { subscriberId: alice.id, planId: current.id });

    const now = await entitlements(org, `subscriberId=${alice.id}&${at(shifted(second.startedAt, 1))}`);
    expect(now.subscriptions.map((s) => s.id)).toEqual([second.id]);
    expect(now).toMatchObject({ features: ['Current'], limits: { users: 5 } });
    const then = await entitlements(org, `subscriberId=${alice.id}&${at(first.startedAt)}`);
    expect(then.subscriptions.map((s) => s.id)).toEqual([first.id]);
    expect(then.subscriptions[0]?.endsAt).toBe(ended.endsAt);
    expect(then).toMatchObject({ features: ['Old'], limits: { users: 50 } });
  });
});

describe('GET /entitlements: refusals', () => {
  it('needs exactly one of user and subscriberId, a valid at, and no other parameter (400 validation_failed)', async () => {
    const { org, alice } = await setup();
    const cases: [string, string][] = [
      ['', 'user'],
      [`user=alice_01&subscriberId=${alice.id}`, 'subscriberId'],
      ['subscriberId=nope', 'subscriberId'],
      ['user=', 'user'],
      [`subscriberId=${alice.id}&at=yesterday`, 'at'],
      [`subscriberId=${alice.id}&at=2026-13-01T00:00:00Z`, 'at'],
      [`subscriberId=${alice.id}&planId=x`, 'planId'],
    ];
    for (const [query, path] of cases) {
      const problem = expectProblem(await get(org, query), 400, 'validation_failed');
      expect(errorPaths(problem), query).toContain(path);
    }
  });

  it('answers an unknown user or subscriber with 404 not_found', async () => {
    const { org } = await setup();
    for (const query of ['user=nobody', 'user=nobody%40example.com', `subscriberId=${MISSING_SBR}`]) {
      expectProblem(await get(org, query), 404, 'not_found');
    }
  });

  it('answers a deleted subscriber with 404 not_found, by id and by user', async () => {
    const { org } = await setup();
    const bob = await createSubscriber(api, org, { username: 'bob_gone', email: 'bob@example.com' });
    expect((await api.request('DELETE', `/orgs/${org}/subscribers/${bob.id}`)).status).toBe(204);
    expectProblem(await get(org, `subscriberId=${bob.id}`), 404, 'not_found');
    expectProblem(await get(org, 'user=bob_gone'), 404, 'not_found');
    expectProblem(await get(org, 'user=bob%40example.com'), 404, 'not_found');
  });

  it("never resolves another org's subscriber, by id or by user", async () => {
    const { org, alice } = await setup();
    const plan = await createActivePlan(api, org);
    await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    const other = newOrg('ent-other');
    for (const query of [`subscriberId=${alice.id}`, 'user=alice_01', 'user=alice%40example.com']) {
      expectProblem(await get(other, query, adminToken(other)), 404, 'not_found');
    }
    // And a token of the other org cannot read this org's.
    expectProblem(await get(org, `subscriberId=${alice.id}`, adminToken(other)), 403, 'forbidden');
  });

  it('lets a viewer of the org read', async () => {
    const { org, alice } = await setup();
    const plan = await createActivePlan(api, org, { features: ['V'] });
    await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    expect((await entitlements(org, 'user=alice_01', viewerToken(org))).features).toEqual(['V']);
  });
});

describe('GET /entitlements: what it reads', () => {
  const measure = async (org: string, query: string) => {
    counter.take();
    const res = await get(org, query);
    const counts = counter.take();
    expect(res.status, res.text).toBe(200);
    return counts;
  };

  it("by user: the guard, then one Query of the subscriber's subscriptions; by id: one Query (and a GetItem only when there is none)", async () => {
    const { org, alice } = await setup();
    const plans = await Promise.all([createActivePlan(api, org), createActivePlan(api, org)]);
    for (const plan of plans) await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    // Never a plan read, never a Scan: exactly these requests.
    expect(await measure(org, 'user=alice_01')).toEqual({ GetItem: 1, Query: 1 });
    expect(await measure(org, `subscriberId=${alice.id}`)).toEqual({ Query: 1 });
    const loner = await createSubscriber(api, org);
    expect(await measure(org, `subscriberId=${loner.id}`)).toEqual({ Query: 1, GetItem: 1 });
  });
});
