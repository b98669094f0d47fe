import { handle } from '../../shared/http/handler.ts';
import { updatePackage } from '../../shared/packages/operations.ts';
import { PackageParams, PackageSchema, UpdatePackageBody } from '../../shared/packages/schemas.ts';

export const handler = handle(
  { params: PackageParams, body: UpdatePackageBody, response: PackageSchema },
  ({ params, body, ctx }) => updatePackage(ctx, params.packageId, body),
);
