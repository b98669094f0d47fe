/**
 * A plan's subscription counters and the references a subscription holds (API.md, "Subscriptions"
 * and "Plans"), and reading subscriptions (the list, its filters and paging, and one by id), over
 * HTTP against the local server.
 */
import { describe, expect, it, vi } from 'vitest';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import { expectInvalidField, expectProblem, newOrg, useApi, walkPages } from '../support/api.ts';
import { MISSING } from '../support/catalog.ts';
import { subscriptionSetup } from '../support/subscription-setup.ts';
import {
  bind,
  cancel,
  countersOf,
  createActivePlan,
  createSubscriber,
  getPlan,
  getSubscription,
  listedIds,
  listSubscriptions,
  MISSING_SBR,
  MISSING_SUB,
  postCancel,
  readSubscription,
  secondsAfter,
} from '../support/subscriptions.ts';

/*
 * Expiry passes are table-wide by contract: like subscriptions.test.ts, this file works in a table
 * of its own, bound before the imports above are evaluated.
 */
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('subscriptions-counters'));

const api = useApi();
const { setup, withSubscription, archive } = subscriptionSetup(api);

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
    const { items, pages } = await walkPages((query) => listSubscriptions(api, org, query), 2, 10);
    expect(items.map((s) => s.id)).toEqual([...ids].reverse());
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
