import { handle } from '../../shared/http/handler.ts';
import { updatePlan } from '../../shared/plans/operations.ts';
import { PlanParams, PlanSchema, UpdatePlanBody } from '../../shared/plans/schemas.ts';

export const handler = handle(
  { params: PlanParams, body: UpdatePlanBody, response: PlanSchema },
  ({ params, body, ctx }) => updatePlan(ctx, params.planId, body),
);
