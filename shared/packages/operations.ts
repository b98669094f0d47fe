import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { page } from '../db/pagination.ts';
import { createResource, deleteResource, found, type ResourceSpec, updateResource } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { PackageItem } from '../entities/package.ts';
import { DomainError } from '../errors.ts';
import { resourceNamed } from '../resources.ts';
import type {
  CreatePackageInput,
  ListPackagesInput,
  PackageResource,
  UpdatePackageInput,
} from './schemas.ts';

/** The public shape of a package: internal attributes such as `refCount` never leave. */
export const toPackage = (item: PackageItem): PackageResource => ({
  id: item.id,
  organizationId: item.organizationId,
  status: item.status,
  code: item.code,
  name: item.name,
  tier: item.tier,
  description: item.description ?? null,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const read = async (orgId: string, id: string) =>
  (await db.package.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

export const createPackage = (ctx: OperationContext, input: CreatePackageInput): Promise<PackageResource> =>
  createResource(packages, ctx, { ...input, description: input.description ?? undefined, refCount: 0 });

export const getPackage = async (ctx: OperationContext, id: string): Promise<PackageResource> =>
  toPackage(found(await read(ctx.orgId, id), 'Package'));

export const listPackages = (ctx: OperationContext, input: ListPackagesInput) =>
  page(
    input.status
      ? db.package.query.byStatus({ organizationId: ctx.orgId, status: input.status })
      : db.package.query.primary({ organizationId: ctx.orgId }),
    {
      scope: `${ctx.orgId}/packages/${input.status ?? ''}`,
      limit: input.limit,
      cursor: input.cursor,
      map: toPackage,
    },
  );

/** How the generic update and delete treat packages. */
const packages = {
  resource: resourceNamed('packages'),
  read,
  toApi: toPackage,
  create: (tx, item) => tx.package.create(item).commit(),
  patch: (tx, key, changes, version) =>
    tx.package
      .patch(key)
      .set(changes.set)
      .remove(changes.remove as 'description'[])
      .where((a, op) => op.eq(a.version, version))
      .commit({ response: 'all_old' }),
  // Only a package no offer or plan references: the count is checked in the delete's own condition.
  delete: (tx, key, version) =>
    tx.package
      .delete(key)
      .where((a, op) => `${op.eq(a.version, version)} AND ${op.eq(a.refCount, 0)}`)
      .commit({ response: 'all_old' }),
  inUse: (id) => new DomainError('package_in_use', `Package '${id}' is referenced by an offer or a plan`),
} satisfies ResourceSpec<PackageItem, PackageResource>;

/** A code change frees the old code and claims the new one in the same transaction (the generic update). */
export const updatePackage = (ctx: OperationContext, id: string, input: UpdatePackageInput) =>
  updateResource(packages, ctx, id, input);

export const deletePackage = (ctx: OperationContext, id: string) => deleteResource(packages, ctx, id);
