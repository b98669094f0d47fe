import { handle } from '../../shared/http/handler.ts';
import { deletePlan } from '../../shared/plans/operations.ts';
import { PlanParams } from '../../shared/plans/schemas.ts';

export const handler = handle({ params: PlanParams, status: 204 }, ({ params, ctx }) =>
  deletePlan(ctx, params.planId),
);
