import * as z from 'zod';
import { pageOf, pageQuery, paramsWith, resourceFields } from '../common/schemas.ts';
import { PACKAGE_STATUSES } from '../entities/package.ts';

const fields = {
  status: z.enum(PACKAGE_STATUSES),
  code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { message: 'must be 1-32 of A-Z a-z 0-9 _ -' }),
  name: z.string().min(1).max(100),
  tier: z.number().int().min(0).max(1000),
  description: z.string().max(1000).nullable(),
};

export const PackageParams = paramsWith('packageId', 'pkg');

export const CreatePackageBody = z.strictObject({ ...fields, description: fields.description.optional() });
export type CreatePackageInput = z.infer<typeof CreatePackageBody>;

export const UpdatePackageBody = z.strictObject(fields).partial();
export type UpdatePackageInput = z.infer<typeof UpdatePackageBody>;

export const ListPackagesQuery = z.strictObject({ ...pageQuery, status: fields.status.optional() });
export type ListPackagesInput = z.infer<typeof ListPackagesQuery>;

export const PackageSchema = z.object({ ...resourceFields, ...fields }).meta({ id: 'Package' });
export type PackageResource = z.infer<typeof PackageSchema>;

export const PackagePage = pageOf(PackageSchema);
