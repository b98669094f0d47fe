import type { OwnCrud } from '../db/crud.ts';
import { Product } from '../entities/product.ts';
import { resourceNamed } from '../resources.ts';
import { createProduct, deleteProduct, getProduct, listProducts, updateProduct } from './operations.ts';
import {
  CreateProductBody,
  ListProductsQuery,
  ProductPage,
  ProductParams,
  type ProductResource,
  ProductSchema,
  UpdateProductBody,
} from './schemas.ts';

/**
 * Products on the five generic routes. Their rules are their own (operations.ts): a child of a root
 * product takes its company, a product with children cannot become a child, its prices go with it.
 */
export const crud: OwnCrud<ProductResource> = {
  resource: resourceNamed('products'),
  entity: Product,
  schemas: {
    params: ProductParams,
    create: CreateProductBody,
    update: UpdateProductBody,
    list: ListProductsQuery,
    item: ProductSchema,
    page: ProductPage,
  },
  operations: {
    get: getProduct,
    list: listProducts,
    create: createProduct,
    update: updateProduct,
    delete: deleteProduct,
  },
};
