/**
 * Fixture helpers for the plan tests: the catalog a plan is built from (products, prices,
 * companies, plan groups, packages) and plans themselves, each created over HTTP and asserted 201.
 */
import { expect } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { CompanyResource } from '../../shared/companies/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import type { PackageResource } from '../../shared/packages/schemas.ts';
import type { PlanGroupResource } from '../../shared/plan-groups/schemas.ts';
import { PLAN_FIELDS, type PlanResource } from '../../shared/plans/schemas.ts';
import type { PriceResource } from '../../shared/prices/schemas.ts';
import type { ProductResource } from '../../shared/products/schemas.ts';
import { type ApiClient, listEvery } from './api.ts';
import { pkgBody, rand } from './fixtures.ts';

/** Well-formed ids that no org holds. */
export const MISSING = {
  plan: 'plan_01ARZ3NDEKTSV4RRFFQ69G5FAV',
  product: 'prod_01ARZ3NDEKTSV4RRFFQ69G5FAV',
  price: 'price_01ARZ3NDEKTSV4RRFFQ69G5FAV',
  group: 'pgrp_01ARZ3NDEKTSV4RRFFQ69G5FAV',
  company: 'comp_01ARZ3NDEKTSV4RRFFQ69G5FAV',
  package: 'pkg_01ARZ3NDEKTSV4RRFFQ69G5FAV',
} as const;

export const PLAN_ID = /^plan_[0-9A-HJKMNP-TV-Z]{26}$/;

/** A plan item as a create or update body sends it. */
export interface ItemInput {
  productId: string;
  priceId: string;
  quantity?: number;
  included?: boolean;
}

/** A minimal valid plan create body with a fresh slug; `overrides` replace or add fields. */
export const planBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'Plan',
  slug: `plan-${rand()}`,
  ...overrides,
});

const created = async <T>(
  api: ApiClient,
  path: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<T> => {
  const res = await api.request<T>('POST', path, { body, ...(headers ? { headers } : {}) });
  expect(res.status, `POST ${path}: ${res.text}`).toBe(201);
  return res.body;
};

export const createPlan = (api: ApiClient, org: string, overrides: Record<string, unknown> = {}) =>
  created<PlanResource>(api, `/orgs/${org}/plans`, planBody(overrides));

export const createProduct = (api: ApiClient, org: string, body: Record<string, unknown> = {}) =>
  created<ProductResource>(api, `/orgs/${org}/products`, { name: 'Product', ...body });

export const createPrice = (
  api: ApiClient,
  org: string,
  productId: string,
  body: Record<string, unknown> = {},
) =>
  created<PriceResource>(api, `/orgs/${org}/products/${productId}/prices`, {
    amount: 1000,
    currency: 'USD',
    cycle: 'monthly',
    ...body,
  });

export const createCompany = (api: ApiClient, org: string, body: Record<string, unknown> = {}) =>
  created<CompanyResource>(api, `/orgs/${org}/companies`, { name: 'Company', ...body });

export const createGroup = (api: ApiClient, org: string, body: Record<string, unknown> = {}) =>
  created<PlanGroupResource>(api, `/orgs/${org}/plan-groups`, { name: 'Group', ...body });

export const createPackage = (api: ApiClient, org: string, overrides: Record<string, unknown> = {}) =>
  created<PackageResource>(api, `/orgs/${org}/packages`, pkgBody(overrides));

/** The org's packages (the first 100), as admin, whatever the answer's status. */
export const packagesOf = async (api: ApiClient, org: string) =>
  (await api.request<Page<PackageResource>>('GET', `/orgs/${org}/packages?limit=100`)).body.items;

/** A root product (of `companyId`, if given) with one price, and the plan item using them. */
export const createItem = async (
  api: ApiClient,
  org: string,
  options: { companyId?: string; name?: string } = {},
): Promise<{ product: ProductResource; price: PriceResource; item: ItemInput }> => {
  const product = await createProduct(api, org, {
    name: options.name ?? 'Product',
    ...(options.companyId ? { companyId: options.companyId } : {}),
  });
  const price = await createPrice(api, org, product.id);
  return { product, price, item: { productId: product.id, priceId: price.id } };
};

/** What a plan with every writable field refers to: a company, a group, a package, and an item of a product of the company. */
export const createFullPlanRefs = async (api: ApiClient, org: string) => {
  const company = await createCompany(api, org);
  const group = await createGroup(api, org);
  const pkg = await createPackage(api, org);
  const { product, item } = await createItem(api, org, { companyId: company.id });
  return { company, group, pkg, product, item };
};

/** A create body with every writable field set, on `refs` (`createFullPlanRefs`); `overrides` replace fields. */
export const fullPlanBody = (
  refs: Awaited<ReturnType<typeof createFullPlanRefs>>,
  overrides: Record<string, unknown> = {},
) => ({
  name: 'Team',
  slug: 'team-2024',
  description: 'For teams',
  type: 'promotional',
  visibility: 'private',
  defaultCycle: 'annual',
  availableCycles: ['monthly', 'annual', 'custom'],
  customDays: 45,
  trialDays: 14,
  price: { amount: 4900, currency: 'EUR' },
  includedQuota: 1000,
  features: ['SSO', 'Audit log'],
  limits: { users: 10, apiRequestsPerDay: 5000 },
  items: [{ ...refs.item, quantity: 3, included: false }],
  packageId: refs.pkg.id,
  groupId: refs.group.id,
  companyId: refs.company.id,
  ...overrides,
});

/** `n` root products with one price each, created a few at a time, and their plan items. */
export const createItems = async (api: ApiClient, org: string, n: number): Promise<ItemInput[]> => {
  const items: ItemInput[] = [];
  for (let start = 0; start < n; start += 25) {
    const batch = Array.from({ length: Math.min(25, n - start) }, (_, i) =>
      createItem(api, org, { name: `Product ${start + i}` }),
    );
    items.push(...(await Promise.all(batch)).map((x) => x.item));
  }
  return items;
};

/** The org's audit events (first 100, newest first), optionally of one entity. */
export const auditEvents = async (
  api: ApiClient,
  org: string,
  entityId?: string,
): Promise<AuditEventResource[]> => {
  const query = entityId ? `&entityId=${encodeURIComponent(entityId)}` : '';
  const res = await api.request<Page<AuditEventResource>>(
    'GET',
    `/orgs/${org}/audit-events?limit=100${query}`,
  );
  expect(res.status, res.text).toBe(200);
  return res.body.items;
};

/** The ids of the org's plans matching `query`, newest first, following `nextCursor` to the end. */
export const listPlanIds = async (api: ApiClient, org: string, query = ''): Promise<string[]> =>
  (await listEvery<PlanResource>(api, `/orgs/${org}/plans`, query)).map((p) => p.id);

/** The writable fields of a plan but its name and slug, as a duplicate must copy them. */
export const writableFields = (plan: PlanResource) =>
  Object.fromEntries(
    PLAN_FIELDS.filter((field) => field !== 'name' && field !== 'slug').map((field) => [field, plan[field]]),
  );
