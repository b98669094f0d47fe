import { handle } from '../../shared/http/handler.ts';
import { updatePlanGroup } from '../../shared/plan-groups/operations.ts';
import { PlanGroupParams, PlanGroupSchema, UpdatePlanGroupBody } from '../../shared/plan-groups/schemas.ts';

export const handler = handle(
  { params: PlanGroupParams, body: UpdatePlanGroupBody, response: PlanGroupSchema },
  ({ params, body, ctx }) => updatePlanGroup(ctx, params.groupId, body),
);
