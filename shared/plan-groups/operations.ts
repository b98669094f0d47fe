import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { commit, retryOnStale, versionedFailure } from '../db/commit.ts';
import { page } from '../db/pagination.ts';
import { applyDiff, diff, found, readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { PlanGroupItem } from '../entities/plan-group.ts';
import { ApiError } from '../errors.ts';
import { newId } from '../ids.ts';
import type {
  CreatePlanGroupInput,
  ListPlanGroupsInput,
  PlanGroupResource,
  UpdatePlanGroupInput,
} from './schemas.ts';

/** The public shape of a plan group: the internal `refCount` never leaves. */
export const toPlanGroup = (item: PlanGroupItem): PlanGroupResource => ({
  id: item.id,
  organizationId: item.organizationId,
  name: item.name,
  description: item.description ?? null,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const read = async (orgId: string, id: string) =>
  (await db.planGroup.get({ organizationId: orgId, id }).go({ consistent: true })).data;

export const createPlanGroup = async (
  ctx: OperationContext,
  input: CreatePlanGroupInput,
): Promise<PlanGroupResource> => {
  const now = ctx.now.toISOString();
  const item: PlanGroupItem = {
    name: input.name,
    description: input.description ?? undefined,
    organizationId: ctx.orgId,
    id: newId('pgrp'),
    version: 1,
    createdAt: now,
    updatedAt: now,
    refCount: 0,
  };
  const created = toPlanGroup(item);
  await commit(
    ctx,
    [
      { build: (tx) => tx.planGroup.create(item).commit() },
      auditStep(ctx, {
        entityType: 'plan-group',
        entityId: item.id,
        action: 'plan-group.created',
        before: null,
        after: created,
      }),
    ],
    { result: created },
  );
  return created;
};

export const getPlanGroup = async (ctx: OperationContext, id: string): Promise<PlanGroupResource> =>
  toPlanGroup(found(await read(ctx.orgId, id), 'Plan group'));

export const listPlanGroups = (ctx: OperationContext, input: ListPlanGroupsInput) =>
  page(db.planGroup.query.primary({ organizationId: ctx.orgId }), {
    scope: `${ctx.orgId}/plan-groups`,
    limit: input.limit,
    cursor: input.cursor,
    map: toPlanGroup,
  });

export const updatePlanGroup = (ctx: OperationContext, id: string, input: UpdatePlanGroupInput) =>
  retryOnStale(async (): Promise<PlanGroupResource> => {
    const current = await readForWrite(ctx, 'Plan group', () => read(ctx.orgId, id));
    const changes = diff(current, input);
    if (!changes.changed) return toPlanGroup(current);
    const next = applyDiff(ctx, current, changes);
    const after = toPlanGroup(next);
    await commit(
      ctx,
      [
        {
          build: (tx) =>
            tx.planGroup
              .patch({ organizationId: ctx.orgId, id })
              .set({ ...changes.set, version: next.version, updatedAt: next.updatedAt })
              .remove(changes.remove as 'description'[])
              .where((a, op) => op.eq(a.version, current.version))
              .commit({ response: 'all_old' }),
          onFail: versionedFailure(ctx, 'Plan group', current.version),
        },
        auditStep(ctx, {
          entityType: 'plan-group',
          entityId: id,
          action: 'plan-group.updated',
          before: toPlanGroup(current),
          after,
        }),
      ],
      { result: after },
    );
    return after;
  });

/** Deletes an empty group; the count of its plans is checked in the delete's own condition. */
export const deletePlanGroup = (ctx: OperationContext, id: string) =>
  retryOnStale(async (): Promise<void> => {
    const current = await readForWrite(ctx, 'Plan group', () => read(ctx.orgId, id));
    await commit(ctx, [
      {
        build: (tx) =>
          tx.planGroup
            .delete({ organizationId: ctx.orgId, id })
            .where((a, op) => `${op.eq(a.version, current.version)} AND ${op.eq(a.refCount, 0)}`)
            .commit({ response: 'all_old' }),
        onFail: versionedFailure(
          ctx,
          'Plan group',
          current.version,
          () => new ApiError('group_not_empty', `Plan group '${id}' still has plans`),
        ),
      },
      auditStep(ctx, {
        entityType: 'plan-group',
        entityId: id,
        action: 'plan-group.deleted',
        before: toPlanGroup(current),
        after: null,
      }),
    ]);
  });
