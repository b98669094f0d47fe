import type { OperationContext } from '../context.ts';
import { createOne, defineCrud, deleteOne, updateOne } from '../db/crud.ts';
import { Package } from '../entities/package.ts';
import { DomainError } from '../errors.ts';
import { resourceNamed } from '../resources.ts';
import { type CreatePackageInput, packageSchemas, type UpdatePackageInput } from './schemas.ts';

/**
 * Packages: a code unique in the org (its guard moves with a code change); offers and plans count on
 * them (`packageReference`), so a package still referenced cannot be deleted.
 */
export const crud = defineCrud({
  resource: resourceNamed('packages'),
  entity: Package,
  schemas: packageSchemas,
  list: (orgId, input) => ({
    query: input.status
      ? Package.query.byStatus({ organizationId: orgId, status: input.status })
      : Package.query.primary({ organizationId: orgId }),
    scope: `${orgId}/packages/${input.status ?? ''}`,
  }),
  inUse: (id) => new DomainError('package_in_use', `Package '${id}' is referenced by an offer or a plan`),
});

/** The operations by name, for callers other than the generic routes. */
export const createPackage = (ctx: OperationContext, input: CreatePackageInput) =>
  createOne(crud, ctx, input);
export const updatePackage = (ctx: OperationContext, id: string, input: UpdatePackageInput) =>
  updateOne(crud, ctx, id, input);
export const deletePackage = (ctx: OperationContext, id: string) => deleteOne(crud, ctx, id);
