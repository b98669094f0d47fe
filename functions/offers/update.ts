import { handle } from '../../shared/http/handler.ts';
import { updateOffer } from '../../shared/offers/operations.ts';
import { OfferParams, OfferSchema, UpdateOfferBody } from '../../shared/offers/schemas.ts';

export const handler = handle(
  { params: OfferParams, body: UpdateOfferBody, response: OfferSchema },
  ({ params, body, ctx }) => updateOffer(ctx, params.offerId, body),
);
