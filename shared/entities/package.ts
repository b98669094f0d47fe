import { Entity, type EntityItem } from 'electrodb';
import { orgIndex, primaryIndex, resourceAttributes, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';

export const PACKAGE_STATUSES = ['active', 'inactive'] as const;

/** LMS "subscription package": an access level (tier) that offers and plans point at. */
export const Package = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'package', version: '1', service: SERVICE },
        attributes: {
          ...resourceAttributes,
          status: { type: PACKAGE_STATUSES, required: true },
          code: { type: 'string', required: true },
          name: { type: 'string', required: true },
          tier: { type: 'number', required: true },
          description: { type: 'string' },
          /** Offers and plans pointing here; delete requires 0. Internal, never returned. */
          refCount: { type: 'number', required: true, default: 0 },
        },
        indexes: {
          primary: primaryIndex,
          byStatus: orgIndex(1, 'status'),
        },
      },
      tableBinding(),
    ),
);

export type PackageItem = EntityItem<typeof Package>;
