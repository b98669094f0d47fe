/**
 * Contract tests for `/orgs/{orgId}/subscriptions` (API.md, "Subscriptions", and the parts of
 * "Plans", "Subscribers", "Audit events" and "Conventions" that manual binds, cancels and expiry
 * touch), over HTTP against the local server: manual binds. Refused binds are in
 * subscriptions-refusals.test.ts, plan counters and reads in subscriptions-counters.test.ts, cancels,
 * expiry and audit events in subscriptions-cancel.test.ts. Expiry passes run in-process with
 * `runExpiry`. Races are in subscription-races.test.ts; the expirer's own properties (interruption,
 * cost) are in test/integration.
 */
import { describe, expect, it, vi } from 'vitest';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import { expectInvalidField, newOrg, useApi } from '../support/api.ts';
import { createPackage } from '../support/catalog.ts';
import { ISO_MS } from '../support/fixtures.ts';
import { subscriptionSetup } from '../support/subscription-setup.ts';
import {
  bind,
  type Cycle,
  cancel,
  countersOf,
  createActivePlan,
  createSubscriber,
  expectedEnd,
  expectWithin,
  getSubscription,
  listedIds,
  listSubscriptions,
  plusDays,
  plusMonths,
  postBind,
  readSubscription,
  SUB_ID,
  secondsAfter,
} from '../support/subscriptions.ts';

/*
 * An expiry pass is table-wide by contract (every live subscription whose `endsAt` has passed, in
 * every org). So that this file's passes never end another file's subscriptions, and another
 * file's passes never end this file's, this file works in a table of its own (same definition).
 * `vi.hoisted` runs before the imports above are evaluated, so every module that binds the table
 * (the server's handlers, `runExpiry`) binds this one.
 */
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('subscriptions'));

const api = useApi();
const { setup, withSubscription, expectBindWroteNothing } = subscriptionSetup(api);

const PRO = {
  name: 'Pro',
  price: { amount: 1900, currency: 'USD' },
  includedQuota: 500,
};

describe('POST /orgs/{orgId}/subscriptions (manual bind)', () => {
  it('binds a subscriber named by username: 201, Location, ETag "1" and every field', async () => {
    const org = newOrg('subs');
    const pkg = await createPackage(api, org);
    const plan = await createActivePlan(api, org, { ...PRO, slug: 'pro', packageId: pkg.id });
    const alice = await createSubscriber(api, org, { username: 'alice', email: 'alice@example.com' });
    const before = Date.now();
    const res = await postBind(api, org, { user: 'alice', planId: plan.id, note: 'Comped by support' });
    const after = Date.now();
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const sub = res.body;
    expect(sub).toStrictEqual({
      id: expect.stringMatching(SUB_ID),
      organizationId: org,
      subscriberId: alice.id,
      planId: plan.id,
      status: 'active',
      billingCycle: 'monthly',
      startedAt: expect.stringMatching(ISO_MS),
      trialEndsAt: null,
      endsAt: plusMonths(sub.startedAt, 1),
      cancelAtPeriodEnd: false,
      canceledAt: null,
      expiredAt: null,
      expiryNoticeAt: null,
      quotaAllowance: 500,
      plan: {
        name: 'Pro',
        slug: 'pro',
        price: { amount: 1900, currency: 'USD' },
        includedQuota: 500,
        packageId: pkg.id,
        features: [],
        limits: {},
        expiryNoticeDays: 0,
      },
      source: 'manual',
      offerId: null,
      note: 'Comped by support',
      version: 1,
      createdAt: expect.stringMatching(ISO_MS),
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expectWithin(sub.startedAt, before, after);
    expect(sub.updatedAt).toBe(sub.createdAt);
    expect(res.headers.get('location')).toBe(`/orgs/${org}/subscriptions/${sub.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    const got = await getSubscription(api, org, sub.id);
    expect(got.status, got.text).toBe(200);
    expect(got.headers.get('etag')).toBe('"1"');
    expect(got.body).toStrictEqual(sub);
  });

  it('finds the subscriber by username ignoring case', async () => {
    const { org, plan, alice } = await setup();
    const sub = await bind(api, org, { user: 'ALICE', planId: plan.id });
    expect(sub.subscriberId).toBe(alice.id);
  });

  it('finds the subscriber by email ignoring case', async () => {
    const { org, plan, alice } = await setup();
    await createSubscriber(api, org, { username: 'bob', email: 'bob@example.com' });
    const sub = await bind(api, org, { user: 'ALICE@EXAMPLE.COM', planId: plan.id });
    expect(sub.subscriberId).toBe(alice.id);
    expect((await readSubscription(api, org, sub.id)).subscriberId).toBe(alice.id);
  });

  it('binds the subscriber named by subscriberId', async () => {
    const { org, plan } = await setup();
    const bob = await createSubscriber(api, org, { username: 'bob' });
    const res = await postBind(api, org, { subscriberId: bob.id, planId: plan.id });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ subscriberId: bob.id, planId: plan.id, status: 'active' });
    expect(res.headers.get('location')).toBe(`/orgs/${org}/subscriptions/${res.body.id}`);
  });

  it("uses the plan's defaultCycle when no billingCycle is given", async () => {
    const { org, plan, alice } = await setup({
      defaultCycle: 'annual',
      availableCycles: ['monthly', 'annual'],
    });
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    expect(sub.billingCycle).toBe('annual');
    expect(sub.endsAt).toBe(plusMonths(sub.startedAt, 12));
  });

  it('uses the billingCycle chosen among the plan’s availableCycles', async () => {
    const { org, plan, alice } = await setup({
      defaultCycle: 'annual',
      availableCycles: ['monthly', 'annual'],
    });
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id, billingCycle: 'monthly' });
    expect(sub.billingCycle).toBe('monthly');
    expect(sub.endsAt).toBe(plusMonths(sub.startedAt, 1));
  });

  it.each<{ cycle: Cycle }>([
    { cycle: 'daily' },
    { cycle: 'weekly' },
    { cycle: 'monthly' },
    { cycle: 'quarterly' },
    { cycle: 'semiannual' },
    { cycle: 'annual' },
    { cycle: 'custom' },
  ])('ends a $cycle subscription one cycle after startedAt', async ({ cycle }) => {
    const customDays = 45;
    const { org, plan, alice } = await setup({
      defaultCycle: 'monthly',
      availableCycles: ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'custom'],
      customDays,
    });
    const before = Date.now();
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id, billingCycle: cycle });
    expectWithin(sub.startedAt, before, Date.now());
    expect(sub).toMatchObject({ billingCycle: cycle, status: 'active', trialEndsAt: null });
    expect(sub.endsAt).toBe(expectedEnd(sub.startedAt, cycle, customDays));
  });

  it("copies the plan's includedQuota into quotaAllowance and null when the plan has none", async () => {
    const org = newOrg('subs');
    const [metered, unmetered, alice] = await Promise.all([
      createActivePlan(api, org, { includedQuota: 0 }),
      createActivePlan(api, org, { name: 'Bare', slug: 'bare' }),
      createSubscriber(api, org),
    ]);
    const zero = await bind(api, org, { subscriberId: alice.id, planId: metered.id });
    expect(zero.quotaAllowance).toBe(0);
    expect(zero.plan.includedQuota).toBe(0);
    const none = await bind(api, org, { subscriberId: alice.id, planId: unmetered.id });
    expect(none.quotaAllowance).toBeNull();
    expect(none.plan).toStrictEqual({
      name: 'Bare',
      slug: 'bare',
      price: null,
      includedQuota: null,
      packageId: null,
      features: [],
      limits: {},
      expiryNoticeDays: 0,
    });
    expect(none.note).toBeNull();
  });

  it('keeps a note of up to 500 characters', async () => {
    const { org, plan, alice } = await setup();
    const note = 'n'.repeat(500);
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id, note });
    expect(sub.note).toBe(note);
    expect((await readSubscription(api, org, sub.id)).note).toBe(note);
  });

  it('starts a trial with trial: true: trialing, trialEndsAt = endsAt = startedAt + trialDays days', async () => {
    const { org, plan, alice } = await setup({ trialDays: 14, availableCycles: ['monthly', 'annual'] });
    const bob = await createSubscriber(api, org);
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id, trial: true });
    expect(sub).toMatchObject({ status: 'trialing', billingCycle: 'monthly' });
    expect(sub.trialEndsAt).toBe(plusDays(sub.startedAt, 14));
    expect(sub.endsAt).toBe(sub.trialEndsAt);
    // The trial's length does not depend on the cycle chosen for after it.
    const annual = await bind(api, org, {
      subscriberId: bob.id,
      planId: plan.id,
      trial: true,
      billingCycle: 'annual',
    });
    expect(annual).toMatchObject({ status: 'trialing', billingCycle: 'annual' });
    expect(annual.trialEndsAt).toBe(plusDays(annual.startedAt, 14));
    expect(annual.endsAt).toBe(annual.trialEndsAt);
    // Trialing subscriptions are live.
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 2, ever: 2 });
  });

  it('binds without a trial on a plan that has one when trial is false or absent', async () => {
    const { org, plan, alice } = await setup({ trialDays: 14 });
    const bob = await createSubscriber(api, org);
    for (const [subscriberId, extra] of [
      [alice.id, { trial: false }],
      [bob.id, {}],
    ] as const) {
      const sub = await bind(api, org, { subscriberId, planId: plan.id, ...extra });
      expect(sub).toMatchObject({ status: 'active', trialEndsAt: null });
      expect(sub.endsAt).toBe(plusMonths(sub.startedAt, 1));
    }
  });

  it('refuses trial: true on a plan with trialDays 0 with 400 validation_failed, writing nothing', async () => {
    const { org, plan, alice } = await setup({ trialDays: 0 });
    expectInvalidField(
      await postBind(api, org, { subscriberId: alice.id, planId: plan.id, trial: true }),
      'trial',
    );
    await expectBindWroteNothing(org, [plan.id], alice.id);
  });

  it("never changes an existing subscription's plan snapshot or quota when the plan is edited later", async () => {
    const org = newOrg('subs');
    const [pkg, other] = await Promise.all([createPackage(api, org), createPackage(api, org)]);
    const plan = await createActivePlan(api, org, { ...PRO, slug: 'pro', packageId: pkg.id });
    const [alice, bob] = await Promise.all([createSubscriber(api, org), createSubscriber(api, org)]);
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    const edit = {
      name: 'Pro 2',
      slug: 'pro-2',
      price: { amount: 2900, currency: 'EUR' },
      includedQuota: 9000,
      packageId: other.id,
      features: ['Priority support'],
      limits: { users: 10 },
      expiryNoticeDays: 3,
    };
    const patched = await api.request('PATCH', `/orgs/${org}/plans/${plan.id}`, { body: edit });
    expect(patched.status, patched.text).toBe(200);
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(sub);
    const listed = (await listSubscriptions(api, org, `planId=${plan.id}`)).body.items;
    expect(listed).toStrictEqual([sub]);
    // A bind after the edit takes the plan as it is now.
    const later = await bind(api, org, { subscriberId: bob.id, planId: plan.id });
    expect(later.plan).toStrictEqual(edit);
    expect(later.quotaAllowance).toBe(9000);
  });

  it('binds the subscriber to the same plan again once the previous subscription was canceled', async () => {
    const { org, plan, alice, sub } = await withSubscription();
    await cancel(api, org, sub.id);
    const again = await bind(api, org, { user: 'alice', planId: plan.id });
    expect(again.id).not.toBe(sub.id);
    expect(again.status).toBe('active');
    expect(await listedIds(api, org, `subscriberId=${alice.id}`)).toEqual([again.id, sub.id]);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 2 });
  });

  it('binds the subscriber to the same plan again once the previous subscription expired', async () => {
    const { org, plan, sub } = await withSubscription({ defaultCycle: 'daily' });
    await runExpiry({ now: secondsAfter(sub.endsAt, 1) });
    expect((await readSubscription(api, org, sub.id)).status).toBe('expired');
    const again = await bind(api, org, { user: 'alice', planId: plan.id });
    expect(again.status).toBe('active');
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 2 });
  });

  it('binds a subscriber with a live subscription to another plan', async () => {
    const { org, alice, sub } = await withSubscription();
    const other = await createActivePlan(api, org);
    const second = await bind(api, org, { subscriberId: alice.id, planId: other.id });
    expect(second.planId).toBe(other.id);
    expect((await readSubscription(api, org, sub.id)).status).toBe('active');
    expect(await countersOf(api, org, other.id)).toEqual({ live: 1, ever: 1 });
  });
});
