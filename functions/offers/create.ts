import { handle } from '../../shared/http/handler.ts';
import { createOffer } from '../../shared/offers/operations.ts';
import { CreateOfferBody, OfferSchema } from '../../shared/offers/schemas.ts';

export const handler = handle(
  {
    body: CreateOfferBody,
    status: 201,
    response: OfferSchema,
    location: 'offers',
  },
  ({ body, ctx }) => createOffer(ctx, body),
);
