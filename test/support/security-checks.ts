/**
 * What the security tests (`test/security/`) check with: the tokens that must not get in, requests
 * run in settled batches, the org's whole audit trail, and snapshots that prove a refused request
 * wrote nothing.
 */
import { expect } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import { signToken } from '../../shared/local/jwt.ts';
import { ROUTES, type Route, routeKey } from '../../shared/routes.ts';
import { type ApiClient, adminToken } from './api.ts';
import { type Params, pathOf, SAMPLE_QUERIES } from './security-seed.ts';

export const b64json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Claims that would be let in everywhere, so each bad token below has exactly one defect. */
const adminEverywhere = () => ({
  sub: 'intruder',
  email: 'intruder@example.com',
  'cognito:groups': ['admin'],
  'custom:orgs': '*',
});

/** Tokens without a usable identity (API.md: "No or invalid token … `401 unauthorized`"). */
export const UNAUTHENTICATED: readonly { label: string; token: () => string | null }[] = [
  { label: 'no token', token: () => null },
  { label: 'a malformed token', token: () => 'not.a.jwt' },
  {
    label: 'a token signed with another secret',
    token: () => signToken(adminEverywhere(), { secret: 'not-the-local-secret' }),
  },
  {
    label: 'an alg: none token',
    token: () => {
      const now = Math.floor(Date.now() / 1000);
      const claims = { ...adminEverywhere(), iat: now, exp: now + 3600 };
      return `${b64json({ alg: 'none', typ: 'JWT' })}.${b64json(claims)}.`;
    },
  },
  { label: 'an expired token', token: () => signToken(adminEverywhere(), { expiresInSeconds: -60 }) },
  {
    label: 'a token without sub',
    token: () => signToken({ email: 'x@example.com', 'cognito:groups': ['admin'], 'custom:orgs': '*' }),
  },
];

/** A valid token for `org` whose groups are neither `admin` nor `viewer`. */
export const noGroupToken = (org: string) =>
  signToken({ sub: 'editor-1', 'cognito:groups': ['editor', 'billing'], 'custom:orgs': org });

/**
 * Runs `run` over `items`, `size` at a time. A failure is thrown only once its whole batch has
 * settled, so no request of a failed test is still in flight when the next test starts.
 */
export const inBatches = async <T, R>(
  items: readonly T[],
  size: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> => {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    const settled = await Promise.allSettled(items.slice(start, start + size).map(run));
    for (const outcome of settled) {
      if (outcome.status === 'rejected') throw outcome.reason;
      results.push(outcome.value);
    }
  }
  return results;
};

/** Every audit event of `org`, newest first, following `nextCursor`. */
export const auditTrail = async (api: ApiClient, org: string): Promise<AuditEventResource[]> => {
  const events: AuditEventResource[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages === 0 || cursor !== null; pages += 1) {
    expect(pages, 'audit pagination does not terminate').toBeLessThan(50);
    const query: string = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events?${query}`, {
      token: adminToken(org),
    });
    expect(res.status, res.text).toBe(200);
    events.push(...res.body.items);
    cursor = res.body.nextCursor;
  }
  return events;
};

const GET_PATHS = new Set(ROUTES.filter((r) => r.method === 'GET').map((r) => r.path));

/**
 * Where a write route's effect can be read back: the longest prefix of its path that is a GET
 * route (`POST …/plans/{planId}/publish` → `GET …/plans/{planId}`, `POST …/plans` → the list).
 */
export const readBackPath = (route: Route): string => {
  // A redemption creates a subscription.
  if (route.handler === 'redemptions/create') return route.path.replace(/redemptions$/, 'subscriptions');
  let path = route.path;
  while (!GET_PATHS.has(path)) {
    const cut = path.lastIndexOf('/');
    if (cut <= 0) throw new Error(`No GET route reads back ${routeKey(route)}`);
    path = path.slice(0, cut);
  }
  return path;
};

export interface Snapshot {
  /** The resource (or collection) the route writes, as an admin reads it. */
  target: unknown;
  /** The org's whole audit trail. */
  audit: AuditEventResource[];
}

/** What `route` would change in the org of `params`: to compare before and after a refused request. */
export const snapshot = async (api: ApiClient, route: Route, params: Params): Promise<Snapshot> => {
  const org = params.orgId ?? '';
  const path = readBackPath(route);
  const query = SAMPLE_QUERIES[`GET ${path}`]?.(params);
  const url = `${pathOf(path, params)}${query ? `?${query}` : path.endsWith('}') ? '' : '?limit=100'}`;
  const [target, audit] = await Promise.all([
    api.request('GET', url, { token: adminToken(org) }),
    auditTrail(api, org),
  ]);
  expect(target.status, `GET ${url}: ${target.text}`).toBe(200);
  return { target: target.body, audit };
};
