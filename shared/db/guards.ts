import { type GuardKind, normalizeUnique } from '../entities/unique-guard.ts';
import type { FieldError } from '../errors.ts';
import { DomainError, type ErrorCode } from '../errors.ts';
import { capitalized, type Resource, type UniqueField, withArticle } from '../resources.ts';
import type { TxStep } from './steps.ts';

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

/** What a clash on `unique` answers: `code_taken`, "A package with code 'X' already exists". */
const takenBy = (resource: Resource, unique: UniqueField, value: string) => ({
  code: unique.code,
  field: unique.field,
  detail: `${capitalized(withArticle(resource.singular))} with ${unique.field} '${value}' already exists`,
});

/** The claims of a new item's unique fields (shared/resources.ts), in their declared order. */
export const claimUniques = (orgId: string, resource: Resource, item: { id: string }): TxStep[] =>
  resource.unique.map((unique) => {
    const value = String((item as Record<string, unknown>)[unique.field]);
    return claimUnique(orgId, unique.kind, value, item.id, takenBy(resource, unique, value));
  });

/** The guard moves of an update's changed unique fields. */
export const moveUniques = (
  orgId: string,
  resource: Resource,
  current: { id: string },
  input: object,
): TxStep[] =>
  resource.unique.flatMap((unique) => {
    const after = (input as Record<string, unknown>)[unique.field] as string | undefined;
    const before = String((current as Record<string, unknown>)[unique.field]);
    return moveUnique(orgId, unique.kind, before, after, current.id, takenBy(resource, unique, after ?? ''));
  });

/** The releases of a deleted item's unique values. */
export const releaseUniques = (orgId: string, resource: Resource, current: { id: string }): TxStep[] =>
  resource.unique.map((unique) =>
    releaseUnique(orgId, unique.kind, String((current as Record<string, unknown>)[unique.field]), current.id),
  );
