import * as z from 'zod';
import { Id, OrgId, pageOf, pageQuery } from '../common/schemas.ts';
import { PlanSchema } from '../plans/schemas.ts';

/** `{ orgId, slug }`: a slug that cannot exist (not `[a-z0-9-]{1,100}`) is a `404`, like an unknown one. */
export const CatalogPlanParams = z.strictObject({
  orgId: OrgId,
  slug: PlanSchema.shape.slug,
});

export const ListCatalogQuery = z.strictObject({
  ...pageQuery,
  packageId: Id('pkg').optional(),
  groupId: Id('pgrp').optional(),
});
export type ListCatalogInput = z.infer<typeof ListCatalogQuery>;

/** The fields of a plan that end users see (API.md, Public catalog), in the order answers list them. */
export const CATALOG_FIELDS = [
  'id',
  'slug',
  'name',
  'description',
  'type',
  'visibility',
  'defaultCycle',
  'availableCycles',
  'customDays',
  'trialDays',
  'price',
  'includedQuota',
  'features',
  'limits',
  'items',
  'packageId',
  'groupId',
  'publishedAt',
] as const satisfies readonly (keyof typeof PlanSchema.shape)[];

/** A published plan as the public catalog shows it: no counters, versions, company or internal attributes. */
export const CatalogPlanSchema = PlanSchema.pick(
  Object.fromEntries(CATALOG_FIELDS.map((field) => [field, true])) as {
    [K in (typeof CATALOG_FIELDS)[number]]: true;
  },
).meta({ id: 'CatalogPlan' });
export type CatalogPlan = z.infer<typeof CatalogPlanSchema>;

export const CatalogPlanPage = pageOf(CatalogPlanSchema);
