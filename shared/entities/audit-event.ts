import { Entity, type EntityItem } from 'electrodb';
import { AUDIT_ENTITY } from '../events/source.ts';
import { type EntityType, RESOURCES } from '../resources.ts';
import { orgIndex, primaryIndex, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';

/** Every resource's audit `entityType` (shared/resources.ts). */
export const ENTITY_TYPES = RESOURCES.map((resource) => resource.entityType);
export type { EntityType };

/** An immutable record of one change, written in the same transaction as the change. */
export const AuditEvent = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: AUDIT_ENTITY, version: '1', service: SERVICE },
        attributes: {
          organizationId: { type: 'string', required: true, readOnly: true },
          id: { type: 'string', required: true, readOnly: true },
          at: { type: 'string', required: true, readOnly: true },
          actorSub: { type: 'string', required: true, readOnly: true },
          actorEmail: { type: 'string', readOnly: true },
          entityType: { type: ENTITY_TYPES, required: true, readOnly: true },
          entityId: { type: 'string', required: true, readOnly: true },
          action: { type: 'string', required: true, readOnly: true },
          /**
           * The resource as it was and became, as JSON text: stored verbatim whatever keys it holds
           * (the SDK's marshaller cannot write maps with keys such as `toString`).
           */
          before: { type: 'string', readOnly: true },
          after: { type: 'string', readOnly: true },
          /** A large image instead, as gzipped JSON (binary): see shared/audit/images.ts. */
          beforeGz: { type: 'any', readOnly: true },
          afterGz: { type: 'any', readOnly: true },
        },
        indexes: {
          primary: primaryIndex,
          byEntity: orgIndex(1, 'entityId'),
          byEntityType: orgIndex(2, 'entityType'),
        },
      },
      tableBinding(),
    ),
);

export type AuditEventItem = EntityItem<typeof AuditEvent>;
