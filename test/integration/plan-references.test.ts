import { describe, expect, it } from 'vitest';
import type { OperationContext } from '../../shared/context.ts';
import { db } from '../../shared/db/service.ts';
import { createPlan, deletePlan, updatePlan } from '../../shared/plans/operations.ts';
import { newOrg } from '../support/api.ts';
import { storeItems } from '../support/products.ts';

/** `n` plan items (quantity 1, included), each of a root product with a price written directly. */
const seed = async (org: string, n: number) =>
  (await storeItems(org, n)).map((item) => ({ ...item, quantity: 1, included: true }));

const counts = async (org: string, ids: string[]) =>
  Promise.all(
    ids.map(async (id) => (await db.product.get({ organizationId: org, id }).go()).data?.planRefCount),
  );

describe('plan reference counts', () => {
  it('stay exact when a change is too large for one transaction (50 items replaced by 50 others)', async () => {
    const org = newOrg();
    const ctx: OperationContext = { orgId: org, actor: { sub: 't', email: null }, now: new Date() };
    const [first, second] = [await seed(org, 50), await seed(org, 50)];
    const plan = await createPlan(ctx, { name: 'Big', slug: 'big', items: first });
    expect(
      new Set(
        await counts(
          org,
          first.map((i) => i.productId),
        ),
      ),
    ).toEqual(new Set([1]));
    const updated = await updatePlan({ ...ctx, now: new Date() }, plan.id, { items: second });
    expect(updated.items.map((i) => i.productId)).toEqual(second.map((i) => i.productId));
    expect(
      new Set(
        await counts(
          org,
          first.map((i) => i.productId),
        ),
      ),
    ).toEqual(new Set([0]));
    expect(
      new Set(
        await counts(
          org,
          second.map((i) => i.productId),
        ),
      ),
    ).toEqual(new Set([1]));
    await deletePlan({ ...ctx, now: new Date() }, plan.id);
    expect(
      new Set(
        await counts(
          org,
          second.map((i) => i.productId),
        ),
      ),
    ).toEqual(new Set([0]));
  });
});
