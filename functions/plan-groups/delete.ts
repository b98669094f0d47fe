import { handle } from '../../shared/http/handler.ts';
import { deletePlanGroup } from '../../shared/plan-groups/operations.ts';
import { PlanGroupParams } from '../../shared/plan-groups/schemas.ts';

export const handler = handle({ params: PlanGroupParams, status: 204 }, ({ params, ctx }) =>
  deletePlanGroup(ctx, params.groupId),
);
