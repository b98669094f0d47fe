import { handle } from '../../shared/http/handler.ts';
import { unpublishPlan } from '../../shared/plans/lifecycle.ts';
import { EmptyBody, PlanParams, PlanSchema } from '../../shared/plans/schemas.ts';

export const handler = handle(
  { params: PlanParams, body: EmptyBody, bodyOptional: true, response: PlanSchema },
  ({ params, ctx }) => unpublishPlan(ctx, params.planId),
);
