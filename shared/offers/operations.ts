import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { page } from '../db/pagination.ts';
import { createResource, deleteResource, found, type ResourceSpec, updateResource } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { TxStep } from '../db/steps.ts';
import type { OfferItem } from '../entities/offer.ts';
import { DomainError, type FieldError, referenceNotFound, validationFailed } from '../errors.ts';
import { packageReference } from '../packages/references.ts';
import { readPlan } from '../plans/reads.ts';
import { stateOf } from '../plans/state.ts';
import { resourceNamed } from '../resources.ts';
import type {
  CreateOfferInput,
  ListOffersInput,
  OfferResource,
  OfferTerms,
  UpdateOfferInput,
} from './schemas.ts';

export const toOffer = (item: OfferItem): OfferResource => ({
  id: item.id,
  organizationId: item.organizationId,
  status: item.status,
  code: item.code,
  name: item.name,
  packageId: item.packageId,
  planId: item.planId ?? null,
  billingCycle: item.billingCycle ?? null,
  maxRedemptions: item.maxRedemptions ?? null,
  validFrom: item.validFrom ?? null,
  validUntil: item.validUntil ?? null,
  redemptionCount: item.redemptionCount ?? 0,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const read = async (orgId: string, id: string) =>
  (await db.offer.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

/** Instants as every timestamp is returned: UTC with milliseconds (an offset given is converted). */
const instants = <T extends { validFrom?: string | null; validUntil?: string | null }>(input: T): T => ({
  ...input,
  ...(typeof input.validFrom === 'string' ? { validFrom: new Date(input.validFrom).toISOString() } : {}),
  ...(typeof input.validUntil === 'string' ? { validUntil: new Date(input.validUntil).toISOString() } : {}),
});

const termsOf = (offer: Partial<OfferItem>): OfferTerms => ({
  planId: offer.planId ?? null,
  billingCycle: offer.billingCycle ?? null,
  maxRedemptions: offer.maxRedemptions ?? null,
  validFrom: offer.validFrom ?? null,
  validUntil: offer.validUntil ?? null,
});

/**
 * An offer's grant judged as the offer would be: its plan exists (`reference_not_found`) and has the
 * offer's package, its cycle is one the plan offers, a cycle needs a plan, the window is ordered and
 * the limit is not below the redemptions made. Every rule problem at once, as `validation_failed`.
 */
const checkTerms = async (
  ctx: OperationContext,
  offer: { packageId: string; redemptionCount?: number | undefined },
  terms: OfferTerms,
) => {
  const errors: FieldError[] = [];
  if (terms.billingCycle !== null && terms.planId === null)
    errors.push({ path: 'billingCycle', message: 'needs a planId' });
  if (terms.validFrom !== null && terms.validUntil !== null && terms.validFrom >= terms.validUntil)
    errors.push({ path: 'validUntil', message: 'must be later than validFrom' });
  const count = offer.redemptionCount ?? 0;
  if (terms.maxRedemptions !== null && terms.maxRedemptions < count)
    errors.push({ path: 'maxRedemptions', message: `must not be below the ${count} redemptions made` });
  if (terms.planId !== null) {
    const plan = await readPlan(ctx.orgId, terms.planId);
    if (!plan) throw referenceNotFound('planId', 'Plan', terms.planId);
    const state = stateOf(plan);
    if (state.packageId !== offer.packageId)
      errors.push({ path: 'planId', message: "must be a plan of the offer's package" });
    if (terms.billingCycle !== null && !state.availableCycles.includes(terms.billingCycle))
      errors.push({
        path: 'billingCycle',
        message: `must be one of the plan's cycles: ${state.availableCycles.join(', ')}`,
      });
  }
  if (errors.length > 0) throw validationFailed(errors, 'The offer cannot grant this');
};

/**
 * One more or one fewer offer naming a plan (`offerRefCount`); the plan must exist, and a plan that
 * offers name cannot be deleted (`plan_in_use`).
 */
const planReference = (orgId: string, planId: string, delta: 1 | -1): TxStep => ({
  build: (tx) => tx.plan.patch({ organizationId: orgId, id: planId }).add({ offerRefCount: delta }).commit(),
  onFail: () => referenceNotFound('planId', 'Plan', planId),
});

/** The reference moves of an offer going from `before` to `after` (null for create / delete). */
const referenceSteps = (
  orgId: string,
  before: Partial<OfferItem> | null,
  after: Partial<OfferItem> | null,
): TxStep[] => {
  const steps: TxStep[] = [];
  if (before?.packageId !== after?.packageId) {
    if (after?.packageId) steps.push(packageReference(orgId, after.packageId, 1));
    if (before?.packageId) steps.push(packageReference(orgId, before.packageId, -1));
  }
  const wasPlan = before?.planId ?? null;
  const nowPlan = after?.planId ?? null;
  if (wasPlan !== nowPlan) {
    if (nowPlan) steps.push(planReference(orgId, nowPlan, 1));
    if (wasPlan) steps.push(planReference(orgId, wasPlan, -1));
  }
  return steps;
};

/** Counts references on its package (and plan) in the same transaction: both must exist. */
export const createOffer = async (ctx: OperationContext, input: CreateOfferInput): Promise<OfferResource> => {
  const given = instants(input);
  await checkTerms(ctx, given, termsOf(given as Partial<OfferItem>));
  const fields = Object.fromEntries(
    Object.entries({ ...given, redemptionCount: 0 }).filter(
      ([, value]) => value !== null && value !== undefined,
    ),
  ) as Omit<OfferItem, 'organizationId' | 'id' | 'version' | 'createdAt' | 'updatedAt'>;
  return createResource(offers, ctx, fields, { steps: (item) => referenceSteps(ctx.orgId, null, item) });
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

const offerInUse = () =>
  new DomainError('offer_in_use', 'The offer has been redeemed; deactivate it instead of deleting it');

/** How the generic create, update and delete treat offers. */
const offers = {
  resource: resourceNamed('offers'),
  read,
  toApi: toOffer,
  create: (tx, item) => tx.offer.create(item).commit(),
  patch: (tx, key, changes, version) =>
    tx.offer
      .patch(key)
      .set(changes.set)
      .remove(changes.remove as 'planId'[])
      .where((a, op) =>
        [
          op.eq(a.version, version),
          // Redemptions do not bump the version: a new limit must still cover the count when it lands.
          typeof changes.set.maxRedemptions === 'number'
            ? `(${op.notExists(a.redemptionCount)} OR ${op.lte(a.redemptionCount, changes.set.maxRedemptions)})`
            : '',
        ]
          .filter(Boolean)
          .join(' AND '),
      )
      .commit({ response: 'all_old' }),
  delete: (tx, key, version) =>
    tx.offer
      .delete(key)
      .where(
        (a, op) =>
          `${op.eq(a.version, version)} AND (${op.notExists(a.redemptionCount)} OR ${op.eq(a.redemptionCount, 0)})`,
      )
      .commit({ response: 'all_old' }),
  inUse: () => offerInUse(),
  refused: () =>
    validationFailed(
      [{ path: 'maxRedemptions', message: 'must not be below the redemptions made' }],
      'The offer cannot grant this',
    ),
} satisfies ResourceSpec<OfferItem, OfferResource>;

/** A PATCH judged on the offer as it would become; moving package or plan moves their counts. */
export const updateOffer = (ctx: OperationContext, id: string, input: UpdateOfferInput) =>
  updateResource(offers, ctx, id, instants(input), {
    check: async (_current, next) => {
      const touched = ['planId', 'billingCycle', 'maxRedemptions', 'validFrom', 'validUntil', 'packageId'];
      if (touched.some((field) => (input as Record<string, unknown>)[field] !== undefined))
        await checkTerms(ctx, next, termsOf(next));
    },
    steps: (current, next) => referenceSteps(ctx.orgId, current, next),
  });

export const deleteOffer = (ctx: OperationContext, id: string) =>
  deleteResource(offers, ctx, id, {
    check: (current) => {
      if ((current.redemptionCount ?? 0) > 0) throw offerInUse();
    },
    steps: (current) => referenceSteps(ctx.orgId, current, null),
  });

export { read as readOffer };
