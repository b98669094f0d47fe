import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { page } from '../db/pagination.ts';
import { createResource, deleteResource, found, type ResourceSpec, updateResource } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { PlanGroupItem } from '../entities/plan-group.ts';
import { DomainError } from '../errors.ts';
import { resourceNamed } from '../resources.ts';
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
  (await db.planGroup.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

export const createPlanGroup = (
  ctx: OperationContext,
  input: CreatePlanGroupInput,
): Promise<PlanGroupResource> =>
  createResource(planGroups, ctx, {
    name: input.name,
    description: input.description ?? undefined,
    refCount: 0,
  });

export const getPlanGroup = async (ctx: OperationContext, id: string): Promise<PlanGroupResource> =>
  toPlanGroup(found(await read(ctx.orgId, id), 'Plan group'));

export const listPlanGroups = (ctx: OperationContext, input: ListPlanGroupsInput) =>
  page(db.planGroup.query.primary({ organizationId: ctx.orgId }), {
    scope: `${ctx.orgId}/plan-groups`,
    limit: input.limit,
    cursor: input.cursor,
    map: toPlanGroup,
  });

/** How the generic update and delete treat plan groups. */
const planGroups = {
  resource: resourceNamed('plan-groups'),
  read,
  toApi: toPlanGroup,
  create: (tx, item) => tx.planGroup.create(item).commit(),
  patch: (tx, key, changes, version) =>
    tx.planGroup
      .patch(key)
      .set(changes.set)
      .remove(changes.remove as 'description'[])
      .where((a, op) => op.eq(a.version, version))
      .commit({ response: 'all_old' }),
  // Only an empty group: the plan count is checked in the delete's own condition.
  delete: (tx, key, version) =>
    tx.planGroup
      .delete(key)
      .where((a, op) => `${op.eq(a.version, version)} AND ${op.eq(a.refCount, 0)}`)
      .commit({ response: 'all_old' }),
  inUse: (id) => new DomainError('group_not_empty', `Plan group '${id}' still has plans`),
} satisfies ResourceSpec<PlanGroupItem, PlanGroupResource>;

export const updatePlanGroup = (ctx: OperationContext, id: string, input: UpdatePlanGroupInput) =>
  updateResource(planGroups, ctx, id, input);

export const deletePlanGroup = (ctx: OperationContext, id: string) => deleteResource(planGroups, ctx, id);
