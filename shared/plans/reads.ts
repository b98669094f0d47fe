/** Reading plans and what their items name (products, prices), in as few requests as DynamoDB allows. */
import type { OperationContext } from '../context.ts';
import { batchPart, readTogether } from '../db/batch.ts';
import { GO } from '../db/client.ts';
import { readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { PlanItem, StoredPlanItem } from '../entities/plan.ts';
import type { ProductItem } from '../entities/product.ts';
import { resourceNamed } from '../resources.ts';
import { settlePending } from './references.ts';
import type { PlanResource } from './schemas.ts';

import { childrenOf, toPlan } from './state.ts';

export const PLANS = resourceNamed('plans');

export const keysOf = (orgId: string, ids: Iterable<string>) =>
  [...new Set(ids)].map((id) => ({ organizationId: orgId, id }));

/** A part that reads nothing (ElectroDB refuses a batch get of no keys). */
export const NOTHING = { params: () => [] };

export const productPart = (orgId: string, ids: Iterable<string>) => {
  const keys = keysOf(orgId, ids);
  return batchPart(keys.length ? db.product.get(keys) : NOTHING, (Item) => db.product.parse({ Item })?.data);
};

export const pricePart = (orgId: string, ids: Iterable<string>) => {
  const keys = keysOf(orgId, ids);
  return batchPart(keys.length ? db.price.get(keys) : NOTHING, (Item) => db.price.parse({ Item })?.data);
};

export const loadProducts = async (
  orgId: string,
  ids: Iterable<string>,
): Promise<Map<string, ProductItem>> => {
  const [products] = await readTogether([productPart(orgId, ids)]);
  return new Map(products.map((p) => [p.id, p]));
};

/**
 * Plans as the API returns them: one BatchGet for the children of every product they use that
 * the caller has not read already (`known`).
 */
export const present = async (
  orgId: string,
  items: PlanItem[],
  known: Map<string, ProductItem> = new Map(),
): Promise<PlanResource[]> => {
  const wanted = items.flatMap((item) => (item.items as StoredPlanItem[]).map((i) => i.productId));
  const loaded = await loadProducts(
    orgId,
    wanted.filter((id) => !known.has(id)),
  );
  const children = childrenOf([...known.values(), ...loaded.values()]);
  return items.map((item) => toPlan(item, children));
};

export const readPlan = async (orgId: string, id: string) =>
  (await db.plan.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

/**
 * A plan read ahead, with its items' products: bulk routes read all their plans, then all their
 * products, in one BatchGet each.
 */
export interface PlanRead {
  plan: PlanItem;
  products: Map<string, ProductItem>;
}

/**
 * The read a plan write starts from: the plan read ahead (`ahead`) on the first attempt, a fresh
 * strongly consistent read on any later one (after a lost race). The expected version and `not_found` as `readForWrite`.
 * A reference release the plan's last change still owes lands first (`settlePending`).
 */
export const planReader = (ctx: OperationContext, id: string, ahead?: PlanRead) => {
  let pending = ahead;
  return async (): Promise<PlanRead> => {
    const given = pending;
    pending = undefined;
    if (given)
      return {
        plan: await settlePending(await readForWrite(ctx, 'Plan', async () => given.plan)),
        products: given.products,
      };
    return {
      plan: await settlePending(await readForWrite(ctx, 'Plan', () => readPlan(ctx.orgId, id))),
      products: new Map(),
    };
  };
};
