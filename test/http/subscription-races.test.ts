/**
 * Concurrency contract of subscriptions (API.md, "Conventions: Concurrency" — invariants hold
 * under any interleaving — with the bind, cancel, archive and expiry rules of "Subscriptions" and
 * "Plans"), over HTTP against the local server, with expiry passes run in-process. Each race runs
 * several rounds in fresh orgs and checks after each that the plan's counters equal a recount of
 * its subscriptions through the list endpoint.
 */
import { describe, expect, it, vi } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import type { SubscriptionResource } from '../../shared/subscriptions/schemas.ts';
import { type ApiResponse, expectProblem, newOrg, useApi } from '../support/api.ts';
import {
  bind,
  codeOf,
  countersOf,
  createActivePlan,
  createSubscriber,
  createSubscribers,
  expectCountersMatchRecount,
  getPlan,
  isEnding,
  isLive,
  listAllSubscriptions,
  postBind,
  postCancel,
  readSubscription,
  secondsAfter,
  subscriptionEvents,
} from '../support/subscriptions.ts';

/*
 * An expiry pass is table-wide by contract, so this file works in a table of its own (same
 * definition): its passes never end another file's subscriptions and another file's passes never
 * end this file's. `vi.hoisted` runs before the imports above are evaluated, so every module that
 * binds the table (the server's handlers, `runExpiry`) binds this one.
 */
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('subscription-races'));

const api = useApi();

const ROUNDS = 5;

const archive = (org: string, planId: string) => api.request('POST', `/orgs/${org}/plans/${planId}/archive`);

/** The subscription events of one subscription, oldest first. */
const eventsOf = async (org: string, id: string): Promise<AuditEventResource[]> =>
  (await subscriptionEvents(api, org, id)).reverse();

/** Asserts a lost bind race: 409 already_subscribed. */
const expectAlreadySubscribed = (res: ApiResponse<unknown>) => expectProblem(res, 409, 'already_subscribed');

describe('subscription races', () => {
  it('lets exactly one of two concurrent binds of one subscriber to one plan win', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg('race');
      const [plan, alice] = await Promise.all([
        createActivePlan(api, org),
        createSubscriber(api, org, { username: 'alice', email: 'alice@example.com' }),
      ]);
      const results = await Promise.all([
        postBind(api, org, { subscriberId: alice.id, planId: plan.id }),
        postBind(api, org, { user: 'alice', planId: plan.id }),
      ]);
      const won = results.filter((r) => r.status === 201);
      expect(won, results.map((r) => r.text).join('\n')).toHaveLength(1);
      for (const r of results.filter((x) => x.status !== 201)) expectAlreadySubscribed(r);
      expect((await listAllSubscriptions(api, org)).map((s) => s.id)).toEqual([won[0]?.body.id]);
      expect(await expectCountersMatchRecount(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
      expect((await subscriptionEvents(api, org)).map((e) => e.action)).toEqual(['subscription.created']);
    }
  });

  it('lets exactly one of ten concurrent binds of one subscriber to one plan win', async () => {
    for (let round = 0; round < 3; round++) {
      const org = newOrg('race');
      const [plan, alice] = await Promise.all([
        createActivePlan(api, org, { trialDays: 7 }),
        createSubscriber(api, org, { username: 'alice', email: 'alice@example.com' }),
      ]);
      const named = [{ subscriberId: alice.id }, { user: 'alice' }, { user: 'ALICE@example.com' }];
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          postBind(api, org, { ...named[i % named.length], planId: plan.id, trial: i % 2 === 0 }),
        ),
      );
      const won = results.filter((r) => r.status === 201);
      expect(won, results.map((r) => `${r.status} ${codeOf(r)}`).join(', ')).toHaveLength(1);
      for (const r of results.filter((x) => x.status !== 201)) expectAlreadySubscribed(r);
      expect((await listAllSubscriptions(api, org)).map((s) => s.id)).toEqual([won[0]?.body.id]);
      expect(await expectCountersMatchRecount(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
      expect(await subscriptionEvents(api, org)).toHaveLength(1);
    }
  });

  it('never lets a bind and an archive of a plan without subscriptions both succeed', async () => {
    for (let round = 0; round < 8; round++) {
      const org = newOrg('race');
      const [plan, alice] = await Promise.all([createActivePlan(api, org), createSubscriber(api, org)]);
      const [bound, archived] = await Promise.all([
        postBind(api, org, { subscriberId: alice.id, planId: plan.id }),
        archive(org, plan.id),
      ]);
      const final = await getPlan(api, org, plan.id);
      const subscriptions = await listAllSubscriptions(api, org);
      if (bound.status === 201) {
        expectProblem(archived, 409, 'plan_in_use');
        expect(final.status).toBe('active');
        expect(subscriptions.map((s) => s.id)).toEqual([bound.body.id]);
        expect(await expectCountersMatchRecount(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
      } else {
        expectProblem(bound, 409, 'plan_not_active');
        expect(archived.status, archived.text).toBe(200);
        expect(final.status).toBe('archived');
        expect(subscriptions).toEqual([]);
        expect(await expectCountersMatchRecount(api, org, plan.id)).toEqual({ live: 0, ever: 0 });
        expect(await subscriptionEvents(api, org)).toEqual([]);
      }
    }
  });

  it('counts 20 concurrent binds of different subscribers to one plan exactly', async () => {
    for (let round = 0; round < 3; round++) {
      const org = newOrg('race');
      const [plan, subscribers] = await Promise.all([
        createActivePlan(api, org),
        createSubscribers(api, org, 20),
      ]);
      const results = await Promise.all(
        subscribers.map((s) => postBind(api, org, { subscriberId: s.id, planId: plan.id })),
      );
      for (const r of results) expect(r.status, r.text).toBe(201);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(20);
      expect(await expectCountersMatchRecount(api, org, plan.id)).toEqual({ live: 20, ever: 20 });
      const created = (await subscriptionEvents(api, org)).filter((e) => e.action === 'subscription.created');
      expect(new Set(created.map((e) => e.entityId))).toEqual(new Set(results.map((r) => r.body.id)));
      expect(created).toHaveLength(20);
    }
  });

  it('ends each of 20 subscriptions exactly once when cancels race an expiry pass', async () => {
    for (let round = 0; round < 3; round++) {
      const org = newOrg('race');
      const [plan, subscribers] = await Promise.all([
        createActivePlan(api, org, { defaultCycle: 'daily' }),
        createSubscribers(api, org, 20),
      ]);
      const subs = await Promise.all(
        subscribers.map((s) => bind(api, org, { subscriberId: s.id, planId: plan.id })),
      );
      const latestEnd =
        subs
          .map((s) => s.endsAt)
          .sort()
          .at(-1) ?? '';
      const clock = secondsAfter(latestEnd, 1);
      // Even-numbered ones are canceled now, odd-numbered ones at period end; all are due for the pass.
      const atPeriodEnd = (i: number) => i % 2 === 1;
      const [pass, ...cancels] = await Promise.all([
        runExpiry({ now: clock }),
        ...subs.map((s, i) => postCancel(api, org, s.id, atPeriodEnd(i) ? { atPeriodEnd: true } : undefined)),
      ]);
      const finals = await Promise.all(subs.map((s) => readSubscription(api, org, s.id)));
      let expired = 0;
      for (const [i, sub] of subs.entries()) {
        const res = cancels[i] as ApiResponse<SubscriptionResource>;
        const final = finals[i] as SubscriptionResource;
        const events = await eventsOf(org, sub.id);
        const ending = events.filter(isEnding);
        expect(ending, `${sub.id}: ${events.map((e) => e.action).join(', ')}`).toHaveLength(1);
        expect(isLive(final.status), `${sub.id} is still ${final.status}`).toBe(false);
        expect(ending[0]?.after).toStrictEqual(final);
        if (res.status === 409) expect(codeOf(res)).toBe('invalid_transition');
        else expect(res.status, res.text).toBe(200);
        if (final.status === 'expired') {
          expired += 1;
          expect(ending[0]).toMatchObject({
            action: 'subscription.expired',
            actor: { sub: 'system:expirer', email: null },
          });
          expect(final.expiredAt).toBe(clock.toISOString());
          // A cancel now that lost to the expiry found it ended.
          if (!atPeriodEnd(i)) expect(res.status).toBe(409);
        } else {
          expect(final.status).toBe('canceled');
          expect(ending[0]?.action).toBe('subscription.canceled');
          expect(atPeriodEnd(i), 'only a cancel now ends a subscription as canceled').toBe(false);
          expect(res.status).toBe(200);
          expect(res.body).toStrictEqual(final);
        }
        // A cancel at period end never ends it: the expirer does.
        if (atPeriodEnd(i)) expect(final.status).toBe('expired');
        // No change without its event: version 1 + one per recorded change.
        expect(final.version).toBe(events.length);
      }
      // This file's table holds no other subscription due by `clock`.
      expect(pass.expired).toBe(expired);
      expect(await expectCountersMatchRecount(api, org, plan.id)).toEqual({ live: 0, ever: 20 });
    }
  });

  it('lets exactly one of two concurrent cancels now of one subscription win', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg('race');
      const [plan, alice] = await Promise.all([createActivePlan(api, org), createSubscriber(api, org)]);
      const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
      const results = await Promise.all([postCancel(api, org, sub.id), postCancel(api, org, sub.id, {})]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const lost = results.find((r) => r.status === 409);
      if (lost) expectProblem(lost, 409, 'invalid_transition');
      const final = await readSubscription(api, org, sub.id);
      expect(final).toMatchObject({ status: 'canceled', version: 2 });
      expect(final).toStrictEqual(results.find((r) => r.status === 200)?.body);
      const events = await eventsOf(org, sub.id);
      expect(events.map((e) => e.action)).toEqual(['subscription.created', 'subscription.canceled']);
      expect(await expectCountersMatchRecount(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
    }
  });

  it('lets two concurrent cancels at period end both succeed and leave it live once marked', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg('race');
      const [plan, alice] = await Promise.all([createActivePlan(api, org), createSubscriber(api, org)]);
      const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
      const results = await Promise.all([
        postCancel(api, org, sub.id, { atPeriodEnd: true }),
        postCancel(api, org, sub.id, { atPeriodEnd: true }),
      ]);
      for (const r of results) {
        expect(r.status, r.text).toBe(200);
        expect(r.body).toMatchObject({ status: 'active', cancelAtPeriodEnd: true, endsAt: sub.endsAt });
      }
      const final = await readSubscription(api, org, sub.id);
      expect(final).toMatchObject({ status: 'active', cancelAtPeriodEnd: true, endsAt: sub.endsAt });
      const events = await eventsOf(org, sub.id);
      expect(events.filter(isEnding)).toEqual([]);
      expect(final.version).toBe(events.length);
      expect(await expectCountersMatchRecount(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
    }
  });

  it('applies a cancel now and a cancel at period end racing in a valid order, ending it once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg('race');
      const [plan, alice] = await Promise.all([createActivePlan(api, org), createSubscriber(api, org)]);
      const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
      const [now, atEnd] = await Promise.all([
        postCancel(api, org, sub.id),
        postCancel(api, org, sub.id, { atPeriodEnd: true }),
      ]);
      // The cancel now always applies: either first, or after the mark (it is still live then).
      expect(now.status, now.text).toBe(200);
      const final = await readSubscription(api, org, sub.id);
      expect(final.status).toBe('canceled');
      expect(final).toStrictEqual(now.body);
      const events = await eventsOf(org, sub.id);
      expect(events.filter(isEnding)).toHaveLength(1);
      if (atEnd.status === 200) {
        // The mark came first and saw it live; the cancel now came second.
        expect(atEnd.body).toMatchObject({ status: 'active', cancelAtPeriodEnd: true });
        expect(final.version).toBe(3);
      } else {
        expectProblem(atEnd, 409, 'invalid_transition');
        expect(final.version).toBe(2);
      }
      expect(final.version).toBe(events.length);
      expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 1 });
      await expectCountersMatchRecount(api, org, plan.id);
    }
  });
});
