import { Entity, type EntityItem } from 'electrodb';
import { primaryIndex, resourceAttributes, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';

/** Billing-platform "plan group": a folder of plans. */
export const PlanGroup = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'planGroup', version: '1', service: SERVICE },
        attributes: {
          ...resourceAttributes,
          name: { type: 'string', required: true },
          description: { type: 'string' },
          /** Plans in the group; delete requires 0 (`group_not_empty`). Internal. */
          refCount: { type: 'number', required: true, default: 0 },
        },
        indexes: { primary: primaryIndex },
      },
      tableBinding(),
    ),
);

export type PlanGroupItem = EntityItem<typeof PlanGroup>;
