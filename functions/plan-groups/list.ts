import { handle } from '../../shared/http/handler.ts';
import { listPlanGroups } from '../../shared/plan-groups/operations.ts';
import { ListPlanGroupsQuery, PlanGroupPage } from '../../shared/plan-groups/schemas.ts';

export const handler = handle({ query: ListPlanGroupsQuery, response: PlanGroupPage }, ({ query, ctx }) =>
  listPlanGroups(ctx, query),
);
