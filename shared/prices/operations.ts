import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { commit, retryOnStale, StaleRead, type TxStep, versionedFailure } from '../db/commit.ts';
import { page } from '../db/pagination.ts';
import { applyDiff, diff, found, readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { PriceItem } from '../entities/price.ts';
import { notFound } from '../errors.ts';
import { newId } from '../ids.ts';
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
  (await db.price.get({ organizationId: orgId, id }).go({ consistent: true })).data;

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

/** A product's prices, newest first; `404` when the product does not exist in the org. */
export const listPrices = async (ctx: OperationContext, productId: string, input: ListPricesInput) => {
  found(
    (await db.product.get({ organizationId: ctx.orgId, id: productId }).go({ consistent: true })).data,
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
export const updatePrice = (ctx: OperationContext, id: string, input: UpdatePriceInput) =>
  retryOnStale(async (): Promise<PriceResource> => {
    const current = await readForWrite(ctx, 'Price', () => read(ctx.orgId, id));
    const changes = diff(current, { nickname: input.nickname, active: input.active });
    if (!changes.changed) return toPrice(current);
    const next = applyDiff(ctx, current, changes);
    const after = toPrice(next);
    await commit(
      ctx,
      [
        {
          build: (tx) =>
            tx.price
              .patch({ organizationId: ctx.orgId, id })
              .set({ ...changes.set, version: next.version, updatedAt: next.updatedAt })
              .remove(changes.remove as 'nickname'[])
              .where((a, op) => op.eq(a.version, current.version))
              .commit({ response: 'all_old' }),
          onFail: versionedFailure(ctx, 'Price', current.version),
        },
        auditStep(ctx, {
          entityType: 'price',
          entityId: id,
          action: 'price.updated',
          before: toPrice(current),
          after,
        }),
      ],
      { result: after },
    );
    return after;
  });

/** Every price of a product (all pages of its index partition): what a product delete removes. */
export const pricesOfProduct = async (orgId: string, productId: string): Promise<PriceItem[]> =>
  (await db.price.query.byProduct({ organizationId: orgId, productId }).go({ pages: 'all' })).data;

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
