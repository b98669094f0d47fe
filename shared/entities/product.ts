import { Entity, type EntityItem } from 'electrodb';
import { orgIndex, primaryIndex, refKey, resourceAttributes, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';

export const PRODUCT_STATUSES = ['active', 'archived'] as const;

/**
 * A product plans are built from. Products form a two-level hierarchy: a root product may have
 * children (included automatically with it in a plan); a child has no children.
 */
export const Product = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'product', version: '1', service: SERVICE },
        attributes: {
          ...resourceAttributes,
          name: { type: 'string', required: true },
          description: { type: 'string' },
          parentId: { type: 'string' },
          companyId: { type: 'string' },
          status: { type: PRODUCT_STATUSES, required: true, default: 'active' },
          /**
           * Ids of this root product's children, kept by each child's own writes in their transactions.
           * One read of the item answers "which products come with it", so a plan's `childProductIds`
           * need one BatchGet for all its items, not a Query per item. Internal.
           */
          childIds: { type: 'set', items: 'string' },
          /** Plan items using this product; delete requires 0 (`product_in_use`). Internal. */
          planRefCount: { type: 'number', required: true, default: 0 },
          /**
           * Prices of this product, counted in each price create's transaction. Deleting a product deletes
           * its prices in the same transaction, conditioned on the count it read, so a price created
           * meanwhile can never be left behind without its product. Internal.
           */
          priceCount: { type: 'number', required: true, default: 0 },
          /** Index values of `parentId` and `companyId` (see `refKey`). Internal. */
          parentKey: { type: 'string', required: true },
          companyKey: { type: 'string', required: true },
        },
        indexes: {
          primary: primaryIndex,
          byParent: orgIndex(1, 'parentKey'),
          byCompany: orgIndex(2, 'companyKey'),
          byStatus: orgIndex(3, 'status'),
        },
      },
      tableBinding(),
    ),
);

export type ProductItem = EntityItem<typeof Product>;

/** The index attributes a product write must set alongside `parentId` / `companyId`. */
export const productKeys = (p: { parentId?: string | null; companyId?: string | null }) => ({
  parentKey: refKey(p.parentId),
  companyKey: refKey(p.companyId),
});
