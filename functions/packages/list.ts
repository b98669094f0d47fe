import { handle } from '../../shared/http/handler.ts';
import { listPackages } from '../../shared/packages/operations.ts';
import { ListPackagesQuery, PackagePage } from '../../shared/packages/schemas.ts';

export const handler = handle({ query: ListPackagesQuery, response: PackagePage }, ({ query, ctx }) =>
  listPackages(ctx, query),
);
