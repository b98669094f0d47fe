import type { TxStep } from '../db/commit.ts';
import { NONE, refKey } from '../entities/common.ts';
import { DomainError, referenceNotFound } from '../errors.ts';

/**
 * One more plan item using a root product, in the plan write's transaction. The condition
 * re-checks, atomically with the write, what validation read before it: the product exists, is
 * still a root product, and (when the plan has a company) still belongs to that company. A product
 * cannot be deleted, nor become a child or change company, while plan items use it.
 */
export const useProduct = (
  orgId: string,
  productId: string,
  options: { field: string; companyId?: string | null | undefined },
): TxStep => ({
  build: (tx) =>
    tx.product
      .patch({ organizationId: orgId, id: productId })
      .add({ planRefCount: 1 })
      .where((a, op) =>
        options.companyId
          ? `${op.eq(a.parentKey, NONE)} AND ${op.eq(a.companyKey, refKey(options.companyId))}`
          : op.eq(a.parentKey, NONE),
      )
      .commit({ response: 'all_old' }),
  onFail: (current) => {
    if (!current) return referenceNotFound(options.field, 'Product', productId);
    if (current.parentKey !== NONE) {
      return new DomainError('validation_failed', 'Plan items must use root products', [
        { path: options.field, message: 'must be a root product' },
      ]);
    }
    return new DomainError('validation_failed', "Plan items must belong to the plan's company", [
      { path: options.field, message: "must belong to the plan's company" },
    ]);
  },
});

/** One plan item fewer using a product (it cannot have been deleted while used). */
export const releaseProduct = (orgId: string, productId: string): TxStep => ({
  build: (tx) =>
    tx.product.patch({ organizationId: orgId, id: productId }).add({ planRefCount: -1 }).commit(),
  onFail: () => new Error(`Product ${productId} vanished while a plan used it`),
});

/**
 * For a product a plan keeps while the plan's company changes: checks (without counting it
 * again) that the product is still a root product of the new company.
 */
export const checkProductCompany = (
  orgId: string,
  productId: string,
  options: { field: string; companyId: string },
): TxStep => ({
  build: (tx) =>
    tx.product
      .check({ organizationId: orgId, id: productId })
      .where((a, op) => `${op.eq(a.parentKey, NONE)} AND ${op.eq(a.companyKey, options.companyId)}`)
      .commit(),
  onFail: () =>
    new DomainError('validation_failed', "Plan items must belong to the plan's company", [
      { path: options.field, message: "must belong to the plan's company" },
    ]),
});
