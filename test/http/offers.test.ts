/**
 * Contract tests for `/orgs/{orgId}/offers` (API.md, "Offers" and the conventions it relies on),
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
import { ISO_MS, MISSING_OFF, MISSING_PKG, offerBody, pkgBody, rand, sleep } from '../support/fixtures.ts';

const OFF_ID = /^off_[0-9A-HJKMNP-TV-Z]{26}$/;

const api = useApi();
const {
  post: postOffer,
  get: getOffer,
  patch: patchOffer,
  remove: deleteOffer,
} = resourceClient<OfferResource>(api, 'offers');

const createPackage = async (org: string, code = `P${rand()}`): Promise<PackageResource> => {
  const res = await api.request<PackageResource>('POST', `/orgs/${org}/packages`, {
    body: pkgBody({ code }),
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const createOffer = async (
  org: string,
  packageId: string,
  overrides: Record<string, unknown> = {},
): Promise<OfferResource> => {
  const res = await postOffer(org, offerBody(packageId, overrides));
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const deletePackage = (org: string, id: string) => api.request('DELETE', `/orgs/${org}/packages/${id}`);

const auditEvents = async (org: string): Promise<AuditEventResource[]> => {
  const res = await api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events?limit=100`);
  expect(res.status, res.text).toBe(200);
  return res.body.items;
};

/** Every item of a list, following `nextCursor` until it is null. */
const listAll = async (org: string, query = ''): Promise<OfferResource[]> => {
  const items: OfferResource[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const parts = [query, cursor ? `cursor=${encodeURIComponent(cursor)}` : ''].filter(Boolean).join('&');
    const res: ApiResponse<Page<OfferResource>> = await api.request<Page<OfferResource>>(
      'GET',
      `/orgs/${org}/offers${parts ? `?${parts}` : ''}`,
    );
    expect(res.status, res.text).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    pages += 1;
    expect(pages, 'pagination does not terminate').toBeLessThan(50);
  } while (cursor !== null);
  return items;
};

const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** A refused create in an org holding only `pkg`: no offer, and only the package's own event. */
const expectNoOfferWritten = async (org: string) => {
  expect(await listAll(org)).toEqual([]);
  expect((await auditEvents(org)).map((e) => e.action)).toEqual(['package.created']);
};

describe('POST /orgs/{orgId}/offers', () => {
  it('creates an offer: 201 with every field, Location and ETag "1"', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const res = await postOffer(org, {
      status: 'active',
      code: 'SPRING-24',
      name: 'Spring promo',
      packageId: pkg.id,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(OFF_ID),
      organizationId: org,
      status: 'active',
      code: 'SPRING-24',
      name: 'Spring promo',
      packageId: pkg.id,
      version: 1,
      createdAt: expect.stringMatching(ISO_MS),
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(res.body.updatedAt).toBe(res.body.createdAt);
    expect(res.headers.get('location')).toBe(`/orgs/${org}/offers/${res.body.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    const got = await getOffer(org, res.body.id);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
    expect(got.headers.get('etag')).toBe('"1"');
  });

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
    { label: 'read-only id', body: { id: MISSING_OFF }, path: 'id' },
    { label: 'read-only version', body: { version: 1 }, path: 'version' },
    { label: 'read-only createdAt', body: { createdAt: '2024-01-01T00:00:00.000Z' }, path: 'createdAt' },
    { label: 'read-only updatedAt', body: { updatedAt: '2024-01-01T00:00:00.000Z' }, path: 'updatedAt' },
    { label: 'read-only organizationId', body: { organizationId: 'x' }, path: 'organizationId' },
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

  it('refuses an offer code already used ignoring case with 409 code_taken', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const first = await createOffer(org, pkg.id, { code: 'WELCOME' });
    for (const code of ['WELCOME', 'welcome', 'Welcome']) {
      const res = await postOffer(org, offerBody(pkg.id, { code }));
      expectProblem(res, 409, 'code_taken');
    }
    expect(ids(await listAll(org))).toEqual([first.id]);
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

  it('lets two orgs use the same offer code', async () => {
    const a = newOrg();
    const b = newOrg();
    await createOffer(a, (await createPackage(a)).id, { code: 'TRIAL' });
    const offer = await createOffer(b, (await createPackage(b)).id, { code: 'trial' });
    expect(offer.organizationId).toBe(b);
  });
});

describe('GET /orgs/{orgId}/offers/{offerId}', () => {
  it('answers 404 not_found for an offer that does not exist', async () => {
    expectProblem(await getOffer(newOrg(), MISSING_OFF), 404, 'not_found');
  });

  it.each(['nope', 'off_1', MISSING_PKG])('answers 404 not_found for the malformed id %s', async (id) => {
    const org = newOrg();
    expectProblem(await getOffer(org, id), 404, 'not_found');
    expectProblem(await patchOffer(org, id, { name: 'x' }), 404, 'not_found');
    expectProblem(await deleteOffer(org, id), 404, 'not_found');
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
      const res = await api.request<Page<OfferResource>>('GET', `/orgs/${org}/offers`);
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
      expectProblem(await api.request('GET', `/orgs/${org}/offers?status=gone`), 400, 'validation_failed');
      for (const limit of ['0', '101', 'abc']) {
        expectProblem(
          await api.request('GET', `/orgs/${org}/offers?limit=${limit}`),
          400,
          'validation_failed',
        );
      }
    });

    it('refuses a cursor from another filter or tampered with 400 invalid_cursor', async () => {
      const first = await api.request<Page<OfferResource>>(
        'GET',
        `/orgs/${org}/offers?packageId=${a.id}&limit=1`,
      );
      const cursor = first.body.nextCursor ?? '';
      expect(cursor).not.toBe('');
      expectProblem(
        await api.request(
          'GET',
          `/orgs/${org}/offers?packageId=${b.id}&limit=1&cursor=${encodeURIComponent(cursor)}`,
        ),
        400,
        'invalid_cursor',
      );
      expectProblem(
        await api.request('GET', `/orgs/${org}/offers?limit=1&cursor=${encodeURIComponent(cursor)}`),
        400,
        'invalid_cursor',
      );
      expectProblem(
        await api.request(
          'GET',
          `/orgs/${org}/offers?packageId=${a.id}&limit=1&cursor=${encodeURIComponent(cursor.slice(0, -2))}`,
        ),
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
  it('renames, changing nothing else, bumping version and updatedAt, with the ETag', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id, { name: 'Old name' });
    await sleep(5);
    const res = await patchOffer(org, offer.id, { name: 'New name' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      ...offer,
      name: 'New name',
      version: 2,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(Date.parse(offer.updatedAt));
    expect(res.headers.get('etag')).toBe('"2"');
    expect((await getOffer(org, offer.id)).body).toEqual(res.body);
  });

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
    { body: { id: MISSING_OFF }, path: 'id' },
    { body: { version: 2 }, path: 'version' },
    { body: { createdAt: '2024-01-01T00:00:00.000Z' }, path: 'createdAt' },
    { body: { updatedAt: '2024-01-01T00:00:00.000Z' }, path: 'updatedAt' },
    { body: { organizationId: 'x' }, path: 'organizationId' },
  ])('refuses $body with 400 validation_failed naming $path, changing nothing', async ({ body, path }) => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id);
    const res = await patchOffer(org, offer.id, { name: 'Would change', ...body });
    expectInvalidField(res, path);
    expect((await getOffer(org, offer.id)).body).toEqual(offer);
  });

  it('changes the code, freeing the old one and guarding the new one', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id, { code: 'OLD' });
    const res = await patchOffer(org, offer.id, { code: 'NEW' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.code).toBe('NEW');
    expect((await createOffer(org, pkg.id, { code: 'old' })).code).toBe('old');
    expectProblem(await postOffer(org, offerBody(pkg.id, { code: 'new' })), 409, 'code_taken');
  });

  it('changes only the case of its code', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id, { code: 'promo' });
    const res = await patchOffer(org, offer.id, { code: 'PROMO' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ code: 'PROMO', version: 2 });
    expectProblem(await postOffer(org, offerBody(pkg.id, { code: 'Promo' })), 409, 'code_taken');
  });

  it("refuses another offer's code ignoring case with 409 code_taken and changes nothing", async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    await createOffer(org, pkg.id, { code: 'TAKEN' });
    const offer = await createOffer(org, pkg.id, { code: 'MINE' });
    const res = await patchOffer(org, offer.id, { code: 'taken', name: 'Would change' });
    expectProblem(res, 409, 'code_taken');
    expect((await getOffer(org, offer.id)).body).toEqual(offer);
    expectProblem(await postOffer(org, offerBody(pkg.id, { code: 'mine' })), 409, 'code_taken');
  });

  it('may take a code that a package uses', async () => {
    const org = newOrg();
    const pkg = await createPackage(org, 'PKGCODE');
    const offer = await createOffer(org, pkg.id);
    const res = await patchOffer(org, offer.id, { code: 'pkgcode' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.code).toBe('pkgcode');
  });

  it('refuses a stale If-Match with 412 version_mismatch and changes nothing; a current one applies', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id);
    const moved = await patchOffer(org, offer.id, { name: 'Second' });
    expect(moved.body.version).toBe(2);
    expectProblem(
      await patchOffer(org, offer.id, { name: 'Third' }, { 'if-match': '"1"' }),
      412,
      'version_mismatch',
    );
    expect((await getOffer(org, offer.id)).body).toEqual(moved.body);
    const ok = await patchOffer(org, offer.id, { name: 'Third' }, { 'if-match': '"2"' });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Third', version: 3 });
  });

  it('answers 404 not_found for an offer that does not exist', async () => {
    const org = newOrg();
    expectProblem(await patchOffer(org, MISSING_OFF, { name: 'x' }), 404, 'not_found');
  });
});

describe('DELETE /orgs/{orgId}/offers/{offerId}', () => {
  it('answers 204 with no body; the offer is gone and its code free again', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const offer = await createOffer(org, pkg.id, { code: 'BYE' });
    const res = await deleteOffer(org, offer.id);
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe('');
    expectProblem(await getOffer(org, offer.id), 404, 'not_found');
    expect(await listAll(org)).toEqual([]);
    expect((await createOffer(org, pkg.id, { code: 'bye' })).code).toBe('bye');
    expectProblem(await deleteOffer(org, offer.id), 404, 'not_found');
  });

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

  it('answers 404 not_found for an offer that does not exist', async () => {
    expectProblem(await deleteOffer(newOrg(), MISSING_OFF), 404, 'not_found');
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
    expect((await api.request('DELETE', `/orgs/${org}/offers/${offer?.id}`)).status).toBe(204);
    expect((await deletePackage(org, pkg.id)).status).toBe(204);
  });
});
