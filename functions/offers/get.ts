import { handle } from '../../shared/http/handler.ts';
import { getOffer } from '../../shared/offers/operations.ts';
import { OfferParams, OfferSchema } from '../../shared/offers/schemas.ts';

export const handler = handle({ params: OfferParams, response: OfferSchema }, ({ params, ctx }) =>
  getOffer(ctx, params.offerId),
);
