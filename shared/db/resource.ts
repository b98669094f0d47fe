import { isDeepStrictEqual } from 'node:util';
import type { OperationContext } from '../context.ts';
import { ApiError, versionMismatch } from '../errors.ts';

/**
 * A resource read for a write: 404 when absent, 412 when the request's `If-Match` names
 * another version. Reads are strongly consistent so the version we condition on is current.
 */
export const readForWrite = async <T extends { version: number }>(
  ctx: OperationContext,
  what: string,
  read: () => Promise<T | null>,
): Promise<T> => {
  const current = await read();
  if (!current) throw new ApiError('not_found', `${what} not found`);
  if (ctx.ifMatch !== undefined && ctx.ifMatch !== current.version) {
    throw versionMismatch(ctx.ifMatch, current.version);
  }
  return current;
};

/** 404 when a read found nothing. */
export const found = <T>(item: T | null | undefined, what: string): T => {
  if (item === null || item === undefined) throw new ApiError('not_found', `${what} not found`);
  return item;
};

/**
 * What a partial update changes: `set` holds new values, `remove` the optional fields that
 * `null` clears. Fields equal to their current value are no change at all.
 */
export const diff = (current: object, input: object) => {
  const now = current as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined || isDeepStrictEqual(now[field] ?? null, value)) continue;
    if (value === null) remove.push(field);
    else set[field] = value;
  }
  return { set, remove, changed: Object.keys(set).length > 0 || remove.length > 0 };
};

/** The item as it will be after `diff`'s changes, with the next version stamped. */
export const applyDiff = <T extends { version: number; updatedAt: string }>(
  ctx: OperationContext,
  current: T,
  changes: { set: Record<string, unknown>; remove: string[] },
): T => {
  const next: Record<string, unknown> = {
    ...current,
    ...changes.set,
    version: current.version + 1,
    updatedAt: ctx.now.toISOString(),
  };
  for (const field of changes.remove) delete next[field];
  return next as T;
};
