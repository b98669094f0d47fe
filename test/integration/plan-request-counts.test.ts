import { afterAll, describe, expect, it } from 'vitest';
import type { OperationContext } from '../../shared/context.ts';
import { db } from '../../shared/db/service.ts';
import { productKeys } from '../../shared/entities/product.ts';
import { newId } from '../../shared/ids.ts';
import {
  archivePlan,
  bulkArchive,
  duplicatePlan,
  publishPlan,
  restorePlan,
} from '../../shared/plans/lifecycle.ts';
import { createPlan, deletePlan, getPlan, listPlans, updatePlan } from '../../shared/plans/operations.ts';
import { newOrg } from '../support/api.ts';
import { countRequests } from '../support/request-counter.ts';

const org = newOrg('count');
const ctx = (): OperationContext => ({ orgId: org, actor: { sub: 'counter', email: null }, now: new Date() });
const counter = countRequests();
const figures: Record<string, Record<string, number>> = {};

/** Runs `op` and returns (and records) the DynamoDB requests it made. */
const measure = async (label: string, op: () => Promise<unknown>) => {
  counter.take();
  await op();
  const counts = counter.take();
  figures[label] = counts;
  return counts;
};

const seedProducts = async (n: number) => {
  const now = new Date().toISOString();
  const items: { productId: string; priceId: string; quantity: number; included: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    const productId = newId('prod');
    const priceId = newId('price');
    const base = { organizationId: org, version: 1, createdAt: now, updatedAt: now };
    await db.product.create({ ...base, id: productId, name: `P${i}`, ...productKeys({}) }).go();
    await db.price.create({ ...base, id: priceId, productId, amount: 100, currency: 'USD' }).go();
    items.push({ productId, priceId, quantity: 1, included: true });
  }
  return items;
};

afterAll(() => {
  // The figures quoted in the README and the closing note.
  console.log(`DynamoDB requests per plan operation:\n${JSON.stringify(figures, null, 1)}`);
});

describe('DynamoDB requests per plan operation', () => {
  it('creates a plan without items in one transaction, and with items after one BatchGet of their products and prices', async () => {
    expect(await measure('create (no items)', () => createPlan(ctx(), { name: 'A', slug: 'a' }))).toEqual({
      TransactWriteItems: 1,
    });
    const items = await seedProducts(20);
    expect(
      await measure('create (20 items)', () => createPlan(ctx(), { name: 'B', slug: 'b', items })),
    ).toEqual({
      BatchGetItem: 1,
      TransactWriteItems: 1,
    });
  });

  it('reads a plan with one GetItem, plus one BatchGet for its items’ children', async () => {
    const items = await seedProducts(5);
    const plan = await createPlan(ctx(), { name: 'C', slug: 'c', items });
    expect(await measure('get (5 items)', () => getPlan(ctx(), plan.id))).toEqual({
      GetItem: 1,
      BatchGetItem: 1,
    });
    const bare = await createPlan(ctx(), { name: 'D', slug: 'd' });
    expect(await measure('get (no items)', () => getPlan(ctx(), bare.id))).toEqual({ GetItem: 1 });
  });

  it('lists a page with one Query plus one BatchGet for all items of the page', async () => {
    expect(await measure('list page', () => listPlans(ctx(), { limit: 25 }))).toEqual({
      Query: 1,
      BatchGetItem: 1,
    });
    expect(
      await measure('list page, filtered', () =>
        listPlans(ctx(), { limit: 25, status: 'draft', type: 'standard' }),
      ),
    ).toEqual({
      Query: 1,
      BatchGetItem: 1,
    });
  });

  it('updates with a read, one BatchGet and one transaction, reading prices too only when items change', async () => {
    const items = await seedProducts(3);
    const plan = await createPlan(ctx(), { name: 'E', slug: 'e', items });
    expect(await measure('update (name)', () => updatePlan(ctx(), plan.id, { name: 'E2' }))).toEqual({
      GetItem: 1,
      BatchGetItem: 1,
      TransactWriteItems: 1,
    });
    const more = await seedProducts(1);
    expect(
      await measure('update (items)', () =>
        updatePlan(ctx(), plan.id, { items: [...items.slice(1), ...more] }),
      ),
    ).toEqual({ GetItem: 1, BatchGetItem: 1, TransactWriteItems: 1 });
  });

  it('makes each lifecycle step a read, one BatchGet for the images, and one transaction', async () => {
    const items = await seedProducts(2);
    const plan = await createPlan(ctx(), { name: 'F', slug: 'f', items });
    const step = { GetItem: 1, BatchGetItem: 1, TransactWriteItems: 1 };
    expect(await measure('publish', () => publishPlan(ctx(), plan.id))).toEqual(step);
    expect(await measure('archive', () => archivePlan(ctx(), plan.id))).toEqual(step);
    expect(await measure('restore', () => restorePlan(ctx(), plan.id))).toEqual(step);
    // The products and prices of the items and the candidate copy slugs' guards: one BatchGet.
    expect(await measure('duplicate', () => duplicatePlan(ctx(), plan.id))).toEqual({
      GetItem: 1,
      BatchGetItem: 1,
      TransactWriteItems: 1,
    });
    const draft = await createPlan(ctx(), { name: 'G', slug: 'g', items });
    expect(await measure('delete', () => deletePlan(ctx(), draft.id))).toEqual({
      GetItem: 1,
      BatchGetItem: 1,
      TransactWriteItems: 1,
    });
  });

  it('reads a bulk request’s plans in one BatchGet and their products in one more, then costs one transaction per plan', async () => {
    const a = await createPlan(ctx(), { name: 'H', slug: 'h', publish: true });
    const counts = await measure('bulk-archive (1 plan without items + 1 malformed id)', () =>
      bulkArchive(ctx(), [a.id, 'nope']),
    );
    expect(counts).toEqual({ BatchGetItem: 1, TransactWriteItems: 1 });
    const items = await seedProducts(2);
    const plans: { id: string }[] = [];
    for (const slug of ['i1', 'i2', 'i3'])
      plans.push(await createPlan(ctx(), { name: 'I', slug, items, publish: true }));
    expect(
      await measure('bulk-archive (3 plans with 2 items)', () =>
        bulkArchive(ctx(), [...plans.map((p) => p.id), 'plan_01ARZ3NDEKTSV4RRFFQ69G5FAV']),
      ),
    ).toEqual({ BatchGetItem: 2, TransactWriteItems: 3 });
  });
});
