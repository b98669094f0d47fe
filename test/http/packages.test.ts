/**
 * Contract tests for `/orgs/{orgId}/packages` (API.md, "Packages" and the conventions it relies on),
 * over HTTP against the local server. What every CRUD resource does is `crudContract`'s; this file
 * keeps what is special about packages: their fields, the status filter and the offers that use them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfferResource } from '../../shared/offers/schemas.ts';
import type { PackageResource } from '../../shared/packages/schemas.ts';
import {
  auditEvents as auditEventsOf,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  resourceClient,
  useApi,
} from '../support/api.ts';
import { crudContract } from '../support/crud-contract.ts';
import { offerBody, pkgBody, rand } from '../support/fixtures.ts';

const api = useApi();
const packages = resourceClient<PackageResource>(api, 'packages');
const offers = resourceClient<OfferResource>(api, 'offers');
const { post: postPackage, get: getPackage, patch: patchPackage, remove: deletePackage } = packages;
const listPackages = packages.list;

crudContract<PackageResource>('packages', {
  api,
  body: () => pkgBody(),
  fields: (body) => ({ description: null, ...body }),
  change: (n) => ({ name: `Package ${n}` }),
  required: ['status', 'code', 'name', 'tier'],
});

const createPackage = (org: string, overrides: Record<string, unknown> = {}) =>
  packages.create(org, pkgBody(overrides));

const auditEvents = (org: string) => auditEventsOf(api, org);

const listAll = packages.listAll;

/** Asserts a refused request wrote nothing in a fresh org: no package, no audit event. */
const expectNothingWritten = async (org: string) => {
  const list = await listPackages(org);
  expect(list.status).toBe(200);
  expect(list.body.items).toEqual([]);
  expect(await auditEvents(org)).toEqual([]);
};

const createOffer = (org: string, packageId: string, code = `O${rand()}`) =>
  offers.create(org, offerBody(packageId, { code }));

describe('POST /orgs/{orgId}/packages', () => {
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
});

describe('GET /orgs/{orgId}/packages', () => {
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

  describe('refuses a cursor of another filter or list with 400 invalid_cursor', () => {
    const org = newOrg('cursor');
    let cursor = '';
    let inactiveCursor = '';

    beforeAll(async () => {
      for (let i = 0; i < 3; i++) await createPackage(org, { status: i === 1 ? 'inactive' : 'active' });
      await createPackage(org, { status: 'inactive' });
      const first = await listPackages(org, 'limit=1');
      expect(first.body.nextCursor).toEqual(expect.any(String));
      cursor = first.body.nextCursor ?? '';
      const inactive = await listPackages(org, 'status=inactive&limit=1');
      expect(inactive.body.nextCursor).toEqual(expect.any(String));
      inactiveCursor = inactive.body.nextCursor ?? '';
    });

    const withCursor = (c: string, extra = '') =>
      listPackages(org, `limit=1&cursor=${encodeURIComponent(c)}${extra}`);

    it('refuses a cursor from another filter', async () => {
      expectProblem(await withCursor(inactiveCursor), 400, 'invalid_cursor');
      expectProblem(await withCursor(cursor, '&status=active'), 400, 'invalid_cursor');
    });

    it("refuses an offers list's cursor", async () => {
      const pkg = await createPackage(org);
      await createOffer(org, pkg.id, 'OC1');
      await createOffer(org, pkg.id, 'OC2');
      const offerList = await offers.list(org, 'limit=1');
      expect(offerList.body.nextCursor).toEqual(expect.any(String));
      expectProblem(await withCursor(offerList.body.nextCursor ?? ''), 400, 'invalid_cursor');
    });
  });
});

describe('PATCH /orgs/{orgId}/packages/{packageId}', () => {
  it('changes several fields at once', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, { status: 'active', tier: 1 });
    const res = await patchPackage(org, pkg.id, { status: 'inactive', tier: 1000, description: 'Top' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'inactive', tier: 1000, description: 'Top', version: 2 });
    expect(res.body.name).toBe(pkg.name);
    expect(res.body.code).toBe(pkg.code);
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
  ])('refuses $body with 400 validation_failed naming $path, changing nothing', async ({ body, path }) => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const res = await patchPackage(org, pkg.id, { name: 'Would change', ...body });
    expectInvalidField(res, path);
    expect((await getPackage(org, pkg.id)).body).toEqual(pkg);
    expect(await auditEvents(org)).toHaveLength(1);
  });
});

describe('DELETE /orgs/{orgId}/packages/{packageId}', () => {
  it('refuses to delete a package an offer references with 409 package_in_use until the offer is deleted', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id);
    expectProblem(await deletePackage(org, pkg.id), 409, 'package_in_use');
    expect((await getPackage(org, pkg.id)).body).toEqual(pkg);
    const delOffer = await offers.remove(org, offer.id);
    expect(delOffer.status, delOffer.text).toBe(204);
    const res = await deletePackage(org, pkg.id);
    expect(res.status, res.text).toBe(204);
  });

  it('stays in use while any of several offers references it', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const o1 = await createOffer(org, pkg.id, 'O1');
    const o2 = await createOffer(org, pkg.id, 'O2');
    expect((await offers.remove(org, o1.id)).status).toBe(204);
    expectProblem(await deletePackage(org, pkg.id), 409, 'package_in_use');
    expect((await offers.remove(org, o2.id)).status).toBe(204);
    expect((await deletePackage(org, pkg.id)).status).toBe(204);
  });

  it('can delete a package once its offer moved to another package', async () => {
    const org = newOrg();
    const a = await createPackage(org);
    const b = await createPackage(org);
    const offer = await createOffer(org, a.id);
    expectProblem(await deletePackage(org, a.id), 409, 'package_in_use');
    const moved = await offers.patch(org, offer.id, { packageId: b.id });
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
