import { handle } from '../../shared/http/handler.ts';
import { createProduct } from '../../shared/products/operations.ts';
import { CreateProductBody, ProductSchema } from '../../shared/products/schemas.ts';

export const handler = handle(
  {
    body: CreateProductBody,
    status: 201,
    response: ProductSchema,
    location: 'products',
  },
  ({ body, ctx }) => createProduct(ctx, body),
);
