/** AWS SDK / network failures that mean "try again later": `unavailable`, never a 500. */
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

/** True for an error (or one of its causes) that a later retry may not meet. */
export const isTransient = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; code?: unknown; cause?: unknown; $metadata?: unknown };
  if (typeof e.name === 'string' && TRANSIENT.has(e.name)) return true;
  if (typeof e.code === 'string' && TRANSIENT.has(e.code)) return true;
  return isTransient(e.cause, depth + 1);
};
