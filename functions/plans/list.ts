import { handle } from '../../shared/http/handler.ts';
import { listPlans } from '../../shared/plans/operations.ts';
import { ListPlansQuery, PlanPage } from '../../shared/plans/schemas.ts';

export const handler = handle({ query: ListPlansQuery, response: PlanPage }, ({ query, ctx }) =>
  listPlans(ctx, query),
);
