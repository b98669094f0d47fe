import { handle } from '../../shared/http/handler.ts';
import { getProduct } from '../../shared/products/operations.ts';
import { ProductParams, ProductSchema } from '../../shared/products/schemas.ts';

export const handler = handle({ params: ProductParams, response: ProductSchema }, ({ params, ctx }) =>
  getProduct(ctx, params.productId),
);
