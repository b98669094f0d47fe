/**
 * The public catalog: what end users see of an org's plans, without a token. Reads only plans that
 * are `active` (the list: and `public`) through the catalog index, and shows only the public fields.
 */
import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { page } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import type { PlanItem } from '../entities/plan.ts';
import { normalizeUnique } from '../entities/unique-guard.ts';
import { DomainError } from '../errors.ts';
import { present } from '../plans/reads.ts';
import type { PlanResource } from '../plans/schemas.ts';
import { CATALOG_FIELDS, type CatalogPlan, type ListCatalogInput } from './schemas.ts';

/** The public shape of a plan: exactly CATALOG_FIELDS. */
export const toCatalogPlan = (plan: PlanResource): CatalogPlan =>
  Object.fromEntries(CATALOG_FIELDS.map((field) => [field, plan[field]])) as CatalogPlan;

/**
 * One page of the org's `active` + `public` plans, newest first: one Query of the catalog index
 * (`byCatalog`), whose partition holds nothing else. `packageId` and `groupId` filter within that
 * page (a page may then hold fewer than `limit` plans), so a page costs the same Query whatever the
 * filters; plus, when the page's plans have items, one BatchGetItem of their products for
 * `childProductIds`. An org that does not exist has an empty partition: an empty catalog.
 */
export const listCatalog = async (ctx: OperationContext, input: ListCatalogInput) => {
  const query = db.plan.query
    .byCatalog({ organizationId: ctx.orgId, status: 'active', visibility: 'public' })
    .where((a, op) =>
      [
        input.packageId ? op.eq(a.packageKey, input.packageId) : '',
        input.groupId ? op.eq(a.groupKey, input.groupId) : '',
      ]
        .filter(Boolean)
        .join(' AND '),
    );
  const result = await page(query, {
    scope: `${ctx.orgId}/catalog/${input.packageId ?? ''}/${input.groupId ?? ''}`,
    limit: input.limit,
    cursor: input.cursor,
    map: (item: PlanItem) => item,
  });
  // Belt and braces: the partition holds only active public plans; never show anything else.
  const shown = result.items.filter((item) => item.status === 'active' && item.visibility === 'public');
  return {
    items: (await present(ctx.orgId, shown)).map(toCatalogPlan),
    nextCursor: result.nextCursor,
  };
};

const notFound = (slug: string) => new DomainError('not_found', `No published plan with slug '${slug}'`);

/**
 * An `active` plan by its slug, public or private ("direct link only"): the slug's guard names the
 * plan (1 GetItem), then the plan itself (1 GetItem), plus 1 BatchGetItem of its items' products when
 * it has items. Draft, archived and unknown slugs are all `404 not_found`. Reads are eventually
 * consistent: the answer is public and cached for 60 seconds anyway.
 */
export const getCatalogPlan = async (ctx: OperationContext, slug: string): Promise<CatalogPlan> => {
  const guard = (
    await db.guard.get({ organizationId: ctx.orgId, kind: 'plan-slug', value: normalizeUnique(slug) }).go(GO)
  ).data;
  if (!guard) throw notFound(slug);
  const plan = (await db.plan.get({ organizationId: ctx.orgId, id: guard.ownerId }).go(GO)).data;
  if (plan?.status !== 'active' || plan.slug !== slug) throw notFound(slug);
  const [shown] = (await present(ctx.orgId, [plan])) as [PlanResource];
  return toCatalogPlan(shown);
};
