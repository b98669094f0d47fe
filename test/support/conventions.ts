/**
 * What the cross-cutting contract tests (`test/http/conventions-*.test.ts`: API.md, "Conventions"
 * and "Audit events") share: the strict problem check every refusal there passes, every package,
 * offer and audit route of an org, and a seeded org that must stay exactly as seeded.
 */
import { expect } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import type { OfferResource } from '../../shared/offers/schemas.ts';
import type { PackageResource } from '../../shared/packages/schemas.ts';
import {
  type ApiClient,
  type ApiResponse,
  expectProblem as expectProblemFields,
  newOrg,
  type Problem,
} from './api.ts';
import { MISSING_PKG, offerBody, pkgBody } from './fixtures.ts';

/** What a stack trace looks like in a response. */
export const STACK =
  /\n\s+at |\bat \S+ \(.*:\d+:\d+\)|\bat (file:|node:|\/)|node_modules|\/work\/|\.[cm]?[jt]s:\d+/;

/**
 * The shared problem checks, plus what the conventions tests pin for every refusal: a non-empty
 * title, a string detail if there is one, and no stack trace anywhere in the body.
 */
export const expectProblem = (res: ApiResponse<unknown>, status: number, code: string): Problem => {
  const body = expectProblemFields(res, status, code);
  expect(body.title.length).toBeGreaterThan(0);
  if (body.detail !== undefined) expect(body.detail).toEqual(expect.any(String));
  expect(res.text).not.toMatch(STACK);
  return body;
};

export interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

/** Every package, offer and audit route of `org`, with bodies that would succeed for an admin. */
export const routesOf = (org: string, pkg: PackageResource, offer: OfferResource): Call[] => [
  { method: 'GET', path: `/orgs/${org}/packages` },
  { method: 'POST', path: `/orgs/${org}/packages`, body: pkgBody() },
  { method: 'GET', path: `/orgs/${org}/packages/${pkg.id}` },
  { method: 'PATCH', path: `/orgs/${org}/packages/${pkg.id}`, body: { name: 'Changed' } },
  { method: 'DELETE', path: `/orgs/${org}/packages/${pkg.id}` },
  { method: 'GET', path: `/orgs/${org}/offers` },
  { method: 'POST', path: `/orgs/${org}/offers`, body: offerBody(pkg.id) },
  { method: 'GET', path: `/orgs/${org}/offers/${offer.id}` },
  { method: 'PATCH', path: `/orgs/${org}/offers/${offer.id}`, body: { name: 'Changed' } },
  { method: 'DELETE', path: `/orgs/${org}/offers/${offer.id}` },
  { method: 'GET', path: `/orgs/${org}/audit-events` },
];

export const writes = (calls: Call[]) => calls.filter((c) => c.method !== 'GET');

/** A request that must be refused, with the status and code it must be refused with. */
export type Refusal = [send: () => Promise<ApiResponse<unknown>>, status: number, code: string];

/**
 * Refusals of a seeded org (`seed()`, and `other`, a second package of it) that the audit and the
 * error-shape tests both send: a body that is not JSON, a code another package holds, a package
 * its offer uses, a body of another media type, and an offer on a package that does not exist.
 */
export const commonRefusals = (
  api: ApiClient,
  { org, pkg }: { org: string; pkg: PackageResource },
  other: PackageResource,
): Refusal[] => [
  [
    () =>
      api.request('POST', `/orgs/${org}/packages`, {
        raw: '{',
        headers: { 'content-type': 'application/json' },
      }),
    400,
    'invalid_json',
  ],
  [
    () =>
      api.request('PATCH', `/orgs/${org}/packages/${other.id}`, { body: { code: pkg.code.toLowerCase() } }),
    409,
    'code_taken',
  ],
  [() => api.request('DELETE', `/orgs/${org}/packages/${pkg.id}`), 409, 'package_in_use'],
  [
    () =>
      api.request('POST', `/orgs/${org}/packages`, {
        body: pkgBody(),
        headers: { 'content-type': 'text/plain' },
      }),
    415,
    'unsupported_media_type',
  ],
  [
    () =>
      api.request('POST', `/orgs/${org}/offers`, {
        body: { status: 'active', code: 'X', name: 'X', packageId: MISSING_PKG },
      }),
    422,
    'reference_not_found',
  ],
];

/** Packages, offers and audit events of an org, created and read as admin (or with `token`). */
export const conventionsClient = (api: ApiClient) => {
  const createPackage = async (org: string, token?: string): Promise<PackageResource> => {
    const res = await api.request<PackageResource>('POST', `/orgs/${org}/packages`, {
      body: pkgBody(),
      ...(token ? { token } : {}),
    });
    expect(res.status, res.text).toBe(201);
    return res.body;
  };

  const createOffer = async (org: string, packageId: string, token?: string): Promise<OfferResource> => {
    const res = await api.request<OfferResource>('POST', `/orgs/${org}/offers`, {
      body: offerBody(packageId),
      ...(token ? { token } : {}),
    });
    expect(res.status, res.text).toBe(201);
    return res.body;
  };

  const auditList = async (org: string, query = 'limit=100'): Promise<AuditEventResource[]> => {
    const res = await api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events?${query}`);
    expect(res.status, res.text).toBe(200);
    return res.body.items;
  };

  const actions = async (org: string, query = 'limit=100') =>
    (await auditList(org, query)).map((e) => e.action);
  /** An org with one package and one offer on it, made by an admin. */
  const seed = async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id);
    return { org, pkg, offer };
  };

  /** The seeded org is exactly as seeded: nothing written, nothing deleted. */
  const expectUntouched = async ({ org, pkg, offer }: Awaited<ReturnType<typeof seed>>) => {
    expect((await api.request('GET', `/orgs/${org}/packages/${pkg.id}`)).body).toEqual(pkg);
    expect((await api.request('GET', `/orgs/${org}/offers/${offer.id}`)).body).toEqual(offer);
    const pkgs = await api.request<Page<PackageResource>>('GET', `/orgs/${org}/packages`);
    expect(pkgs.body.items.map((p) => p.id)).toEqual([pkg.id]);
    const offers = await api.request<Page<OfferResource>>('GET', `/orgs/${org}/offers`);
    expect(offers.body.items.map((o) => o.id)).toEqual([offer.id]);
    expect(await actions(org)).toEqual(['offer.created', 'package.created']);
  };
  return { createPackage, createOffer, auditList, actions, seed, expectUntouched };
};
