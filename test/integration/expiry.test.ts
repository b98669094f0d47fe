import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import type { OperationContext } from '../../shared/context.ts';
import { db } from '../../shared/db/service.ts';
import type { SubscriptionItem } from '../../shared/entities/subscription.ts';
import { newId } from '../../shared/ids.ts';
import { createPlan, getPlan } from '../../shared/plans/operations.ts';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import { bindSubscription } from '../../shared/subscriptions/grants.ts';
import { expiryKeyOf, expiryShardOf } from '../../shared/subscriptions/operations.ts';
import { newOrg } from '../support/api.ts';
import { countRequests } from '../support/request-counter.ts';

// Expiry passes are table-wide: this file's far-future passes must not end other files' subscriptions.
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('expiry'));

const counter = countRequests();

const ctxAt = (orgId: string, now: Date): OperationContext => ({
  orgId,
  actor: { sub: 'seed', email: null },
  now,
});

/** A fresh org with an active monthly plan. */
const setup = async () => {
  const org = newOrg('exp');
  const plan = await createPlan(ctxAt(org, new Date()), { name: 'Monthly', slug: 'monthly', publish: true });
  return { org, planId: plan.id };
};

const newSubscriber = async (org: string) => {
  const now = new Date().toISOString();
  const id = newId('sbr');
  const username = `u${id.slice(-10).toLowerCase()}`;
  await db.subscriber
    .create({
      organizationId: org,
      id,
      username,
      email: `${username}@example.com`,
      usernameKey: username,
      emailKey: `${username}@example.com`,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })
    .go();
  return id;
};

/** `n` real binds started at `startedAt` (so each ends one month later). */
const bindMany = async (org: string, planId: string, n: number, startedAt: Date) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const subscriberId = await newSubscriber(org);
    ids.push((await bindSubscription(ctxAt(org, startedAt), { subscriberId, planId })).id);
  }
  return ids;
};

const statusesOf = async (org: string, ids: string[]) =>
  Promise.all(
    ids.map(async (id) => (await db.subscription.get({ organizationId: org, id }).go()).data?.status),
  );

const expiredEvents = async (org: string) =>
  (
    await db.auditEvent.query
      .byEntityType({ organizationId: org, entityType: 'subscription' })
      .go({ pages: 'all' })
  ).data.filter((e) => e.action === 'subscription.expired');

describe('the expirer', () => {
  it('expires by the clock it is given: nothing before endsAt, everything after (npm run expire -- --at)', async () => {
    const { org, planId } = await setup();
    const start = new Date('2031-01-31T12:00:00.000Z');
    const [id] = await bindMany(org, planId, 1, start);
    const run = (at: string) =>
      promisify(execFile)('npx', ['tsx', 'shared/local/expire-cli.ts', '--at', at], {
        env: process.env,
      }).then(
        (r) => JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { expired: number; at: string },
      );
    // Jan 31 + 1 month ends on Feb 28, 12:00: a minute before, nothing; a minute after, expired.
    const before = await run('2031-02-28T11:59:00Z');
    expect(before.at).toBe('2031-02-28T11:59:00.000Z');
    expect(await statusesOf(org, [id as string])).toEqual(['active']);
    const after = await run('2031-02-28T12:01:00Z');
    expect(after.expired).toBeGreaterThanOrEqual(1);
    const sub = (await db.subscription.get({ organizationId: org, id: id as string }).go())
      .data as SubscriptionItem;
    expect(sub.status).toBe('expired');
    expect(sub.expiredAt).toBe('2031-02-28T12:01:00.000Z');
    expect(sub.expiryShard).toBeUndefined();
    expect((await getPlan(ctxAt(org, new Date()), planId)).liveSubscriptionCount).toBe(0);
    const [event] = await expiredEvents(org);
    expect(event?.actorSub).toBe('system:expirer');
  }, 120_000);

  it('stops taking work when its time runs out, and the next run finishes the rest, each exactly once', async () => {
    const { org, planId } = await setup();
    const ids = await bindMany(org, planId, 12, new Date('2032-01-01T00:00:00.000Z'));
    const now = new Date('2032-03-01T00:00:00.000Z');
    // Plenty of time until the third expiry has been written, then none: wherever the 12 land
    // among the shards, the pass is cut off part-way.
    counter.take();
    const first = await runExpiry({
      now,
      pageSize: 1,
      concurrency: 1,
      remainingMs: () => ((counter.peek().TransactWriteItems ?? 0) >= 3 ? 0 : 60_000),
    });
    expect(first.stoppedEarly).toBe(true);
    expect(first.expired).toBeGreaterThan(0);
    expect(first.expired).toBeLessThan(12);
    const second = await runExpiry({ now });
    expect(second.stoppedEarly).toBe(false);
    expect(first.expired + second.expired).toBe(12);
    expect(new Set(await statusesOf(org, ids))).toEqual(new Set(['expired']));
    expect(await expiredEvents(org)).toHaveLength(12);
    const plan = await getPlan(ctxAt(org, new Date()), planId);
    expect(plan.liveSubscriptionCount).toBe(0);
    expect(plan.subscriptionCount).toBe(12);
  });

  it('expires each subscription exactly once when two passes run at the same time', async () => {
    const { org, planId } = await setup();
    const ids = await bindMany(org, planId, 15, new Date('2033-01-01T00:00:00.000Z'));
    const now = new Date('2033-03-01T00:00:00.000Z');
    const [a, b] = await Promise.all([runExpiry({ now, pageSize: 3 }), runExpiry({ now, pageSize: 3 })]);
    expect(new Set(await statusesOf(org, ids))).toEqual(new Set(['expired']));
    expect(await expiredEvents(org)).toHaveLength(15);
    expect(a.expired + b.expired).toBeGreaterThanOrEqual(15);
    expect((await getPlan(ctxAt(org, new Date()), planId)).liveSubscriptionCount).toBe(0);
  });

  it('reads in proportion to the subscriptions that ended, not to those stored', async () => {
    const { org, planId } = await setup();
    // Thousands of live subscriptions that end far in the future, written straight to the table.
    const stored = 3000;
    const now = new Date().toISOString();
    const future = '2099-01-01T00:00:00.000Z';
    const items: SubscriptionItem[] = Array.from({ length: stored }, () => {
      const id = newId('sub');
      return {
        organizationId: org,
        id,
        subscriberId: 'sbr_seed',
        planId,
        status: 'active',
        billingCycle: 'monthly',
        startedAt: now,
        endsAt: future,
        cancelAtPeriodEnd: false,
        plan: '{}',
        source: 'manual',
        offerKey: '-',
        expiryShard: expiryShardOf(id),
        expiryKey: expiryKeyOf(future, org, id),
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
    });
    await db.subscription.put(items).go({ concurrency: 4 });
    // A clock far past every other test's subscriptions but before 2099: only ours can end.
    const clock = new Date('2098-06-01T00:00:00.000Z');
    await bindMany(org, planId, 5, new Date('2098-01-01T00:00:00.000Z'));

    counter.take();
    const few = await runExpiry({ now: clock });
    const fewRequests = counter.take();
    expect(few.expired).toBe(5);
    // 16 expiry and 16 notice shard Queries and one of the pending reference releases (none here), then one transaction
    // per expired subscription; nothing per stored one.
    expect(fewRequests).toEqual({ Query: 33, TransactWriteItems: 5 });

    await bindMany(org, planId, 50, new Date('2098-01-01T00:00:00.000Z'));
    counter.take();
    const more = await runExpiry({ now: clock });
    const moreRequests = counter.take();
    expect(more.expired).toBe(50);
    expect(moreRequests.TransactWriteItems).toBe(50);
    expect(moreRequests.Query).toBe(33);
    expect(moreRequests.Scan).toBeUndefined();
    console.log(
      `expirer with ${stored} live subscriptions stored: 5 ended → ${JSON.stringify(fewRequests)}; 50 ended → ${JSON.stringify(moreRequests)}`,
    );
  }, 180_000);
});
