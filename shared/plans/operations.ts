/** Plans: create, read, list, update and delete (lifecycle steps and bulk routes: lifecycle.ts). */
import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { readTogether } from '../db/batch.ts';
import { retryOnStale, versionedFailure } from '../db/commit.ts';
import { claimUniques, moveUniques, releaseUniques } from '../db/guards.ts';
import { page } from '../db/pagination.ts';
import { applyDiff, diff, found } from '../db/resource.ts';
import { db } from '../db/service.ts';
import { catalogKeys, type PlanItem, planKeys } from '../entities/plan.ts';
import type { ProductItem } from '../entities/product.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { PLANS, type PlanRead, planReader, present, pricePart, productPart, readPlan } from './reads.ts';
import { commitWithReferences, referenceSteps } from './references.ts';
import { checkItems, type ItemReads, itemReads, validate } from './rules.ts';
import {
  type CreatePlanInput,
  type ListPlansInput,
  type PlanResource,
  type PlanState,
  PlanStateSchema,
  type UpdatePlanInput,
} from './schemas.ts';
import { attributesOf, childrenOf, stateOf, toPlan } from './state.ts';

/** Writes a new plan from a full state: its slug guard, its references and its audit event. */
export const insertPlan = async (
  ctx: OperationContext,
  state: PlanState,
  options: {
    status: 'draft' | 'active';
    action: 'plan.created' | 'plan.duplicated';
    /** The items' products and prices when the caller read them already (duplicate). */
    reads?: ItemReads;
  },
): Promise<PlanResource> => {
  validate(state);
  const products = await checkItems(ctx.orgId, state, options.reads);
  const now = ctx.now.toISOString();
  const item = {
    ...attributesOf(state),
    organizationId: ctx.orgId,
    id: newId('plan'),
    status: options.status,
    ...(options.status === 'active' ? { publishedAt: now } : {}),
    liveSubscriptionCount: 0,
    subscriptionCount: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  } as PlanItem;
  const created = toPlan(item, childrenOf(products.values()));
  await commitWithReferences(
    ctx,
    {
      id: item.id,
      main: [
        { build: (tx) => tx.plan.create(item).commit() },
        ...claimUniques(ctx.orgId, PLANS, item),
        auditStep(ctx, {
          entityType: 'plan',
          entityId: item.id,
          action: options.action,
          before: null,
          after: created,
        }),
      ],
    },
    referenceSteps(ctx.orgId, null, state),
    created,
  );
  return created;
};

export const createPlan = (ctx: OperationContext, input: CreatePlanInput): Promise<PlanResource> => {
  const { publish, ...fields } = input;
  return insertPlan(ctx, PlanStateSchema.parse(fields), {
    status: publish ? 'active' : 'draft',
    action: 'plan.created',
  });
};

export const getPlan = async (ctx: OperationContext, id: string): Promise<PlanResource> => {
  const [plan] = await present(ctx.orgId, [found(await readPlan(ctx.orgId, id), 'Plan')]);
  return plan as PlanResource;
};

/**
 * One page of plans: the most selective filter picks the index (a reference, then status, type,
 * visibility) and the others filter within it.
 */
export const listPlans = async (ctx: OperationContext, input: ListPlansInput) => {
  const org = { organizationId: ctx.orgId };
  const query = input.groupId
    ? db.plan.query.byGroup({ ...org, groupKey: input.groupId })
    : input.companyId
      ? db.plan.query.byCompany({ ...org, companyKey: input.companyId })
      : input.packageId
        ? db.plan.query.byPackage({ ...org, packageKey: input.packageId })
        : input.status
          ? db.plan.query.byStatus({ ...org, status: input.status })
          : input.type
            ? db.plan.query.byType({ ...org, type: input.type })
            : input.visibility
              ? db.plan.query.byVisibility({ ...org, visibility: input.visibility })
              : db.plan.query.primary(org);
  const filtered = query.where((a, op) =>
    [
      input.status ? op.eq(a.status, input.status) : '',
      input.type ? op.eq(a.type, input.type) : '',
      input.visibility ? op.eq(a.visibility, input.visibility) : '',
      input.companyId ? op.eq(a.companyKey, input.companyId) : '',
      input.packageId ? op.eq(a.packageKey, input.packageId) : '',
    ]
      .filter(Boolean)
      .join(' AND '),
  );
  return page(filtered, {
    scope: `${ctx.orgId}/plans/${[input.status, input.visibility, input.type, input.groupId, input.companyId, input.packageId].join('/')}`,
    limit: input.limit,
    cursor: input.cursor,
    map: (item: PlanItem) => item,
    present: (items) => present(ctx.orgId, items),
  });
};

export const updatePlan = (ctx: OperationContext, id: string, input: UpdatePlanInput, ahead?: PlanRead) => {
  const readCurrent = planReader(ctx, id, ahead);
  return retryOnStale(async (): Promise<PlanResource> => {
    const { plan: current, products: known } = await readCurrent();
    const before = stateOf(current);
    const changes = diff(before, input);
    if (!changes.changed) return (await present(ctx.orgId, [current], known))[0] as PlanResource;
    const after = { ...before, ...changes.set } as PlanState;
    for (const field of changes.remove) (after as unknown as Record<string, unknown>)[field] = null;
    validate(after);
    const itemsChanged =
      'items' in changes.set || changes.remove.includes('companyId') || 'companyId' in changes.set;
    // Items that change are checked against their products and prices, read in one BatchGet with
    // the products of the items they replace (whose children the `before` image shows).
    const checked = itemsChanged
      ? await checkItems(
          ctx.orgId,
          after,
          itemReads(
            ...(await readTogether([
              productPart(
                ctx.orgId,
                [...after.items, ...before.items].map((i) => i.productId),
              ),
              pricePart(
                ctx.orgId,
                after.items.map((i) => i.priceId),
              ),
            ])),
          ),
        )
      : new Map<string, ProductItem>();
    // The changes as stored: `limits` as pairs (see the entity).
    const stored = {
      set: 'limits' in changes.set ? { ...changes.set, limits: Object.entries(after.limits) } : changes.set,
      remove: changes.remove,
    };
    const next = { ...applyDiff(ctx, current, stored), ...planKeys(after) };
    // At most one BatchGet serves the before and after images (audit) and the response.
    const [previous, result] = (await present(
      ctx.orgId,
      [current, next],
      new Map([...known, ...checked]),
    )) as [PlanResource, PlanResource];
    await commitWithReferences(
      ctx,
      {
        id,
        // `pendingRelease`: the old counts are lowered in a second transaction (references.ts).
        main: (pendingRelease) => [
          {
            build: (tx) =>
              tx.plan
                .patch({ organizationId: ctx.orgId, id })
                .set({
                  ...stored.set,
                  ...planKeys(after),
                  // Always both: a visibility change moves the catalog key, and older plans gain it.
                  ...catalogKeys({ status: current.status, visibility: after.visibility }),
                  version: next.version,
                  updatedAt: next.updatedAt,
                  ...(pendingRelease ? { pendingRelease } : {}),
                })
                .remove(changes.remove as 'description'[]) // PLAN_OPTIONAL_FIELDS only: diff removes only what `null` clears
                .where((a, op) => op.eq(a.version, current.version))
                .commit({ response: 'all_old' }),
            onFail: versionedFailure(ctx, 'Plan', current.version),
          },
          ...moveUniques(ctx.orgId, PLANS, current, input),
          auditStep(ctx, {
            entityType: 'plan',
            entityId: id,
            action: 'plan.updated',
            before: previous,
            after: result,
          }),
        ],
      },
      referenceSteps(ctx.orgId, before, after),
      result,
    );
    return result;
  });
};

/** Deletes a draft plan (a draft never had a subscription), freeing its slug and references. */
/** Why a draft plan cannot be deleted: it had subscriptions (it was published once), or offers name it. */
const planInUseByDelete = (plan: { subscriptionCount?: unknown; offerRefCount?: unknown }) =>
  Number(plan.subscriptionCount ?? 0) > 0
    ? new DomainError(
        'plan_in_use',
        'This plan has had subscriptions; it stays so that they keep their plan (archive it instead)',
      )
    : new DomainError(
        'plan_in_use',
        'Offers redeem this plan; point them at another plan or delete them first',
      );

export const deletePlan = (ctx: OperationContext, id: string, ahead?: PlanRead) => {
  const readCurrent = planReader(ctx, id, ahead);
  return retryOnStale(async (): Promise<void> => {
    const { plan: current, products: known } = await readCurrent();
    if (current.status !== 'draft') {
      throw new DomainError(
        'invalid_transition',
        `Only draft plans can be deleted; this plan is ${current.status}`,
      );
    }
    if (current.subscriptionCount > 0 || (current.offerRefCount ?? 0) > 0) throw planInUseByDelete(current);
    const before = stateOf(current);
    const [image] = (await present(ctx.orgId, [current], known)) as [PlanResource];
    await commitWithReferences(
      ctx,
      {
        id,
        main: [
          {
            build: (tx) =>
              tx.plan
                .delete({ organizationId: ctx.orgId, id })
                .where(
                  (a, op) =>
                    `${op.eq(a.version, current.version)} AND ${op.eq(a.status, 'draft')} AND ${op.eq(a.subscriptionCount, 0)} AND (${op.notExists(a.offerRefCount)} OR ${op.eq(a.offerRefCount, 0)})`,
                )
                .commit({ response: 'all_old' }),
            onFail: versionedFailure(ctx, 'Plan', current.version, (now) =>
              now.status !== 'draft'
                ? new DomainError(
                    'invalid_transition',
                    `Only draft plans can be deleted; this plan is ${String(now.status)}`,
                  )
                : planInUseByDelete(now),
            ),
          },
          ...releaseUniques(ctx.orgId, PLANS, current),
          auditStep(ctx, {
            entityType: 'plan',
            entityId: id,
            action: 'plan.deleted',
            before: image,
            after: null,
          }),
        ],
      },
      referenceSteps(ctx.orgId, before, null),
    );
  });
};
