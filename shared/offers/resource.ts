import type { OwnCrud } from '../db/crud.ts';
import { Offer } from '../entities/offer.ts';
import { resourceNamed } from '../resources.ts';
import { createOffer, deleteOffer, getOffer, listOffers, updateOffer } from './operations.ts';
import {
  CreateOfferBody,
  ListOffersQuery,
  OfferPage,
  OfferParams,
  type OfferResource,
  OfferSchema,
  UpdateOfferBody,
} from './schemas.ts';

/**
 * Offers on the five generic routes. Their rules are their own (operations.ts): what a redemption
 * grants is judged against its plan, the package and plan they name count them, a redeemed offer stays.
 */
export const crud: OwnCrud<OfferResource> = {
  resource: resourceNamed('offers'),
  entity: Offer,
  schemas: {
    params: OfferParams,
    create: CreateOfferBody,
    update: UpdateOfferBody,
    list: ListOffersQuery,
    item: OfferSchema,
    page: OfferPage,
  },
  operations: {
    get: getOffer,
    list: listOffers,
    create: createOffer,
    update: updateOffer,
    delete: deleteOffer,
  },
};
