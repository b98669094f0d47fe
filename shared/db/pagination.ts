import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../errors.ts';
import { GO } from './client.ts';
import { cursorKey } from './cursor-key.ts';
import { TABLE } from './table.ts';

/** What this module needs of an ElectroDB query. */
export interface PageableQuery<T> {
  go(options: { limit: number; cursor: string | null; order: 'desc'; pages: number }): Promise<{
    data: T[];
    cursor: string | null;
  }>;
  params(): Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const sign = (key: string, payload: string) =>
  createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22);

const invalid = () => new DomainError('invalid_cursor', 'The cursor is not one this list returned');

const encode = (key: string, scope: string, inner: string): string => {
  const payload = Buffer.from(JSON.stringify({ s: scope, c: inner })).toString('base64url');
  return `${payload}.${sign(key, `${scope}|${payload}`)}`;
};

/** Far above any cursor this API issues; longer is garbage. */
const MAX_CURSOR_LENGTH = 4096;

const decode = (key: string, scope: string, token: string): string => {
  if (token.length > MAX_CURSOR_LENGTH) throw invalid();
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) throw invalid();
  const expected = Buffer.from(sign(key, `${scope}|${payload}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      s?: unknown;
      c?: unknown;
    };
    if (parsed.s !== scope || typeof parsed.c !== 'string') throw invalid();
    return parsed.c;
  } catch {
    throw invalid();
  }
};

/** The key attributes a start key of the table, or of one of its indexes, consists of. */
const keyAttributes = (indexName: unknown): string[] | null => {
  const table = [TABLE.partitionKey, TABLE.sortKey];
  if (indexName === undefined) return table;
  const index = TABLE.globalSecondaryIndexes.find((g) => g.indexName === indexName);
  return index ? [...table, index.partitionKey, index.sortKey] : null;
};

/**
 * A validly signed cursor is still checked as a position, so that no start key the query could not have
 * produced reaches DynamoDB (which would answer a ValidationException, a 500): exactly the key
 * attributes of the table or index queried, each a non-empty string; the partition key is the one
 * queried, so even a signed cursor cannot move a query into another org's data; and the sort key lies
 * in the queried range (`begins_with` the entity's prefix), so a foreign item's key is refused.
 */
const assertPosition = (query: PageableQuery<unknown>, inner: string) => {
  const params = query.params() as {
    IndexName?: string;
    KeyConditionExpression?: string;
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
  };
  const names = params.ExpressionAttributeNames ?? {};
  const values = params.ExpressionAttributeValues ?? {};
  const pkName = names['#pk'];
  const expected = keyAttributes(params.IndexName);
  let startKey: unknown;
  try {
    startKey = JSON.parse(Buffer.from(inner, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!pkName || !expected || typeof startKey !== 'object' || startKey === null || Array.isArray(startKey)) {
    throw invalid();
  }
  const key = startKey as Record<string, unknown>;
  const given = Object.keys(key);
  if (given.length !== expected.length || !expected.every((name) => Object.hasOwn(key, name)))
    throw invalid();
  if (given.some((name) => typeof key[name] !== 'string' || key[name] === '')) throw invalid();
  if (key[pkName] !== values[':pk']) throw invalid();
  // ElectroDB's queries read `begins_with(#sk1, :sk1)`; a position outside that range is not one of ours.
  const prefix = /begins_with\(\s*(#\w+)\s*,\s*(:\w+)\s*\)/.exec(params.KeyConditionExpression ?? '');
  if (prefix?.[1] && prefix[2]) {
    const skName = names[prefix[1]];
    const skPrefix = values[prefix[2]];
    if (!skName || typeof skPrefix !== 'string' || !(key[skName] as string).startsWith(skPrefix))
      throw invalid();
  }
};

/**
 * What the items of one page may weigh, in bytes of the Lambda response payload: AWS Lambda refuses a
 * response over 6 MB (6,291,456 bytes), and API Gateway's proxy result carries the body as a JSON string,
 * so each item counts as its JSON escaped once more (`"` and `\` double: `\u0001` becomes `\\u0001`).
 * The rest of 6 MB is left for the page's envelope, its cursor and the headers. Ordinary pages are far
 * below it; 100 plans at the contract's limits (about 200 KB of JSON each) or 100 audit events with
 * two such images each are not, and are cut (test/http/worst-case-plan.test.ts).
 */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** An item's share of the Lambda payload: its JSON, as a JSON string. */
const payloadBytes = (item: unknown) => Buffer.byteLength(JSON.stringify(JSON.stringify(item)));

/** How many of `items`, from the first, fit in MAX_PAGE_BYTES: at least one (a single item always fits). */
const fitting = (items: unknown[]) => {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    total += payloadBytes(items[i]) + 1;
    if (total > MAX_PAGE_BYTES) return Math.max(1, i);
  }
  return items.length;
};

/**
 * One page of a list, newest first: normally exactly one Query. `scope` names the list and its
 * filters; a cursor only works for the scope that issued it. A page holds at most `limit` items and may
 * hold fewer when a filter removed some, while `nextCursor` is still set. `map` shapes each item,
 * `present` (optional) the whole page at once (e.g. one BatchGet for what its items name).
 *
 * A page whose items would not fit in a Lambda response (MAX_PAGE_BYTES) is read again with a `Limit`
 * of the items that fit, so its `nextCursor` continues right after the last item it returns (the
 * contract allows a page of fewer than `limit` items). That second Query only ever happens for
 * pages of very large items.
 */
export const page = async <T, R, P = R>(
  query: PageableQuery<T>,
  options: {
    scope: string;
    limit: number;
    cursor?: string | undefined;
    map: (item: T) => R;
    present?: (items: R[]) => Promise<P[]>;
  },
): Promise<Page<P>> => {
  let inner: string | null = null;
  if (options.cursor !== undefined) {
    inner = decode(await cursorKey(), options.scope, options.cursor);
    assertPosition(query, inner);
  }
  const shape = async (data: T[]): Promise<P[]> => {
    const mapped = data.map(options.map);
    return options.present ? options.present(mapped) : (mapped as unknown as P[]);
  };
  let limit = options.limit;
  for (;;) {
    const result = await query.go({ limit, cursor: inner, order: 'desc', pages: 1, ...GO });
    const items = await shape(result.data);
    const fit = fitting(items);
    // Fewer items than were evaluated (limit > fit) are read again so the cursor follows the last one.
    if (fit === items.length) {
      return {
        items,
        nextCursor: result.cursor ? encode(await cursorKey(), options.scope, result.cursor) : null,
      };
    }
    limit = fit;
  }
};
