import { handle } from '../../shared/http/handler.ts';
import { getPrice } from '../../shared/prices/operations.ts';
import { PriceParams, PriceSchema } from '../../shared/prices/schemas.ts';

export const handler = handle({ params: PriceParams, response: PriceSchema }, ({ params, ctx }) =>
  getPrice(ctx, params.priceId),
);
