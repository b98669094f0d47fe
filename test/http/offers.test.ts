/**
 * Contract tests for `/orgs/{orgId}/offers` (API.md, "Offers" and the conventions it relies on),
 * over HTTP against the local server. What every CRUD resource does is `crudContract`'s; this file
 * keeps what is special about offers: their fields, their package and the list's filters.
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
import { MISSING_OFF, MISSING_PKG, offerBody, pkgBody, rand } from '../support/fixtures.ts';

const api = useApi();
const offers = resourceClient<OfferResource>(api, 'offers');
const packages = resourceClient<PackageResource>(api, 'packages');
const { post: postOffer, get: getOffer, patch: patchOffer, remove: deleteOffer } = offers;

const createPackage = (org: string, code = `P${rand()}`) => packages.create(org, pkgBody({ code }));

crudContract<OfferResource, PackageResource>('offers', {
  api,
  setup: (org) => createPackage(org),
  body: (pkg) => offerBody(pkg.id),
  fields: (body) => ({
    ...body,
    planId: null,
    billingCycle: null,
    maxRedemptions: null,
    validFrom: null,
    validUntil: null,
    redemptionCount: 0,
  }),
  change: (n) => ({ name: `Offer ${n}` }),
  required: ['status', 'code', 'name', 'packageId'],
});

const createOffer = (org: string, packageId: string, overrides: Record<string, unknown> = {}) =>
  offers.create(org, offerBody(packageId, overrides));

const deletePackage = packages.remove;

const auditEvents = (org: string) => auditEventsOf(api, org);

/** Every item of a list, following `nextCursor` until it is null. */
const listAll = async (org: string, query = '') => (await offers.listAll(org, query)).items;

const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** A refused create in an org holding only `pkg`: no offer, and only the package's own event. */
const expectNoOfferWritten = async (org: string) => {
  expect(await listAll(org)).toEqual([]);
  expect((await auditEvents(org)).map((e) => e.action)).toEqual(['package.created']);
};

describe('POST /orgs/{orgId}/offers', () => {
  it.each([
    { label: 'code of 64 characters', field: 'code', value: 'C'.repeat(64) },
    { label: 'code of 1 character', field: 'code', value: 'c' },
    { label: 'code with _ and -', field: 'code', value: 'a_B-9' },
    { label: 'name of 200 characters', field: 'name', value: 'n'.repeat(200) },
    { label: 'name of 1 character', field: 'name', value: 'n' },
    { label: 'inactive status', field: 'status', value: 'inactive' },
  ])('accepts $label', async ({ field, value }) => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id, { [field]: value });
    expect(offer[field as keyof OfferResource]).toBe(value);
  });

  it.each([
    { label: 'status outside the enum', body: { status: 'archived' }, path: 'status' },
    { label: 'missing status', body: { status: undefined }, path: 'status' },
    { label: 'empty code', body: { code: '' }, path: 'code' },
    { label: 'code of 65 characters', body: { code: 'C'.repeat(65) }, path: 'code' },
    { label: 'code with a space', body: { code: 'a b' }, path: 'code' },
    { label: 'code with a slash', body: { code: 'a/b' }, path: 'code' },
    { label: 'missing code', body: { code: undefined }, path: 'code' },
    { label: 'empty name', body: { name: '' }, path: 'name' },
    { label: 'name of 201 characters', body: { name: 'n'.repeat(201) }, path: 'name' },
    { label: 'missing name', body: { name: undefined }, path: 'name' },
    { label: 'null name', body: { name: null }, path: 'name' },
    { label: 'missing packageId', body: { packageId: undefined }, path: 'packageId' },
    { label: 'null packageId', body: { packageId: null }, path: 'packageId' },
    { label: 'malformed packageId', body: { packageId: 'not-an-id' }, path: 'packageId' },
    { label: 'packageId with the wrong prefix', body: { packageId: MISSING_OFF }, path: 'packageId' },
    { label: 'numeric packageId', body: { packageId: 42 }, path: 'packageId' },
    { label: 'unknown field', body: { price: 10 }, path: 'price' },
  ])(
    'refuses $label with 400 validation_failed naming the field, writing nothing',
    async ({ body, path }) => {
      const org = newOrg();
      const pkg = await createPackage(org);
      const res = await postOffer(org, offerBody(pkg.id, body));
      expectInvalidField(res, path);
      await expectNoOfferWritten(org);
    },
  );

  it('lists every problem at once', async () => {
    const org = newOrg();
    await createPackage(org);
    const res = await postOffer(org, {
      status: 'on',
      code: '',
      name: 'n'.repeat(201),
      packageId: 'bad',
      extra: true,
    });
    const problem = expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(problem)).toEqual(
      expect.arrayContaining(['status', 'code', 'name', 'packageId', 'extra']),
    );
    await expectNoOfferWritten(org);
  });

  it('refuses a package that does not exist with 422 reference_not_found on packageId', async () => {
    const org = newOrg();
    await createPackage(org);
    const res = await postOffer(org, offerBody(MISSING_PKG));
    const problem = expectProblem(res, 422, 'reference_not_found');
    expect(problem.errors?.[0]?.path).toBe('packageId');
    await expectNoOfferWritten(org);
  });

  it('refuses a deleted package with 422 reference_not_found', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    expect((await deletePackage(org, pkg.id)).status).toBe(204);
    const res = await postOffer(org, offerBody(pkg.id));
    expect(expectProblem(res, 422, 'reference_not_found').errors?.[0]?.path).toBe('packageId');
    expect(await listAll(org)).toEqual([]);
  });

  it("refuses another org's package with 422 reference_not_found", async () => {
    const org = newOrg();
    const other = newOrg();
    await createPackage(org);
    const foreign = await createPackage(other);
    const res = await postOffer(org, offerBody(foreign.id));
    expect(expectProblem(res, 422, 'reference_not_found').errors?.[0]?.path).toBe('packageId');
    await expectNoOfferWritten(org);
    // The foreign package did not gain a reference: it can still be deleted.
    expect((await deletePackage(other, foreign.id)).status).toBe(204);
  });

  it('lets an offer use the code of a package (separate namespaces)', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, 'GOLD');
    const offer = await createOffer(org, pkg.id, { code: 'gold' });
    expect(offer.code).toBe('gold');
    const same = await createOffer(org, pkg.id, { code: 'SILVER' });
    const pkg2 = await createPackage(org, 'silver');
    expect(pkg2.code).toBe('silver');
    expect(same.code).toBe('SILVER');
  });
});

describe('GET /orgs/{orgId}/offers', () => {
  describe('filters', () => {
    const org = newOrg('offers-list');
    let a: PackageResource;
    let b: PackageResource;
    const made: OfferResource[] = [];

    beforeAll(async () => {
      a = await createPackage(org);
      b = await createPackage(org);
      const plan: [PackageResource, 'active' | 'inactive'][] = [
        [a, 'active'],
        [b, 'active'],
        [a, 'inactive'],
        [a, 'active'],
        [b, 'inactive'],
        [a, 'inactive'],
        [b, 'active'],
      ];
      for (const [pkg, status] of plan) made.push(await createOffer(org, pkg.id, { status }));
    });

    const expected = (keep: (o: OfferResource) => boolean) => ids([...made].reverse().filter(keep));

    it('lists every offer newest first', async () => {
      const res = await offers.list(org);
      expect(res.status).toBe(200);
      expect(ids(res.body.items)).toEqual(expected(() => true));
      expect(res.body.nextCursor).toBeNull();
      expect(res.body.items[0]).toEqual(made[made.length - 1]);
    });

    it('filters by status', async () => {
      expect(ids(await listAll(org, 'status=active'))).toEqual(expected((o) => o.status === 'active'));
      expect(ids(await listAll(org, 'status=inactive'))).toEqual(expected((o) => o.status === 'inactive'));
    });

    it('filters by packageId', async () => {
      expect(ids(await listAll(org, `packageId=${a.id}`))).toEqual(expected((o) => o.packageId === a.id));
      expect(ids(await listAll(org, `packageId=${b.id}`))).toEqual(expected((o) => o.packageId === b.id));
    });

    it('filters by status and packageId combined', async () => {
      for (const pkg of [a, b]) {
        for (const status of ['active', 'inactive']) {
          expect(ids(await listAll(org, `status=${status}&packageId=${pkg.id}`))).toEqual(
            expected((o) => o.status === status && o.packageId === pkg.id),
          );
        }
      }
    });

    it('pages through a combined filter with limit 1 without losing or repeating offers', async () => {
      expect(ids(await listAll(org, `status=inactive&packageId=${a.id}&limit=1`))).toEqual(
        expected((o) => o.status === 'inactive' && o.packageId === a.id),
      );
      expect(ids(await listAll(org, 'limit=2'))).toEqual(expected(() => true));
      expect(ids(await listAll(org, `packageId=${b.id}&limit=2`))).toEqual(
        expected((o) => o.packageId === b.id),
      );
    });

    it('returns nothing for a package without offers', async () => {
      expect(await listAll(org, `packageId=${MISSING_PKG}`)).toEqual([]);
    });

    it('refuses a status filter outside the enum and a bad limit with 400 validation_failed', async () => {
      expectProblem(await offers.list(org, 'status=gone'), 400, 'validation_failed');
      for (const limit of ['0', '101', 'abc']) {
        expectProblem(await offers.list(org, `limit=${limit}`), 400, 'validation_failed');
      }
    });

    it('refuses a cursor from another filter or tampered with 400 invalid_cursor', async () => {
      const first = await offers.list(org, `packageId=${a.id}&limit=1`);
      const cursor = first.body.nextCursor ?? '';
      expect(cursor).not.toBe('');
      expectProblem(
        await offers.list(org, `packageId=${b.id}&limit=1&cursor=${encodeURIComponent(cursor)}`),
        400,
        'invalid_cursor',
      );
      expectProblem(
        await offers.list(org, `limit=1&cursor=${encodeURIComponent(cursor)}`),
        400,
        'invalid_cursor',
      );
      expectProblem(
        await offers.list(org, `packageId=${a.id}&limit=1&cursor=${encodeURIComponent(cursor.slice(0, -2))}`),
        400,
        'invalid_cursor',
      );
    });
  });

  it('reflects a status or package change in the filters', async () => {
    const org = newOrg();
    const a = await createPackage(org);
    const b = await createPackage(org);
    const offer = await createOffer(org, a.id, { status: 'active' });
    expect((await patchOffer(org, offer.id, { status: 'inactive', packageId: b.id })).status).toBe(200);
    expect(await listAll(org, 'status=active')).toEqual([]);
    expect(ids(await listAll(org, 'status=inactive'))).toEqual([offer.id]);
    expect(await listAll(org, `packageId=${a.id}`)).toEqual([]);
    expect(ids(await listAll(org, `packageId=${b.id}`))).toEqual([offer.id]);
    expect(ids(await listAll(org, `packageId=${b.id}&status=inactive`))).toEqual([offer.id]);
  });
});

describe('PATCH /orgs/{orgId}/offers/{offerId}', () => {
  it('deactivates and activates', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id, { status: 'active' });
    const off = await patchOffer(org, offer.id, { status: 'inactive' });
    expect(off.status, off.text).toBe(200);
    expect(off.body).toMatchObject({ status: 'inactive', version: 2 });
    const on = await patchOffer(org, offer.id, { status: 'active' });
    expect(on.body).toMatchObject({ status: 'active', version: 3 });
    expect((await getOffer(org, offer.id)).body.status).toBe('active');
  });

  it('changes the package', async () => {
    const org = newOrg();
    const a = await createPackage(org);
    const b = await createPackage(org);
    const offer = await createOffer(org, a.id);
    const res = await patchOffer(org, offer.id, { packageId: b.id });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ packageId: b.id, version: 2, code: offer.code, name: offer.name });
    expect((await getOffer(org, offer.id)).body.packageId).toBe(b.id);
  });

  it('refuses a package that does not exist with 422 reference_not_found and changes nothing', async () => {
    const org = newOrg();
    const a = await createPackage(org);
    const offer = await createOffer(org, a.id);
    const res = await patchOffer(org, offer.id, { packageId: MISSING_PKG, name: 'Would change' });
    expect(expectProblem(res, 422, 'reference_not_found').errors?.[0]?.path).toBe('packageId');
    expect((await getOffer(org, offer.id)).body).toEqual(offer);
    // The original package is still referenced.
    expectProblem(await deletePackage(org, a.id), 409, 'package_in_use');
    expect((await auditEvents(org)).map((e) => e.action)).toEqual(['offer.created', 'package.created']);
  });

  it('refuses a malformed packageId with 400 validation_failed and changes nothing', async () => {
    const org = newOrg();
    const a = await createPackage(org);
    const offer = await createOffer(org, a.id);
    for (const packageId of ['pkg_x', null, 7]) {
      const res = await patchOffer(org, offer.id, { packageId });
      expectInvalidField(res, 'packageId');
    }
    expect((await getOffer(org, offer.id)).body).toEqual(offer);
  });

  it.each([
    { body: { status: 'paused' }, path: 'status' },
    { body: { status: null }, path: 'status' },
    { body: { code: '' }, path: 'code' },
    { body: { code: null }, path: 'code' },
    { body: { code: 'C'.repeat(65) }, path: 'code' },
    { body: { name: '' }, path: 'name' },
    { body: { name: null }, path: 'name' },
    { body: { name: 'n'.repeat(201) }, path: 'name' },
    { body: { tier: 3 }, path: 'tier' },
  ])('refuses $body with 400 validation_failed naming $path, changing nothing', async ({ body, path }) => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id);
    const res = await patchOffer(org, offer.id, { name: 'Would change', ...body });
    expectInvalidField(res, path);
    expect((await getOffer(org, offer.id)).body).toEqual(offer);
  });

  it('may take a code that a package uses', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, 'PKGCODE');
    const offer = await createOffer(org, pkg.id);
    const res = await patchOffer(org, offer.id, { code: 'pkgcode' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.code).toBe('pkgcode');
  });
});

describe('DELETE /orgs/{orgId}/offers/{offerId}', () => {
  it('refuses a stale If-Match with 412 version_mismatch and keeps the offer', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id);
    const moved = await patchOffer(org, offer.id, { status: 'inactive' });
    expect(moved.status).toBe(200);
    const res = await deleteOffer(org, offer.id, { 'if-match': '"1"' });
    expectProblem(res, 412, 'version_mismatch');
    expect((await getOffer(org, offer.id)).body).toEqual(moved.body);
    expectProblem(await deletePackage(org, pkg.id), 409, 'package_in_use');
  });
});

describe('package references', () => {
  it('after moving an offer from package A to B, A can be deleted and B cannot', async () => {
    const org = newOrg();
    const a = await createPackage(org);
    const b = await createPackage(org);
    const offer = await createOffer(org, a.id);
    expectProblem(await deletePackage(org, a.id), 409, 'package_in_use');
    expect((await patchOffer(org, offer.id, { packageId: b.id })).status).toBe(200);
    expectProblem(await deletePackage(org, b.id), 409, 'package_in_use');
    expect((await deletePackage(org, a.id)).status).toBe(204);
    expectProblem(await deletePackage(org, b.id), 409, 'package_in_use');
  });

  it('moving back and forth leaves exact counts', async () => {
    const org = newOrg();
    const a = await createPackage(org);
    const b = await createPackage(org);
    const o1 = await createOffer(org, a.id);
    const o2 = await createOffer(org, a.id);
    expect((await patchOffer(org, o1.id, { packageId: b.id })).status).toBe(200);
    expect((await patchOffer(org, o1.id, { packageId: a.id })).status).toBe(200);
    expect((await patchOffer(org, o2.id, { packageId: b.id })).status).toBe(200);
    // a: o1; b: o2.
    expect((await patchOffer(org, o2.id, { packageId: b.id, name: 'Same package' })).status).toBe(200);
    expect((await deleteOffer(org, o2.id)).status).toBe(204);
    expect((await deletePackage(org, b.id)).status).toBe(204);
    expectProblem(await deletePackage(org, a.id), 409, 'package_in_use');
    expect((await deleteOffer(org, o1.id)).status).toBe(204);
    expect((await deletePackage(org, a.id)).status).toBe(204);
  });

  it('an update that does not touch the package keeps the reference once', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id);
    expect(
      (await patchOffer(org, offer.id, { name: 'Renamed', status: 'inactive', code: 'NEWCODE' })).status,
    ).toBe(200);
    expect((await patchOffer(org, offer.id, { packageId: pkg.id })).status).toBe(200);
    expectProblem(await deletePackage(org, pkg.id), 409, 'package_in_use');
    expect((await deleteOffer(org, offer.id)).status).toBe(204);
    expect((await deletePackage(org, pkg.id)).status).toBe(204);
  });

  it('a refused offer create adds no reference', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    await createOffer(org, pkg.id, { code: 'DUP' });
    const dup = await postOffer(org, offerBody(pkg.id, { code: 'dup' }));
    expectProblem(dup, 409, 'code_taken');
    const [offer] = await listAll(org);
    expect((await deleteOffer(org, offer?.id ?? '')).status).toBe(204);
    expect((await deletePackage(org, pkg.id)).status).toBe(204);
  });
});
