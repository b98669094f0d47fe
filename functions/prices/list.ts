import { handle } from '../../shared/http/handler.ts';
import { listPrices } from '../../shared/prices/operations.ts';
import { ListPricesQuery, PricePage } from '../../shared/prices/schemas.ts';
import { ProductParams } from '../../shared/products/schemas.ts';

export const handler = handle(
  { params: ProductParams, query: ListPricesQuery, response: PricePage },
  ({ params, query, ctx }) => listPrices(ctx, params.productId, query),
);
