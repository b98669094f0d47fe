import { handle } from '../../shared/http/handler.ts';
import { getPackage } from '../../shared/packages/operations.ts';
import { PackageParams, PackageSchema } from '../../shared/packages/schemas.ts';

export const handler = handle({ params: PackageParams, response: PackageSchema }, ({ params, ctx }) =>
  getPackage(ctx, params.packageId),
);
