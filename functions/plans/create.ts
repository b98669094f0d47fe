import { handle } from '../../shared/http/handler.ts';
import { createPlan } from '../../shared/plans/operations.ts';
import { CreatePlanBody, PlanSchema } from '../../shared/plans/schemas.ts';

export const handler = handle(
  { body: CreatePlanBody, status: 201, response: PlanSchema, location: 'plans' },
  ({ body, ctx }) => createPlan(ctx, body),
);
