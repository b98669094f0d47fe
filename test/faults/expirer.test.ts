import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OperationContext } from '../../shared/context.ts';
import { db } from '../../shared/db/service.ts';
import { LIVE_STATUSES } from '../../shared/entities/subscription.ts';
import { createPlan } from '../../shared/plans/operations.ts';
import { createSubscriber } from '../../shared/subscribers/resource.ts';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import { bindSubscription } from '../../shared/subscriptions/grants.ts';
import { newOrg } from '../support/api.ts';
import { type FaultInjector, type FaultRule, installFaults } from '../support/faults.ts';
import { rand } from '../support/fixtures.ts';

// Expiry passes are table-wide: this file's passes must end only this file's subscriptions.
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('faults-expirer'));

/** Due subscriptions per scenario: each pass expires them in one transaction apiece. */
const DUE = 4;
const STARTED = new Date('2041-01-10T00:00:00.000Z'); // monthly: ends 2041-02-10
const LATER = new Date('2041-02-20T00:00:00.000Z'); // ends 2041-03-20, after the clock
const CLOCK = new Date('2041-03-01T00:00:00.000Z');

let faults: FaultInjector;
let scenarios = 0;

beforeAll(() => {
  faults = installFaults({ retryDelayMs: 1 });
});
afterAll(() => {
  faults.remove();
  const injected = Object.entries(faults.injected).filter(([, n]) => n > 0);
  console.log(
    `expirer cut off mid-pass: ${scenarios} passes aborted by ${injected
      .map(([kind, n]) => `${n} ${kind}`)
      .join(
        ', ',
      )} injected faults, each finished by a re-run: every due subscription expired exactly once, counters equal to a recount`,
  );
});

const ctxAt = (orgId: string, now: Date): OperationContext => ({
  orgId,
  actor: { sub: 'seed', email: null },
  now,
});

/** A fresh org with an active plan, DUE subscriptions that have ended by CLOCK and one that has not. */
const seed = async () => {
  const org = newOrg('expf');
  const plan = await createPlan(ctxAt(org, STARTED), { name: 'Monthly', slug: 'monthly', publish: true });
  const bindAt = async (at: Date) => {
    const tag = rand();
    const subscriber = await createSubscriber(ctxAt(org, at), {
      username: `u_${tag}`,
      email: `u.${tag}@example.com`,
    });
    return (await bindSubscription(ctxAt(org, at), { subscriberId: subscriber.id, planId: plan.id })).id;
  };
  const due = await Promise.all(Array.from({ length: DUE }, () => bindAt(STARTED)));
  const notDue = await bindAt(LATER);
  return { org, planId: plan.id, due, notDue };
};

/** The org's subscriptions, expiry events and the plan's counters, read strongly consistently. */
const state = async (org: string, planId: string) => {
  const subscriptions = (
    await db.subscription.query.byPlan({ organizationId: org, planId }).go({ pages: 'all' })
  ).data;
  const statuses = Object.fromEntries(
    await Promise.all(
      subscriptions.map(
        async (s) =>
          [
            s.id,
            (await db.subscription.get({ organizationId: org, id: s.id }).go({ consistent: true })).data
              ?.status,
          ] as const,
      ),
    ),
  );
  const events = (
    await db.auditEvent.query
      .byEntityType({ organizationId: org, entityType: 'subscription' })
      .go({ pages: 'all' })
  ).data.filter((e) => e.action === 'subscription.expired');
  const plan = (await db.plan.get({ organizationId: org, id: planId }).go({ consistent: true })).data;
  const live = Object.values(statuses).filter((s) => s !== undefined && LIVE_STATUSES.includes(s)).length;
  return { statuses, events, live, counter: plan?.liveSubscriptionCount, ever: plan?.subscriptionCount };
};

/**
 * Seeds, runs one pass under `rule` (expected to abort it), then checks the half-done state —
 * each subscription expired with its event or untouched, the counter equal to a recount — and that
 * a second pass finishes: every due subscription expired exactly once, the other one still live.
 */
const cutOffAndRerun = async (rule: FaultRule, expectExpiredFirst?: number) => {
  const { org, planId, due, notDue } = await seed();
  faults.arm(rule);
  const first = await runExpiry({ now: CLOCK }).then(
    (result) => ({ aborted: false, result }),
    (error: unknown) => ({ aborted: true, error }),
  );
  await faults.idle(); // Expiries still in flight when the pass threw.
  faults.disarm();
  expect(first.aborted, `the pass was not cut off by ${JSON.stringify(rule)}`).toBe(true);
  scenarios++;

  const half = await state(org, planId);
  const expiredIds = Object.keys(half.statuses).filter((id) => half.statuses[id] === 'expired');
  if (expectExpiredFirst !== undefined) expect(expiredIds).toHaveLength(expectExpiredFirst);
  // No expiry without its event, no event without its expiry, and the counter never drifts.
  expect(half.events.map((e) => e.entityId).sort()).toEqual(expiredIds.sort());
  expect(half.counter).toBe(half.live);

  const second = await runExpiry({ now: CLOCK });
  expect(second.stoppedEarly).toBe(false);
  const done = await state(org, planId);
  for (const id of due) expect(done.statuses[id], id).toBe('expired');
  expect(done.statuses[notDue]).toBe('active');
  expect(done.events.map((e) => e.entityId).sort()).toEqual([...due].sort());
  expect(done.events.every((e) => e.actorSub === 'system:expirer')).toBe(true);
  expect(done.counter).toBe(done.live);
  expect(done.counter).toBe(1);
  expect(done.ever).toBe(DUE + 1);
  return { first: expiredIds.length, second: second.expired };
};

describe('the expirer cut off mid-pass and run again', () => {
  it('the Kth expiry throws and nothing after it is written (the process died): the re-run expires the rest, each once', async () => {
    for (let k = 1; k <= DUE; k++) {
      // Every transaction from the Kth on fails, as if the function had been killed there.
      const { first, second } = await cutOffAndRerun(
        { fault: 'unknown', nth: k, command: 'TransactWriteItems', persist: 'onwards' },
        k - 1,
      );
      expect(first + second).toBe(DUE);
    }
  });

  it('the Kth expiry is written but its answer never comes: the re-run does not expire it again', async () => {
    for (const k of [1, DUE]) {
      const { second } = await cutOffAndRerun({
        fault: 'lost-response',
        nth: k,
        command: 'TransactWriteItems',
        persist: 'request',
      });
      expect(second).toBeLessThan(DUE);
    }
  });

  it('the database throttles from the Kth expiry on, past the SDK retries: the re-run finishes', async () => {
    for (const k of [1, DUE]) {
      await cutOffAndRerun(
        { fault: 'throttling', nth: k, command: 'TransactWriteItems', persist: 'onwards' },
        k - 1,
      );
    }
  });

  it('the pass dies while reading the expiry index (a shard Query times out): the re-run finishes', async () => {
    // The first shard's Query, or the last one's after the others were expired.
    for (const k of [1, 16]) {
      await cutOffAndRerun({ fault: 'timeout', nth: k, command: 'Query', persist: 'request' });
    }
  });
});
