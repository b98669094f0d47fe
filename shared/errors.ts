/**
 * Typed domain errors: what an operation refuses, by the contract's stable `code`. Nothing here
 * knows about HTTP; the handler factory's error mapper (`shared/http/problem.ts`) is the one place
 * that gives a code its status, title and headers. Anything else that escapes becomes a 500 that
 * leaks nothing.
 */
export interface FieldError {
  path: string;
  message: string;
}

/** Every code an operation or the request pipeline can refuse with (API.md, Errors). */
export const ERROR_CODES = [
  'invalid_json',
  'validation_failed',
  'invalid_cursor',
  'unauthorized',
  'forbidden',
  'not_found',
  'code_taken',
  'slug_taken',
  'username_taken',
  'email_taken',
  'invalid_transition',
  'plan_in_use',
  'package_in_use',
  'product_in_use',
  'company_in_use',
  'group_not_empty',
  'subscriber_in_use',
  'plan_not_active',
  'already_subscribed',
  'offer_not_redeemable',
  'offer_exhausted',
  'already_redeemed',
  'offer_in_use',
  'idempotency_in_progress',
  'version_mismatch',
  'payload_too_large',
  'unsupported_media_type',
  'reference_not_found',
  'idempotency_key_reused',
  'unavailable',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Base of every error the API answers deliberately: a code, a sentence, and field errors where useful. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? code);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string): DomainError => new DomainError('not_found', `${what} not found`);

export const validationFailed = (errors: FieldError[], detail = 'The request is not valid'): DomainError =>
  new DomainError('validation_failed', detail, errors);

/** A referenced id does not exist in the org: `reference_not_found` naming the field. */
export const referenceNotFound = (path: string, what: string, id: string): DomainError =>
  new DomainError('reference_not_found', `${what} '${id}' does not exist`, [
    { path, message: 'does not exist' },
  ]);

/** The caller expected another version of the resource (an HTTP client says so with `If-Match`). */
export const versionMismatch = (expected: number, actual: number): DomainError =>
  new DomainError('version_mismatch', `Expected version ${expected}, current version is ${actual}`);

/**
 * The database throttled, or did not answer in time, past the SDK's retries. After a throttle nothing
 * was written; after a lost answer the change may have been applied (atomically, with its
 * idempotency record), so the safe retry is the same request with the same `Idempotency-Key`.
 */
export const unavailable = (
  detail = 'The database is temporarily unavailable; retry later (with the same Idempotency-Key a retry is safe)',
): DomainError => new DomainError('unavailable', detail);
