/**
 * Contract tests for `/orgs/{orgId}/subscriptions` (API.md, "Subscriptions", and the parts of
 * "Plans", "Subscribers", "Audit events" and "Conventions" that manual binds, cancels and expiry
 * touch), over HTTP against the local server. Expiry passes run in-process with `runExpiry`.
 * Races are in subscription-races.test.ts; the expirer's own properties (interruption, cost) are
 * in test/integration.
 */
import { describe, expect, it, vi } from 'vitest';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import type { SubscriptionResource } from '../../shared/subscriptions/schemas.ts';
import {
  adminToken,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  useApi,
  viewerToken,
} from '../support/api.ts';
import { createPackage, createPlan, MISSING } from '../support/catalog.ts';
import { ISO_MS } from '../support/fixtures.ts';
import {
  bind,
  type Cycle,
  cancel,
  countersOf,
  createActivePlan,
  createSubscriber,
  expectedEnd,
  expectWithin,
  getPlan,
  getSubscription,
  listedIds,
  listSubscriptions,
  MISSING_SBR,
  MISSING_SUB,
  plusDays,
  plusMonths,
  postBind,
  postCancel,
  readSubscription,
  SUB_ID,
  secondsAfter,
  subscriptionEvents,
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

const PRO = {
  name: 'Pro',
  price: { amount: 1900, currency: 'USD' },
  includedQuota: 500,
};

/** A fresh org with an active plan (`planOverrides`) and one subscriber, `alice`. */
const setup = async (planOverrides: Record<string, unknown> = {}) => {
  const org = newOrg('subs');
  const [plan, alice] = await Promise.all([
    createActivePlan(api, org, planOverrides),
    createSubscriber(api, org, { username: 'alice', email: 'alice@example.com' }),
  ]);
  return { org, plan, alice };
};

/** A fresh org with one active subscription of `alice` to a plan (`planOverrides`). */
const withSubscription = async (
  planOverrides: Record<string, unknown> = {},
  bindExtra: Record<string, unknown> = {},
) => {
  const ctx = await setup(planOverrides);
  const sub = await bind(api, ctx.org, { subscriberId: ctx.alice.id, planId: ctx.plan.id, ...bindExtra });
  return { ...ctx, sub };
};

const archive = (org: string, planId: string) => api.request('POST', `/orgs/${org}/plans/${planId}/archive`);

/**
 * Asserts a refused bind wrote nothing in a fresh org: no subscription, no subscription event,
 * the plans' counters still 0, and — since no reference to it was taken — the subscriber can
 * still be deleted (this deletes it: call it last).
 */
const expectBindWroteNothing = async (org: string, planIds: string[], subscriberId?: string) => {
  expect(await listedIds(api, org)).toEqual([]);
  expect(await subscriptionEvents(api, org)).toEqual([]);
  for (const planId of planIds) expect(await countersOf(api, org, planId)).toEqual({ live: 0, ever: 0 });
  if (subscriberId) {
    const res = await api.request('DELETE', `/orgs/${org}/subscribers/${subscriberId}`);
    expect(res.status, `subscriber should hold no subscription: ${res.text}`).toBe(204);
  }
};

/** The fields a cancel or an expiry never changes. */
const bindTimeFields = (s: SubscriptionResource) => ({
  id: s.id,
  organizationId: s.organizationId,
  subscriberId: s.subscriberId,
  planId: s.planId,
  billingCycle: s.billingCycle,
  startedAt: s.startedAt,
  trialEndsAt: s.trialEndsAt,
  quotaAllowance: s.quotaAllowance,
  plan: s.plan,
  source: s.source,
  offerId: s.offerId,
  expiryNoticeAt: s.expiryNoticeAt,
  note: s.note,
  createdAt: s.createdAt,
});

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

  describe('refusals, each writing nothing', () => {
    it.each([
      { label: 'an unknown username', user: 'nobody' },
      { label: 'an unknown email', user: 'nobody@example.com' },
      { label: 'an email that differs from a subscriber’s by more than case', user: 'alice@example.org' },
    ])('refuses $label with 422 reference_not_found at user', async ({ user }) => {
      const { org, plan, alice } = await setup();
      const problem = expectProblem(
        await postBind(api, org, { user, planId: plan.id }),
        422,
        'reference_not_found',
      );
      expect(errorPaths(problem)).toEqual(['user']);
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });

    it('refuses an unknown subscriberId with 422 reference_not_found at subscriberId', async () => {
      const { org, plan, alice } = await setup();
      const res = await postBind(api, org, { subscriberId: MISSING_SBR, planId: plan.id });
      expect(errorPaths(expectProblem(res, 422, 'reference_not_found'))).toEqual(['subscriberId']);
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });

    it('refuses a subscriber of another org with 422 reference_not_found', async () => {
      const { org, plan } = await setup();
      const elsewhere = newOrg('other');
      const stranger = await createSubscriber(api, elsewhere, {
        username: 'stranger',
        email: 'stranger@example.com',
      });
      const byId = await postBind(api, org, { subscriberId: stranger.id, planId: plan.id });
      expect(errorPaths(expectProblem(byId, 422, 'reference_not_found'))).toEqual(['subscriberId']);
      const byName = await postBind(api, org, { user: 'stranger', planId: plan.id });
      expect(errorPaths(expectProblem(byName, 422, 'reference_not_found'))).toEqual(['user']);
      await expectBindWroteNothing(org, [plan.id]);
      expect(await listedIds(api, elsewhere)).toEqual([]);
    });

    it('refuses an unknown plan with 422 reference_not_found at planId', async () => {
      const { org, plan, alice } = await setup();
      const res = await postBind(api, org, { user: 'alice', planId: MISSING.plan });
      expect(errorPaths(expectProblem(res, 422, 'reference_not_found'))).toEqual(['planId']);
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });

    it('refuses a plan of another org with 422 reference_not_found at planId', async () => {
      const { org, alice } = await setup();
      const elsewhere = newOrg('other');
      const foreign = await createActivePlan(api, elsewhere);
      const res = await postBind(api, org, { subscriberId: alice.id, planId: foreign.id });
      expect(errorPaths(expectProblem(res, 422, 'reference_not_found'))).toEqual(['planId']);
      await expectBindWroteNothing(org, [], alice.id);
      expect(await countersOf(api, elsewhere, foreign.id)).toEqual({ live: 0, ever: 0 });
    });

    it('refuses a draft plan with 409 plan_not_active', async () => {
      const org = newOrg('subs');
      const [draft, alice] = await Promise.all([createPlan(api, org), createSubscriber(api, org)]);
      expect(draft.status).toBe('draft');
      expectProblem(
        await postBind(api, org, { subscriberId: alice.id, planId: draft.id }),
        409,
        'plan_not_active',
      );
      await expectBindWroteNothing(org, [draft.id], alice.id);
      expect((await getPlan(api, org, draft.id)).version).toBe(1);
    });

    it('refuses an archived plan with 409 plan_not_active', async () => {
      const { org, plan, alice } = await setup();
      const archived = await archive(org, plan.id);
      expect(archived.status, archived.text).toBe(200);
      expectProblem(await postBind(api, org, { user: 'alice', planId: plan.id }), 409, 'plan_not_active');
      await expectBindWroteNothing(org, [plan.id], alice.id);
      expect((await getPlan(api, org, plan.id)).status).toBe('archived');
    });

    it.each([
      { label: 'a cycle the plan does not offer', billingCycle: 'annual' },
      { label: 'custom on a plan without custom', billingCycle: 'custom' },
      { label: 'a value that is no cycle at all', billingCycle: 'hourly' },
      { label: 'a non-string cycle', billingCycle: 12 },
    ])('refuses $label with 400 validation_failed at billingCycle', async ({ billingCycle }) => {
      const { org, plan, alice } = await setup({
        defaultCycle: 'monthly',
        availableCycles: ['monthly', 'weekly'],
      });
      expectInvalidField(
        await postBind(api, org, { subscriberId: alice.id, planId: plan.id, billingCycle }),
        'billingCycle',
      );
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });

    it('refuses a body naming both user and subscriberId with 400 validation_failed', async () => {
      const { org, plan, alice } = await setup();
      const res = await postBind(api, org, { user: 'alice', subscriberId: alice.id, planId: plan.id });
      const problem = expectProblem(res, 400, 'validation_failed');
      expect(problem.errors?.length).toBeGreaterThan(0);
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });

    it('refuses a body naming neither user nor subscriberId with 400 validation_failed', async () => {
      const { org, plan, alice } = await setup();
      const problem = expectProblem(await postBind(api, org, { planId: plan.id }), 400, 'validation_failed');
      expect(problem.errors?.length).toBeGreaterThan(0);
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });

    it('refuses a body without planId with 400 validation_failed at planId', async () => {
      const { org, plan, alice } = await setup();
      expectInvalidField(await postBind(api, org, { user: 'alice' }), 'planId');
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });

    it('refuses unknown and read-only fields with 400 validation_failed naming each', async () => {
      const { org, plan, alice } = await setup();
      const body = {
        user: 'alice',
        planId: plan.id,
        status: 'trialing',
        startedAt: '2020-01-01T00:00:00.000Z',
        quotaAllowance: 1_000_000,
        source: 'manual',
        offerId: 'off_01ARZ3NDEKTSV4RRFFQ69G5FAV',
        expiryNoticeAt: '2020-01-01T00:00:00.000Z',
        id: 'sub_01ARZ3NDEKTSV4RRFFQ69G5FAV',
        coupon: 'FREE',
      };
      const problem = expectProblem(await postBind(api, org, body), 400, 'validation_failed');
      expect(errorPaths(problem)).toEqual(
        expect.arrayContaining([
          'status',
          'startedAt',
          'quotaAllowance',
          'source',
          'offerId',
          'expiryNoticeAt',
          'id',
          'coupon',
        ]),
      );
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });

    it.each([
      { label: 'a note of 501 characters', field: 'note', value: 'n'.repeat(501) },
      { label: 'a non-boolean trial', field: 'trial', value: 'yes' },
      { label: 'a numeric user', field: 'user', value: 42 },
    ])('refuses $label with 400 validation_failed', async ({ field, value }) => {
      const { org, plan, alice } = await setup({ trialDays: 7 });
      expectInvalidField(await postBind(api, org, { user: 'alice', planId: plan.id, [field]: value }), field);
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });

    it.each([
      { label: 'a malformed planId', body: { user: 'alice', planId: 'pro' }, path: 'planId' },
      { label: 'a planId of another kind', body: { user: 'alice', planId: MISSING_SBR }, path: 'planId' },
      { label: 'a malformed subscriberId', body: { subscriberId: 'sbr_x' }, path: 'subscriberId' },
    ])('refuses $label with 400 validation_failed, as other references are', async ({ body, path }) => {
      const { org, plan, alice } = await setup();
      expectInvalidField(await postBind(api, org, { planId: plan.id, ...body }), path);
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });

    it('refuses a second live subscription to the same plan with 409 already_subscribed', async () => {
      const { org, plan, alice, sub } = await withSubscription();
      // However the subscriber is named.
      for (const named of [{ subscriberId: alice.id }, { user: 'alice' }, { user: 'Alice@Example.com' }]) {
        const res = await postBind(api, org, { ...named, planId: plan.id });
        expectProblem(res, 409, 'already_subscribed');
      }
      expect(await listedIds(api, org)).toEqual([sub.id]);
      expect((await subscriptionEvents(api, org)).map((e) => e.action)).toEqual(['subscription.created']);
      expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
    });

    it('refuses a second subscription while the first is trialing with 409 already_subscribed', async () => {
      const { org, plan, alice, sub } = await withSubscription({ trialDays: 7 }, { trial: true });
      expect(sub.status).toBe('trialing');
      expectProblem(
        await postBind(api, org, { subscriberId: alice.id, planId: plan.id }),
        409,
        'already_subscribed',
      );
      expectProblem(
        await postBind(api, org, { subscriberId: alice.id, planId: plan.id, trial: true }),
        409,
        'already_subscribed',
      );
      expect(await listedIds(api, org)).toEqual([sub.id]);
      expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
    });

    it('refuses a viewer with 403 forbidden', async () => {
      const { org, plan, alice } = await setup();
      const res = await postBind(
        api,
        org,
        { subscriberId: alice.id, planId: plan.id },
        undefined,
        viewerToken(org),
      );
      expectProblem(res, 403, 'forbidden');
      await expectBindWroteNothing(org, [plan.id], alice.id);
    });
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

describe('plan counters and reference rules', () => {
  it('counts each bind in liveSubscriptionCount and subscriptionCount', async () => {
    const { org, plan, alice } = await setup();
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 0 });
    const bob = await createSubscriber(api, org);
    await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
    await bind(api, org, { subscriberId: bob.id, planId: plan.id });
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 2, ever: 2 });
  });

  it('takes a cancel off liveSubscriptionCount but never off subscriptionCount', async () => {
    const { org, plan, sub } = await withSubscription();
    await cancel(api, org, sub.id);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
  });

  it('takes an expiry off liveSubscriptionCount but never off subscriptionCount', async () => {
    const { org, plan, sub } = await withSubscription({ defaultCycle: 'daily' });
    await runExpiry({ now: secondsAfter(sub.endsAt, 1) });
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
  });

  it('refuses to archive a plan with an active subscription (409 plan_in_use) and allows it after cancel', async () => {
    const { org, plan, sub } = await withSubscription();
    expectProblem(await archive(org, plan.id), 409, 'plan_in_use');
    const unchanged = await getPlan(api, org, plan.id);
    expect(unchanged.status).toBe('active');
    expect(unchanged.archivedAt).toBeNull();
    await cancel(api, org, sub.id);
    const archived = await archive(org, plan.id);
    expect(archived.status, archived.text).toBe(200);
    expect(archived.body).toMatchObject({
      status: 'archived',
      liveSubscriptionCount: 0,
      subscriptionCount: 1,
    });
  });

  it('refuses to archive a plan with a trialing subscription with 409 plan_in_use', async () => {
    const { org, plan, sub } = await withSubscription({ trialDays: 3 }, { trial: true });
    expect(sub.status).toBe('trialing');
    expectProblem(await archive(org, plan.id), 409, 'plan_in_use');
    expect((await getPlan(api, org, plan.id)).status).toBe('active');
  });

  it('allows archiving a plan once its last subscription expired', async () => {
    const { org, plan, sub } = await withSubscription({ defaultCycle: 'daily' });
    expectProblem(await archive(org, plan.id), 409, 'plan_in_use');
    await runExpiry({ now: secondsAfter(sub.endsAt, 1) });
    const archived = await archive(org, plan.id);
    expect(archived.status, archived.text).toBe(200);
    expect(archived.body).toMatchObject({ status: 'archived' });
  });

  it('refuses to delete a plan that ever had a subscription with 409 invalid_transition', async () => {
    const { org, plan, sub } = await withSubscription();
    expectProblem(await api.request('DELETE', `/orgs/${org}/plans/${plan.id}`), 409, 'invalid_transition');
    await cancel(api, org, sub.id);
    expectProblem(await api.request('DELETE', `/orgs/${org}/plans/${plan.id}`), 409, 'invalid_transition');
    expect((await archive(org, plan.id)).status).toBe(200);
    expectProblem(await api.request('DELETE', `/orgs/${org}/plans/${plan.id}`), 409, 'invalid_transition');
    expect(await getPlan(api, org, plan.id)).toMatchObject({ status: 'archived', subscriptionCount: 1 });
    expect(await readSubscription(api, org, sub.id)).toMatchObject({ planId: plan.id });
  });

  it('refuses to delete a subscriber with a live subscription with 409 subscriber_in_use', async () => {
    const { org, alice } = await withSubscription();
    expectProblem(
      await api.request('DELETE', `/orgs/${org}/subscribers/${alice.id}`),
      409,
      'subscriber_in_use',
    );
    expect((await api.request('GET', `/orgs/${org}/subscribers/${alice.id}`)).status).toBe(200);
  });

  it('refuses to delete a subscriber whose only subscription has ended with 409 subscriber_in_use', async () => {
    const { org, alice, sub } = await withSubscription();
    await cancel(api, org, sub.id);
    expectProblem(
      await api.request('DELETE', `/orgs/${org}/subscribers/${alice.id}`),
      409,
      'subscriber_in_use',
    );
    expect((await api.request('GET', `/orgs/${org}/subscribers/${alice.id}`)).status).toBe(200);
    expect((await readSubscription(api, org, sub.id)).subscriberId).toBe(alice.id);
  });
});

describe('GET /orgs/{orgId}/subscriptions', () => {
  it('filters by status, planId and subscriberId, alone and combined, newest first', async () => {
    const org = newOrg('subs');
    const [planA, planB, alice, bob] = await Promise.all([
      createActivePlan(api, org),
      createActivePlan(api, org, { trialDays: 7 }),
      createSubscriber(api, org),
      createSubscriber(api, org),
    ]);
    const aliceA = await bind(api, org, { subscriberId: alice.id, planId: planA.id });
    const bobA = await bind(api, org, { subscriberId: bob.id, planId: planA.id });
    const aliceB = await bind(api, org, { subscriberId: alice.id, planId: planB.id, trial: true });
    const bobB = await bind(api, org, { subscriberId: bob.id, planId: planB.id });
    await cancel(api, org, bobA.id);
    const cases: [string, string[]][] = [
      ['', [bobB.id, aliceB.id, bobA.id, aliceA.id]],
      ['status=active', [bobB.id, aliceA.id]],
      ['status=trialing', [aliceB.id]],
      ['status=canceled', [bobA.id]],
      ['status=expired', []],
      [`planId=${planA.id}`, [bobA.id, aliceA.id]],
      [`planId=${planB.id}`, [bobB.id, aliceB.id]],
      [`subscriberId=${alice.id}`, [aliceB.id, aliceA.id]],
      [`subscriberId=${bob.id}`, [bobB.id, bobA.id]],
      [`planId=${planA.id}&status=active`, [aliceA.id]],
      [`planId=${planA.id}&status=canceled`, [bobA.id]],
      [`subscriberId=${alice.id}&status=trialing`, [aliceB.id]],
      [`subscriberId=${bob.id}&planId=${planA.id}`, [bobA.id]],
      [`subscriberId=${bob.id}&planId=${planB.id}&status=active`, [bobB.id]],
      [`subscriberId=${bob.id}&planId=${planB.id}&status=canceled`, []],
      [`planId=${MISSING.plan}`, []],
      [`subscriberId=${MISSING_SBR}`, []],
    ];
    for (const [query, expected] of cases) {
      expect(await listedIds(api, org, query), query).toEqual(expected);
    }
    // Items are whole subscriptions, as GET returns them.
    const page = await listSubscriptions(api, org, `subscriberId=${bob.id}&planId=${planA.id}`);
    expect(page.body.items).toStrictEqual([await readSubscription(api, org, bobA.id)]);
  });

  it('pages newest first with limit and nextCursor until nextCursor is null', async () => {
    const org = newOrg('subs');
    const plan = await createActivePlan(api, org);
    const subscribers = await Promise.all(Array.from({ length: 5 }, () => createSubscriber(api, org)));
    const ids: string[] = [];
    for (const s of subscribers) ids.push((await bind(api, org, { subscriberId: s.id, planId: plan.id })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await listSubscriptions(api, org, query);
      expect(res.status, res.text).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((s) => s.id));
      cursor = res.body.nextCursor;
      pages += 1;
      expect(pages).toBeLessThan(10);
    } while (cursor !== null);
    expect(seen).toEqual([...ids].reverse());
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it.each([
    { label: 'an unknown status', query: 'status=paused', path: 'status' },
    { label: 'a malformed planId', query: 'planId=pro', path: 'planId' },
    { label: 'a limit over 100', query: 'limit=101', path: 'limit' },
    { label: 'an unknown filter', query: 'userId=alice', path: 'userId' },
  ])('refuses $label with 400 validation_failed', async ({ query, path }) => {
    const org = newOrg('subs');
    expectInvalidField(await listSubscriptions(api, org, query), path);
  });

  it('refuses a tampered cursor with 400 invalid_cursor', async () => {
    const org = newOrg('subs');
    const plan = await createActivePlan(api, org);
    const [a, b] = await Promise.all([createSubscriber(api, org), createSubscriber(api, org)]);
    await bind(api, org, { subscriberId: a.id, planId: plan.id });
    await bind(api, org, { subscriberId: b.id, planId: plan.id });
    const first = await listSubscriptions(api, org, 'limit=1');
    const cursor = first.body.nextCursor;
    expect(cursor).not.toBeNull();
    const tampered = `${cursor?.slice(0, -2)}xx`;
    expectProblem(
      await listSubscriptions(api, org, `limit=1&cursor=${encodeURIComponent(tampered)}`),
      400,
      'invalid_cursor',
    );
    // A cursor of the plan-filtered list is not one of the unfiltered list.
    expectProblem(
      await listSubscriptions(
        api,
        org,
        `limit=1&planId=${plan.id}&cursor=${encodeURIComponent(cursor ?? '')}`,
      ),
      400,
      'invalid_cursor',
    );
  });

  it("never shows another org's subscriptions", async () => {
    const { org, sub } = await withSubscription();
    const elsewhere = newOrg('other');
    expect(await listedIds(api, elsewhere)).toEqual([]);
    expectProblem(await getSubscription(api, elsewhere, sub.id), 404, 'not_found');
    expectProblem(await postCancel(api, elsewhere, sub.id), 404, 'not_found');
    expect((await readSubscription(api, org, sub.id)).status).toBe('active');
  });
});

describe('GET /orgs/{orgId}/subscriptions/{subscriptionId}', () => {
  it.each([
    { label: 'an unknown id', id: MISSING_SUB },
    { label: 'a malformed id', id: 'sub_123' },
    { label: 'an id of another kind', id: MISSING.plan },
  ])('answers 404 not_found for $label', async ({ id }) => {
    const org = newOrg('subs');
    expectProblem(await getSubscription(api, org, id), 404, 'not_found');
  });
});

describe('POST /orgs/{orgId}/subscriptions/{subscriptionId}/cancel', () => {
  it.each([
    { label: 'no body', body: undefined },
    { label: 'an empty object', body: {} },
    { label: 'atPeriodEnd: false', body: { atPeriodEnd: false } },
  ])('cancels now with $label: canceled, canceledAt = endsAt = now', async ({ body }) => {
    const { org, plan, sub } = await withSubscription();
    const before = Date.now();
    const res = await postCancel(api, org, sub.id, body);
    const after = Date.now();
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    const canceled = res.body;
    expect(canceled).toStrictEqual({
      ...bindTimeFields(sub),
      status: 'canceled',
      endsAt: canceled.canceledAt,
      cancelAtPeriodEnd: false,
      canceledAt: expect.stringMatching(ISO_MS),
      expiredAt: null,
      version: 2,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expectWithin(canceled.canceledAt, before, after);
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(canceled);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
  });

  it('cancels a trialing subscription now', async () => {
    const { org, plan, sub } = await withSubscription({ trialDays: 30 }, { trial: true });
    const canceled = await cancel(api, org, sub.id);
    expect(canceled.status).toBe('canceled');
    expect(canceled.endsAt).toBe(canceled.canceledAt);
    expect(Date.parse(canceled.endsAt)).toBeLessThan(Date.parse(sub.endsAt));
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
  });

  it('with atPeriodEnd: true keeps it live with cancelAtPeriodEnd and its endsAt', async () => {
    const { org, plan, alice, sub } = await withSubscription();
    const res = await postCancel(api, org, sub.id, { atPeriodEnd: true });
    expect(res.status, res.text).toBe(200);
    const marked = res.body;
    expect(marked).toMatchObject({
      ...bindTimeFields(sub),
      status: 'active',
      cancelAtPeriodEnd: true,
      endsAt: sub.endsAt,
      expiredAt: null,
      version: 2,
    });
    expect(res.headers.get('etag')).toBe('"2"');
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(marked);
    // Still live: counted, blocks archive, blocks a second bind.
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
    expectProblem(await archive(org, plan.id), 409, 'plan_in_use');
    expectProblem(
      await postBind(api, org, { subscriberId: alice.id, planId: plan.id }),
      409,
      'already_subscribed',
    );
  });

  it('with atPeriodEnd: true lets the expirer end it at endsAt, not before', async () => {
    const { org, plan, sub } = await withSubscription({ defaultCycle: 'daily' });
    const marked = await cancel(api, org, sub.id, true);
    await runExpiry({ now: secondsAfter(sub.endsAt, -1) });
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(marked);
    const clock = secondsAfter(sub.endsAt, 1);
    await runExpiry({ now: clock });
    const expired = await readSubscription(api, org, sub.id);
    expect(expired).toMatchObject({
      ...bindTimeFields(sub),
      status: 'expired',
      expiredAt: clock.toISOString(),
      endsAt: sub.endsAt,
      cancelAtPeriodEnd: true,
      version: marked.version + 1,
    });
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
  });

  it('cancels now a subscription already marked to cancel at period end', async () => {
    const { org, plan, sub } = await withSubscription();
    await cancel(api, org, sub.id, true);
    const canceled = await cancel(api, org, sub.id);
    expect(canceled.status).toBe('canceled');
    expect(canceled.endsAt).toBe(canceled.canceledAt);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
  });

  it.each([
    { label: 'now', body: undefined },
    { label: 'at period end', body: { atPeriodEnd: true } },
  ])('refuses to cancel $label a canceled subscription with 409 invalid_transition', async ({ body }) => {
    const { org, plan, sub } = await withSubscription();
    const canceled = await cancel(api, org, sub.id);
    expectProblem(await postCancel(api, org, sub.id, body), 409, 'invalid_transition');
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(canceled);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
    expect((await subscriptionEvents(api, org, sub.id)).map((e) => e.action)).toEqual([
      'subscription.canceled',
      'subscription.created',
    ]);
  });

  it.each([
    { label: 'now', body: undefined },
    { label: 'at period end', body: { atPeriodEnd: true } },
  ])('refuses to cancel $label an expired subscription with 409 invalid_transition', async ({ body }) => {
    const { org, plan, sub } = await withSubscription({ defaultCycle: 'daily' });
    await runExpiry({ now: secondsAfter(sub.endsAt, 1) });
    const expired = await readSubscription(api, org, sub.id);
    expect(expired.status).toBe('expired');
    expectProblem(await postCancel(api, org, sub.id, body), 409, 'invalid_transition');
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(expired);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
  });

  it('honours If-Match: a stale version gives 412 version_mismatch and changes nothing', async () => {
    const { org, plan, sub } = await withSubscription();
    const marked = await cancel(api, org, sub.id, true);
    const stale = await postCancel(api, org, sub.id, undefined, { 'if-match': '"1"' });
    expectProblem(stale, 412, 'version_mismatch');
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(marked);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
    const current = await postCancel(api, org, sub.id, undefined, { 'if-match': '"2"' });
    expect(current.status, current.text).toBe(200);
    expect(current.body).toMatchObject({ status: 'canceled', version: 3 });
  });

  it('answers 404 not_found for an unknown subscription', async () => {
    const org = newOrg('subs');
    expectProblem(await postCancel(api, org, MISSING_SUB), 404, 'not_found');
    expectProblem(await postCancel(api, org, MISSING_SUB, { atPeriodEnd: true }), 404, 'not_found');
  });

  it.each([
    { label: 'an unknown field', body: { atPeriodEnd: true, reason: 'too expensive' }, path: 'reason' },
    { label: 'a non-boolean atPeriodEnd', body: { atPeriodEnd: 'yes' }, path: 'atPeriodEnd' },
  ])('refuses $label with 400 validation_failed, changing nothing', async ({ body, path }) => {
    const { org, sub } = await withSubscription();
    expectInvalidField(await postCancel(api, org, sub.id, body), path);
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(sub);
  });

  it('refuses a viewer with 403 forbidden, who can still get and list', async () => {
    const { org, sub } = await withSubscription();
    const viewer = viewerToken(org);
    expectProblem(await postCancel(api, org, sub.id, undefined, undefined, viewer), 403, 'forbidden');
    expectProblem(
      await postCancel(api, org, sub.id, { atPeriodEnd: true }, undefined, viewer),
      403,
      'forbidden',
    );
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(sub);
    const got = await getSubscription(api, org, sub.id, viewer);
    expect(got.status, got.text).toBe(200);
    expect(got.body).toStrictEqual(sub);
    const listed = await listSubscriptions(api, org, '', viewer);
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.items).toStrictEqual([sub]);
  });
});

describe('expiry', () => {
  it('ends a trialing subscription whose trial has passed', async () => {
    const { org, plan, sub } = await withSubscription({ trialDays: 1 }, { trial: true });
    const clock = secondsAfter(sub.endsAt, 1);
    await runExpiry({ now: clock });
    expect(await readSubscription(api, org, sub.id)).toMatchObject({
      status: 'expired',
      expiredAt: clock.toISOString(),
      trialEndsAt: sub.trialEndsAt,
      endsAt: sub.endsAt,
    });
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
  });
});

describe('audit events', () => {
  it('records subscription.created with the caller, before null and after the new subscription', async () => {
    const { org, plan, alice } = await setup();
    const res = await api.request<SubscriptionResource>('POST', `/orgs/${org}/subscriptions`, {
      body: { subscriberId: alice.id, planId: plan.id },
      token: adminToken(org, 'ops-7'),
    });
    expect(res.status, res.text).toBe(201);
    const events = await subscriptionEvents(api, org, res.body.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toStrictEqual({
      id: expect.stringMatching(/^evt_/),
      organizationId: org,
      at: expect.stringMatching(ISO_MS),
      actor: { sub: 'ops-7', email: `admin@${org}.local` },
      entityType: 'subscription',
      entityId: res.body.id,
      action: 'subscription.created',
      before: null,
      after: res.body,
    });
  });

  it('records subscription.canceled with before and after', async () => {
    const { org, sub } = await withSubscription();
    const res = await api.request<SubscriptionResource>(
      'POST',
      `/orgs/${org}/subscriptions/${sub.id}/cancel`,
      {
        token: adminToken(org, 'ops-8'),
      },
    );
    expect(res.status, res.text).toBe(200);
    const [event] = await subscriptionEvents(api, org, sub.id);
    expect(event).toMatchObject({
      actor: { sub: 'ops-8', email: `admin@${org}.local` },
      entityType: 'subscription',
      entityId: sub.id,
      action: 'subscription.canceled',
      before: sub,
      after: res.body,
    });
  });

  it('records the change of a cancel at period end with before and after', async () => {
    const { org, sub } = await withSubscription();
    const marked = await cancel(api, org, sub.id, true);
    const events = await subscriptionEvents(api, org, sub.id);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ entityId: sub.id, before: sub, after: marked });
    expect(events[0]?.action).toMatch(/^subscription\./);
  });

  it('records subscription.expired by system:expirer with before and after', async () => {
    const { org, sub } = await withSubscription({ defaultCycle: 'daily' });
    await runExpiry({ now: secondsAfter(sub.endsAt, 1) });
    const expired = await readSubscription(api, org, sub.id);
    const events = await subscriptionEvents(api, org, sub.id);
    expect(events.map((e) => e.action)).toEqual(['subscription.expired', 'subscription.created']);
    expect(events[0]).toMatchObject({
      actor: { sub: 'system:expirer', email: null },
      entityType: 'subscription',
      entityId: sub.id,
      before: sub,
      after: expired,
    });
  });
});
