import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { getMany } from '../db/batch.ts';
import { commit, retryOnStale, versionedFailure } from '../db/commit.ts';
import { readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { PlanItem } from '../entities/plan.ts';
import { ApiError, referenceNotFound } from '../errors.ts';
import { idPattern } from '../ids.ts';
import { deletePlan, insertPlan, present, readPlan, stateOf, updatePlan } from './operations.ts';
import type { BulkResult, PlanResource } from './schemas.ts';

type Status = PlanItem['status'];

interface Transition {
  verb: 'publish' | 'archive' | 'restore';
  action: 'plan.published' | 'plan.archived' | 'plan.restored';
  from: Status;
  to: Status;
}

const TRANSITIONS = {
  publish: { verb: 'publish', action: 'plan.published', from: 'draft', to: 'active' },
  archive: { verb: 'archive', action: 'plan.archived', from: 'active', to: 'archived' },
  restore: { verb: 'restore', action: 'plan.restored', from: 'archived', to: 'active' },
} as const satisfies Record<string, Transition>;

const invalidTransition = (t: Transition, status: unknown) =>
  new ApiError(
    'invalid_transition',
    `Cannot ${t.verb} a plan that is ${String(status)} (only ${t.from} plans)`,
  );

const planInUse = () =>
  new ApiError(
    'plan_in_use',
    'The plan has active or trialing subscriptions; make it private to hide it instead',
  );

/**
 * One lifecycle step, conditioned on the status (and, for archive, on no live subscription) in
 * the same write: a step racing another step or a bind can never apply to a stale state.
 */
const transition = (ctx: OperationContext, id: string, t: Transition) =>
  retryOnStale(async (): Promise<PlanResource> => {
    const current = await readForWrite(ctx, 'Plan', () => readPlan(ctx.orgId, id));
    if (current.status !== t.from) throw invalidTransition(t, current.status);
    const archiving = t.to === 'archived';
    if (archiving && current.liveSubscriptionCount > 0) throw planInUse();
    const now = ctx.now.toISOString();
    const changes = {
      status: t.to,
      version: current.version + 1,
      updatedAt: now,
      ...(t.verb === 'publish' ? { publishedAt: now } : {}),
      ...(archiving ? { archivedAt: now } : {}),
    };
    const next: PlanItem = { ...current, ...changes };
    if (t.verb === 'restore') delete next.archivedAt;
    const [before, after] = (await present(ctx.orgId, [current, next])) as [PlanResource, PlanResource];
    await commit(
      ctx,
      [
        {
          build: (tx) =>
            tx.plan
              .patch({ organizationId: ctx.orgId, id })
              .set(changes)
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

export const publishPlan = (ctx: OperationContext, id: string) => transition(ctx, id, TRANSITIONS.publish);
export const archivePlan = (ctx: OperationContext, id: string) => transition(ctx, id, TRANSITIONS.archive);
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
 * (then "-copy-2", …) cut to fit. Free candidates are found with one BatchGet of their guards;
 * a candidate taken in the meantime fails its guard in the transaction and the next is tried.
 */
export const duplicatePlan = async (ctx: OperationContext, id: string): Promise<PlanResource> => {
  const source = await readPlan(ctx.orgId, id);
  if (!source) throw new ApiError('not_found', 'Plan not found');
  const state = stateOf(source);
  const name = `${cut(state.name, 255 - COPY_NAME.length)}${COPY_NAME}`;
  for (let start = 1; start <= MAX_SLUG_ATTEMPTS; start += SLUG_CANDIDATES) {
    const candidates = Array.from({ length: SLUG_CANDIDATES }, (_, i) => copySlug(state.slug, start + i));
    const keys = candidates.map((value) => ({
      organizationId: ctx.orgId,
      kind: 'plan-slug' as const,
      value,
    }));
    const taken = new Set(
      (await getMany((k: typeof keys) => db.guard.get(k), keys)).map((guard) => guard.value),
    );
    for (const slug of candidates.filter((c) => !taken.has(c))) {
      try {
        return await insertPlan(
          ctx,
          { ...state, name, slug },
          { status: 'draft', action: 'plan.duplicated' },
        );
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'slug_taken')) throw error;
      }
    }
  }
  throw new ApiError('slug_taken', `No free copy slug for '${state.slug}'`);
};

/** How many plans a bulk request works on at once. */
const BULK_CONCURRENCY = 8;

/**
 * Runs `step` on each plan on its own: a plan the single operation would refuse is skipped with
 * that operation's error code, and never blocks the others. Results keep the request's order.
 * The per-plan steps run without the request's `If-Match` and idempotency hook: the bulk
 * response as a whole is what an `Idempotency-Key` remembers.
 */
const bulk = async (
  ctx: OperationContext,
  planIds: string[],
  step: (ctx: OperationContext, id: string) => Promise<unknown>,
): Promise<BulkResult> => {
  const inner: OperationContext = { orgId: ctx.orgId, actor: ctx.actor, now: ctx.now };
  const outcomes: (string | null)[] = new Array(planIds.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < planIds.length) {
      const i = next++;
      const id = planIds[i] as string;
      if (!idPattern('plan').test(id)) {
        outcomes[i] = 'not_found';
        continue;
      }
      try {
        await step(inner, id);
      } catch (error) {
        // Whatever goes wrong with one plan is that plan's outcome: answering for the whole request
        // would leave the other workers writing after the answer.
        if (!(error instanceof ApiError)) {
          console.error(
            JSON.stringify({ level: 'ERROR', message: 'bulk step failed', planId: id, error: String(error) }),
          );
        }
        outcomes[i] = error instanceof ApiError ? error.code : 'internal_error';
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, planIds.length) }, worker));
  return {
    succeeded: planIds.filter((_, i) => outcomes[i] === null),
    skipped: planIds.flatMap((id, i) => (outcomes[i] === null ? [] : [{ id, code: outcomes[i] as string }])),
  };
};

export const bulkArchive = (ctx: OperationContext, planIds: string[]) => bulk(ctx, planIds, archivePlan);
export const bulkDelete = (ctx: OperationContext, planIds: string[]) => bulk(ctx, planIds, deletePlan);

/** Moves plans into a group (or out of any, with `null`); a group that does not exist moves nothing. */
export const bulkMove = async (ctx: OperationContext, planIds: string[], groupId: string | null) => {
  if (groupId) {
    const group = (
      await db.planGroup.get({ organizationId: ctx.orgId, id: groupId }).go({ consistent: true })
    ).data;
    if (!group) throw referenceNotFound('groupId', 'Plan group', groupId);
  }
  return bulk(ctx, planIds, (inner, id) => updatePlan(inner, id, { groupId }));
};
