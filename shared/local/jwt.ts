import { createHmac, timingSafeEqual } from 'node:crypto';

/** Locally, tokens are HS256-signed with this secret; in AWS, API Gateway's JWT authorizer verifies them. */
export const localSecret = (): string => process.env.LOCAL_JWT_SECRET || 'local-dev-secret';

export const LOCAL_ISSUER = 'subscription-admin-local';

export type Claims = Record<string, unknown>;

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest();

/** Signs `claims` (adding `iat`, `exp` and `iss`) as an HS256 JWT. */
export const signToken = (
  claims: Claims,
  options: { secret?: string; expiresInSeconds?: number } = {},
): string => {
  const now = Math.floor(Date.now() / 1000);
  const header = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64(
    JSON.stringify({
      iss: LOCAL_ISSUER,
      iat: now,
      exp: now + (options.expiresInSeconds ?? 7 * 24 * 3600),
      ...claims,
    }),
  );
  const signature = b64(hmac(options.secret ?? localSecret(), `${header}.${payload}`));
  return `${header}.${payload}.${signature}`;
};

/** A token for `org` with `role`, as `npm run token` prints. */
export const localToken = (options: {
  org: string;
  role: 'admin' | 'viewer';
  sub?: string;
  email?: string;
}) =>
  signToken({
    sub: options.sub ?? `local-${options.role}`,
    email: options.email ?? `${options.role}@${options.org === '*' ? 'example' : options.org}.local`,
    'cognito:groups': [options.role],
    'custom:orgs': options.org,
  });

const decodeJson = (part: string): Claims => {
  const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
  return value as Claims;
};

/**
 * Verifies an HS256 token the way API Gateway's authorizer would verify a Cognito one: the
 * algorithm must be HS256 (so `alg: none` and algorithm swaps fail), the signature must match,
 * `exp`/`nbf` must hold and `sub` must be present. Returns the claims or null.
 */
export const verifyToken = (
  token: string,
  secret = localSecret(),
  nowSeconds = Math.floor(Date.now() / 1000),
) => {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  try {
    const header = decodeJson(headerPart);
    if (header.alg !== 'HS256') return null;
    const expected = hmac(secret, `${headerPart}.${payloadPart}`);
    const given = Buffer.from(signaturePart, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const claims = decodeJson(payloadPart);
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return null;
    // A present nbf must be a number (RFC 7519 NumericDate): a string or null is a malformed token, not "no nbf".
    if ('nbf' in claims && (typeof claims.nbf !== 'number' || !Number.isFinite(claims.nbf))) return null;
    if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds) return null;
    if (typeof claims.sub !== 'string' || claims.sub === '') return null;
    return claims;
  } catch {
    return null;
  }
};

/**
 * Claims as API Gateway's JWT authorizer hands them to a function: arrays flattened into
 * `[a b]` strings, numbers and booleans as strings.
 */
export const flattenClaims = (claims: Claims): Record<string, string> =>
  Object.fromEntries(
    Object.entries(claims).map(([k, v]) => [
      k,
      Array.isArray(v)
        ? `[${v.join(' ')}]`
        : typeof v === 'object' && v !== null
          ? JSON.stringify(v)
          : String(v),
    ]),
  );
