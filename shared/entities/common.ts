/**
 * Pieces every entity shares. Keys use `casing: 'none'`: ElectroDB lower-cases key values by
 * default, and we would rather decide case-insensitivity deliberately (guards normalise their
 * values themselves) than have it happen by accident.
 */
export const SERVICE = 'subadmin';

export const key = <const F extends string, const C extends readonly string[]>(field: F, composite: C) => ({
  field,
  composite,
  casing: 'none' as const,
});

/** `id`, `organizationId`, `version`, `createdAt`, `updatedAt`: every resource has them. */
export const resourceAttributes = {
  organizationId: { type: 'string', required: true, readOnly: true },
  id: { type: 'string', required: true, readOnly: true },
  version: { type: 'number', required: true },
  createdAt: { type: 'string', required: true, readOnly: true },
  updatedAt: { type: 'string', required: true },
} as const;

/** The table's primary index for a resource: one org's items of one entity, sorted by id (a ULID, so by age). */
export const primaryIndex = {
  pk: key('pk', ['organizationId']),
  sk: key('sk', ['id']),
} as const;
