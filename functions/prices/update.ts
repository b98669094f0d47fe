import { handle } from '../../shared/http/handler.ts';
import { updatePrice } from '../../shared/prices/operations.ts';
import { PriceParams, PriceSchema, UpdatePriceBody } from '../../shared/prices/schemas.ts';

export const handler = handle(
  { params: PriceParams, body: UpdatePriceBody, response: PriceSchema },
  ({ params, body, ctx }) => updatePrice(ctx, params.priceId, body),
);
