import { Entity, type EntityItem } from 'electrodb';
import { primaryIndex, resourceAttributes, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';

/** A legal entity plans and products are billed by. */
export const Company = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'company', version: '1', service: SERVICE },
        attributes: {
          ...resourceAttributes,
          name: { type: 'string', required: true },
          legalName: { type: 'string' },
          taxId: { type: 'string' },
          /** Plans and products referencing it; delete requires 0 (`company_in_use`). Internal. */
          refCount: { type: 'number', required: true, default: 0 },
        },
        indexes: { primary: primaryIndex },
      },
      tableBinding(),
    ),
);

export type CompanyItem = EntityItem<typeof Company>;
