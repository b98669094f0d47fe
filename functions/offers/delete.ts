import { handle } from '../../shared/http/handler.ts';
import { deleteOffer } from '../../shared/offers/operations.ts';
import { OfferParams } from '../../shared/offers/schemas.ts';

export const handler = handle({ params: OfferParams, status: 204 }, ({ params, ctx }) =>
  deleteOffer(ctx, params.offerId),
);
