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
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  return time + random.map((d) => ALPHABET[d]).join('');
};

/** A new prefixed id such as `pkg_01J9Z3…`. */
export const newId = (prefix: IdPrefix, now?: number): string => `${prefix}_${ulid(now)}`;

/** The pattern of a well-formed id with this prefix. */
export const idPattern = (prefix: IdPrefix): RegExp => new RegExp(`^${prefix}_[${ALPHABET}]{26}$`);
