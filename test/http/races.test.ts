import { describe, expect, it } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import type { PackageResource } from '../../shared/packages/schemas.ts';
import { newOrg, useApi } from '../support/api.ts';
import { namedPkg } from '../support/fixtures.ts';

const api = useApi();

const postPackage = (org: string, code: string) =>
  api.request<PackageResource>('POST', `/orgs/${org}/packages`, { org, body: namedPkg(code) });

/** The first page (up to 100 items) of one of the org's lists. */
const list = async <T>(org: string, path: string) =>
  (await api.request<Page<T>>('GET', `/orgs/${org}/${path}?limit=100`, { org })).body.items;

describe('races', () => {
  it('lets exactly one of 20 concurrent creates of one code (in any case) win', async () => {
    const org = newOrg();
    const spellings = ['vip', 'VIP', 'Vip', 'vIp'];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postPackage(org, spellings[i % 4] ?? 'vip')),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(19);
    for (const r of refused) expect(r.body.code).toBe('code_taken');
    expect(await list(org, 'packages')).toHaveLength(1);
    expect(await list(org, 'audit-events')).toHaveLength(1);
  });

  it('lets exactly one of 20 concurrent offer creates of one code win', async () => {
    const org = newOrg();
    const p = await postPackage(org, 'P');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.request('POST', `/orgs/${org}/offers`, {
          org,
          body: { status: 'active', code: i % 2 ? 'SUB_X' : 'sub_x', name: 'X', packageId: p.body.id },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.body.code === 'code_taken')).toHaveLength(19);
    expect(await list(org, 'offers')).toHaveLength(1);
  });

  it('never leaves an offer pointing at a deleted package when the delete races the offer create', async () => {
    for (let round = 0; round < 10; round++) {
      const org = newOrg();
      const p = await postPackage(org, 'P');
      const [offer, deleted] = await Promise.all([
        api.request('POST', `/orgs/${org}/offers`, {
          org,
          body: { status: 'active', code: 'O', name: 'O', packageId: p.body.id },
        }),
        api.request('DELETE', `/orgs/${org}/packages/${p.body.id}`, { org }),
      ]);
      const packageGone =
        (await api.request('GET', `/orgs/${org}/packages/${p.body.id}`, { org })).status === 404;
      const offers = await list(org, 'offers');
      if (deleted.status === 204) {
        expect(packageGone).toBe(true);
        expect(offer.status).toBe(422);
        expect(offer.body.code).toBe('reference_not_found');
        expect(offers).toHaveLength(0);
      } else {
        expect(deleted.status).toBe(409);
        expect(deleted.body.code).toBe('package_in_use');
        expect(offer.status).toBe(201);
        expect(packageGone).toBe(false);
        expect(offers).toHaveLength(1);
      }
    }
  });

  it('never loses an update: 10 concurrent PATCHes without If-Match all land', async () => {
    const org = newOrg();
    const p = await postPackage(org, 'P');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.request<PackageResource>('PATCH', `/orgs/${org}/packages/${p.body.id}`, {
          org,
          body: i % 2 ? { name: `name-${i}` } : { tier: i + 10 },
        }),
      ),
    );
    for (const r of results) expect(r.status).toBe(200);
    const versions = results.map((r) => r.body.version).sort((a, b) => a - b);
    expect(versions).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const final = await api.request<PackageResource>('GET', `/orgs/${org}/packages/${p.body.id}`, { org });
    expect(final.body.version).toBe(11);
    // The last writer of each field is the one with the highest version among its writers.
    const lastName = results
      .filter((r) => /name-/.test(r.body.name))
      .sort((a, b) => b.body.version - a.body.version)[0];
    expect(final.body.name).toBe(lastName?.body.name);
    const events = (await list<AuditEventResource>(org, 'audit-events')).filter(
      (e) => e.action === 'package.updated',
    );
    expect(events).toHaveLength(10);
  });

  it('lets exactly one of 10 concurrent PATCHes with the same If-Match win; the rest get 412', async () => {
    const org = newOrg();
    const p = await postPackage(org, 'P');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.request('PATCH', `/orgs/${org}/packages/${p.body.id}`, {
          org,
          body: { name: `n${i}` },
          headers: { 'if-match': '"1"' },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const refused = results.filter((r) => r.status !== 200);
    for (const r of refused) {
      expect(r.status).toBe(412);
      expect(r.body.code).toBe('version_mismatch');
    }
    const final = await api.request<PackageResource>('GET', `/orgs/${org}/packages/${p.body.id}`, { org });
    expect(final.body.version).toBe(2);
  });

  it('lets only one of two packages move to the same new code at once, and frees the loser nothing', async () => {
    for (let round = 0; round < 5; round++) {
      const org = newOrg();
      const a = await postPackage(org, 'A');
      const b = await postPackage(org, 'B');
      const [ra, rb] = await Promise.all([
        api.request('PATCH', `/orgs/${org}/packages/${a.body.id}`, { org, body: { code: 'NEW' } }),
        api.request('PATCH', `/orgs/${org}/packages/${b.body.id}`, { org, body: { code: 'new' } }),
      ]);
      expect([ra.status, rb.status].sort()).toEqual([200, 409]);
      const codes = (await list<PackageResource>(org, 'packages')).map((x) => x.code.toLowerCase()).sort();
      expect(codes.filter((c) => c === 'new')).toHaveLength(1);
      // The loser kept its old code, still guarded: nobody else can take it.
      const loserCode = ra.status === 409 ? 'A' : 'B';
      const clash = await postPackage(org, loserCode);
      expect(clash.status).toBe(409);
      // The winner's old code is free.
      const freed = await postPackage(org, loserCode === 'A' ? 'B' : 'A');
      expect(freed.status).toBe(201);
    }
  });
});
