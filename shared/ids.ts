import { randomBytes } from 'node:crypto';
import { RESOURCES, type Resource } from './resources.ts';

/** Crockford base32, as ULID specifies. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

type Prefixes = { readonly [R in Resource as R['key']]: R['idPrefix'] } & { readonly event: 'evt' };

/** Each resource's id prefix (shared/resources.ts), and audit events' `evt`. */
export const ID_PREFIXES = {
  ...Object.fromEntries(RESOURCES.map((resource) => [resource.key, resource.idPrefix])),
  event: 'evt',
} as Prefixes;

export type IdPrefix = Resource['idPrefix'] | 'evt';

const encodeTime = (ms: number): string => {
  let time = '';
  let t = ms;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  return time;
};

let lastTime = -1;
let lastRandom: number[] = [];

/**
 * A monotonic ULID: ids made in the same millisecond by one process still sort in creation
 * order, so "newest first" lists are exact within a function instance.
 */
export const ulid = (now: number = Date.now()): string => {
  let random: number[];
  if (now <= lastTime) {
    random = [...lastRandom];
    for (let i = random.length - 1; i >= 0; i--) {
      const digit = random[i] ?? 0;
      if (digit < 31) {
        random[i] = digit + 1;
        break;
      }
      random[i] = 0;
    }
    now = lastTime;
  } else {
    const bytes = randomBytes(16);
    random = Array.from({ length: 16 }, (_, i) => (bytes[i] ?? 0) & 31);
  }
  lastTime = now;
  lastRandom = random;
  return encodeTime(now) + random.map((d) => ALPHABET[d]).join('');
};

/** The last random part handed out per millisecond, for the event ids of recent instants. */
const eventRandoms = new Map<number, number[]>();
const EVENT_INSTANTS_KEPT = 1024;

const increment = (digits: number[]): number[] => {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    const digit = next[i] ?? 0;
    if (digit < 31) {
      next[i] = digit + 1;
      return next;
    }
    next[i] = 0;
  }
  return next;
};

/**
 * An audit event's id: a ULID whose time is exactly the event's `at` (the change's clock, not the
 * moment the id is made), so an entity's events sorted by id are sorted by `at`, and "the last event
 * at or before T" is one key-range query (shared/audit/history.ts). Ids made for the same instant by
 * one process still sort in the order they were made (each one a step above the last for that
 * millisecond), so two changes of one entity within a millisecond keep their commit order: the
 * second is built only after the first committed (its version condition sees to that).
 */
export const eventId = (at: Date): string => {
  const ms = at.getTime();
  const last = eventRandoms.get(ms);
  let random: number[];
  if (last) {
    random = increment(last);
    eventRandoms.delete(ms);
  } else {
    const bytes = randomBytes(16);
    // The first of an instant starts in the lower half, leaving room to count up.
    random = Array.from({ length: 16 }, (_, i) => (bytes[i] ?? 0) & (i === 0 ? 15 : 31));
  }
  eventRandoms.set(ms, random);
  if (eventRandoms.size > EVENT_INSTANTS_KEPT) {
    const oldest = eventRandoms.keys().next().value;
    if (oldest !== undefined) eventRandoms.delete(oldest);
  }
  return `evt_${encodeTime(ms)}${random.map((d) => ALPHABET[d]).join('')}`;
};

/** The largest event id of the millisecond `at`: every event at or before `at` sorts at or below it. */
export const lastEventIdAt = (at: Date): string => `evt_${encodeTime(at.getTime())}${'Z'.repeat(16)}`;

/** A new prefixed id such as `pkg_01J9Z3…`. */
export const newId = (prefix: IdPrefix, now?: number): string => `${prefix}_${ulid(now)}`;

/** The pattern of a well-formed id with this prefix. */
export const idPattern = (prefix: IdPrefix): RegExp => new RegExp(`^${prefix}_[${ALPHABET}]{26}$`);
