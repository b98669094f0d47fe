import * as z from 'zod';
import { Id, nullableText, pageOf, pageQuery, paramsWith, resourceFields } from '../common/schemas.ts';
import { PRODUCT_STATUSES } from '../entities/product.ts';

const fields = {
  name: z.string().min(1).max(200),
  description: nullableText(2000),
  /** A root product of the same org; null for a root product. */
  parentId: Id('prod').nullable(),
  /** A company of the same org; a child always has its parent's company. */
  companyId: Id('comp').nullable(),
  status: z.enum(PRODUCT_STATUSES),
};

export const ProductParams = paramsWith('productId', 'prod');

export const CreateProductBody = z.strictObject({
  name: fields.name,
  description: fields.description.optional(),
  parentId: fields.parentId.optional(),
  /** Omitted on a child: the parent's company. */
  companyId: fields.companyId.optional(),
  status: fields.status.default('active'),
});
export type CreateProductInput = z.infer<typeof CreateProductBody>;

export const UpdateProductBody = z.strictObject({
  name: fields.name.optional(),
  description: fields.description.optional(),
  parentId: fields.parentId.optional(),
  companyId: fields.companyId.optional(),
  status: fields.status.optional(),
});
export type UpdateProductInput = z.infer<typeof UpdateProductBody>;

export const ListProductsQuery = z.strictObject({
  ...pageQuery,
  parentId: Id('prod').optional(),
  companyId: Id('comp').optional(),
  status: fields.status.optional(),
});
export type ListProductsInput = z.infer<typeof ListProductsQuery>;

export const ProductSchema = z.object({ ...resourceFields, ...fields }).meta({ id: 'Product' });
export type ProductResource = z.infer<typeof ProductSchema>;

export const ProductPage = pageOf(ProductSchema);
