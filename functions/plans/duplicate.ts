import { handle } from '../../shared/http/handler.ts';
import { duplicatePlan } from '../../shared/plans/lifecycle.ts';
import { EmptyBody, PlanParams, PlanSchema } from '../../shared/plans/schemas.ts';

export const handler = handle(
  {
    params: PlanParams,
    body: EmptyBody,
    bodyOptional: true,
    status: 201,
    response: PlanSchema,
    location: 'plans',
  },
  ({ params, ctx }) => duplicatePlan(ctx, params.planId),
);
