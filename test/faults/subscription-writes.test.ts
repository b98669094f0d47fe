import { describe, it, vi } from 'vitest';
import type { ApiClient } from '../support/api.ts';
import { rand } from '../support/fixtures.ts';
import {
  bind,
  createActivePlan,
  createSubscriber,
  expectCountersMatchRecount,
} from '../support/subscriptions.ts';
import { type Change, eventAbout, useFaultMatrix } from './harness.ts';

// The fault matrix (harness.ts) over subscriber create, manual bind and cancel. Every case empties
// and Scans the whole table: it must be this file's alone.
const table = await vi.hoisted(async () =>
  (await import('../support/own-table.ts')).useOwnTable('faults-subscriptions'),
);
const { run } = useFaultMatrix('subscriptions', table.shared);

/** A bind's or cancel's audit event is about its subscription, and its plan's counters equal a recount. */
const subscriptionAndCounters = async (
  api: ApiClient,
  org: string,
  f: { plan: { id: string } },
  changes: Change[],
) => {
  await eventAbout('subscription')(api, org, f, changes);
  await expectCountersMatchRecount(api, org, f.plan.id);
};

describe('a subscriber or subscription write that meets a database fault absorbs it, or answers 503/500 having written nothing', () => {
  it('subscriber create (claims its username and email)', () =>
    run({
      name: 'subscriber create',
      setup: async () => ({ tag: rand() }),
      call: (org, f) => ({
        method: 'POST',
        path: `/orgs/${org}/subscribers`,
        body: { username: `user_${f.tag}`, email: `user.${f.tag}@example.com` },
      }),
      status: 201,
      change: {
        change: [
          '+subscriber',
          '+guard:subscriber-username',
          '+guard:subscriber-email',
          '+auditEvent:subscriber.created',
          '+idempotency:completed',
        ],
      },
      verify: eventAbout('subscriber'),
    }));

  it('manual bind by username (plan counters, subscriber reference, one-live guard)', () =>
    run({
      name: 'bind',
      setup: async (api, org) => ({
        plan: await createActivePlan(api, org),
        subscriber: await createSubscriber(api, org),
      }),
      call: (org, f) => ({
        method: 'POST',
        path: `/orgs/${org}/subscriptions`,
        body: { user: f.subscriber.username, planId: f.plan.id },
      }),
      status: 201,
      change: {
        change: [
          '+subscription',
          '+guard:live-subscription',
          '~plan[liveSubscriptionCount,subscriptionCount]',
          '~subscriber[refCount]',
          '+auditEvent:subscription.created',
          '+idempotency:completed',
        ],
      },
      verify: subscriptionAndCounters,
    }));

  it('cancel now (the plan counts one live subscription fewer, the live guard is freed)', () =>
    run({
      name: 'cancel',
      setup: async (api, org) => {
        const plan = await createActivePlan(api, org);
        const subscriber = await createSubscriber(api, org);
        return { plan, subscription: await bind(api, org, { subscriberId: subscriber.id, planId: plan.id }) };
      },
      call: (org, f) => ({
        method: 'POST',
        path: `/orgs/${org}/subscriptions/${f.subscription.id}/cancel`,
      }),
      status: 200,
      change: {
        change: [
          '~subscription[canceledAt,endsAt,status,updatedAt,version]',
          '~plan[liveSubscriptionCount]',
          '-guard:live-subscription',
          '+auditEvent:subscription.canceled',
          '+idempotency:completed',
        ],
      },
      verify: subscriptionAndCounters,
    }));
});
