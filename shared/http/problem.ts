import { isTransient } from '../db/transient.ts';
import { DomainError, type ErrorCode, type FieldError, unavailable } from '../errors.ts';
import type { HttpResponse } from './response.ts';

/** The HTTP status of each contract code (API.md, Errors). */
export const STATUS: Record<ErrorCode, number> = {
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
  offer_not_redeemable: 409,
  offer_exhausted: 409,
  already_redeemed: 409,
  offer_in_use: 409,
  idempotency_in_progress: 409,
  version_mismatch: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  reference_not_found: 422,
  idempotency_key_reused: 422,
  unavailable: 503,
  internal_error: 500,
};

export const TITLES: Record<ErrorCode, string> = {
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
  offer_not_redeemable: 'Offer not redeemable',
  offer_exhausted: 'Offer exhausted',
  already_redeemed: 'Offer already redeemed',
  offer_in_use: 'Offer in use',
  idempotency_in_progress: 'Request with this Idempotency-Key in progress',
  version_mismatch: 'Version mismatch',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  reference_not_found: 'Referenced resource not found',
  idempotency_key_reused: 'Idempotency-Key reused with a different request',
  unavailable: 'Service unavailable',
  internal_error: 'Internal server error',
};

/** Refusals that clear up by themselves: the answer says when to try again (seconds). */
export const RETRY_AFTER: Partial<Record<ErrorCode, string>> = {
  unavailable: '1',
  idempotency_in_progress: '1',
};

/** An RFC 9457 problem+json body, as every refusal answers. */
export interface Problem {
  type: string;
  status: number;
  code: string;
  title: string;
  detail?: string;
  errors?: FieldError[];
}

/** RFC 9457 problem details with the contract's stable `code`. */
export const problem = (error: DomainError): HttpResponse => {
  const status = STATUS[error.code];
  const body: Problem = { type: 'about:blank', status, code: error.code, title: TITLES[error.code] };
  if (error.detail) body.detail = error.detail;
  if (error.errors) body.errors = error.errors;
  const retryAfter = RETRY_AFTER[error.code];
  return {
    statusCode: status,
    headers: {
      'content-type': 'application/problem+json',
      ...(retryAfter ? { 'Retry-After': retryAfter } : {}),
    },
    body: JSON.stringify(body),
  };
};

/**
 * The one place an error becomes an HTTP answer. A 500 says nothing about its cause; `log` is told
 * what it was.
 */
export const toProblem = (
  error: unknown,
  log: (error: unknown) => void = (e) =>
    console.error(
      JSON.stringify({
        level: 'ERROR',
        message: 'Unhandled error',
        error: e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : String(e),
      }),
    ),
): HttpResponse => {
  if (error instanceof DomainError) return problem(error);
  if (isTransient(error)) return problem(unavailable());
  log(error);
  return problem(new DomainError('internal_error', 'An unexpected error occurred'));
};
