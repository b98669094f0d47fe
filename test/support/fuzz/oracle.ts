/**
 * The oracle: the contract's error codes, and properties (a) and (b) of what every answer must
 * look like (see index.ts). Property (c), the table left unchanged, is `table.ts` and the runner.
 */
import { type FuzzCase, type FuzzResponse, short } from './case.ts';
import { type LoadedRoute, resolveRoute } from './routes.ts';

// The contract's error table (API.md), written out here rather than imported: it is the oracle.

/** Every `code` the contract names, with its status. */
export const CONTRACT_CODES: Readonly<Record<string, number>> = {
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
};

/** Fields every resource carries that a create or update body must not send (API.md, Requests). */
export const READ_ONLY_FIELDS = ['id', 'version', 'createdAt', 'updatedAt', 'organizationId'];

/**
 * Properties (a) and (b): throws, naming what broke, unless the answer is a 2xx of the route's
 * declared status and response schema, or a contract problem+json with status < 500.
 */
export const checkAnswer = (routes: readonly LoadedRoute[], c: FuzzCase, res: FuzzResponse): void => {
  const where = `${res.status} ${short(res.text, 400)}`;
  if (res.status >= 500) throw new Error(`(a) a 5xx answer: ${where}`);
  if (res.status >= 200 && res.status < 300) {
    const route = resolveRoute(routes, c.method, c.path.split('?')[0] ?? '');
    if (!route) throw new Error(`a 2xx answer for a request that matches no route: ${where}`);
    if (res.status !== route.spec.status) {
      throw new Error(`a 2xx other than ${route.key}'s declared ${route.spec.status}: ${where}`);
    }
    if (res.status === 204) {
      if (res.text !== '') throw new Error(`a 204 with a body: ${where}`);
      return;
    }
    if (!/^application\/json/.test(res.headers['content-type'] ?? '')) {
      throw new Error(
        `a 2xx that is not application/json (${String(res.headers['content-type'])}): ${where}`,
      );
    }
    const parsed = route.spec.response?.safeParse(JSON.parse(res.text));
    if (parsed && !parsed.success) {
      throw new Error(
        `a 2xx body that ${route.key}'s response schema refuses: ${parsed.error.message}\n${where}`,
      );
    }
    return;
  }
  if (!/^application\/problem\+json(\s*;.*)?$/.test(res.headers['content-type'] ?? '')) {
    throw new Error(
      `(b) a ${res.status} that is not application/problem+json (${String(res.headers['content-type'])}): ${where}`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    throw new Error(`(b) a problem body that is not JSON: ${where}`);
  }
  const p = body as { type?: unknown; status?: unknown; title?: unknown; code?: unknown };
  if (typeof p.type !== 'string' || p.type === '') throw new Error(`(b) a problem without type: ${where}`);
  if (typeof p.title !== 'string' || p.title === '') throw new Error(`(b) a problem without title: ${where}`);
  if (p.status !== res.status)
    throw new Error(`(b) problem status ${String(p.status)} ≠ HTTP ${res.status}: ${where}`);
  if (typeof p.code !== 'string' || CONTRACT_CODES[p.code] === undefined) {
    throw new Error(`(b) a code the contract does not name (${String(p.code)}): ${where}`);
  }
  if (CONTRACT_CODES[p.code] !== res.status) {
    throw new Error(
      `(b) ${p.code} is a ${String(CONTRACT_CODES[p.code])} in the contract, answered as ${res.status}: ${where}`,
    );
  }
};
