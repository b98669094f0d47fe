/**
 * What the product test files (`test/http/products.test.ts`, `product-children.test.ts`) share: the
 * product and company calls, the stored item, and the `useProduct` / `releaseProduct` step a plan
 * write takes for one of its items, taken directly.
 */
import type { CompanyResource } from '../../shared/companies/schemas.ts';
import { db } from '../../shared/db/service.ts';
import { productKeys } from '../../shared/entities/product.ts';
import { newId } from '../../shared/ids.ts';
import { releaseProduct, useProduct } from '../../shared/products/references.ts';
import type { ProductResource } from '../../shared/products/schemas.ts';
import { type ApiClient, resourceClient } from './api.ts';
import { commitSteps } from './steps.ts';

/** Well-formed ids that no org holds. */
export const MISSING_PROD = 'prod_01ARZ3NDEKTSV4RRFFQ69G5FAV';
export const MISSING_COMPANY = 'comp_01ARZ3NDEKTSV4RRFFQ69G5FAV';

export const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** The stored item, internal attributes included. */
export const stored = async (org: string, id: string) =>
  (await db.product.get({ organizationId: org, id }).go({ consistent: true })).data;

/**
 * `n` root products with a price each, written straight to the table (for the tests whose subject is
 * the plan's write), as plan item references.
 */
export const storeItems = (org: string, n: number) => {
  const now = new Date().toISOString();
  const base = { organizationId: org, version: 1, createdAt: now, updatedAt: now };
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const productId = newId('prod');
      const priceId = newId('price');
      await db.product.create({ ...base, id: productId, name: `P${i}`, ...productKeys({}) }).go();
      await db.price.create({ ...base, id: priceId, productId, amount: 1, currency: 'USD' }).go();
      return { productId, priceId };
    }),
  );
};

/** What a plan write does for one of its items: the product is used (or no longer used). */
export const planItemUses = (org: string, productId: string) =>
  commitSteps(org, [useProduct(org, productId, { field: 'items.0.productId' })]);
export const planItemReleases = (org: string, productId: string) =>
  commitSteps(org, [releaseProduct(org, productId)]);

/** The product and company calls, with product and company bodies filled in. */
export const productClient = (api: ApiClient) => {
  const products = resourceClient<ProductResource>(api, 'products');
  const companies = resourceClient<CompanyResource>(api, 'companies');
  const { get: getProduct, patch: patchProduct, remove: deleteProduct, list: listProducts } = products;
  return {
    companies,
    getProduct,
    patchProduct,
    deleteProduct,
    listProducts,
    createProduct: (org: string, body: Record<string, unknown> = {}) =>
      products.create(org, { name: 'Product', ...body }),
    postProduct: (org: string, body: Record<string, unknown>) =>
      products.post(org, { name: 'Product', ...body }),
    createCompany: (org: string, name = 'Acme') => companies.create(org, { name }),
    /** Every item of a list, following `nextCursor` until it is null. */
    listAll: async (org: string, query = '') => (await products.listAll(org, query)).items,
  };
};
