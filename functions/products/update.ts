import { handle } from '../../shared/http/handler.ts';
import { updateProduct } from '../../shared/products/operations.ts';
import { ProductParams, ProductSchema, UpdateProductBody } from '../../shared/products/schemas.ts';

export const handler = handle(
  { params: ProductParams, body: UpdateProductBody, response: ProductSchema },
  ({ params, body, ctx }) => updateProduct(ctx, params.productId, body),
);
