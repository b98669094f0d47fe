import { Entity, type EntityItem } from 'electrodb';
import { orgIndex, primaryIndex, resourceAttributes, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';

export const CYCLES = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'custom'] as const;
export type Cycle = (typeof CYCLES)[number];

/** A price of a product. `productId`, `amount` and `currency` never change after create. */
export const Price = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'price', version: '1', service: SERVICE },
        attributes: {
          ...resourceAttributes,
          productId: { type: 'string', required: true, readOnly: true },
          amount: { type: 'number', required: true, readOnly: true },
          currency: { type: 'string', required: true, readOnly: true },
          cycle: { type: CYCLES },
          nickname: { type: 'string' },
          active: { type: 'boolean', required: true, default: true },
        },
        indexes: {
          primary: primaryIndex,
          byProduct: orgIndex(1, 'productId'),
        },
      },
      tableBinding(),
    ),
);

export type PriceItem = EntityItem<typeof Price>;
