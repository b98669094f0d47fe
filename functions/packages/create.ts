import { handle } from '../../shared/http/handler.ts';
import { createPackage } from '../../shared/packages/operations.ts';
import { CreatePackageBody, PackageSchema } from '../../shared/packages/schemas.ts';

export const handler = handle(
  {
    body: CreatePackageBody,
    status: 201,
    response: PackageSchema,
    location: 'packages',
  },
  ({ body, ctx }) => createPackage(ctx, body),
);
