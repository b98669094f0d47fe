import { auditStep } from '../audit/record.ts';
import { companyReference } from '../companies/references.ts';
import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { commit, retryOnStale, StaleRead, type TxStep, versionedFailure } from '../db/commit.ts';
import { page } from '../db/pagination.ts';
import { applyDiff, diff, found, readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import { NONE, refKey } from '../entities/common.ts';
import { type ProductItem, productKeys } from '../entities/product.ts';
import { DomainError, referenceNotFound, validationFailed } from '../errors.ts';
import { newId } from '../ids.ts';
import { deletePriceSteps, pricesOfProduct } from '../prices/operations.ts';
import type {
  CreateProductInput,
  ListProductsInput,
  ProductResource,
  UpdateProductInput,
} from './schemas.ts';

/** The public shape of a product: `childIds`, counters and index keys never leave. */
export const toProduct = (item: ProductItem): ProductResource => ({
  id: item.id,
  organizationId: item.organizationId,
  name: item.name,
  description: item.description ?? null,
  parentId: item.parentId ?? null,
  companyId: item.companyId ?? null,
  status: item.status,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

/**
 * A DynamoDB transaction holds at most 100 items. A product delete takes up to 4 of its own (the
 * product, its event, its parent, its company) and 2 per price (the price and its event).
 */
const MAX_PRICES_DELETED_WITH_PRODUCT = 48;

const read = async (orgId: string, id: string) =>
  (await db.product.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

/** Children as read from the item (a set, which DynamoDB drops when it becomes empty). */
const childCount = (item: { childIds?: unknown } | null): number => {
  const ids = item?.childIds;
  if (Array.isArray(ids)) return ids.length;
  if (ids instanceof Set) return ids.size;
  return 0;
};

const notRoot = () =>
  validationFailed(
    [{ path: 'parentId', message: 'must be a root product (a child product cannot have children)' }],
    'A product can only be the child of a root product',
  );

const hasChildrenCannotMove = () =>
  validationFailed(
    [{ path: 'parentId', message: 'must be null: this product has children, so it cannot become a child' }],
    'A product with children cannot become a child',
  );

const companyOfParent = () =>
  validationFailed(
    [{ path: 'companyId', message: "must be the parent product's company" }],
    "A child product has its parent's company",
  );

const inUse = (id: string, why: string) => new DomainError('product_in_use', `Product '${id}' ${why}`);

/**
 * Adds a child to a root product's `childIds`, in the child's transaction. The condition re-checks
 * what the child's validation read: the parent still exists, is still a root, and still has the
 * company the child takes (a parent cannot change company while it has children).
 */
const adoptChild = (
  orgId: string,
  parentId: string,
  childId: string,
  companyId: string | undefined,
): TxStep => ({
  build: (tx) =>
    tx.product
      .patch({ organizationId: orgId, id: parentId })
      .add({ childIds: [childId] })
      .where((a, op) => `${op.eq(a.parentKey, NONE)} AND ${op.eq(a.companyKey, refKey(companyId))}`)
      .commit({ response: 'all_old' }),
  onFail: (current) => {
    if (!current) return referenceNotFound('parentId', 'Product', parentId);
    if (current.parentKey !== NONE) return notRoot();
    // The parent changed company since it was read: validate again against what it is now.
    return new StaleRead();
  },
});

/** Removes a child from its parent's `childIds` (the parent cannot go while it has children). */
const releaseChild = (orgId: string, parentId: string, childId: string): TxStep => ({
  build: (tx) =>
    tx.product
      .patch({ organizationId: orgId, id: parentId })
      .delete({ childIds: [childId] })
      .commit(),
  onFail: () => new Error(`Parent product ${parentId} vanished while it had a child`),
});

/**
 * A child takes its parent's company when none is given; one given must be the parent's. The parent
 * must exist (`422`) and be a root (`400`).
 */
const readParent = async (ctx: OperationContext, parentId: string): Promise<ProductItem> => {
  const parent = await read(ctx.orgId, parentId);
  if (!parent) throw referenceNotFound('parentId', 'Product', parentId);
  if (parent.parentId) throw notRoot();
  return parent;
};

export const createProduct = (ctx: OperationContext, input: CreateProductInput) =>
  retryOnStale(async (): Promise<ProductResource> => {
    let companyId = input.companyId ?? undefined;
    const parentId = input.parentId ?? undefined;
    if (parentId) {
      const parent = await readParent(ctx, parentId);
      if (input.companyId === undefined) companyId = parent.companyId;
      else if (companyId !== parent.companyId) throw companyOfParent();
    }
    const now = ctx.now.toISOString();
    const item: ProductItem = {
      organizationId: ctx.orgId,
      id: newId('prod'),
      name: input.name,
      description: input.description ?? undefined,
      parentId,
      companyId,
      status: input.status,
      version: 1,
      createdAt: now,
      updatedAt: now,
      planRefCount: 0,
      priceCount: 0,
      ...productKeys({ parentId, companyId }),
    };
    const created = toProduct(item);
    await commit(
      ctx,
      [
        { build: (tx) => tx.product.create(item).commit() },
        ...(parentId ? [adoptChild(ctx.orgId, parentId, item.id, companyId)] : []),
        ...(companyId ? [companyReference(ctx.orgId, companyId, 1)] : []),
        auditStep(ctx, {
          entityType: 'product',
          entityId: item.id,
          action: 'product.created',
          before: null,
          after: created,
        }),
      ],
      { result: created },
    );
    return created;
  });

export const getProduct = async (ctx: OperationContext, id: string): Promise<ProductResource> =>
  toProduct(found(await read(ctx.orgId, id), 'Product'));

/**
 * Newest first. Each filter has its index; combined filters query the narrowest one (a parent's
 * children, then a company's products) and filter the rest.
 */
export const listProducts = (ctx: OperationContext, input: ListProductsInput) => {
  const org = { organizationId: ctx.orgId };
  const query = input.parentId
    ? db.product.query
        .byParent({ ...org, parentKey: input.parentId })
        .where((a, op) =>
          [
            input.companyId ? op.eq(a.companyKey, input.companyId) : '',
            input.status ? op.eq(a.status, input.status) : '',
          ]
            .filter(Boolean)
            .join(' AND '),
        )
    : input.companyId
      ? db.product.query
          .byCompany({ ...org, companyKey: input.companyId })
          .where((a, op) => (input.status ? op.eq(a.status, input.status) : ''))
      : input.status
        ? db.product.query.byStatus({ ...org, status: input.status })
        : db.product.query.primary(org);
  return page(query, {
    scope: `${ctx.orgId}/products/${input.parentId ?? ''}/${input.companyId ?? ''}/${input.status ?? ''}`,
    limit: input.limit,
    cursor: input.cursor,
    map: toProduct,
  });
};

/**
 * Renames, describes, archives, and moves a product between parents and companies. Moving keeps
 * both parents' `childIds` and both companies' counts right in the same transaction, and the
 * product's own condition re-checks what the rules read: no plan item uses a product that moves,
 * and a product with children neither becomes a child nor changes company.
 */
export const updateProduct = (ctx: OperationContext, id: string, input: UpdateProductInput) =>
  retryOnStale(async (): Promise<ProductResource> => {
    const current = await readForWrite(ctx, 'Product', () => read(ctx.orgId, id));
    const nextParentId = input.parentId === undefined ? current.parentId : (input.parentId ?? undefined);
    let nextCompanyId = input.companyId === undefined ? current.companyId : (input.companyId ?? undefined);
    const movesParent = nextParentId !== current.parentId;
    const becomesChild = movesParent && nextParentId !== undefined;

    // A child's company is its parent's: the new parent's, or (staying put) the one it has.
    let parentCompanyId = current.companyId;
    if (becomesChild) {
      if (nextParentId === id) {
        throw validationFailed([{ path: 'parentId', message: 'cannot be the product itself' }]);
      }
      if (childCount(current) > 0) throw hasChildrenCannotMove();
      const parent = await readParent(ctx, nextParentId);
      parentCompanyId = parent.companyId;
      if (input.companyId === undefined) nextCompanyId = parent.companyId;
    }
    if (nextParentId !== undefined && nextCompanyId !== parentCompanyId) throw companyOfParent();
    const movesCompany = nextCompanyId !== current.companyId;

    if ((movesParent || movesCompany) && current.planRefCount > 0) {
      throw inUse(id, 'is used by plan items, so its parent and company cannot change');
    }
    if (movesCompany && childCount(current) > 0) {
      throw inUse(id, 'has child products, which have its company');
    }

    const changes = diff(current, {
      name: input.name,
      description: input.description,
      status: input.status,
      parentId: nextParentId ?? null,
      companyId: nextCompanyId ?? null,
    });
    if (!changes.changed) return toProduct(current);
    const next = applyDiff(ctx, current, changes);
    const after = toProduct(next);
    const keys = movesParent || movesCompany ? productKeys(next) : {};

    await commit(
      ctx,
      [
        {
          build: (tx) =>
            tx.product
              .patch({ organizationId: ctx.orgId, id })
              .set({ ...changes.set, ...keys, version: next.version, updatedAt: next.updatedAt })
              .remove(changes.remove as ('description' | 'parentId' | 'companyId')[])
              .where((a, op) =>
                [
                  op.eq(a.version, current.version),
                  movesParent || movesCompany ? op.eq(a.planRefCount, 0) : '',
                  becomesChild || movesCompany ? op.notExists(a.childIds) : '',
                ]
                  .filter(Boolean)
                  .join(' AND '),
              )
              .commit({ response: 'all_old' }),
          onFail: versionedFailure(ctx, 'Product', current.version, (now) => {
            if (becomesChild && childCount(now) > 0) return hasChildrenCannotMove();
            if (Number(now.planRefCount) > 0) return inUse(id, 'is used by plan items');
            return inUse(id, 'has child products, which have its company');
          }),
        },
        ...(movesParent && current.parentId ? [releaseChild(ctx.orgId, current.parentId, id)] : []),
        ...(becomesChild && nextParentId ? [adoptChild(ctx.orgId, nextParentId, id, nextCompanyId)] : []),
        ...(movesCompany && current.companyId ? [companyReference(ctx.orgId, current.companyId, -1)] : []),
        ...(movesCompany && nextCompanyId ? [companyReference(ctx.orgId, nextCompanyId, 1)] : []),
        auditStep(ctx, {
          entityType: 'product',
          entityId: id,
          action: 'product.updated',
          before: toProduct(current),
          after,
        }),
      ],
      { result: after },
    );
    return after;
  });

/**
 * Deletes a product no plan item uses and without children, together with its prices (each with
 * its `price.deleted` event). The delete is conditioned on the price count it read: a price
 * created meanwhile makes it read again, so no price outlives its product.
 */
export const deleteProduct = (ctx: OperationContext, id: string) =>
  retryOnStale(async (): Promise<void> => {
    const current = await readForWrite(ctx, 'Product', () => read(ctx.orgId, id));
    if (current.planRefCount > 0) throw inUse(id, 'is used by plan items');
    if (childCount(current) > 0) throw inUse(id, 'has child products');
    if (current.priceCount > MAX_PRICES_DELETED_WITH_PRODUCT) {
      throw inUse(
        id,
        `has ${current.priceCount} prices; a product is deleted with its prices only up to ${MAX_PRICES_DELETED_WITH_PRODUCT}`,
      );
    }
    // The price index is eventually consistent: until it shows every counted price, read again.
    const prices = current.priceCount > 0 ? await pricesOfProduct(ctx.orgId, id) : [];
    if (prices.length !== current.priceCount) throw new StaleRead();

    const productFailed = versionedFailure(ctx, 'Product', current.version, (now) =>
      Number(now.planRefCount) > 0 ? inUse(id, 'is used by plan items') : inUse(id, 'has child products'),
    );
    await commit(ctx, [
      {
        build: (tx) =>
          tx.product
            .delete({ organizationId: ctx.orgId, id })
            .where((a, op) =>
              [
                op.eq(a.version, current.version),
                op.eq(a.planRefCount, 0),
                op.notExists(a.childIds),
                op.eq(a.priceCount, current.priceCount),
              ].join(' AND '),
            )
            .commit({ response: 'all_old' }),
        onFail: (now) => {
          const unchanged =
            now &&
            Number(now.version) === current.version &&
            Number(now.planRefCount) === 0 &&
            childCount(now) === 0;
          // Only the price count moved: a price was created meanwhile, so delete it too.
          return unchanged ? new StaleRead() : productFailed(now);
        },
      },
      ...prices.flatMap((price) => deletePriceSteps(ctx, price)),
      ...(current.parentId ? [releaseChild(ctx.orgId, current.parentId, id)] : []),
      ...(current.companyId ? [companyReference(ctx.orgId, current.companyId, -1)] : []),
      auditStep(ctx, {
        entityType: 'product',
        entityId: id,
        action: 'product.deleted',
        before: toProduct(current),
        after: null,
      }),
    ]);
  });
