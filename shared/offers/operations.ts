import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { page } from '../db/pagination.ts';
import { createResource, deleteResource, found, type ResourceSpec, updateResource } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { OfferItem } from '../entities/offer.ts';
import { packageReference } from '../packages/references.ts';
import { resourceNamed } from '../resources.ts';
import type { CreateOfferInput, ListOffersInput, OfferResource, UpdateOfferInput } from './schemas.ts';

export const toOffer = (item: OfferItem): OfferResource => ({
  id: item.id,
  organizationId: item.organizationId,
  status: item.status,
  code: item.code,
  name: item.name,
  packageId: item.packageId,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const read = async (orgId: string, id: string) =>
  (await db.offer.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

/** Counts a reference on its package in the same transaction (the package must exist). */
export const createOffer = (ctx: OperationContext, input: CreateOfferInput): Promise<OfferResource> =>
  createResource(offers, ctx, input, { steps: () => [packageReference(ctx.orgId, input.packageId, 1)] });

export const getOffer = async (ctx: OperationContext, id: string): Promise<OfferResource> =>
  toOffer(found(await read(ctx.orgId, id), 'Offer'));

export const listOffers = (ctx: OperationContext, input: ListOffersInput) => {
  // The package index is the narrower one; a status filter on top of it reads only that package's offers.
  const query = input.packageId
    ? db.offer.query
        .byPackage({ organizationId: ctx.orgId, packageId: input.packageId })
        .where((a, op) => (input.status ? op.eq(a.status, input.status) : ''))
    : input.status
      ? db.offer.query.byStatus({ organizationId: ctx.orgId, status: input.status })
      : db.offer.query.primary({ organizationId: ctx.orgId });
  return page(query, {
    scope: `${ctx.orgId}/offers/${input.status ?? ''}/${input.packageId ?? ''}`,
    limit: input.limit,
    cursor: input.cursor,
    map: toOffer,
  });
};

/** How the generic update and delete treat offers. */
const offers = {
  resource: resourceNamed('offers'),
  read,
  toApi: toOffer,
  create: (tx, item) => tx.offer.create(item).commit(),
  patch: (tx, key, changes, version) =>
    tx.offer
      .patch(key)
      .set(changes.set)
      .where((a, op) => op.eq(a.version, version))
      .commit({ response: 'all_old' }),
  delete: (tx, key, version) =>
    tx.offer
      .delete(key)
      .where((a, op) => op.eq(a.version, version))
      .commit({ response: 'all_old' }),
} satisfies ResourceSpec<OfferItem, OfferResource>;

/** Moving to another package moves the reference count; a code change moves the code guard. */
export const updateOffer = (ctx: OperationContext, id: string, input: UpdateOfferInput) =>
  updateResource(offers, ctx, id, input, {
    steps: (current, next) => [
      ...(next.packageId !== current.packageId
        ? [packageReference(ctx.orgId, next.packageId, 1), packageReference(ctx.orgId, current.packageId, -1)]
        : []),
    ],
  });

export const deleteOffer = (ctx: OperationContext, id: string) =>
  deleteResource(offers, ctx, id, {
    steps: (current) => [packageReference(ctx.orgId, current.packageId, -1)],
  });
