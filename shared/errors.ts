/**
 * Typed domain errors. Operations throw these; the handler factory's error mapper
 * (`shared/http/problem.ts`) is the one place that turns them into problem+json.
 * Anything else that escapes becomes a 500 that leaks nothing.
 */
export interface FieldError {
  path: string;
  message: string;
}

export type ErrorCode =
  | 'invalid_json'
  | 'validation_failed'
  | 'invalid_cursor'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'code_taken'
  | 'slug_taken'
  | 'username_taken'
  | 'email_taken'
  | 'invalid_transition'
  | 'plan_in_use'
  | 'package_in_use'
  | 'product_in_use'
  | 'company_in_use'
  | 'group_not_empty'
  | 'subscriber_in_use'
  | 'plan_not_active'
  | 'already_subscribed'
  | 'idempotency_in_progress'
  | 'version_mismatch'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'reference_not_found'
  | 'idempotency_key_reused'
  | 'unavailable'
  | 'internal_error';

const STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  validation_failed: 400,
  invalid_cursor: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  code_taken: 409,
  slug_taken: 409,
  username_taken: 409,
  email_taken: 409,
  invalid_transition: 409,
  plan_in_use: 409,
  package_in_use: 409,
  product_in_use: 409,
  company_in_use: 409,
  group_not_empty: 409,
  subscriber_in_use: 409,
  plan_not_active: 409,
  already_subscribed: 409,
  idempotency_in_progress: 409,
  version_mismatch: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  reference_not_found: 422,
  idempotency_key_reused: 422,
  unavailable: 503,
  internal_error: 500,
};

const TITLES: Record<ErrorCode, string> = {
  invalid_json: 'Invalid JSON body',
  validation_failed: 'Validation failed',
  invalid_cursor: 'Invalid cursor',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  code_taken: 'Code already in use',
  slug_taken: 'Slug already in use',
  username_taken: 'Username already in use',
  email_taken: 'Email already in use',
  invalid_transition: 'Invalid lifecycle transition',
  plan_in_use: 'Plan in use',
  package_in_use: 'Package in use',
  product_in_use: 'Product in use',
  company_in_use: 'Company in use',
  group_not_empty: 'Plan group not empty',
  subscriber_in_use: 'Subscriber in use',
  plan_not_active: 'Plan not active',
  already_subscribed: 'Already subscribed',
  idempotency_in_progress: 'Request with this Idempotency-Key in progress',
  version_mismatch: 'Version mismatch',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  reference_not_found: 'Referenced resource not found',
  idempotency_key_reused: 'Idempotency-Key reused with a different request',
  unavailable: 'Service unavailable',
  internal_error: 'Internal server error',
};

/** Base of every error the API answers deliberately. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? TITLES[code]);
    this.name = 'ApiError';
    this.status = STATUS[code];
    this.title = TITLES[code];
  }
}

export const notFound = (what: string): ApiError => new ApiError('not_found', `${what} not found`);

export const conflict = (code: ErrorCode, detail: string, errors?: FieldError[]): ApiError =>
  new ApiError(code, detail, errors);

export const validationFailed = (errors: FieldError[], detail = 'The request is not valid'): ApiError =>
  new ApiError('validation_failed', detail, errors);

/** A referenced id does not exist in the org: `422 reference_not_found` naming the field. */
export const referenceNotFound = (path: string, what: string, id: string): ApiError =>
  new ApiError('reference_not_found', `${what} '${id}' does not exist`, [
    { path, message: 'does not exist' },
  ]);

export const versionMismatch = (expected: number, actual: number): ApiError =>
  new ApiError('version_mismatch', `If-Match expected version ${expected}, current version is ${actual}`);

/**
 * The database throttled, or did not answer in time, past the SDK's retries. After a throttle nothing
 * was written; after a lost answer the change may have been applied (atomically, with its
 * idempotency record), so the safe retry is the same request with the same `Idempotency-Key`.
 */
export const unavailable = (
  detail = 'The database is temporarily unavailable; retry later (with the same Idempotency-Key a retry is safe)',
): ApiError => new ApiError('unavailable', detail, undefined, { 'Retry-After': '1' });

/** AWS SDK / network failures that mean "try again later": `503 unavailable`, never a 500. */
const TRANSIENT = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ServiceUnavailable',
  'InternalServerError',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);

export const isTransient = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; code?: unknown; cause?: unknown; $metadata?: unknown };
  if (typeof e.name === 'string' && TRANSIENT.has(e.name)) return true;
  if (typeof e.code === 'string' && TRANSIENT.has(e.code)) return true;
  return isTransient(e.cause, depth + 1);
};
