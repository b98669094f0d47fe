import { handle } from '../../shared/http/handler.ts';
import { deleteProduct } from '../../shared/products/operations.ts';
import { ProductParams } from '../../shared/products/schemas.ts';

export const handler = handle({ params: ProductParams, status: 204 }, ({ params, ctx }) =>
  deleteProduct(ctx, params.productId),
);
