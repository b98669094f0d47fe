import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { commit, StaleRead, type TxStep } from '../db/commit.ts';
import { page } from '../db/pagination.ts';
import { found, type ResourceSpec, updateResource } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { PriceItem } from '../entities/price.ts';
import { notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { resourceNamed } from '../resources.ts';
import type { CreatePriceInput, ListPricesInput, PriceResource, UpdatePriceInput } from './schemas.ts';

export const toPrice = (item: PriceItem): PriceResource => ({
  id: item.id,
  organizationId: item.organizationId,
  productId: item.productId,
  amount: item.amount,
  currency: item.currency,
  cycle: item.cycle ?? null,
  nickname: item.nickname ?? null,
  active: item.active,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const read = async (orgId: string, id: string) =>
  (await db.price.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

/**
 * Counts one more price on its product, in the price create's transaction. It requires the product
 * to exist, and a product delete conditions on the count it read, so the two can never interleave
 * into a price without its product.
 */
const countPrice = (orgId: string, productId: string): TxStep => ({
  build: (tx) => tx.product.patch({ organizationId: orgId, id: productId }).add({ priceCount: 1 }).commit(),
  onFail: () => notFound('Product'),
});

export const createPrice = async (
  ctx: OperationContext,
  productId: string,
  input: CreatePriceInput,
): Promise<PriceResource> => {
  const now = ctx.now.toISOString();
  const item: PriceItem = {
    organizationId: ctx.orgId,
    id: newId('price'),
    productId,
    amount: input.amount,
    currency: input.currency,
    cycle: input.cycle ?? undefined,
    nickname: input.nickname ?? undefined,
    active: input.active,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const created = toPrice(item);
  await commit(
    ctx,
    [
      countPrice(ctx.orgId, productId),
      { build: (tx) => tx.price.create(item).commit() },
      auditStep(ctx, {
        entityType: 'price',
        entityId: item.id,
        action: 'price.created',
        before: null,
        after: created,
      }),
    ],
    { result: created },
  );
  return created;
};

export const getPrice = async (ctx: OperationContext, id: string): Promise<PriceResource> =>
  toPrice(found(await read(ctx.orgId, id), 'Price'));

/** A product's prices, newest first; `not_found` when the product does not exist in the org. */
export const listPrices = async (ctx: OperationContext, productId: string, input: ListPricesInput) => {
  found(
    (await db.product.get({ organizationId: ctx.orgId, id: productId }).go({ consistent: true, ...GO })).data,
    'Product',
  );
  return page(db.price.query.byProduct({ organizationId: ctx.orgId, productId }), {
    scope: `${ctx.orgId}/products/${productId}/prices`,
    limit: input.limit,
    cursor: input.cursor,
    map: toPrice,
  });
};

/** Only `nickname` and `active` change; the schema refuses the immutable fields. */
/** How the generic update treats prices (there is no price delete route). */
const prices: ResourceSpec<PriceItem, PriceResource> = {
  resource: resourceNamed('prices'),
  read,
  toApi: toPrice,
  patch: (tx, key, changes, version) =>
    tx.price
      .patch(key)
      .set(changes.set)
      .remove(changes.remove as 'nickname'[])
      .where((a, op) => op.eq(a.version, version))
      .commit({ response: 'all_old' }),
};

/** Only `nickname` and `active` change; `amount`, `currency` and `cycle` are refused by the schema. */
export const updatePrice = (ctx: OperationContext, id: string, input: UpdatePriceInput) =>
  updateResource(prices, ctx, id, { nickname: input.nickname, active: input.active });

/** Every price of a product (all pages of its index partition): what a product delete removes. */
export const pricesOfProduct = async (orgId: string, productId: string): Promise<PriceItem[]> =>
  (await db.price.query.byProduct({ organizationId: orgId, productId }).go({ pages: 'all', ...GO })).data;

/**
 * The steps that delete one price, as read, with its `price.deleted` event: part of its product's
 * delete. The price must still be at the version read, so the event's `before` is exact.
 */
export const deletePriceSteps = (ctx: OperationContext, price: PriceItem): TxStep[] => [
  {
    build: (tx) =>
      tx.price
        .delete({ organizationId: ctx.orgId, id: price.id })
        .where((a, op) => op.eq(a.version, price.version))
        .commit({ response: 'all_old' }),
    onFail: () => new StaleRead(),
  },
  auditStep(ctx, {
    entityType: 'price',
    entityId: price.id,
    action: 'price.deleted',
    before: toPrice(price),
    after: null,
  }),
];
