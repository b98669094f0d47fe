import { type GuardKind, normalizeUnique } from '../entities/unique-guard.ts';
import type { FieldError } from '../errors.ts';
import { DomainError, type ErrorCode } from '../errors.ts';
import type { TxStep } from './commit.ts';

/** Claims `value` for `ownerId`; fails with `code` (e.g. `code_taken`) when another owner has it. */
export const claimUnique = (
  orgId: string,
  kind: GuardKind,
  value: string,
  ownerId: string,
  taken: { code: ErrorCode; field: string; detail: string },
): TxStep => ({
  build: (tx) =>
    tx.guard.create({ organizationId: orgId, kind, value: normalizeUnique(value), ownerId }).commit(),
  onFail: () =>
    new DomainError(taken.code, taken.detail, [
      { path: taken.field, message: 'already in use' } satisfies FieldError,
    ]),
});

/** Frees `value`, but only if `ownerId` still holds it. */
export const releaseUnique = (orgId: string, kind: GuardKind, value: string, ownerId: string): TxStep => ({
  build: (tx) =>
    tx.guard
      .delete({ organizationId: orgId, kind, value: normalizeUnique(value) })
      .where((a, op) => op.eq(a.ownerId, ownerId))
      .commit(),
  onFail: () => new Error(`Guard ${kind}:${value} is not held by ${ownerId}`),
});

/**
 * The steps that move a unique value from `before` to `after` (nothing when they are equal
 * ignoring case: the guard already covers both spellings).
 */
export const moveUnique = (
  orgId: string,
  kind: GuardKind,
  before: string,
  after: string | undefined,
  ownerId: string,
  taken: { code: ErrorCode; field: string; detail: string },
): TxStep[] =>
  after === undefined || normalizeUnique(after) === normalizeUnique(before)
    ? []
    : [releaseUnique(orgId, kind, before, ownerId), claimUnique(orgId, kind, after, ownerId, taken)];
