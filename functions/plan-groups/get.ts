import { handle } from '../../shared/http/handler.ts';
import { getPlanGroup } from '../../shared/plan-groups/operations.ts';
import { PlanGroupParams, PlanGroupSchema } from '../../shared/plan-groups/schemas.ts';

export const handler = handle({ params: PlanGroupParams, response: PlanGroupSchema }, ({ params, ctx }) =>
  getPlanGroup(ctx, params.groupId),
);
