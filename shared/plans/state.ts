/** A plan's state as stored and as the API shows it: the one mapping between the entity and the resource. */
import { type PlanItem, planKeys } from '../entities/plan.ts';
import type { ProductItem } from '../entities/product.ts';
import { PLAN_FIELDS, PLAN_OPTIONAL_FIELDS, type PlanResource, type PlanState } from './schemas.ts';

/** A stored plan's writable state: absent optionals as `null`, limits as an object. */
export const stateOf = (item: PlanItem): PlanState => {
  const stored = item as unknown as Record<string, unknown>;
  const state = Object.fromEntries(PLAN_FIELDS.map((field) => [field, stored[field] ?? null]));
  return {
    ...state,
    price:
      item.price?.amount !== undefined && item.price.currency !== undefined
        ? { amount: item.price.amount, currency: item.price.currency }
        : null,
    limits: Object.fromEntries(item.limits as [string, number][]),
    expiryNoticeDays: item.expiryNoticeDays ?? 0,
  } as PlanState;
};

/** The entity attributes of a state: absent rather than null, plus the reference index keys. */
export const attributesOf = (state: PlanState) => {
  const attributes: Record<string, unknown> = {
    ...state,
    limits: Object.entries(state.limits),
    ...planKeys(state),
  };
  for (const field of PLAN_OPTIONAL_FIELDS) if (attributes[field] === null) delete attributes[field];
  return attributes as Partial<PlanItem>;
};

/** Children of each product, for the `childProductIds` of plan items. */
export type Children = Map<string, string[]>;

export const childrenOf = (products: Iterable<ProductItem>): Children =>
  new Map(Array.from(products, (p) => [p.id, [...(p.childIds ?? [])].sort()]));

export const toPlan = (item: PlanItem, children: Children): PlanResource => {
  const state = stateOf(item);
  return {
    id: item.id,
    organizationId: item.organizationId,
    ...state,
    status: item.status,
    items: state.items.map((i) => ({
      productId: i.productId,
      priceId: i.priceId,
      quantity: i.quantity,
      included: i.included,
      childProductIds: children.get(i.productId) ?? [],
    })),
    publishedAt: item.publishedAt ?? null,
    archivedAt: item.archivedAt ?? null,
    liveSubscriptionCount: item.liveSubscriptionCount,
    subscriptionCount: item.subscriptionCount,
    version: item.version,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
};
