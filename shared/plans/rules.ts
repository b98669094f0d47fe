/** The rules a plan's state must satisfy: those that need no read, and those its items' products decide. */
import { readTogether } from '../db/batch.ts';
import { NONE } from '../entities/common.ts';
import type { StoredPlanItem } from '../entities/plan.ts';
import type { PriceItem } from '../entities/price.ts';
import type { ProductItem } from '../entities/product.ts';
import { DomainError, type FieldError } from '../errors.ts';
import { pricePart, productPart } from './reads.ts';
import type { PlanState } from './schemas.ts';

/** The rules that need no read: cycles, custom days, repeated products. */
export const ruleErrors = (state: PlanState): FieldError[] => {
  const errors: FieldError[] = [];
  if (!state.availableCycles.includes(state.defaultCycle)) {
    errors.push({
      path: 'availableCycles',
      message: `must contain the default cycle '${state.defaultCycle}'`,
    });
  }
  const custom = state.availableCycles.includes('custom');
  if (custom && state.customDays === null) {
    errors.push({ path: 'customDays', message: "is required when 'custom' is an available cycle" });
  }
  if (!custom && state.customDays !== null) {
    errors.push({ path: 'customDays', message: "must be null unless 'custom' is an available cycle" });
  }
  const seen = new Set<string>();
  state.items.forEach((item, i) => {
    if (seen.has(item.productId)) {
      errors.push({ path: `items.${i}.productId`, message: 'appears more than once in the plan' });
    }
    seen.add(item.productId);
  });
  return errors;
};

/** The products and prices a plan's items name, in one BatchGetItem (see `readTogether`). */
export interface ItemReads {
  products: Map<string, ProductItem>;
  prices: Map<string, PriceItem>;
}

/** Parts that read the items' products and prices, and how to turn their results into `ItemReads`. */
export const itemParts = (orgId: string, items: StoredPlanItem[]) =>
  [
    productPart(
      orgId,
      items.map((i) => i.productId),
    ),
    pricePart(
      orgId,
      items.map((i) => i.priceId),
    ),
  ] as const;

export const itemReads = (products: ProductItem[], prices: PriceItem[]): ItemReads => ({
  products: new Map(products.map((p) => [p.id, p])),
  prices: new Map(prices.map((p) => [p.id, p])),
});

/**
 * Checks the items against the products and prices they name (read together in one BatchGet, or
 * given as `reads`): unknown ids are `422 reference_not_found`; a child product, a price of another
 * product or a product of another company is `400 validation_failed`. Returns the products, for
 * `childProductIds`.
 */
export const checkItems = async (
  orgId: string,
  state: PlanState,
  reads?: ItemReads,
): Promise<Map<string, ProductItem>> => {
  const { products, prices } =
    reads ??
    (state.items.length === 0
      ? itemReads([], [])
      : itemReads(...(await readTogether(itemParts(orgId, state.items)))));
  const missing: FieldError[] = [];
  const invalid: FieldError[] = [];
  state.items.forEach((item, i) => {
    const product = products.get(item.productId);
    const price = prices.get(item.priceId);
    if (!product) missing.push({ path: `items.${i}.productId`, message: 'does not exist' });
    if (!price) missing.push({ path: `items.${i}.priceId`, message: 'does not exist' });
    if (product && product.parentKey !== NONE) {
      invalid.push({
        path: `items.${i}.productId`,
        message: 'must be a root product (children come with their parent)',
      });
    }
    if (product && state.companyId && product.companyId !== state.companyId) {
      invalid.push({ path: `items.${i}.productId`, message: "must belong to the plan's company" });
    }
    if (product && price && price.productId !== product.id) {
      invalid.push({ path: `items.${i}.priceId`, message: "must be a price of the item's product" });
    }
  });
  if (missing.length > 0) {
    throw new DomainError('reference_not_found', 'A referenced product or price does not exist', missing);
  }
  if (invalid.length > 0) throw new DomainError('validation_failed', 'The plan items are not valid', invalid);
  return products;
};

export const validate = (state: PlanState) => {
  const errors = ruleErrors(state);
  if (errors.length > 0) throw new DomainError('validation_failed', 'The plan is not valid', errors);
};
