import { handle } from '../../shared/http/handler.ts';
import { getPlan } from '../../shared/plans/operations.ts';
import { PlanParams, PlanSchema } from '../../shared/plans/schemas.ts';

export const handler = handle({ params: PlanParams, response: PlanSchema }, ({ params, ctx }) =>
  getPlan(ctx, params.planId),
);
