import * as z from 'zod';
import { Id, pageOf, pageQuery, paramsWith, resourceFields } from '../common/schemas.ts';
import { OFFER_STATUSES } from '../entities/offer.ts';

const fields = {
  status: z.enum(OFFER_STATUSES),
  code: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be 1-64 of A-Z a-z 0-9 _ -' }),
  name: z.string().min(1).max(200),
  packageId: Id('pkg'),
};

export const OfferParams = paramsWith('offerId', 'off');

export const CreateOfferBody = z.strictObject(fields);
export type CreateOfferInput = z.infer<typeof CreateOfferBody>;

export const UpdateOfferBody = z.strictObject(fields).partial();
export type UpdateOfferInput = z.infer<typeof UpdateOfferBody>;

export const ListOffersQuery = z.strictObject({
  ...pageQuery,
  status: fields.status.optional(),
  packageId: fields.packageId.optional(),
});
export type ListOffersInput = z.infer<typeof ListOffersQuery>;

export const OfferSchema = z.object({ ...resourceFields, ...fields }).meta({ id: 'Offer' });
export type OfferResource = z.infer<typeof OfferSchema>;

export const OfferPage = pageOf(OfferSchema);
