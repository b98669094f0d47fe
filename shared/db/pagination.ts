import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../errors.ts';
import { GO } from './client.ts';
import { cursorKey } from './cursor-key.ts';

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

/**
 * Belt and braces: the decoded start key must lie in the partition the query reads, so even a
 * validly signed cursor cannot move a query into another org's data.
 */
const assertSamePartition = (query: PageableQuery<unknown>, inner: string) => {
  const params = query.params() as {
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
  };
  const pkName = params.ExpressionAttributeNames?.['#pk'];
  const pkValue = params.ExpressionAttributeValues?.[':pk'];
  let startKey: unknown;
  try {
    startKey = JSON.parse(Buffer.from(inner, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !pkName ||
    typeof startKey !== 'object' ||
    startKey === null ||
    Object.values(startKey).some((v) => typeof v !== 'string') ||
    (startKey as Record<string, unknown>)[pkName] !== pkValue
  ) {
    throw invalid();
  }
};

/**
 * One page of a list, newest first: exactly one Query. `scope` names the list and its filters;
 * a cursor only works for the scope that issued it. A page holds at most `limit` items and may
 * hold fewer when a filter removed some, while `nextCursor` is still set.
 */
export const page = async <T, R>(
  query: PageableQuery<T>,
  options: { scope: string; limit: number; cursor?: string | undefined; map: (item: T) => R },
): Promise<Page<R>> => {
  let inner: string | null = null;
  if (options.cursor !== undefined) {
    inner = decode(await cursorKey(), options.scope, options.cursor);
    assertSamePartition(query, inner);
  }
  const result = await query.go({ limit: options.limit, cursor: inner, order: 'desc', pages: 1, ...GO });
  return {
    items: result.data.map(options.map),
    nextCursor: result.cursor ? encode(await cursorKey(), options.scope, result.cursor) : null,
  };
};
