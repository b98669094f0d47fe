import { auditStep } from '../audit/record.ts';
import { companyReference } from '../companies/references.ts';
import type { OperationContext } from '../context.ts';
import { batchPart, readTogether } from '../db/batch.ts';
import { GO } from '../db/client.ts';
import { commit, retryOnStale, type TxStep, versionedFailure } from '../db/commit.ts';
import { claimUniques, moveUniques, releaseUniques } from '../db/guards.ts';
import { page } from '../db/pagination.ts';
import { applyDiff, diff, found, readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import { NONE } from '../entities/common.ts';
import { type PlanItem, planKeys, type StoredPlanItem } from '../entities/plan.ts';
import type { PriceItem } from '../entities/price.ts';
import type { ProductItem } from '../entities/product.ts';
import { DomainError, type FieldError } from '../errors.ts';
import { newId } from '../ids.ts';
import { logger } from '../log.ts';
import { packageReference } from '../packages/references.ts';
import { groupReference } from '../plan-groups/references.ts';
import { checkProductCompany, releaseProduct, useProduct } from '../products/references.ts';
import { resourceNamed } from '../resources.ts';
import {
  type CreatePlanInput,
  type ListPlansInput,
  PLAN_FIELDS,
  PLAN_OPTIONAL_FIELDS,
  type PlanResource,
  type PlanState,
  PlanStateSchema,
  type UpdatePlanInput,
} from './schemas.ts';

const PLANS = resourceNamed('plans');

/** A stored plan's writable state: absent optionals as `null`, limits as an object. */
export const stateOf = (item: PlanItem): PlanState => {
  const stored = item as unknown as Record<string, unknown>;
  const state = Object.fromEntries(PLAN_FIELDS.map((field) => [field, stored[field] ?? null]));
  return {
    ...state,
    price:
      item.price?.amount !== undefined && item.price.currency !== undefined
        ? { amount: item.price.amount, currency: item.price.currency }
        : null,
    limits: Object.fromEntries(item.limits as [string, number][]),
  } as PlanState;
};

/** The entity attributes of a state: absent rather than null, plus the reference index keys. */
const attributesOf = (state: PlanState) => {
  const attributes: Record<string, unknown> = {
    ...state,
    limits: Object.entries(state.limits),
    ...planKeys(state),
  };
  for (const field of PLAN_OPTIONAL_FIELDS) if (attributes[field] === null) delete attributes[field];
  return attributes as Partial<PlanItem>;
};

/** Children of each product, for the `childProductIds` of plan items. */
type Children = Map<string, string[]>;

const childrenOf = (products: Iterable<ProductItem>): Children =>
  new Map(Array.from(products, (p) => [p.id, [...(p.childIds ?? [])].sort()]));

export const toPlan = (item: PlanItem, children: Children): PlanResource => {
  const state = stateOf(item);
  return {
    id: item.id,
    organizationId: item.organizationId,
    ...state,
    status: item.status,
    items: state.items.map((i) => ({
      productId: i.productId,
      priceId: i.priceId,
      quantity: i.quantity,
      included: i.included,
      childProductIds: children.get(i.productId) ?? [],
    })),
    publishedAt: item.publishedAt ?? null,
    archivedAt: item.archivedAt ?? null,
    liveSubscriptionCount: item.liveSubscriptionCount,
    subscriptionCount: item.subscriptionCount,
    version: item.version,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
};

const keysOf = (orgId: string, ids: Iterable<string>) =>
  [...new Set(ids)].map((id) => ({ organizationId: orgId, id }));

/** A part that reads nothing (ElectroDB refuses a batch get of no keys). */
const NOTHING = { params: () => [] };

const productPart = (orgId: string, ids: Iterable<string>) => {
  const keys = keysOf(orgId, ids);
  return batchPart(keys.length ? db.product.get(keys) : NOTHING, (Item) => db.product.parse({ Item })?.data);
};

const pricePart = (orgId: string, ids: Iterable<string>) => {
  const keys = keysOf(orgId, ids);
  return batchPart(keys.length ? db.price.get(keys) : NOTHING, (Item) => db.price.parse({ Item })?.data);
};

const loadProducts = async (orgId: string, ids: Iterable<string>): Promise<Map<string, ProductItem>> => {
  const [products] = await readTogether([productPart(orgId, ids)]);
  return new Map(products.map((p) => [p.id, p]));
};

/**
 * Plans as the API returns them: one BatchGet for the children of every product they use that
 * the caller has not read already (`known`).
 */
export const present = async (
  orgId: string,
  items: PlanItem[],
  known: Map<string, ProductItem> = new Map(),
): Promise<PlanResource[]> => {
  const wanted = items.flatMap((item) => (item.items as StoredPlanItem[]).map((i) => i.productId));
  const loaded = await loadProducts(
    orgId,
    wanted.filter((id) => !known.has(id)),
  );
  const children = childrenOf([...known.values(), ...loaded.values()]);
  return items.map((item) => toPlan(item, children));
};

/** The rules that need no read: cycles, custom days, repeated products. */
const ruleErrors = (state: PlanState): FieldError[] => {
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
const itemParts = (orgId: string, items: StoredPlanItem[]) =>
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

const itemReads = (products: ProductItem[], prices: PriceItem[]): ItemReads => ({
  products: new Map(products.map((p) => [p.id, p])),
  prices: new Map(prices.map((p) => [p.id, p])),
});

/**
 * Checks the items against the products and prices they name (read together in one BatchGet, or
 * given as `reads`): unknown ids are `422 reference_not_found`; a child product, a price of another
 * product or a product of another company is `400 validation_failed`. Returns the products, for
 * `childProductIds`.
 */
const checkItems = async (
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

const validate = (state: PlanState) => {
  const errors = ruleErrors(state);
  if (errors.length > 0) throw new DomainError('validation_failed', 'The plan is not valid', errors);
};

/**
 * The reference-count steps of moving from `before` to `after` (null for create / delete):
 * package, group and company counts, and one count per product the items use. `acquire` steps
 * re-check their targets atomically with the plan write, so a delete racing it cannot win both;
 * `release` steps only ever lower a count.
 */
const referenceSteps = (orgId: string, before: PlanState | null, after: PlanState | null) => {
  const acquire: TxStep[] = [];
  const release: TxStep[] = [];
  const refs = [
    ['packageId', packageReference],
    ['groupId', groupReference],
    ['companyId', companyReference],
  ] as const;
  for (const [field, reference] of refs) {
    const was = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (was === now) continue;
    if (was) release.push(reference(orgId, was, -1, field));
    if (now) acquire.push(reference(orgId, now, 1, field));
  }
  const beforeProducts = new Set(before?.items.map((i) => i.productId) ?? []);
  const afterProducts = new Set(after?.items.map((i) => i.productId) ?? []);
  for (const id of beforeProducts) if (!afterProducts.has(id)) release.push(releaseProduct(orgId, id));
  const companyChanged = (before?.companyId ?? null) !== (after?.companyId ?? null);
  after?.items.forEach((item, i) => {
    const field = `items.${i}.productId`;
    if (!beforeProducts.has(item.productId)) {
      acquire.push(useProduct(orgId, item.productId, { field, companyId: after.companyId }));
    } else if (companyChanged && after.companyId) {
      acquire.push(checkProductCompany(orgId, item.productId, { field, companyId: after.companyId }));
    }
  });
  return { acquire, release };
};

/** DynamoDB's cap on one transaction, less one place for an idempotency record. */
const MAX_TRANSACTION_ITEMS = 99;

/**
 * Commits a plan change with its reference steps: normally one transaction. When a change is too
 * large for one (50 items replaced by 50 others is 100 count changes alone), the releases follow in
 * a second transaction. That is safe because a release only lowers a count: until it lands, a
 * product or package merely still looks in use (its delete is refused as in use; nothing can dangle). A
 * failed follow-up is logged, not returned: the change itself is committed.
 */
const commitWithReferences = async (
  ctx: OperationContext,
  main: TxStep[],
  refs: { acquire: TxStep[]; release: TxStep[] },
  result?: PlanResource,
) => {
  const options = result ? { result } : {};
  if (main.length + refs.acquire.length + refs.release.length <= MAX_TRANSACTION_ITEMS) {
    await commit(ctx, [...main, ...refs.acquire, ...refs.release], options);
    return;
  }
  await commit(ctx, [...main, ...refs.acquire], options);
  const plain: OperationContext = { orgId: ctx.orgId, actor: ctx.actor, now: ctx.now };
  for (let i = 0; i < refs.release.length; i += MAX_TRANSACTION_ITEMS) {
    try {
      await commit(plain, refs.release.slice(i, i + MAX_TRANSACTION_ITEMS));
    } catch (error) {
      logger.error('reference release after a plan change failed; counts stay high until repaired', {
        orgId: ctx.orgId,
        error: String(error),
      });
    }
  }
};

const read = async (orgId: string, id: string) =>
  (await db.plan.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

/**
 * A plan read ahead, with its items' products: bulk routes read all their plans, then all their
 * products, in one BatchGet each.
 */
export interface PlanRead {
  plan: PlanItem;
  products: Map<string, ProductItem>;
}

/**
 * The read a plan write starts from: the plan read ahead (`ahead`) on the first attempt, a fresh
 * strongly consistent read on any later one (after a lost race). The expected version and `not_found` as `readForWrite`.
 */
export const planReader = (ctx: OperationContext, id: string, ahead?: PlanRead) => {
  let pending = ahead;
  return async (): Promise<PlanRead> => {
    const given = pending;
    pending = undefined;
    if (given)
      return { plan: await readForWrite(ctx, 'Plan', async () => given.plan), products: given.products };
    return { plan: await readForWrite(ctx, 'Plan', () => read(ctx.orgId, id)), products: new Map() };
  };
};

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
    [
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
  const [plan] = await present(ctx.orgId, [found(await read(ctx.orgId, id), 'Plan')]);
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
  const result = await page(filtered, {
    scope: `${ctx.orgId}/plans/${[input.status, input.visibility, input.type, input.groupId, input.companyId, input.packageId].join('/')}`,
    limit: input.limit,
    cursor: input.cursor,
    map: (item: PlanItem) => item,
  });
  return { items: await present(ctx.orgId, result.items), nextCursor: result.nextCursor };
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
      [
        {
          build: (tx) =>
            tx.plan
              .patch({ organizationId: ctx.orgId, id })
              .set({ ...stored.set, ...planKeys(after), version: next.version, updatedAt: next.updatedAt })
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
      referenceSteps(ctx.orgId, before, after),
      result,
    );
    return result;
  });
};

/** Deletes a draft plan (a draft never had a subscription), freeing its slug and references. */
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
    const before = stateOf(current);
    const [image] = (await present(ctx.orgId, [current], known)) as [PlanResource];
    await commitWithReferences(
      ctx,
      [
        {
          build: (tx) =>
            tx.plan
              .delete({ organizationId: ctx.orgId, id })
              .where(
                (a, op) =>
                  `${op.eq(a.version, current.version)} AND ${op.eq(a.status, 'draft')} AND ${op.eq(a.subscriptionCount, 0)}`,
              )
              .commit({ response: 'all_old' }),
          onFail: versionedFailure(ctx, 'Plan', current.version, (now) =>
            now.status !== 'draft'
              ? new DomainError(
                  'invalid_transition',
                  `Only draft plans can be deleted; this plan is ${String(now.status)}`,
                )
              : new DomainError('plan_in_use', 'This plan has had subscriptions'),
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
      referenceSteps(ctx.orgId, before, null),
    );
  });
};

export { itemParts, itemReads, loadProducts, read as readPlan };
