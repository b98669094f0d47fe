import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { auditStep } from '../audit/record.ts';
import { config } from '../config.ts';
import { type OperationContext, SYSTEM_EXPIRER } from '../context.ts';
import { documentClient } from '../db/client.ts';
import { commit, StaleRead } from '../db/commit.ts';
import { db } from '../db/service.ts';
import {
  EXPIRY_INDEX,
  LIVE_STATUSES,
  NOTICE_INDEX,
  type SubscriptionItem,
} from '../entities/subscription.ts';
import { DomainError } from '../errors.ts';
import { finishAbandonedReleases } from '../plans/references.ts';
import { noticeShardName } from './keys.ts';
import {
  EXPIRY_SHARDS,
  endSteps,
  expiryShardName,
  liveWrite,
  readSubscription,
  toSubscription,
} from './operations.ts';

export interface ExpiryOptions {
  /** The pass's clock: "now" for `npm run expire`, the EventBridge event's `time` in AWS. */
  now: Date;
  /** Milliseconds left before the caller must return (the Lambda context's); unbounded if absent. */
  remainingMs?: () => number;
  /** Stop taking new work when less than this is left. */
  reserveMs?: number;
  /** Items per Query page. */
  pageSize?: number;
  /** Expiries in flight at once. */
  concurrency?: number;
}

export interface ExpiryResult {
  expired: number;
  /** Expiry notices recorded (`subscription.expiring_soon`). */
  noticed: number;
  /** Reference releases owed by plan changes whose second transaction never landed, finished now. */
  released: number;
  /** Candidates that had already ended (or changed) when their turn came: another run got there first. */
  skipped: number;
  queries: number;
  /** True when the pass stopped for time; the next run continues where this one left off. */
  stoppedEarly: boolean;
  at: string;
}

/** The latest instant whose ISO string has a four-digit year, as every stored `endsAt` has. */
const LAST_FOUR_DIGIT_YEAR = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * The pass's clock as the upper bound of the index's `endsAt#…` sort keys. Keys compare as text, and a
 * year past 9999 is written `+010000-…`, which sorts before every four-digit year: such a clock is
 * clamped to the last four-digit instant (every stored end lies before it), so a pass "in the year
 * 10000" expires everything rather than nothing. (A clock before year 0 writes `-…`, which sorts
 * before every key: nothing has ended then, which is right.)
 */
export const expiryBound = (now: Date): string =>
  now.getTime() > LAST_FOUR_DIGIT_YEAR ? new Date(LAST_FOUR_DIGIT_YEAR).toISOString() : now.toISOString();

/** The expiry partitions, `expiry#00` … `expiry#15`, and the notice partitions, `notice#00` … `notice#15`. */
const SHARDS = Array.from({ length: EXPIRY_SHARDS }, (_, i) => expiryShardName(i));
const NOTICE_SHARDS = Array.from({ length: EXPIRY_SHARDS }, (_, i) => noticeShardName(i));

/**
 * Ends one live subscription whose `endsAt` has passed, exactly once: the write is conditioned on
 * the version read, on still being live and on `endsAt` ≤ the pass's clock. Returns false when
 * it had already ended (another run, a cancel).
 */
export const expireOne = async (now: Date, candidate: SubscriptionItem): Promise<boolean> => {
  let current: SubscriptionItem | null = candidate;
  const at = now.toISOString();
  for (let attempt = 0; attempt < 3; attempt++) {
    // Instants, not strings: `+010000-…` sorts before `2030-…` as text.
    if (!current || !LIVE_STATUSES.includes(current.status) || Date.parse(current.endsAt) > now.getTime())
      return false;
    const ctx: OperationContext = { orgId: current.organizationId, actor: SYSTEM_EXPIRER, now };
    const { steps } = endSteps(ctx, current, {
      status: 'expired',
      set: { expiredAt: at },
      action: 'subscription.expired',
      // The write's own `endsAt ≤ clock` condition compares text in DynamoDB: give it the clamped bound.
      extra: expiryBound(now),
    });
    try {
      await commit(ctx, steps);
      return true;
    } catch (error) {
      // Ended meanwhile, or changed since the index was read: look again (strongly consistent).
      if (
        !(error instanceof StaleRead || (error instanceof DomainError && error.code === 'invalid_transition'))
      )
        throw error;
      current = await readSubscription(current.organizationId, current.id);
    }
  }
  return false;
};

/**
 * One pass of the expirer: every `active`/`trialing` subscription whose `endsAt` ≤ `now` becomes
 * `expired`. It reads only the sparse expiry index (one key range per shard), so its cost grows
 * with the subscriptions that ended, not with those stored. Then it finishes the reference releases
 * that large plan changes still owe (`finishAbandonedReleases`: one more key range of that index). Safe to run twice at once or to be cut
 * off: each expiry is its own conditional transaction.
 */
export const runExpiry = async (options: ExpiryOptions): Promise<ExpiryResult> => {
  const at = options.now.toISOString();
  const pageSize = options.pageSize ?? 100;
  const concurrency = options.concurrency ?? 8;
  const reserveMs = options.reserveMs ?? 10_000;
  const outOfTime = () => (options.remainingMs ? options.remainingMs() < reserveMs : false);
  const result: ExpiryResult = {
    expired: 0,
    noticed: 0,
    released: 0,
    skipped: 0,
    queries: 0,
    stoppedEarly: false,
    at,
  };

  /** Every item of `index` whose key is at or before the pass's clock, shard by shard, each through `act`. */
  const sweep = async (
    index: { name: string; partitionKey: string; sortKey: string },
    shards: string[],
    act: (candidate: SubscriptionItem) => Promise<boolean>,
    counted: 'expired' | 'noticed',
  ): Promise<boolean> => {
    for (const shard of shards) {
      let startKey: Record<string, unknown> | undefined;
      do {
        if (outOfTime()) return false;
        const page = await documentClient.send(
          new QueryCommand({
            TableName: config.tableName,
            IndexName: index.name,
            // `instant#org#id` < `now$` ⇔ instant ≤ now ('$' sorts right after '#').
            KeyConditionExpression: '#pk = :shard AND #sk < :bound',
            ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
            ExpressionAttributeValues: { ':shard': shard, ':bound': `${expiryBound(options.now)}$` },
            Limit: pageSize,
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        result.queries++;
        const candidates = db.subscription.parse({ Items: page.Items ?? [] }).data;
        for (let i = 0; i < candidates.length; i += concurrency) {
          const outcomes = await Promise.all(candidates.slice(i, i + concurrency).map(act));
          for (const done of outcomes) {
            if (done) result[counted]++;
            else result.skipped++;
          }
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    }
    return true;
  };

  // Expiries first: a subscription that ends within this pass is expired, not noticed.
  const finished =
    (await sweep(EXPIRY_INDEX, SHARDS, (c) => expireOne(options.now, c), 'expired')) &&
    (await sweep(NOTICE_INDEX, NOTICE_SHARDS, (c) => noticeOne(options.now, c), 'noticed'));
  if (!finished) {
    result.stoppedEarly = true;
    return result;
  }
  const releases = await finishAbandonedReleases(options.now, outOfTime);
  result.released = releases.released;
  result.queries += releases.queries;
  result.stoppedEarly = releases.stoppedEarly;
  return result;
};

/**
 * Records the expiry notice of one live subscription whose notice is due, exactly once per end:
 * `expiryNoticeAt` = the pass's clock and the `subscription.expiring_soon` event, conditioned on
 * the version read, on still being live, on the same end and on no notice yet. A subscription that
 * has already ended by the clock is left to expiry. Returns false when there was nothing to do.
 */
export const noticeOne = async (now: Date, candidate: SubscriptionItem): Promise<boolean> => {
  let current: SubscriptionItem | null = candidate;
  const at = now.toISOString();
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!current || !LIVE_STATUSES.includes(current.status) || current.expiryNoticeAt) return false;
    // Left to expiry once ended; not due (yet) after an extension moved the end.
    if (new Date(current.endsAt).getTime() <= now.getTime()) return false;
    if (!current.noticeKey || current.noticeKey >= `${expiryBound(now)}$`) return false;
    const ctx: OperationContext = { orgId: current.organizationId, actor: SYSTEM_EXPIRER, now };
    const read: SubscriptionItem = current;
    const changes = { expiryNoticeAt: at, version: read.version + 1, updatedAt: at };
    const next: SubscriptionItem = { ...read, ...changes };
    delete next.noticeShard;
    delete next.noticeKey;
    try {
      await commit(ctx, [
        liveWrite(ctx, read, {
          set: changes,
          remove: ['noticeShard', 'noticeKey'],
          also: { endsAt: read.endsAt, noNotice: true },
        }),
        auditStep(ctx, {
          entityType: 'subscription',
          entityId: read.id,
          action: 'subscription.expiring_soon',
          before: toSubscription(read),
          after: toSubscription(next),
        }),
      ]);
      return true;
    } catch (error) {
      if (
        !(error instanceof StaleRead || (error instanceof DomainError && error.code === 'invalid_transition'))
      )
        throw error;
      current = await readSubscription(read.organizationId, read.id);
    }
  }
  return false;
};
