/**
 * Contract tests for `/orgs/{orgId}/packages` (API.md, "Packages" and the conventions it relies on),
 * over HTTP against the local server.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import type { OfferResource } from '../../shared/offers/schemas.ts';
import type { PackageResource } from '../../shared/packages/schemas.ts';
import {
  type ApiResponse,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  resourceClient,
  useApi,
} from '../support/api.ts';
import { ISO_MS, MISSING_PKG, offerBody, pkgBody, rand, sleep } from '../support/fixtures.ts';

const PKG_ID = /^pkg_[0-9A-HJKMNP-TV-Z]{26}$/;

const api = useApi();
const {
  post: postPackage,
  get: getPackage,
  patch: patchPackage,
  remove: deletePackage,
  list: listPackages,
} = resourceClient<PackageResource>(api, 'packages');

const createPackage = async (
  org: string,
  overrides: Record<string, unknown> = {},
): Promise<PackageResource> => {
  const res = await postPackage(org, pkgBody(overrides));
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const auditEvents = async (org: string): Promise<AuditEventResource[]> => {
  const res = await api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events?limit=100`);
  expect(res.status, res.text).toBe(200);
  return res.body.items;
};

/** Lists every page, following `nextCursor` until it is null. */
const listAll = async (org: string, query: string): Promise<{ ids: string[]; pages: number }> => {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const q: string = cursor ? `${query}&cursor=${encodeURIComponent(cursor)}` : query;
    const res: ApiResponse<Page<PackageResource>> = await listPackages(org, q);
    expect(res.status, res.text).toBe(200);
    const limit = Number(new URLSearchParams(query).get('limit') ?? 25);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...res.body.items.map((p) => p.id));
    cursor = res.body.nextCursor;
    pages += 1;
    expect(pages, 'pagination does not terminate').toBeLessThan(50);
  } while (cursor !== null);
  return { ids, pages };
};

/** Asserts a refused request wrote nothing in a fresh org: no package, no audit event. */
const expectNothingWritten = async (org: string) => {
  const list = await listPackages(org);
  expect(list.status).toBe(200);
  expect(list.body.items).toEqual([]);
  expect(await auditEvents(org)).toEqual([]);
};

const createOffer = async (org: string, packageId: string, code = `O${rand()}`): Promise<OfferResource> => {
  const res = await api.request<OfferResource>('POST', `/orgs/${org}/offers`, {
    body: offerBody(packageId, { code }),
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

describe('POST /orgs/{orgId}/packages', () => {
  it('creates a package: 201 with every field, defaults, Location and ETag "1"', async () => {
    const org = newOrg();
    const before = Date.now();
    const res = await postPackage(org, { status: 'active', code: 'PRO', name: 'Pro', tier: 10 });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const pkg = res.body;
    expect(pkg).toEqual({
      id: expect.stringMatching(PKG_ID),
      organizationId: org,
      status: 'active',
      code: 'PRO',
      name: 'Pro',
      tier: 10,
      description: null,
      version: 1,
      createdAt: expect.stringMatching(ISO_MS),
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(pkg.updatedAt).toBe(pkg.createdAt);
    expect(Date.parse(pkg.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(pkg.createdAt)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(res.headers.get('location')).toBe(`/orgs/${org}/packages/${pkg.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
  });

  it('keeps a given description and an inactive status', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { status: 'inactive', description: 'For big teams' });
    expect(pkg.status).toBe('inactive');
    expect(pkg.description).toBe('For big teams');
    const got = await getPackage(org, pkg.id);
    expect(got.body).toEqual(pkg);
  });

  it.each([
    { label: 'code of 32 characters', field: 'code', value: 'A'.repeat(32) },
    { label: 'code of 1 character', field: 'code', value: 'x' },
    { label: 'code with digits, _ and -', field: 'code', value: 'Pro_2024-v1' },
    { label: 'name of 100 characters', field: 'name', value: 'n'.repeat(100) },
    { label: 'name of 1 character', field: 'name', value: 'n' },
    { label: 'tier 0', field: 'tier', value: 0 },
    { label: 'tier 1000', field: 'tier', value: 1000 },
    { label: 'description of 1000 characters', field: 'description', value: 'd'.repeat(1000) },
    { label: 'empty description', field: 'description', value: '' },
    { label: 'null description', field: 'description', value: null },
  ])('accepts $label', async ({ field, value }) => {
    const org = newOrg();
    const pkg = await createPackage(org, { [field]: value });
    expect(pkg[field as keyof PackageResource]).toEqual(value);
  });

  it.each([
    { label: 'status outside the enum', body: { status: 'archived' }, path: 'status' },
    { label: 'status of the wrong type', body: { status: 1 }, path: 'status' },
    { label: 'missing status', body: { status: undefined }, path: 'status' },
    { label: 'empty code', body: { code: '' }, path: 'code' },
    { label: 'code of 33 characters', body: { code: 'A'.repeat(33) }, path: 'code' },
    { label: 'code with a space', body: { code: 'PRO PLAN' }, path: 'code' },
    { label: 'code with a dot', body: { code: 'pro.plan' }, path: 'code' },
    { label: 'code with a non-ASCII letter', body: { code: 'prö' }, path: 'code' },
    { label: 'missing code', body: { code: undefined }, path: 'code' },
    { label: 'null code', body: { code: null }, path: 'code' },
    { label: 'empty name', body: { name: '' }, path: 'name' },
    { label: 'name of 101 characters', body: { name: 'n'.repeat(101) }, path: 'name' },
    { label: 'missing name', body: { name: undefined }, path: 'name' },
    { label: 'numeric name', body: { name: 5 }, path: 'name' },
    { label: 'tier 1001', body: { tier: 1001 }, path: 'tier' },
    { label: 'tier -1', body: { tier: -1 }, path: 'tier' },
    { label: 'tier 1.5', body: { tier: 1.5 }, path: 'tier' },
    { label: 'tier "1" (a string)', body: { tier: '1' }, path: 'tier' },
    { label: 'tier null', body: { tier: null }, path: 'tier' },
    { label: 'missing tier', body: { tier: undefined }, path: 'tier' },
    { label: 'description of 1001 characters', body: { description: 'd'.repeat(1001) }, path: 'description' },
    { label: 'numeric description', body: { description: 3 }, path: 'description' },
  ])(
    'refuses $label with 400 validation_failed naming the field, writing nothing',
    async ({ body, path }) => {
      const org = newOrg();
      const res = await postPackage(org, pkgBody(body));
      const problem = expectInvalidField(res, path);
      for (const e of problem.errors ?? []) expect(e.message).toEqual(expect.any(String));
      await expectNothingWritten(org);
    },
  );

  it('lists every problem of a body at once', async () => {
    const org = newOrg();
    const res = await postPackage(org, {
      status: 'gone',
      code: 'has space',
      name: '',
      tier: 1001,
      description: 'd'.repeat(1001),
    });
    const problem = expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(problem)).toEqual(
      expect.arrayContaining(['status', 'code', 'name', 'tier', 'description']),
    );
    await expectNothingWritten(org);
  });

  it('lists every missing required field of an empty object', async () => {
    const org = newOrg();
    const res = await postPackage(org, {});
    const problem = expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(problem)).toEqual(expect.arrayContaining(['status', 'code', 'name', 'tier']));
    await expectNothingWritten(org);
  });

  it('refuses an unknown field with 400 validation_failed naming it, writing nothing', async () => {
    const org = newOrg();
    const res = await postPackage(org, pkgBody({ color: 'red' }));
    expectInvalidField(res, 'color');
    await expectNothingWritten(org);
  });

  it.each([
    { field: 'id', value: MISSING_PKG },
    { field: 'version', value: 1 },
    { field: 'createdAt', value: '2024-01-01T00:00:00.000Z' },
    { field: 'updatedAt', value: '2024-01-01T00:00:00.000Z' },
    { field: 'organizationId', value: 'someone-else' },
  ])('refuses the read-only field $field on create, writing nothing', async ({ field, value }) => {
    const org = newOrg();
    const res = await postPackage(org, pkgBody({ [field]: value }));
    expectInvalidField(res, field);
    await expectNothingWritten(org);
  });

  it('refuses a code already used in the org ignoring case with 409 code_taken', async () => {
    const org = newOrg();
    const first = await createPackage(org, { code: 'PRO' });
    for (const code of ['PRO', 'pro', 'Pro']) {
      const res = await postPackage(org, pkgBody({ code }));
      expectProblem(res, 409, 'code_taken');
    }
    const list = await listPackages(org);
    expect(list.body.items.map((p) => p.id)).toEqual([first.id]);
    expect(await auditEvents(org)).toHaveLength(1);
  });

  it('lets two orgs use the same code', async () => {
    const a = newOrg();
    const b = newOrg();
    await createPackage(a, { code: 'SHARED' });
    const pkg = await createPackage(b, { code: 'shared' });
    expect(pkg.organizationId).toBe(b);
  });
});

describe('GET /orgs/{orgId}/packages/{packageId}', () => {
  it('returns the package with its ETag', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { description: 'x' });
    const res = await getPackage(org, pkg.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(pkg);
    expect(res.headers.get('etag')).toBe('"1"');
  });

  it('answers 404 not_found for an id that does not exist', async () => {
    const org = newOrg();
    expectProblem(await getPackage(org, MISSING_PKG), 404, 'not_found');
  });

  it.each([
    'not-an-id',
    'pkg_123',
    'pkg_01ARZ3NDEKTSV4RRFFQ69G5FAVX',
    'off_01ARZ3NDEKTSV4RRFFQ69G5FAV',
    'pkg_01arz3ndektsv4rrffq69g5fav!',
  ])('answers 404 not_found for the malformed id %s', async (id) => {
    const org = newOrg();
    expectProblem(await getPackage(org, encodeURIComponent(id)), 404, 'not_found');
    expectProblem(await patchPackage(org, encodeURIComponent(id), { name: 'x' }), 404, 'not_found');
    expectProblem(await deletePackage(org, encodeURIComponent(id)), 404, 'not_found');
  });
});

describe('GET /orgs/{orgId}/packages', () => {
  it('returns { items, nextCursor } newest first', async () => {
    const org = newOrg();
    const created: PackageResource[] = [];
    for (let i = 0; i < 3; i++) created.push(await createPackage(org, { code: `P${i}` }));
    const res = await listPackages(org);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([...created].reverse());
    expect(res.body.nextCursor).toBeNull();
  });

  it('returns an empty list for an org without packages', async () => {
    const res = await listPackages(newOrg());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextCursor: null });
  });

  it('filters by status', async () => {
    const org = newOrg();
    const a1 = await createPackage(org, { status: 'active' });
    const i1 = await createPackage(org, { status: 'inactive' });
    const a2 = await createPackage(org, { status: 'active' });
    const i2 = await createPackage(org, { status: 'inactive' });
    expect((await listAll(org, 'status=active')).ids).toEqual([a2.id, a1.id]);
    expect((await listAll(org, 'status=inactive')).ids).toEqual([i2.id, i1.id]);
  });

  it('reflects a status change in the status filter', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { status: 'active' });
    const patched = await patchPackage(org, pkg.id, { status: 'inactive' });
    expect(patched.status).toBe(200);
    expect((await listAll(org, 'status=active')).ids).toEqual([]);
    expect((await listAll(org, 'status=inactive')).ids).toEqual([pkg.id]);
  });

  it('refuses a status filter outside the enum with 400 validation_failed', async () => {
    const org = newOrg();
    expectInvalidField(await listPackages(org, 'status=archived'), 'status');
  });

  it.each(['0', '101', 'abc', '-1', '1.5'])('refuses limit=%s with 400 validation_failed', async (limit) => {
    const org = newOrg();
    expectInvalidField(await listPackages(org, `limit=${limit}`), 'limit');
  });

  it('accepts limit 1 and 100', async () => {
    const org = newOrg();
    const a = await createPackage(org);
    const b = await createPackage(org);
    const one = await listPackages(org, 'limit=1');
    expect(one.status).toBe(200);
    expect(one.body.items.map((p) => p.id)).toEqual([b.id]);
    expect(one.body.nextCursor).toEqual(expect.any(String));
    const hundred = await listPackages(org, 'limit=100');
    expect(hundred.status).toBe(200);
    expect(hundred.body.items.map((p) => p.id)).toEqual([b.id, a.id]);
    expect(hundred.body.nextCursor).toBeNull();
  });

  it('pages through every package exactly once, newest first, until nextCursor is null', async () => {
    const org = newOrg();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await createPackage(org, { code: `PG${i}` })).id);
    const { ids: listed, pages } = await listAll(org, 'limit=3');
    expect(listed).toEqual([...ids].reverse());
    expect(new Set(listed).size).toBe(7);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('pages through a status filter without losing or repeating items', async () => {
    const org = newOrg();
    const active: string[] = [];
    for (let i = 0; i < 8; i++) {
      const status = i % 3 === 0 ? 'inactive' : 'active';
      const pkg = await createPackage(org, { status });
      if (status === 'active') active.push(pkg.id);
    }
    const { ids } = await listAll(org, 'status=active&limit=2');
    expect(ids).toEqual([...active].reverse());
  });

  it('defaults limit to 25', async () => {
    const org = newOrg();
    for (let i = 0; i < 26; i++) await createPackage(org, { code: `D${i}` });
    const first = await listPackages(org);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(25);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect((await listAll(org, 'limit=25')).ids).toHaveLength(26);
  });

  describe('refuses a tampered or foreign cursor with 400 invalid_cursor', () => {
    const org = newOrg('cursor');
    const other = newOrg('cursor-other');
    let cursor = '';
    let inactiveCursor = '';
    let otherCursor = '';

    beforeAll(async () => {
      for (let i = 0; i < 3; i++) await createPackage(org, { status: i === 1 ? 'inactive' : 'active' });
      await createPackage(org, { status: 'inactive' });
      for (let i = 0; i < 2; i++) await createPackage(other);
      const first = await listPackages(org, 'limit=1');
      expect(first.body.nextCursor).toEqual(expect.any(String));
      cursor = first.body.nextCursor ?? '';
      const inactive = await listPackages(org, 'status=inactive&limit=1');
      expect(inactive.body.nextCursor).toEqual(expect.any(String));
      inactiveCursor = inactive.body.nextCursor ?? '';
      const otherFirst = await listPackages(other, 'limit=1');
      expect(otherFirst.body.nextCursor).toEqual(expect.any(String));
      otherCursor = otherFirst.body.nextCursor ?? '';
    });

    const withCursor = (c: string, extra = '') =>
      listPackages(org, `limit=1&cursor=${encodeURIComponent(c)}${extra}`);

    it('accepts the untampered cursor', async () => {
      const res = await withCursor(cursor);
      expect(res.status, res.text).toBe(200);
      expect(res.body.items).toHaveLength(1);
    });

    it('refuses a cursor with one character flipped', async () => {
      for (const at of [0, Math.floor(cursor.length / 2), cursor.length - 1]) {
        const index = cursor[at] === '.' ? at + 1 : at;
        const original = cursor[index] ?? '';
        const flipped = original === 'A' ? 'B' : 'A';
        const tampered = `${cursor.slice(0, index)}${flipped}${cursor.slice(index + 1)}`;
        expect(tampered).not.toBe(cursor);
        expectProblem(await withCursor(tampered), 400, 'invalid_cursor');
      }
    });

    it('refuses a truncated cursor', async () => {
      expectProblem(await withCursor(cursor.slice(0, -3)), 400, 'invalid_cursor');
      expectProblem(await withCursor(cursor.slice(3)), 400, 'invalid_cursor');
      expectProblem(await withCursor(cursor.slice(0, Math.floor(cursor.length / 2))), 400, 'invalid_cursor');
    });

    it('refuses garbage', async () => {
      for (const garbage of ['abc', 'not.a.cursor', '%%%', 'eyJ9.eyJ9', `${cursor}.extra`]) {
        expectProblem(await withCursor(garbage), 400, 'invalid_cursor');
      }
    });

    it('refuses an oversized garbage cursor with invalid_cursor too', async () => {
      expectProblem(await withCursor('A'.repeat(3000)), 400, 'invalid_cursor');
    });

    it('accepts a cursor with another limit than the page that issued it', async () => {
      const res = await listPackages(org, `limit=2&cursor=${encodeURIComponent(cursor)}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.items).toHaveLength(2);
    });

    it("refuses another org's cursor", async () => {
      expectProblem(await withCursor(otherCursor), 400, 'invalid_cursor');
    });

    it('refuses a cursor from another filter', async () => {
      expectProblem(await withCursor(inactiveCursor), 400, 'invalid_cursor');
      expectProblem(await withCursor(cursor, '&status=active'), 400, 'invalid_cursor');
    });

    it("refuses an offers list's cursor", async () => {
      const pkg = await createPackage(org);
      await createOffer(org, pkg.id, 'OC1');
      await createOffer(org, pkg.id, 'OC2');
      const offers = await api.request<Page<OfferResource>>('GET', `/orgs/${org}/offers?limit=1`);
      expect(offers.body.nextCursor).toEqual(expect.any(String));
      expectProblem(await withCursor(offers.body.nextCursor ?? ''), 400, 'invalid_cursor');
    });
  });
});

describe('PATCH /orgs/{orgId}/packages/{packageId}', () => {
  it('changes only the fields sent, bumps version and updatedAt, and returns the ETag', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { code: 'BASIC', name: 'Basic', tier: 1, description: 'Entry' });
    await sleep(5);
    const res = await patchPackage(org, pkg.id, { name: 'Basic Plus' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      ...pkg,
      name: 'Basic Plus',
      version: 2,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(Date.parse(pkg.updatedAt));
    expect(res.body.createdAt).toBe(pkg.createdAt);
    expect(res.headers.get('etag')).toBe('"2"');
    const got = await getPackage(org, pkg.id);
    expect(got.body).toEqual(res.body);
    expect(got.headers.get('etag')).toBe('"2"');
  });

  it('changes several fields at once', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { status: 'active', tier: 1 });
    const res = await patchPackage(org, pkg.id, { status: 'inactive', tier: 1000, description: 'Top' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'inactive', tier: 1000, description: 'Top', version: 2 });
    expect(res.body.name).toBe(pkg.name);
    expect(res.body.code).toBe(pkg.code);
  });

  it('bumps the version by one on every change', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    for (let v = 2; v <= 4; v++) {
      const res = await patchPackage(org, pkg.id, { tier: v });
      expect(res.body.version).toBe(v);
      expect(res.headers.get('etag')).toBe(`"${v}"`);
    }
  });

  it('clears the description with null', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { description: 'Some text' });
    const res = await patchPackage(org, pkg.id, { description: null });
    expect(res.status, res.text).toBe(200);
    expect(res.body.description).toBeNull();
    expect(res.body.version).toBe(2);
    expect((await getPackage(org, pkg.id)).body.description).toBeNull();
  });

  it.each(['status', 'code', 'name', 'tier'])(
    'refuses null for the required field %s, changing nothing',
    async (field) => {
      const org = newOrg();
      const pkg = await createPackage(org);
      const res = await patchPackage(org, pkg.id, { [field]: null });
      expectInvalidField(res, field);
      expect((await getPackage(org, pkg.id)).body).toEqual(pkg);
    },
  );

  it.each([
    { body: { status: 'archived' }, path: 'status' },
    { body: { code: 'a b' }, path: 'code' },
    { body: { code: 'A'.repeat(33) }, path: 'code' },
    { body: { name: '' }, path: 'name' },
    { body: { name: 'n'.repeat(101) }, path: 'name' },
    { body: { tier: 1001 }, path: 'tier' },
    { body: { tier: 1.5 }, path: 'tier' },
    { body: { tier: '1' }, path: 'tier' },
    { body: { description: 'd'.repeat(1001) }, path: 'description' },
    { body: { color: 'red' }, path: 'color' },
    { body: { id: MISSING_PKG }, path: 'id' },
    { body: { version: 7 }, path: 'version' },
    { body: { createdAt: '2020-01-01T00:00:00.000Z' }, path: 'createdAt' },
    { body: { updatedAt: '2020-01-01T00:00:00.000Z' }, path: 'updatedAt' },
    { body: { organizationId: 'elsewhere' }, path: 'organizationId' },
  ])('refuses $body with 400 validation_failed naming $path, changing nothing', async ({ body, path }) => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const res = await patchPackage(org, pkg.id, { name: 'Would change', ...body });
    expectInvalidField(res, path);
    expect((await getPackage(org, pkg.id)).body).toEqual(pkg);
    expect(await auditEvents(org)).toHaveLength(1);
  });

  it('answers 404 not_found for a package that does not exist', async () => {
    const org = newOrg();
    const res = await patchPackage(org, MISSING_PKG, { name: 'x' });
    expectProblem(res, 404, 'not_found');
    await expectNothingWritten(org);
  });

  it('refuses a code another package holds, ignoring case, with 409 code_taken and changes nothing', async () => {
    const org = newOrg();
    await createPackage(org, { code: 'PRO' });
    const other = await createPackage(org, { code: 'BASIC' });
    for (const code of ['PRO', 'pro']) {
      const res = await patchPackage(org, other.id, { code, name: 'Renamed' });
      expectProblem(res, 409, 'code_taken');
    }
    expect((await getPackage(org, other.id)).body).toEqual(other);
    // The refused package still holds its own code.
    expectProblem(await postPackage(org, pkgBody({ code: 'basic' })), 409, 'code_taken');
  });

  it('frees the old code and guards the new one when the code changes', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { code: 'OLD' });
    const res = await patchPackage(org, pkg.id, { code: 'NEW' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.code).toBe('NEW');
    const taker = await createPackage(org, { code: 'old' });
    expect(taker.code).toBe('old');
    for (const code of ['NEW', 'new']) {
      expectProblem(await postPackage(org, pkgBody({ code })), 409, 'code_taken');
    }
  });

  it('changes only the case of a code and keeps it guarded', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { code: 'pro' });
    const res = await patchPackage(org, pkg.id, { code: 'PRO' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.code).toBe('PRO');
    expect(res.body.version).toBe(2);
    expect((await getPackage(org, pkg.id)).body.code).toBe('PRO');
    expectProblem(await postPackage(org, pkgBody({ code: 'Pro' })), 409, 'code_taken');
    // Deleting it frees every spelling.
    const del = await deletePackage(org, pkg.id);
    expect(del.status, del.text).toBe(204);
    expect((await createPackage(org, { code: 'pRo' })).code).toBe('pRo');
  });

  it('keeps its own code when patched with the same code', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { code: 'SAME' });
    const res = await patchPackage(org, pkg.id, { code: 'SAME', name: 'Renamed' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ code: 'SAME', name: 'Renamed' });
    expectProblem(await postPackage(org, pkgBody({ code: 'same' })), 409, 'code_taken');
  });

  it('refuses a stale If-Match with 412 version_mismatch and changes nothing', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { name: 'Original' });
    const moved = await patchPackage(org, pkg.id, { tier: 2 });
    expect(moved.body.version).toBe(2);
    const res = await patchPackage(org, pkg.id, { name: 'Lost update' }, { 'if-match': '"1"' });
    expectProblem(res, 412, 'version_mismatch');
    const got = await getPackage(org, pkg.id);
    expect(got.body).toEqual(moved.body);
    expect(got.headers.get('etag')).toBe('"2"');
    expect(await auditEvents(org)).toHaveLength(2);
  });

  it('applies a change whose If-Match names the current version', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const res = await patchPackage(org, pkg.id, { name: 'Matched' }, { 'if-match': '"1"' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ name: 'Matched', version: 2 });
    expect(res.headers.get('etag')).toBe('"2"');
    const again = await patchPackage(
      org,
      pkg.id,
      { name: 'Matched again' },
      { 'if-match': res.headers.get('etag') ?? '' },
    );
    expect(again.status, again.text).toBe(200);
    expect(again.body.version).toBe(3);
  });
});

describe('DELETE /orgs/{orgId}/packages/{packageId}', () => {
  it('answers 204 with no body; the package is gone and its code free again', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { code: 'GONE' });
    const res = await deletePackage(org, pkg.id);
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe('');
    expectProblem(await getPackage(org, pkg.id), 404, 'not_found');
    expect((await listPackages(org)).body.items).toEqual([]);
    const again = await createPackage(org, { code: 'gone' });
    expect(again.id).not.toBe(pkg.id);
    expectProblem(await deletePackage(org, pkg.id), 404, 'not_found');
  });

  it('answers 404 not_found for a package that does not exist', async () => {
    const org = newOrg();
    expectProblem(await deletePackage(org, MISSING_PKG), 404, 'not_found');
    await expectNothingWritten(org);
  });

  it('refuses a stale If-Match with 412 version_mismatch and keeps the package', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const moved = await patchPackage(org, pkg.id, { tier: 9 });
    expect(moved.status).toBe(200);
    const res = await deletePackage(org, pkg.id, { 'if-match': '"1"' });
    expectProblem(res, 412, 'version_mismatch');
    expect((await getPackage(org, pkg.id)).body).toEqual(moved.body);
    const ok = await deletePackage(org, pkg.id, { 'if-match': '"2"' });
    expect(ok.status, ok.text).toBe(204);
  });

  it('refuses to delete a package an offer references with 409 package_in_use until the offer is deleted', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id);
    expectProblem(await deletePackage(org, pkg.id), 409, 'package_in_use');
    expect((await getPackage(org, pkg.id)).body).toEqual(pkg);
    const delOffer = await api.request('DELETE', `/orgs/${org}/offers/${offer.id}`);
    expect(delOffer.status, delOffer.text).toBe(204);
    const res = await deletePackage(org, pkg.id);
    expect(res.status, res.text).toBe(204);
  });

  it('stays in use while any of several offers references it', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const o1 = await createOffer(org, pkg.id, 'O1');
    const o2 = await createOffer(org, pkg.id, 'O2');
    expect((await api.request('DELETE', `/orgs/${org}/offers/${o1.id}`)).status).toBe(204);
    expectProblem(await deletePackage(org, pkg.id), 409, 'package_in_use');
    expect((await api.request('DELETE', `/orgs/${org}/offers/${o2.id}`)).status).toBe(204);
    expect((await deletePackage(org, pkg.id)).status).toBe(204);
  });

  it('can delete a package once its offer moved to another package', async () => {
    const org = newOrg();
    const a = await createPackage(org);
    const b = await createPackage(org);
    const offer = await createOffer(org, a.id);
    expectProblem(await deletePackage(org, a.id), 409, 'package_in_use');
    const moved = await api.request<OfferResource>('PATCH', `/orgs/${org}/offers/${offer.id}`, {
      body: { packageId: b.id },
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.packageId).toBe(b.id);
    expect((await deletePackage(org, a.id)).status).toBe(204);
    expectProblem(await deletePackage(org, b.id), 409, 'package_in_use');
  });

  it('records package.deleted only when the delete happened', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    await createOffer(org, pkg.id);
    expectProblem(await deletePackage(org, pkg.id), 409, 'package_in_use');
    const actions = (await auditEvents(org)).map((e) => e.action);
    expect(actions).toEqual(['offer.created', 'package.created']);
  });
});
