import { handle } from '../../shared/http/handler.ts';
import { deletePackage } from '../../shared/packages/operations.ts';
import { PackageParams } from '../../shared/packages/schemas.ts';

export const handler = handle({ params: PackageParams, status: 204 }, ({ params, ctx }) =>
  deletePackage(ctx, params.packageId),
);
