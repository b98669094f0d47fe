import { handle } from '../../shared/http/handler.ts';
import { listOffers } from '../../shared/offers/operations.ts';
import { ListOffersQuery, OfferPage } from '../../shared/offers/schemas.ts';

export const handler = handle({ query: ListOffersQuery, response: OfferPage }, ({ query, ctx }) =>
  listOffers(ctx, query),
);
