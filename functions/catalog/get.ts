import { getCatalogPlan } from '../../shared/catalog/operations.ts';
import { CatalogPlanParams, CatalogPlanSchema } from '../../shared/catalog/schemas.ts';
import { handle, PUBLIC_CACHE } from '../../shared/http/handler.ts';

/** `GET /orgs/{orgId}/catalog/plans/{slug}`: one published plan, public or private, no token needed. */
export const handler = handle(
  { params: CatalogPlanParams, response: CatalogPlanSchema, cacheControl: PUBLIC_CACHE },
  ({ params, ctx }) => getCatalogPlan(ctx, params.slug),
);
