import { defineCrud } from '../db/crud.ts';
import { Package } from '../entities/package.ts';
import { DomainError } from '../errors.ts';
import { resourceNamed } from '../resources.ts';
import { packageSchemas } from './schemas.ts';

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

export const {
  create: createPackage,
  get: getPackage,
  list: listPackages,
  update: updatePackage,
  delete: deletePackage,
} = crud;
