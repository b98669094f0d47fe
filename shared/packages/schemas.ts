import * as z from 'zod';
import { crudSchemas } from '../common/schemas.ts';
import { PACKAGE_STATUSES } from '../entities/package.ts';
import { resourceNamed } from '../resources.ts';

const fields = {
  status: z.enum(PACKAGE_STATUSES),
  code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { message: 'must be 1-32 of A-Z a-z 0-9 _ -' }),
  name: z.string().min(1).max(100),
  tier: z.number().int().min(0).max(1000),
  description: z.string().max(1000).nullable(),
};

/** A package's params, create, update, list (filtered by status), the package and its page. */
export const packageSchemas = crudSchemas(resourceNamed('packages'), fields, {
  status: fields.status.optional(),
});

export const {
  create: CreatePackageBody,
  update: UpdatePackageBody,
  list: ListPackagesQuery,
} = packageSchemas;
export type CreatePackageInput = z.infer<typeof CreatePackageBody>;
export type UpdatePackageInput = z.infer<typeof UpdatePackageBody>;
export type PackageResource = z.infer<typeof packageSchemas.item>;
