import * as z from 'zod';
import { Id, Instant, pageOf, pageQuery, paramsWith, resourceFields, Timestamp } from '../common/schemas.ts';
import { OFFER_STATUSES } from '../entities/offer.ts';
import { Cycle } from '../plans/schemas.ts';

const fields = {
  status: z.enum(OFFER_STATUSES),
  code: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be 1-64 of A-Z a-z 0-9 _ -' }),
  name: z.string().min(1).max(200),
  packageId: Id('pkg'),
};

/** What a redemption grants and when: each optional, `null` for none (the default). */
const grantFields = {
  planId: Id('plan').nullable(),
  billingCycle: Cycle.nullable(),
  maxRedemptions: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).nullable(),
  validFrom: Instant.nullable(),
  validUntil: Instant.nullable(),
};

/** The fields a redemption's grant reads, as the offer will be (create, or current + PATCH). */
export interface OfferTerms {
  planId: string | null;
  billingCycle: z.infer<typeof Cycle> | null;
  maxRedemptions: number | null;
  validFrom: string | null;
  validUntil: string | null;
}

export const OfferParams = paramsWith('offerId', 'off');

export const CreateOfferBody = z
  .strictObject({ ...fields, ...grantFields })
  .partial(
    Object.fromEntries(Object.keys(grantFields).map((k) => [k, true])) as Record<
      keyof typeof grantFields,
      true
    >,
  );
export type CreateOfferInput = z.infer<typeof CreateOfferBody>;

export const UpdateOfferBody = z.strictObject({ ...fields, ...grantFields }).partial();
export type UpdateOfferInput = z.infer<typeof UpdateOfferBody>;

export const ListOffersQuery = z.strictObject({
  ...pageQuery,
  status: fields.status.optional(),
  packageId: fields.packageId.optional(),
});
export type ListOffersInput = z.infer<typeof ListOffersQuery>;

export const OfferSchema = z
  .object({
    ...resourceFields,
    ...fields,
    planId: z.string().nullable(),
    billingCycle: Cycle.nullable(),
    maxRedemptions: z.number().int().nullable(),
    validFrom: Timestamp.nullable(),
    validUntil: Timestamp.nullable(),
    redemptionCount: z.number().int(),
  })
  .meta({ id: 'Offer' });
export type OfferResource = z.infer<typeof OfferSchema>;

export const OfferPage = pageOf(OfferSchema);
