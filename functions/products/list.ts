import { handle } from '../../shared/http/handler.ts';
import { listProducts } from '../../shared/products/operations.ts';
import { ListProductsQuery, ProductPage } from '../../shared/products/schemas.ts';

export const handler = handle({ query: ListProductsQuery, response: ProductPage }, ({ query, ctx }) =>
  listProducts(ctx, query),
);
