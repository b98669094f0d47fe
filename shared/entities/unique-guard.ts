import { Entity, type EntityItem } from 'electrodb';
import { RESOURCES, type Resource } from '../resources.ts';
import { key, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';

/** What a guard keeps unique within an org: each resource's unique fields (shared/resources.ts),
 * `subscriberId#planId` while that subscriber holds a live subscription to that plan, and
 * `offerId#subscriberId` forever once that subscriber redeemed that offer. */
export const GUARD_KINDS = [
  ...RESOURCES.flatMap((resource): readonly Resource['unique'][number]['kind'][] =>
    resource.unique.map((unique) => unique.kind),
  ),
  'live-subscription',
  'redemption',
] as const;
export type GuardKind = (typeof GUARD_KINDS)[number];

/**
 * One item per unique value (a code, a slug, a username…), written in the same transaction
 * as its owner with `attribute_not_exists`, so two racing creates cannot both win. The value
 * is normalised by the caller (`normalizeUnique`), which is what makes codes unique ignoring case.
 */
export const UniqueGuard = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'guard', version: '1', service: SERVICE },
        attributes: {
          organizationId: { type: 'string', required: true, readOnly: true },
          kind: { type: GUARD_KINDS, required: true, readOnly: true },
          value: { type: 'string', required: true, readOnly: true },
          ownerId: { type: 'string', required: true },
        },
        indexes: {
          primary: {
            pk: key('pk', ['organizationId']),
            sk: key('sk', ['kind', 'value']),
          },
        },
      },
      tableBinding(),
    ),
);

export type UniqueGuardItem = EntityItem<typeof UniqueGuard>;

/** Case-insensitive uniqueness: compare values lower-cased (Unicode-aware, locale-independent). */
export const normalizeUnique = (value: string): string => value.normalize('NFC').toLowerCase();
