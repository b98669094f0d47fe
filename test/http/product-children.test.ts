/**
 * Parents and children of products (API.md, "Products and prices"), over HTTP against the local
 * server: one level deep, a parent's company and status, deletes, moves, and the races between
 * them (concurrent child creates, a parent becoming a child, plan items).
 */
import { describe, expect, it } from 'vitest';
import {
  errorPaths,
  expectInvalidField,
  expectMissingReference,
  expectProblem,
  newOrg,
  useApi,
} from '../support/api.ts';
import { sleep } from '../support/fixtures.ts';
import { ids, MISSING_PROD, planItemUses, productClient, stored } from '../support/products.ts';

const api = useApi();
const {
  companies,
  getProduct,
  patchProduct,
  deleteProduct,
  createProduct,
  postProduct,
  createCompany,
  listAll,
} = productClient(api);

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
      expectMissingReference(await postProduct(org, { parentId }), 'parentId');
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
    expectMissingReference(await patchProduct(org, other.id, { parentId: MISSING_PROD }), 'parentId');
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
