/**
 * Cancels, expiry and the audit events of subscriptions (API.md, "Subscriptions" and "Audit
 * events"), over HTTP against the local server. Expiry passes run in-process with `runExpiry`.
 */
import { describe, expect, it, vi } from 'vitest';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import type { SubscriptionResource } from '../../shared/subscriptions/schemas.ts';
import {
  adminToken,
  expectInvalidField,
  expectProblem,
  newOrg,
  useApi,
  viewerToken,
} from '../support/api.ts';
import { ISO_MS } from '../support/fixtures.ts';
import { subscriptionSetup } from '../support/subscription-setup.ts';
import {
  cancel,
  countersOf,
  expectWithin,
  getSubscription,
  listSubscriptions,
  MISSING_SUB,
  postBind,
  postCancel,
  readSubscription,
  secondsAfter,
  subscriptionEvents,
} from '../support/subscriptions.ts';

/*
 * Expiry passes are table-wide by contract: like subscriptions.test.ts, this file works in a table
 * of its own, bound before the imports above are evaluated.
 */
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('subscriptions-cancel'));

const api = useApi();
const { setup, withSubscription, archive } = subscriptionSetup(api);

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
