/**
 * Contract tests for `/orgs/{orgId}/products` (API.md, "Products and prices"), over HTTP against
 * the local server. What every CRUD resource does is `crudContract`'s; this file keeps what is
 * special about products: their fields, parents and children, companies, prices and plan items. A
 * plan item using a product is the `useProduct` step a plan write takes; tests that need one take
 * that same step directly.
 */
import { describe, expect, it } from 'vitest';
import type { CompanyResource } from '../../shared/companies/schemas.ts';
import type { OperationContext } from '../../shared/context.ts';
import { commit } from '../../shared/db/commit.ts';
import { db } from '../../shared/db/service.ts';
import type { PriceResource } from '../../shared/prices/schemas.ts';
import { releaseProduct, useProduct } from '../../shared/products/references.ts';
import type { ProductResource } from '../../shared/products/schemas.ts';
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
import { ISO_MS, sleep } from '../support/fixtures.ts';

const MISSING_PROD = 'prod_01ARZ3NDEKTSV4RRFFQ69G5FAV';
const MISSING_COMPANY = 'comp_01ARZ3NDEKTSV4RRFFQ69G5FAV';

const api = useApi();
const products = resourceClient<ProductResource>(api, 'products');
const companies = resourceClient<CompanyResource>(api, 'companies');
const { get: getProduct, patch: patchProduct, remove: deleteProduct, list: listProducts } = products;

crudContract<ProductResource>('products', {
  api,
  body: () => ({ name: 'Seats' }),
  fields: (body) => ({ description: null, parentId: null, companyId: null, status: 'active', ...body }),
  change: (n) => ({ name: `Seats ${n}` }),
  required: ['name'],
});

const createProduct = (org: string, body: Record<string, unknown> = {}) =>
  products.create(org, { name: 'Product', ...body });

const postProduct = (org: string, body: Record<string, unknown>) =>
  products.post(org, { name: 'Product', ...body });

const createCompany = (org: string, name = 'Acme') => companies.create(org, { name });

const createPrice = async (org: string, productId: string, amount = 100): Promise<PriceResource> => {
  const res = await api.request<PriceResource>('POST', `/orgs/${org}/products/${productId}/prices`, {
    body: { amount, currency: 'USD', cycle: 'monthly' },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

/** Every item of a list, following `nextCursor` until it is null. */
const listAll = async (org: string, query = '') => (await products.listAll(org, query)).items;

const auditEvents = (org: string) => auditEventsOf(api, org);

const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** The stored item, internal attributes included. */
const stored = async (org: string, id: string) =>
  (await db.product.get({ organizationId: org, id }).go({ consistent: true })).data;

const testCtx = (org: string): OperationContext => ({
  orgId: org,
  actor: { sub: 'test', email: null },
  now: new Date(),
});

/** What a plan write does for one of its items: the product is used (or no longer used). */
const planItemUses = (org: string, productId: string) =>
  commit(testCtx(org), [useProduct(org, productId, { field: 'items.0.productId' })]);
const planItemReleases = (org: string, productId: string) =>
  commit(testCtx(org), [releaseProduct(org, productId)]);

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
      const problem = expectProblem(await postProduct(org, { companyId }), 422, 'reference_not_found');
      expect(errorPaths(problem)).toEqual(['companyId']);
    }
    expect(await listAll(org)).toEqual([]);
    expect(await auditEvents(org)).toEqual([]);
  });
});

describe('child products', () => {
  it('creates a child under a root product; the child takes the parent company', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const parent = await createProduct(org, { companyId: company.id });
    const child = await createProduct(org, { parentId: parent.id, name: 'Add-on' });
    expect(child).toMatchObject({ parentId: parent.id, companyId: company.id, name: 'Add-on' });
    expect((await stored(org, parent.id))?.childIds).toEqual([child.id]);
    // The parent's own version does not move: its children are not part of its public shape.
    expect((await getProduct(org, parent.id)).body).toEqual(parent);
  });

  it('accepts a companyId equal to the parent company', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const parent = await createProduct(org, { companyId: company.id });
    expect((await createProduct(org, { parentId: parent.id, companyId: company.id })).companyId).toBe(
      company.id,
    );
  });

  it('has no company under a parent without one', async () => {
    const org = newOrg();
    const parent = await createProduct(org);
    expect((await createProduct(org, { parentId: parent.id })).companyId).toBeNull();
  });

  it.each([
    { label: 'another company', parentHas: true, given: 'other' },
    { label: 'no company (null)', parentHas: true, given: null },
    { label: 'a company under a parent without one', parentHas: false, given: 'other' },
  ])('refuses a child with $label with 400 validation_failed on companyId', async ({ parentHas, given }) => {
    const org = newOrg();
    const company = await createCompany(org, 'Parent Co');
    const other = await createCompany(org, 'Other Co');
    const parent = await createProduct(org, parentHas ? { companyId: company.id } : {});
    const res = await postProduct(org, {
      parentId: parent.id,
      companyId: given === 'other' ? other.id : null,
    });
    expect(errorPaths(expectInvalidField(res, 'companyId'))).toEqual(['companyId']);
    expect(ids(await listAll(org))).toEqual([parent.id]);
  });

  it('refuses a parent that does not exist here with 422 reference_not_found on parentId', async () => {
    const org = newOrg();
    const foreign = await createProduct(newOrg());
    for (const parentId of [MISSING_PROD, foreign.id]) {
      const problem = expectProblem(await postProduct(org, { parentId }), 422, 'reference_not_found');
      expect(errorPaths(problem)).toEqual(['parentId']);
    }
    expect(await listAll(org)).toEqual([]);
  });

  it('refuses a child as parent with 400 validation_failed on parentId (two levels only)', async () => {
    const org = newOrg();
    const root = await createProduct(org);
    const child = await createProduct(org, { parentId: root.id });
    expectInvalidField(await postProduct(org, { parentId: child.id }), 'parentId');
    expect(await listAll(org)).toHaveLength(2);
  });

  it('refuses to delete a product with a child with 409 product_in_use until the child is gone', async () => {
    const org = newOrg();
    const parent = await createProduct(org);
    const a = await createProduct(org, { parentId: parent.id });
    const b = await createProduct(org, { parentId: parent.id });
    expectProblem(await deleteProduct(org, parent.id), 409, 'product_in_use');
    expect((await deleteProduct(org, a.id)).status).toBe(204);
    expectProblem(await deleteProduct(org, parent.id), 409, 'product_in_use');
    expect((await deleteProduct(org, b.id)).status).toBe(204);
    expect((await stored(org, parent.id))?.childIds).toBeUndefined();
    expect((await deleteProduct(org, parent.id)).status).toBe(204);
  });

  it('moves a child between parents, keeping both parents right', async () => {
    const org = newOrg();
    const p1 = await createProduct(org, { name: 'P1' });
    const p2 = await createProduct(org, { name: 'P2' });
    const child = await createProduct(org, { parentId: p1.id });
    const moved = await patchProduct(org, child.id, { parentId: p2.id });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body).toMatchObject({ parentId: p2.id, version: 2 });
    // P1 lost its only child, P2 has one.
    expect((await deleteProduct(org, p1.id)).status).toBe(204);
    expectProblem(await deleteProduct(org, p2.id), 409, 'product_in_use');
    expect(ids(await listAll(org, `parentId=${p2.id}`))).toEqual([child.id]);
    // Becoming a root again frees P2.
    const root = await patchProduct(org, child.id, { parentId: null });
    expect(root.body).toMatchObject({ parentId: null, version: 3 });
    expect((await deleteProduct(org, p2.id)).status).toBe(204);
    expect((await getProduct(org, child.id)).body).toEqual(root.body);
  });

  it("takes the new parent's company when moved without a companyId", async () => {
    const org = newOrg();
    const a = await createCompany(org, 'A');
    const b = await createCompany(org, 'B');
    const pa = await createProduct(org, { companyId: a.id });
    const pb = await createProduct(org, { companyId: b.id });
    const child = await createProduct(org, { parentId: pa.id });
    const moved = await patchProduct(org, child.id, { parentId: pb.id });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body).toMatchObject({ parentId: pb.id, companyId: b.id });
    // A root product joining a parent takes its company too.
    const root = await createProduct(org, { companyId: a.id });
    expect((await patchProduct(org, root.id, { parentId: pb.id })).body.companyId).toBe(b.id);
    expect(ids(await listAll(org, `companyId=${b.id}`))).toEqual([root.id, child.id, pb.id]);
    expect(ids(await listAll(org, `companyId=${a.id}`))).toEqual([pa.id]);
    expect((await deleteProduct(org, pa.id)).status).toBe(204);
    expect((await companies.remove(org, a.id)).status).toBe(204);
  });

  it('keeps its company when it becomes a root product', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const parent = await createProduct(org, { companyId: company.id });
    const child = await createProduct(org, { parentId: parent.id });
    const res = await patchProduct(org, child.id, { parentId: null });
    expect(res.body).toMatchObject({ parentId: null, companyId: company.id });
  });

  it('refuses a company change on a child with 400 validation_failed on companyId', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const other = await createCompany(org, 'Other');
    const parent = await createProduct(org, { companyId: company.id });
    const child = await createProduct(org, { parentId: parent.id });
    expectInvalidField(await patchProduct(org, child.id, { companyId: other.id }), 'companyId');
    expectInvalidField(await patchProduct(org, child.id, { companyId: null }), 'companyId');
    expectInvalidField(
      await patchProduct(org, child.id, { parentId: parent.id, companyId: other.id }),
      'companyId',
    );
    expect((await getProduct(org, child.id)).body).toEqual(child);
  });

  it('refuses to make a product with children a child with 400 validation_failed on parentId', async () => {
    const org = newOrg();
    const parent = await createProduct(org);
    await createProduct(org, { parentId: parent.id });
    const other = await createProduct(org);
    expectInvalidField(await patchProduct(org, parent.id, { parentId: other.id }), 'parentId');
    expect((await getProduct(org, parent.id)).body).toEqual(parent);
    expect(await listAll(org, `parentId=${other.id}`)).toEqual([]);
  });

  it('refuses a child, itself or a missing product as new parent', async () => {
    const org = newOrg();
    const root = await createProduct(org);
    const child = await createProduct(org, { parentId: root.id });
    const other = await createProduct(org);
    expectInvalidField(await patchProduct(org, other.id, { parentId: child.id }), 'parentId');
    expectInvalidField(await patchProduct(org, other.id, { parentId: other.id }), 'parentId');
    const missing = expectProblem(
      await patchProduct(org, other.id, { parentId: MISSING_PROD }),
      422,
      'reference_not_found',
    );
    expect(errorPaths(missing)).toEqual(['parentId']);
    expect((await getProduct(org, other.id)).body).toEqual(other);
  });

  it('refuses a company change on a product with children with 409 product_in_use', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const parent = await createProduct(org, { companyId: company.id });
    await createProduct(org, { parentId: parent.id });
    expectProblem(await patchProduct(org, parent.id, { companyId: null }), 409, 'product_in_use');
    const other = await createCompany(org, 'Other');
    expectProblem(await patchProduct(org, parent.id, { companyId: other.id }), 409, 'product_in_use');
    expect((await getProduct(org, parent.id)).body).toEqual(parent);
    // Other changes of a parent are fine.
    expect((await patchProduct(org, parent.id, { name: 'Renamed', status: 'archived' })).status).toBe(200);
  });

  it('gets every one of 20 concurrent child creates into the parent', async () => {
    const org = newOrg();
    const parent = await createProduct(org);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postProduct(org, { parentId: parent.id, name: `Child ${i}` })),
    );
    for (const r of results) expect(r.status, r.text).toBe(201);
    const children = results.map((r) => r.body.id);
    expect([...((await stored(org, parent.id))?.childIds ?? [])].sort()).toEqual([...children].sort());
    expect(ids(await listAll(org, `parentId=${parent.id}`)).sort()).toEqual([...children].sort());
    for (const [i, id] of children.entries()) {
      expectProblem(await deleteProduct(org, parent.id), 409, 'product_in_use');
      expect((await deleteProduct(org, id)).status, `child ${i}`).toBe(204);
    }
    expect((await deleteProduct(org, parent.id)).status).toBe(204);
  });

  it('never leaves a grandchild when a parent becomes a child while children are created under it', async () => {
    for (let round = 0; round < 8; round++) {
      const org = newOrg();
      const top = await createProduct(org, { name: 'Top' });
      const middle = await createProduct(org, { name: 'Middle' });
      const [moved, ...created] = await Promise.all([
        patchProduct(org, middle.id, { parentId: top.id }),
        // Staggered, so some read the middle product before the move and commit after it.
        ...Array.from({ length: 6 }, async (_, i) => {
          await sleep(i * 3);
          return postProduct(org, { parentId: middle.id, name: `Bottom ${i}` });
        }),
      ]);
      const middleNow = (await getProduct(org, middle.id)).body;
      const bottoms = await listAll(org, `parentId=${middle.id}`);
      const made = created.filter((r) => r.status === 201);
      for (const r of created.filter((c) => c.status !== 201)) expectInvalidField(r, 'parentId');
      expect(ids(bottoms).sort(), `round ${round}`).toEqual(ids(made.map((r) => r.body)).sort());
      if (moved.status === 200) {
        expect(middleNow.parentId).toBe(top.id);
        expect(bottoms, `round ${round}`).toEqual([]);
      } else {
        expectInvalidField(moved, 'parentId');
        expect(middleNow.parentId).toBeNull();
        expect(made.length).toBeGreaterThan(0);
      }
    }
  });
  it("never leaves a child with another company than its parent's when the parent changes company meanwhile", async () => {
    for (let round = 0; round < 8; round++) {
      const org = newOrg();
      const a = await createCompany(org, 'A');
      const b = await createCompany(org, 'B');
      const parent = await createProduct(org, { companyId: a.id });
      const [moved, ...created] = await Promise.all([
        patchProduct(org, parent.id, { companyId: b.id }),
        ...Array.from({ length: 6 }, async (_, i) => {
          await sleep(i * 3);
          return postProduct(org, { parentId: parent.id, name: `Child ${i}` });
        }),
      ]);
      for (const r of created) expect(r.status, r.text).toBe(201);
      const parentNow = (await getProduct(org, parent.id)).body;
      expect(parentNow.companyId).toBe(moved.status === 200 ? b.id : a.id);
      if (moved.status !== 200) expectProblem(moved, 409, 'product_in_use');
      for (const child of await listAll(org, `parentId=${parent.id}`)) {
        expect(child.companyId, `round ${round}`).toBe(parentNow.companyId);
      }
    }
  });

  it('never makes a product that a plan item uses a child, when the two race', async () => {
    for (let round = 0; round < 8; round++) {
      const org = newOrg();
      const top = await createProduct(org);
      const product = await createProduct(org);
      const [moved, used] = await Promise.allSettled([
        patchProduct(org, product.id, { parentId: top.id }),
        planItemUses(org, product.id),
      ]);
      const item = await stored(org, product.id);
      if (used.status === 'fulfilled') {
        expect(item?.planRefCount).toBe(1);
        expect(item?.parentId, `round ${round}`).toBeUndefined();
        if (moved.status === 'fulfilled') expectProblem(moved.value, 409, 'product_in_use');
      } else {
        expect(used.reason).toMatchObject({ code: 'validation_failed' });
        expect(item).toMatchObject({ planRefCount: 0, parentId: top.id });
      }
    }
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
    const problem = expectProblem(
      await patchProduct(org, product.id, { companyId: MISSING_COMPANY }),
      422,
      'reference_not_found',
    );
    expect(errorPaths(problem)).toEqual(['companyId']);
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
