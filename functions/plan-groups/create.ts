import { handle } from '../../shared/http/handler.ts';
import { createPlanGroup } from '../../shared/plan-groups/operations.ts';
import { CreatePlanGroupBody, PlanGroupSchema } from '../../shared/plan-groups/schemas.ts';

export const handler = handle(
  {
    body: CreatePlanGroupBody,
    status: 201,
    response: PlanGroupSchema,
    location: 'plan-groups',
  },
  ({ body, ctx }) => createPlanGroup(ctx, body),
);
