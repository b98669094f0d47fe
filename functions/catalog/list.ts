import { listCatalog } from '../../shared/catalog/operations.ts';
import { CatalogPlanPage, ListCatalogQuery } from '../../shared/catalog/schemas.ts';
import { handle, PUBLIC_CACHE } from '../../shared/http/handler.ts';

/** `GET /orgs/{orgId}/catalog/plans`: the org's published public plans, no token needed. */
export const handler = handle(
  { query: ListCatalogQuery, response: CatalogPlanPage, cacheControl: PUBLIC_CACHE },
  ({ query, ctx }) => listCatalog(ctx, query),
);
