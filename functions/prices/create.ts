import { handle } from '../../shared/http/handler.ts';
import { createPrice } from '../../shared/prices/operations.ts';
import { CreatePriceBody, PriceSchema } from '../../shared/prices/schemas.ts';
import { ProductParams } from '../../shared/products/schemas.ts';

export const handler = handle(
  {
    params: ProductParams,
    body: CreatePriceBody,
    status: 201,
    response: PriceSchema,
    location: 'prices',
  },
  ({ params, body, ctx }) => createPrice(ctx, params.productId, body),
);
