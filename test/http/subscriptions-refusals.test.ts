/**
 * What a manual bind (`POST /orgs/{orgId}/subscriptions`, API.md "Subscriptions") refuses, over HTTP
 * against the local server: unknown or ambiguous users, plans that cannot be bound, field rules,
 * live subscriptions and viewers, each writing nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  useApi,
  viewerToken,
} from '../support/api.ts';
import { createPlan, MISSING } from '../support/catalog.ts';
import { subscriptionSetup } from '../support/subscription-setup.ts';
import {
  countersOf,
  createActivePlan,
  createSubscriber,
  getPlan,
  listedIds,
  MISSING_SBR,
  postBind,
  subscriptionEvents,
} from '../support/subscriptions.ts';

/*
 * Expiry passes are table-wide by contract: like subscriptions.test.ts, this file works in a table
 * of its own, bound before the imports above are evaluated.
 */
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('subscriptions-refusals'));

const api = useApi();
const { setup, withSubscription, archive, expectBindWroteNothing } = subscriptionSetup(api);

describe('POST /orgs/{orgId}/subscriptions (manual bind)', () => {
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
});
