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

/**
 * The table's secondary index `gsi<n>` (shared/db/table.ts) for a resource: one org's items with one
 * value of `attribute`, sorted by id.
 */
export const orgIndex = <const N extends number, const A extends string>(n: N, attribute: A) => ({
  index: `gsi${n}` as const,
  pk: key(`gsi${n}pk`, ['organizationId', attribute]),
  sk: key(`gsi${n}sk`, ['id']),
});

/**
 * Index value of an optional reference: the id, or `-` for none. ElectroDB will not write an item
 * whose GSI composite is missing, so optional references are indexed through an always-present
 * `…Key` attribute (which also makes "items without one" a queryable partition).
 */
export const NONE = '-';
export const refKey = (id: string | null | undefined): string => id ?? NONE;
