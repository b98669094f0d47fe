/**
 * A plan's items (API.md, "Plans" and "Products and prices"), over HTTP against the local server:
 * defaults, order, child products, the company rule, unknown references and PATCHes of items.
 */
import { describe, expect, it } from 'vitest';
import { expectInvalidField, expectProblem, newOrg, useApi } from '../support/api.ts';
import {
  createCompany,
  createItem,
  createItems,
  createPlan,
  createPrice,
  createProduct,
  MISSING,
  planBody,
} from '../support/catalog.ts';
import { expectMissingRef, planClient } from '../support/plans.ts';

const api = useApi();
const { postPlan, getPlan, patchPlan, listPlans, expectNoPlanWritten } = planClient(api);

describe('plan items', () => {
  it('defaults quantity to 1 and included to true, and lists no children of a childless product', async () => {
    const org = newOrg();
    const { item } = await createItem(api, org);
    const plan = await createPlan(api, org, { items: [item] });
    expect(plan.items).toEqual([{ ...item, quantity: 1, included: true, childProductIds: [] }]);
  });

  it('keeps items in the order given', async () => {
    const org = newOrg();
    const a = await createItem(api, org, { name: 'A' });
    const b = await createItem(api, org, { name: 'B' });
    const plan = await createPlan(api, org, {
      items: [
        { ...b.item, quantity: 2 },
        { ...a.item, included: false },
      ],
    });
    expect(plan.items.map((i) => [i.productId, i.quantity, i.included])).toEqual([
      [b.product.id, 2, true],
      [a.product.id, 1, false],
    ]);
  });

  it("lists the item product's children in childProductIds, including a child added later", async () => {
    const org = newOrg();
    const { product, item } = await createItem(api, org);
    const first = await createProduct(api, org, { name: 'Child 1', parentId: product.id });
    const plan = await createPlan(api, org, { items: [item] });
    expect(plan.items[0]?.childProductIds).toEqual([first.id]);
    const second = await createProduct(api, org, { name: 'Child 2', parentId: product.id });
    const got = (await getPlan(org, plan.id)).body;
    expect([...(got.items[0]?.childProductIds ?? [])].sort()).toEqual([first.id, second.id].sort());
    const listed = (await listPlans(org)).body.items.find((p) => p.id === plan.id);
    expect([...(listed?.items[0]?.childProductIds ?? [])].sort()).toEqual([first.id, second.id].sort());
    expect((await api.request('DELETE', `/orgs/${org}/products/${first.id}`)).status).toBe(204);
    expect((await getPlan(org, plan.id)).body.items[0]?.childProductIds).toEqual([second.id]);
  });

  it('refuses a child product as an item with 400 validation_failed naming items.0.productId', async () => {
    const org = newOrg();
    const root = await createProduct(api, org);
    const child = await createProduct(api, org, { parentId: root.id });
    const price = await createPrice(api, org, child.id);
    const res = await postPlan(org, planBody({ items: [{ productId: child.id, priceId: price.id }] }));
    expectInvalidField(res, 'items.0.productId');
    await expectNoPlanWritten(org);
  });

  it('refuses a product that appears twice with 400 validation_failed naming the repeat', async () => {
    const org = newOrg();
    const { product, item } = await createItem(api, org);
    const other = await createPrice(api, org, product.id, { cycle: 'annual' });
    const res = await postPlan(
      org,
      planBody({ items: [item, { productId: product.id, priceId: other.id }] }),
    );
    expectInvalidField(res, 'items.1.productId');
    await expectNoPlanWritten(org);
  });

  it('refuses a price of another product with 400 validation_failed naming items.N.priceId', async () => {
    const org = newOrg();
    const a = await createItem(api, org, { name: 'A' });
    const b = await createItem(api, org, { name: 'B' });
    const res = await postPlan(
      org,
      planBody({ items: [a.item, { productId: b.product.id, priceId: a.price.id }] }),
    );
    expectInvalidField(res, 'items.1.priceId');
    await expectNoPlanWritten(org);
  });

  it("refuses a product of another company than the plan's with 400 validation_failed", async () => {
    const org = newOrg();
    const mine = await createCompany(api, org, { name: 'Mine' });
    const theirs = await createCompany(api, org, { name: 'Theirs' });
    const ok = await createItem(api, org, { companyId: mine.id });
    const other = await createItem(api, org, { companyId: theirs.id });
    const res = await postPlan(org, planBody({ companyId: mine.id, items: [ok.item, other.item] }));
    expectInvalidField(res, 'items.1.productId');
    await expectNoPlanWritten(org);
  });

  it('refuses a product without a company in a plan that has one with 400 validation_failed', async () => {
    const org = newOrg();
    const company = await createCompany(api, org);
    const { item } = await createItem(api, org);
    const res = await postPlan(org, planBody({ companyId: company.id, items: [item] }));
    expectInvalidField(res, 'items.0.productId');
    await expectNoPlanWritten(org);
  });

  it('accepts products of the same company as the plan', async () => {
    const org = newOrg();
    const company = await createCompany(api, org);
    const a = await createItem(api, org, { companyId: company.id, name: 'A' });
    const b = await createItem(api, org, { companyId: company.id, name: 'B' });
    const plan = await createPlan(api, org, { companyId: company.id, items: [a.item, b.item] });
    expect(plan.items.map((i) => i.productId)).toEqual([a.product.id, b.product.id]);
  });

  it('accepts products of any company in a plan without one', async () => {
    const org = newOrg();
    const c1 = await createCompany(api, org);
    const c2 = await createCompany(api, org);
    const a = await createItem(api, org, { companyId: c1.id, name: 'A' });
    const b = await createItem(api, org, { companyId: c2.id, name: 'B' });
    const plan = await createPlan(api, org, { items: [a.item, b.item] });
    expect(plan.companyId).toBeNull();
    expect(plan.items).toHaveLength(2);
  });

  it('refuses an unknown product with 422 reference_not_found naming items.N.productId', async () => {
    const org = newOrg();
    const { item, price } = await createItem(api, org);
    const res = await postPlan(
      org,
      planBody({ items: [item, { productId: MISSING.product, priceId: price.id }] }),
    );
    expectMissingRef(res, 'items.1.productId');
    await expectNoPlanWritten(org);
  });

  it('refuses an unknown price with 422 reference_not_found naming items.N.priceId', async () => {
    const org = newOrg();
    const { product } = await createItem(api, org);
    const res = await postPlan(org, planBody({ items: [{ productId: product.id, priceId: MISSING.price }] }));
    expectMissingRef(res, 'items.0.priceId');
    await expectNoPlanWritten(org);
  });

  it("refuses another org's product as unknown (422 reference_not_found)", async () => {
    const org = newOrg();
    const { item } = await createItem(api, newOrg());
    expectMissingRef(await postPlan(org, planBody({ items: [item] })), 'items.0.productId');
    await expectNoPlanWritten(org);
  });

  it('applies the item rules to a PATCH of items: a child product is refused', async () => {
    const org = newOrg();
    const { product, item } = await createItem(api, org);
    const plan = await createPlan(api, org, { items: [item] });
    const child = await createProduct(api, org, { parentId: product.id });
    const price = await createPrice(api, org, child.id);
    const res = await patchPlan(org, plan.id, { items: [item, { productId: child.id, priceId: price.id }] });
    expectInvalidField(res, 'items.1.productId');
    const got = (await getPlan(org, plan.id)).body;
    expect(got.items.map((i) => i.productId)).toEqual([product.id]);
    expect(got.version).toBe(1);
  });

  it('refuses a PATCH setting a company that the existing items do not belong to', async () => {
    const org = newOrg();
    const company = await createCompany(api, org);
    const { item } = await createItem(api, org);
    const plan = await createPlan(api, org, { items: [item] });
    expectInvalidField(await patchPlan(org, plan.id, { companyId: company.id }), 'items.0.productId');
    expect((await getPlan(org, plan.id)).body.companyId).toBeNull();
  });

  it('accepts a PATCH setting the company its items belong to', async () => {
    const org = newOrg();
    const company = await createCompany(api, org);
    const { item } = await createItem(api, org, { companyId: company.id });
    const plan = await createPlan(api, org, { items: [item] });
    const res = await patchPlan(org, plan.id, { companyId: company.id });
    expect(res.status, res.text).toBe(200);
    expect(res.body.companyId).toBe(company.id);
  });

  it('accepts 50 items on create, and a PATCH replacing them with 50 other products', async () => {
    const org = newOrg();
    const [first, second] = [await createItems(api, org, 50), await createItems(api, org, 50)];
    const plan = await createPlan(api, org, { items: first });
    expect(plan.items.map((i) => i.productId)).toEqual(first.map((i) => i.productId));
    const res = await patchPlan(org, plan.id, { items: second });
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.map((i) => i.productId)).toEqual(second.map((i) => i.productId));
    // The products it dropped are free again; the ones it took are in use.
    const dropped = first[0]?.productId ?? '';
    const taken = second[0]?.productId ?? '';
    expect((await api.request('DELETE', `/orgs/${org}/products/${dropped}`)).status).toBe(204);
    expectProblem(await api.request('DELETE', `/orgs/${org}/products/${taken}`), 409, 'product_in_use');
  });

  it('refuses an item quantity of 0 in a PATCH', async () => {
    const org = newOrg();
    const { item } = await createItem(api, org);
    const plan = await createPlan(api, org);
    expectInvalidField(
      await patchPlan(org, plan.id, { items: [{ ...item, quantity: 0 }] }),
      'items.0.quantity',
    );
  });
});
