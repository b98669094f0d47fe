/**
 * The hand-written keys of a live subscription's sparse indexes: the expiry index (every live
 * subscription, by `endsAt`) and the notice index (a live subscription whose expiry notice is still
 * due, by the instant it falls due). Ending a subscription removes both; recording its notice removes
 * the second. See shared/entities/subscription.ts.
 */
import { createHash } from 'node:crypto';
import { addDays } from './calendar.ts';

/**
 * Write shards of each index. One GSI partition takes about 1,000 writes a second; every bind and
 * every expiry writes the index once, so 16 shards carry ~16,000 a second before any partition
 * runs hot, while a pass that finds nothing still costs only 16 small Queries per index.
 */
export const EXPIRY_SHARDS = 16;

const shardName = (index: 'expiry' | 'notice', n: number) => `${index}#${String(n).padStart(2, '0')}`;
const shardNumber = (id: string) => createHash('sha256').update(id).digest().readUInt32BE(0) % EXPIRY_SHARDS;

/** The name of expiry partition `n` (0 to EXPIRY_SHARDS - 1): `expiry#00` … `expiry#15`. */
export const expiryShardName = (n: number): string => shardName('expiry', n);
/** The name of notice partition `n`: `notice#00` … `notice#15`. */
export const noticeShardName = (n: number): string => shardName('notice', n);

/** The expiry partition of a subscription: a stable hash of its id. */
export const expiryShardOf = (id: string): string => expiryShardName(shardNumber(id));

/** Sorts by `endsAt` first, so "ended by now" is one key range per shard. */
export const expiryKeyOf = (endsAt: string, orgId: string, id: string) => `${endsAt}#${orgId}#${id}`;

/** The instant a notice of `noticeDays` days before `endsAt` falls due. */
export const noticeDueAt = (endsAt: string, noticeDays: number): string =>
  addDays(new Date(endsAt), -noticeDays).toISOString();

/**
 * The index attributes of a live subscription that ends at `endsAt`: always the expiry keys; the
 * notice keys only while a notice of `noticeDays` > 0 is still to be recorded for this end.
 */
export const liveIndexKeys = (
  orgId: string,
  id: string,
  endsAt: string,
  noticeDays: number,
): { expiryShard: string; expiryKey: string; noticeShard?: string; noticeKey?: string } => ({
  expiryShard: expiryShardOf(id),
  expiryKey: expiryKeyOf(endsAt, orgId, id),
  ...(noticeDays > 0
    ? {
        noticeShard: noticeShardName(shardNumber(id)),
        noticeKey: expiryKeyOf(noticeDueAt(endsAt, noticeDays), orgId, id),
      }
    : {}),
});
