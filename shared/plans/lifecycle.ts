import { auditStep } from '../audit/record.ts';
import { type OperationContext, plainContext } from '../context.ts';
import { batchPart, readTogether } from '../db/batch.ts';
import { commit, retryOnStale, versionedFailure } from '../db/commit.ts';
import { db } from '../db/service.ts';
import { catalogKeys, type PlanItem, type StoredPlanItem } from '../entities/plan.ts';
import { DomainError, type ErrorCode, referenceNotFound } from '../errors.ts';
import { idPattern } from '../ids.ts';
import { logger } from '../log.ts';
import { deletePlan, insertPlan, updatePlan } from './operations.ts';
import { loadProducts, type PlanRead, planReader, present, readPlan } from './reads.ts';
import { type ItemReads, itemParts, itemReads } from './rules.ts';
import type { BulkResult, PlanResource } from './schemas.ts';
import { stateOf } from './state.ts';

type Status = PlanItem['status'];

interface Transition {
  verb: 'publish' | 'unpublish' | 'archive' | 'restore';
  action: 'plan.published' | 'plan.unpublished' | 'plan.archived' | 'plan.restored';
  from: Status;
  to: Status;
}

const TRANSITIONS = {
  publish: { verb: 'publish', action: 'plan.published', from: 'draft', to: 'active' },
  // Code Router's "Unpublish": no new subscriptions; the existing ones continue until they end.
  unpublish: { verb: 'unpublish', action: 'plan.unpublished', from: 'active', to: 'draft' },
  archive: { verb: 'archive', action: 'plan.archived', from: 'active', to: 'archived' },
  restore: { verb: 'restore', action: 'plan.restored', from: 'archived', to: 'active' },
} as const satisfies Record<string, Transition>;

const invalidTransition = (t: Transition, status: unknown) =>
  new DomainError(
    'invalid_transition',
    `Cannot ${t.verb} a plan that is ${String(status)} (only ${t.from} plans)`,
  );

const planInUse = () =>
  new DomainError(
    'plan_in_use',
    'The plan has active or trialing subscriptions; make it private to hide it instead',
  );

/**
 * One lifecycle step, conditioned on the status (and, for archive, on no live subscription) in
 * the same write: a step racing another step or a bind can never apply to a stale state.
 */
const transition = (ctx: OperationContext, id: string, t: Transition, ahead?: PlanRead) => {
  const readCurrent = planReader(ctx, id, ahead);
  return retryOnStale(async (): Promise<PlanResource> => {
    const { plan: current, products: known } = await readCurrent();
    if (current.status !== t.from) throw invalidTransition(t, current.status);
    const archiving = t.to === 'archived';
    if (archiving && current.liveSubscriptionCount > 0) throw planInUse();
    const now = ctx.now.toISOString();
    const changes = {
      status: t.to,
      version: current.version + 1,
      updatedAt: now,
      // `publishedAt` keeps the first publish: publishing an unpublished plan again leaves it.
      ...(t.verb === 'publish' && !current.publishedAt ? { publishedAt: now } : {}),
      ...(archiving ? { archivedAt: now } : {}),
    };
    const next: PlanItem = { ...current, ...changes };
    if (t.verb === 'restore') delete next.archivedAt;
    const [before, after] = (await present(ctx.orgId, [current, next], known)) as [
      PlanResource,
      PlanResource,
    ];
    await commit(
      ctx,
      [
        {
          build: (tx) =>
            tx.plan
              .patch({ organizationId: ctx.orgId, id })
              // The catalog key's composites with the new status (see `catalogKeys`).
              .set({ ...changes, ...catalogKeys({ status: t.to, visibility: current.visibility }) })
              .remove(t.verb === 'restore' ? ['archivedAt'] : [])
              .where((a, op) =>
                [
                  op.eq(a.version, current.version),
                  op.eq(a.status, t.from),
                  archiving ? op.eq(a.liveSubscriptionCount, 0) : '',
                ]
                  .filter(Boolean)
                  .join(' AND '),
              )
              .commit({ response: 'all_old' }),
          onFail: versionedFailure(ctx, 'Plan', current.version, (now) =>
            now.status !== t.from ? invalidTransition(t, now.status) : planInUse(),
          ),
        },
        auditStep(ctx, { entityType: 'plan', entityId: id, action: t.action, before, after }),
      ],
      { result: after },
    );
    return after;
  });
};

export const publishPlan = (ctx: OperationContext, id: string) => transition(ctx, id, TRANSITIONS.publish);
export const unpublishPlan = (ctx: OperationContext, id: string) =>
  transition(ctx, id, TRANSITIONS.unpublish);
export const archivePlan = (ctx: OperationContext, id: string, ahead?: PlanRead) =>
  transition(ctx, id, TRANSITIONS.archive, ahead);
export const restorePlan = (ctx: OperationContext, id: string) => transition(ctx, id, TRANSITIONS.restore);

const COPY_NAME = ' (Copy)';
/** How many candidate slugs one BatchGet of their guards looks at. */
const SLUG_CANDIDATES = 10;
const MAX_SLUG_ATTEMPTS = 100;

/** The first `max` UTF-16 units of `text`, never ending in half of a surrogate pair. */
const cut = (text: string, max: number) => {
  const head = text.slice(0, max);
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head;
};

const copySlug = (slug: string, n: number) => {
  const suffix = n === 1 ? '-copy' : `-copy-${n}`;
  return `${slug.slice(0, 100 - suffix.length)}${suffix}`;
};

/**
 * A new draft with every writable field of the original: name + " (Copy)", slug + "-copy"
 * (then "-copy-2", …) cut to fit. After the original, one BatchGet reads what depends on it: its
 * items' products and prices, and the guards of the first candidate slugs. Free candidates are
 * tried in turn; one taken in the meantime fails its guard in the transaction and the next is
 * tried (further candidates cost one BatchGet of their guards each ten).
 */
export const duplicatePlan = async (ctx: OperationContext, id: string): Promise<PlanResource> => {
  const source = await readPlan(ctx.orgId, id);
  if (!source) throw new DomainError('not_found', 'Plan not found');
  const state = stateOf(source);
  const name = `${cut(state.name, 255 - COPY_NAME.length)}${COPY_NAME}`;
  let reads: ItemReads | undefined;
  for (let start = 1; start <= MAX_SLUG_ATTEMPTS; start += SLUG_CANDIDATES) {
    const candidates = Array.from({ length: SLUG_CANDIDATES }, (_, i) => copySlug(state.slug, start + i));
    const guards = batchPart(
      db.guard.get(
        candidates.map((value) => ({ organizationId: ctx.orgId, kind: 'plan-slug' as const, value })),
      ),
      (Item) => db.guard.parse({ Item })?.data,
    );
    let taken: Set<string>;
    if (reads) {
      const [found] = await readTogether([guards]);
      taken = new Set(found.map((guard) => guard.value));
    } else {
      const [found, products, prices] = await readTogether([guards, ...itemParts(ctx.orgId, state.items)]);
      taken = new Set(found.map((guard) => guard.value));
      reads = itemReads(products, prices);
    }
    for (const slug of candidates.filter((c) => !taken.has(c))) {
      try {
        return await insertPlan(
          ctx,
          { ...state, name, slug },
          { status: 'draft', action: 'plan.duplicated', reads },
        );
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'slug_taken')) throw error;
      }
    }
  }
  throw new DomainError('slug_taken', `No free copy slug for '${state.slug}'`);
};

/** How many plans a bulk request works on at once. */
const BULK_CONCURRENCY = 8;

const planPart = (orgId: string, ids: string[]) =>
  batchPart(
    ids.length ? db.plan.get(ids.map((id) => ({ organizationId: orgId, id }))) : { params: () => [] },
    (Item) => db.plan.parse({ Item })?.data,
  );

/**
 * Runs `step` on each plan on its own: a plan the single operation would refuse is skipped with
 * that operation's error code, and never blocks the others. Results keep the request's order.
 * The per-plan steps run without the request's expected version and commit hook: the bulk
 * response as a whole is what an `Idempotency-Key` remembers.
 *
 * The plans are read ahead in one BatchGet (`plans`, strongly consistent: one not found is
 * `not_found`), and all their products in one more (the audit images' `childProductIds`), so each
 * plan then costs only its own transaction; a plan that changed meanwhile fails that transaction's
 * version condition and its step reads it again, as the single operation would.
 */
const bulk = async (
  ctx: OperationContext,
  planIds: string[],
  plans: PlanItem[],
  step: (ctx: OperationContext, id: string, ahead: PlanRead) => Promise<unknown>,
): Promise<BulkResult> => {
  const inner = plainContext(ctx);
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  const products = await loadProducts(
    ctx.orgId,
    plans.flatMap((plan) => (plan.items as StoredPlanItem[]).map((item) => item.productId)),
  );
  const outcomes: (ErrorCode | null)[] = new Array(planIds.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < planIds.length) {
      const i = next++;
      const id = planIds[i] as string;
      const plan = byId.get(id);
      if (!plan) {
        outcomes[i] = 'not_found';
        continue;
      }
      try {
        await step(inner, id, { plan, products });
      } catch (error) {
        // Whatever goes wrong with one plan is that plan's outcome: answering for the whole request
        // would leave the other workers writing after the answer.
        if (!(error instanceof DomainError)) {
          logger.error('bulk step failed', { planId: id, error: String(error) });
        }
        outcomes[i] = error instanceof DomainError ? error.code : 'internal_error';
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, planIds.length) }, worker));
  return {
    succeeded: planIds.filter((_, i) => outcomes[i] === null),
    skipped: planIds.flatMap((id, i) =>
      outcomes[i] === null ? [] : [{ id, code: outcomes[i] as ErrorCode }],
    ),
  };
};

/** The well-formed ids of a bulk request (a malformed one cannot exist: `not_found`). */
const wellFormed = (planIds: string[]) => [...new Set(planIds.filter((id) => idPattern('plan').test(id)))];

const readPlans = async (orgId: string, planIds: string[]) => {
  const [plans] = await readTogether([planPart(orgId, wellFormed(planIds))]);
  return plans;
};

export const bulkArchive = async (ctx: OperationContext, planIds: string[]) =>
  bulk(ctx, planIds, await readPlans(ctx.orgId, planIds), archivePlan);
export const bulkDelete = async (ctx: OperationContext, planIds: string[]) =>
  bulk(ctx, planIds, await readPlans(ctx.orgId, planIds), deletePlan);

/**
 * Moves plans into a group (or out of any, with `null`); a group that does not exist moves nothing.
 * The group is read in the same BatchGet as the plans.
 */
export const bulkMove = async (ctx: OperationContext, planIds: string[], groupId: string | null) => {
  const groupPart = batchPart(
    groupId ? db.planGroup.get([{ organizationId: ctx.orgId, id: groupId }]) : { params: () => [] },
    (Item) => db.planGroup.parse({ Item })?.data,
  );
  const [plans, groups] = await readTogether([planPart(ctx.orgId, wellFormed(planIds)), groupPart]);
  if (groupId && groups.length === 0) throw referenceNotFound('groupId', 'Plan group', groupId);
  return bulk(ctx, planIds, plans, (inner, id, ahead) => updatePlan(inner, id, { groupId }, ahead));
};
