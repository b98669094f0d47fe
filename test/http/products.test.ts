/**
 * Contract tests for `/orgs/{orgId}/products` (API.md, "Products and prices"), over HTTP against
 * the local server. What every CRUD resource does is `crudContract`'s; this file keeps what is
 * special about products: their fields, companies, prices and plan items; parents and children
 * are in product-children.test.ts. A plan item using a product is the `useProduct` step a plan write
 * takes; tests that need one take that same step directly (test/support/products.ts).
 */
import { describe, expect, it } from 'vitest';
import { db } from '../../shared/db/service.ts';
import type { PriceResource } from '../../shared/prices/schemas.ts';
import type { ProductResource } from '../../shared/products/schemas.ts';
import {
  auditEvents as auditEventsOf,
  errorPaths,
  expectInvalidField,
  expectMissingReference,
  expectProblem,
  newOrg,
  useApi,
} from '../support/api.ts';
import { crudContract } from '../support/crud-contract.ts';
import { ISO_MS, sleep } from '../support/fixtures.ts';
import {
  ids,
  MISSING_COMPANY,
  MISSING_PROD,
  planItemReleases,
  planItemUses,
  productClient,
} from '../support/products.ts';

const api = useApi();
const {
  companies,
  getProduct,
  patchProduct,
  deleteProduct,
  listProducts,
  createProduct,
  postProduct,
  createCompany,
  listAll,
} = productClient(api);

crudContract<ProductResource>('products', {
  api,
  body: () => ({ name: 'Seats' }),
  fields: (body) => ({ description: null, parentId: null, companyId: null, status: 'active', ...body }),
  change: (n) => ({ name: `Seats ${n}` }),
  required: ['name'],
});

const createPrice = async (org: string, productId: string, amount = 100): Promise<PriceResource> => {
  const res = await api.request<PriceResource>('POST', `/orgs/${org}/products/${productId}/prices`, {
    body: { amount, currency: 'USD', cycle: 'monthly' },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const auditEvents = (org: string) => auditEventsOf(api, org);

describe('POST /orgs/{orgId}/products', () => {
  it('keeps a description, an archived status and a company', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const product = await createProduct(org, {
      description: 'd'.repeat(2000),
      status: 'archived',
      companyId: company.id,
    });
    expect(product).toMatchObject({
      description: 'd'.repeat(2000),
      status: 'archived',
      companyId: company.id,
    });
    expect((await getProduct(org, product.id)).body).toEqual(product);
  });

  it('accepts null parentId and companyId as "none"', async () => {
    const product = await createProduct(newOrg(), { parentId: null, companyId: null, description: null });
    expect(product).toMatchObject({ parentId: null, companyId: null, description: null });
  });

  it.each([
    { label: 'missing name', body: { name: undefined }, path: 'name' },
    { label: 'empty name', body: { name: '' }, path: 'name' },
    { label: 'name of 201 characters', body: { name: 'n'.repeat(201) }, path: 'name' },
    { label: 'description of 2001 characters', body: { description: 'd'.repeat(2001) }, path: 'description' },
    { label: 'status outside the enum', body: { status: 'inactive' }, path: 'status' },
    { label: 'malformed parentId', body: { parentId: 'prod_1' }, path: 'parentId' },
    { label: 'parentId of another kind', body: { parentId: MISSING_COMPANY }, path: 'parentId' },
    { label: 'malformed companyId', body: { companyId: 'acme' }, path: 'companyId' },
    { label: 'internal childIds', body: { childIds: [] }, path: 'childIds' },
    { label: 'internal planRefCount', body: { planRefCount: 0 }, path: 'planRefCount' },
  ])(
    'refuses $label with 400 validation_failed naming the field, writing nothing',
    async ({ body, path }) => {
      const org = newOrg();
      expectInvalidField(await postProduct(org, body), path);
      expect(await listAll(org)).toEqual([]);
      expect(await auditEvents(org)).toEqual([]);
    },
  );

  it('refuses a company that does not exist here with 422 reference_not_found on companyId', async () => {
    const org = newOrg();
    const foreign = await createCompany(newOrg());
    for (const companyId of [MISSING_COMPANY, foreign.id]) {
      expectMissingReference(await postProduct(org, { companyId }), 'companyId');
    }
    expect(await listAll(org)).toEqual([]);
    expect(await auditEvents(org)).toEqual([]);
  });
});

describe('GET /orgs/{orgId}/products', () => {
  it('filters by parentId, companyId and status, alone and combined, newest first with paging', async () => {
    const org = newOrg();
    const a = await createCompany(org, 'A');
    const b = await createCompany(org, 'B');
    const made: ProductResource[] = [];
    const make = async (body: Record<string, unknown>) => {
      const p = await createProduct(org, body);
      made.push(p);
      return p;
    };
    const ra = await make({ companyId: a.id });
    const rb = await make({ companyId: b.id, status: 'archived' });
    const rn = await make({});
    await make({ parentId: ra.id, status: 'archived' });
    await make({ parentId: ra.id });
    await make({ parentId: rb.id });
    await make({ parentId: rn.id, status: 'archived' });
    await make({ companyId: a.id, status: 'archived' });
    await createProduct(newOrg(), {});

    const expected = (keep: (p: ProductResource) => boolean) => ids([...made].reverse().filter(keep));
    expect(ids(await listAll(org))).toEqual(expected(() => true));
    expect(ids((await listProducts(org)).body.items)).toEqual(expected(() => true));
    const filters: [string, (p: ProductResource) => boolean][] = [
      [`parentId=${ra.id}`, (p) => p.parentId === ra.id],
      [`parentId=${rn.id}`, (p) => p.parentId === rn.id],
      [`companyId=${a.id}`, (p) => p.companyId === a.id],
      [`companyId=${b.id}`, (p) => p.companyId === b.id],
      ['status=archived', (p) => p.status === 'archived'],
      ['status=active', (p) => p.status === 'active'],
      [`parentId=${ra.id}&status=active`, (p) => p.parentId === ra.id && p.status === 'active'],
      [`parentId=${ra.id}&companyId=${a.id}`, (p) => p.parentId === ra.id && p.companyId === a.id],
      [`parentId=${ra.id}&companyId=${b.id}`, () => false],
      [`companyId=${a.id}&status=archived`, (p) => p.companyId === a.id && p.status === 'archived'],
      [
        `parentId=${ra.id}&companyId=${a.id}&status=archived`,
        (p) => p.parentId === ra.id && p.companyId === a.id && p.status === 'archived',
      ],
      [`parentId=${MISSING_PROD}`, () => false],
    ];
    for (const [query, keep] of filters) {
      expect(ids(await listAll(org, query)), query).toEqual(expected(keep));
      expect(ids(await listAll(org, `${query}&limit=1`)), `${query}&limit=1`).toEqual(expected(keep));
    }
  });

  it('refuses malformed filters with 400 validation_failed and a cursor of another filter with 400 invalid_cursor', async () => {
    const org = newOrg();
    const root = await createProduct(org);
    await createProduct(org, { parentId: root.id });
    await createProduct(org, { parentId: root.id });
    expectInvalidField(await listProducts(org, 'status=inactive'), 'status');
    expectInvalidField(await listProducts(org, 'parentId=nope'), 'parentId');
    expectInvalidField(await listProducts(org, 'companyId=prod_1'), 'companyId');
    expectInvalidField(await listProducts(org, 'childIds=x'), 'childIds');
    const first = await listProducts(org, `parentId=${root.id}&limit=1`);
    const cursor = encodeURIComponent(first.body.nextCursor ?? '');
    expect(cursor).not.toBe('');
    expectProblem(await listProducts(org, `limit=1&cursor=${cursor}`), 400, 'invalid_cursor');
    expectProblem(
      await listProducts(org, `status=active&parentId=${root.id}&cursor=${cursor}`),
      400,
      'invalid_cursor',
    );
    expect((await listProducts(org, `parentId=${root.id}&cursor=${cursor}`)).status).toBe(200);
  });
});

describe('PATCH /orgs/{orgId}/products/{productId}', () => {
  it('changes name, description and status, bumps the version and records product.updated', async () => {
    const org = newOrg();
    const product = await createProduct(org, { description: 'Old' });
    await sleep(5);
    const res = await patchProduct(org, product.id, { name: 'New', status: 'archived' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      ...product,
      name: 'New',
      status: 'archived',
      version: 2,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(res.headers.get('etag')).toBe('"2"');
    const cleared = await patchProduct(org, product.id, { description: null });
    expect(cleared.body).toMatchObject({ description: null, version: 3 });
    expect((await getProduct(org, product.id)).body).toEqual(cleared.body);
    expect(ids(await listAll(org, 'status=archived'))).toEqual([product.id]);
    expect(await listAll(org, 'status=active')).toEqual([]);
    expect((await auditEvents(org))[0]).toMatchObject({
      action: 'product.updated',
      before: res.body,
      after: cleared.body,
    });
  });

  it('sets, moves and clears a company, moving the reference with it', async () => {
    const org = newOrg();
    const a = await createCompany(org, 'A');
    const b = await createCompany(org, 'B');
    const product = await createProduct(org);
    expect((await patchProduct(org, product.id, { companyId: a.id })).body.companyId).toBe(a.id);
    expectProblem(await companies.remove(org, a.id), 409, 'company_in_use');
    expect((await patchProduct(org, product.id, { companyId: b.id })).body.companyId).toBe(b.id);
    expect((await companies.remove(org, a.id)).status).toBe(204);
    const cleared = await patchProduct(org, product.id, { companyId: null });
    expect(cleared.body).toMatchObject({ companyId: null, version: 4 });
    expect((await companies.remove(org, b.id)).status).toBe(204);
    expect(await listAll(org, `companyId=${b.id}`)).toEqual([]);
  });

  it('refuses a company that does not exist with 422 reference_not_found on companyId', async () => {
    const org = newOrg();
    const product = await createProduct(org);
    expectMissingReference(await patchProduct(org, product.id, { companyId: MISSING_COMPANY }), 'companyId');
    expect((await getProduct(org, product.id)).body).toEqual(product);
  });

  it('refuses to move a product that plan items use with 409 product_in_use', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const parent = await createProduct(org);
    const product = await createProduct(org);
    await planItemUses(org, product.id);
    expectProblem(await patchProduct(org, product.id, { companyId: company.id }), 409, 'product_in_use');
    expectProblem(await patchProduct(org, product.id, { parentId: parent.id }), 409, 'product_in_use');
    expectProblem(await deleteProduct(org, product.id), 409, 'product_in_use');
    // Renaming is still fine.
    const renamed = await patchProduct(org, product.id, { name: 'Renamed', parentId: null, companyId: null });
    expect(renamed.status, renamed.text).toBe(200);
    await planItemReleases(org, product.id);
    expect((await patchProduct(org, product.id, { companyId: company.id })).status).toBe(200);
    expect((await deleteProduct(org, product.id)).status).toBe(204);
  });

  it('refuses invalid fields all at once, changing nothing', async () => {
    const org = newOrg();
    const product = await createProduct(org);
    const res = await patchProduct(org, product.id, {
      name: '',
      description: 'd'.repeat(2001),
      status: 'gone',
      parentId: 'x',
      companyId: 5,
      priceCount: 1,
    });
    expect(errorPaths(expectProblem(res, 400, 'validation_failed'))).toEqual(
      expect.arrayContaining(['name', 'description', 'status', 'parentId', 'companyId', 'priceCount']),
    );
    expectInvalidField(await patchProduct(org, product.id, { name: null }), 'name');
    expectInvalidField(await patchProduct(org, product.id, { status: null }), 'status');
    expect((await getProduct(org, product.id)).body).toEqual(product);
  });
});

describe('DELETE /orgs/{orgId}/products/{productId}', () => {
  it('answers 204; the product is gone with its prices, each recorded as deleted', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const product = await createProduct(org, { companyId: company.id });
    const p1 = await createPrice(org, product.id, 100);
    const p2 = await createPrice(org, product.id, 200);
    const other = await createProduct(org);
    const kept = await createPrice(org, other.id);
    const res = await deleteProduct(org, product.id);
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe('');
    expectProblem(await getProduct(org, product.id), 404, 'not_found');
    for (const price of [p1, p2]) {
      expectProblem(await api.request('GET', `/orgs/${org}/prices/${price.id}`), 404, 'not_found');
    }
    expect((await api.request('GET', `/orgs/${org}/prices/${kept.id}`)).status).toBe(200);
    expectProblem(await api.request('GET', `/orgs/${org}/products/${product.id}/prices`), 404, 'not_found');
    const events = await auditEvents(org);
    const deleted = events.filter((e) => e.action.endsWith('.deleted'));
    expect(deleted.map((e) => [e.action, e.entityId]).sort()).toEqual(
      [
        ['price.deleted', p1.id],
        ['price.deleted', p2.id],
        ['product.deleted', product.id],
      ].sort(),
    );
    expect(deleted.find((e) => e.entityId === p1.id)).toMatchObject({ before: p1, after: null });
    expect(deleted.find((e) => e.entityId === product.id)).toMatchObject({ before: product, after: null });
    // Its company reference went with it.
    expect((await companies.remove(org, company.id)).status).toBe(204);
    expectProblem(await deleteProduct(org, product.id), 404, 'not_found');
  });

  it('deletes a product with 48 prices in one go, and refuses one with more with 409 product_in_use', async () => {
    const org = newOrg();
    const product = await createProduct(org);
    for (let i = 0; i < 49; i++) await createPrice(org, product.id, i);
    const refused = expectProblem(await deleteProduct(org, product.id), 409, 'product_in_use');
    expect(refused.detail).toMatch(/49 prices/);
    expect((await getProduct(org, product.id)).status).toBe(200);
    const full = await createProduct(org);
    for (let i = 0; i < 48; i++) await createPrice(org, full.id, i);
    expect((await deleteProduct(org, full.id)).status).toBe(204);
    const prices = await db.price.query.byProduct({ organizationId: org, productId: full.id }).go();
    expect(prices.data).toEqual([]);
  });

  it('never leaves a price without its product when the delete races price creates', async () => {
    for (let round = 0; round < 10; round++) {
      const org = newOrg();
      const product = await createProduct(org);
      await createPrice(org, product.id);
      const [deleted, ...created] = await Promise.all([
        deleteProduct(org, product.id),
        // Staggered, so some land between the delete's reads and its transaction.
        ...Array.from({ length: 6 }, async (_, i) => {
          await sleep(i * 4);
          return api.request('POST', `/orgs/${org}/products/${product.id}/prices`, {
            body: { amount: 5, currency: 'EUR' },
          });
        }),
      ]);
      expect(deleted.status, deleted.text).toBe(204);
      for (const r of created) {
        if (r.status !== 201) expectProblem(r, 404, 'not_found');
      }
      expectProblem(await getProduct(org, product.id), 404, 'not_found');
      const prices = await db.price.query.byProduct({ organizationId: org, productId: product.id }).go();
      expect(prices.data, `round ${round}`).toEqual([]);
      for (const r of created.filter((c) => c.status === 201)) {
        expectProblem(await api.request('GET', `/orgs/${org}/prices/${String(r.body.id)}`), 404, 'not_found');
      }
      const events = await auditEvents(org);
      const createdPrices = events.filter((e) => e.action === 'price.created').map((e) => e.entityId);
      const deletedPrices = events.filter((e) => e.action === 'price.deleted').map((e) => e.entityId);
      expect(deletedPrices.sort()).toEqual(createdPrices.sort());
    }
  });
});
