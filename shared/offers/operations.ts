import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { commit, retryOnStale, versionedFailure } from '../db/commit.ts';
import { claimUnique, moveUnique, releaseUnique } from '../db/guards.ts';
import { page } from '../db/pagination.ts';
import { applyDiff, diff, found, readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { OfferItem } from '../entities/offer.ts';
import { newId } from '../ids.ts';
import { packageReference } from '../packages/operations.ts';
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

const codeTaken = (code: string) => ({
  code: 'code_taken' as const,
  field: 'code',
  detail: `An offer with code '${code}' already exists`,
});

const read = async (orgId: string, id: string) =>
  (await db.offer.get({ organizationId: orgId, id }).go({ consistent: true })).data;

export const createOffer = async (ctx: OperationContext, input: CreateOfferInput): Promise<OfferResource> => {
  const now = ctx.now.toISOString();
  const item: OfferItem = {
    ...input,
    organizationId: ctx.orgId,
    id: newId('off'),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const created = toOffer(item);
  await commit(
    ctx,
    [
      { build: (tx) => tx.offer.create(item).commit() },
      packageReference(ctx.orgId, input.packageId, 1),
      claimUnique(ctx.orgId, 'offer-code', input.code, item.id, codeTaken(input.code)),
      auditStep(ctx, {
        entityType: 'offer',
        entityId: item.id,
        action: 'offer.created',
        before: null,
        after: created,
      }),
    ],
    { result: created },
  );
  return created;
};

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

export const updateOffer = (ctx: OperationContext, id: string, input: UpdateOfferInput) =>
  retryOnStale(async (): Promise<OfferResource> => {
    const current = await readForWrite(ctx, 'Offer', () => read(ctx.orgId, id));
    const changes = diff(current, input);
    if (!changes.changed) return toOffer(current);
    const next = applyDiff(ctx, current, changes);
    const after = toOffer(next);
    const movesPackage = next.packageId !== current.packageId;
    await commit(
      ctx,
      [
        {
          build: (tx) =>
            tx.offer
              .patch({ organizationId: ctx.orgId, id })
              .set({ ...changes.set, version: next.version, updatedAt: next.updatedAt })
              .where((a, op) => op.eq(a.version, current.version))
              .commit({ response: 'all_old' }),
          onFail: versionedFailure(ctx, 'Offer', current.version),
        },
        ...(movesPackage
          ? [
              packageReference(ctx.orgId, next.packageId, 1),
              packageReference(ctx.orgId, current.packageId, -1),
            ]
          : []),
        ...moveUnique(ctx.orgId, 'offer-code', current.code, input.code, id, codeTaken(input.code ?? '')),
        auditStep(ctx, {
          entityType: 'offer',
          entityId: id,
          action: 'offer.updated',
          before: toOffer(current),
          after,
        }),
      ],
      { result: after },
    );
    return after;
  });

export const deleteOffer = (ctx: OperationContext, id: string) =>
  retryOnStale(async (): Promise<void> => {
    const current = await readForWrite(ctx, 'Offer', () => read(ctx.orgId, id));
    await commit(ctx, [
      {
        build: (tx) =>
          tx.offer
            .delete({ organizationId: ctx.orgId, id })
            .where((a, op) => op.eq(a.version, current.version))
            .commit({ response: 'all_old' }),
        onFail: versionedFailure(ctx, 'Offer', current.version),
      },
      packageReference(ctx.orgId, current.packageId, -1),
      releaseUnique(ctx.orgId, 'offer-code', current.code, id),
      auditStep(ctx, {
        entityType: 'offer',
        entityId: id,
        action: 'offer.deleted',
        before: toOffer(current),
        after: null,
      }),
    ]);
  });
