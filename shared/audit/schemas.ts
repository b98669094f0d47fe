import * as z from 'zod';
import { pageOf, pageQuery, Timestamp } from '../common/schemas.ts';
import { ENTITY_TYPES } from '../entities/audit-event.ts';

export const ListAuditEventsQuery = z.strictObject({
  ...pageQuery,
  entityType: z.enum(ENTITY_TYPES).optional(),
  entityId: z.string().min(1).max(64).optional(),
});
export type ListAuditEventsInput = z.infer<typeof ListAuditEventsQuery>;

export const AuditEventSchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    at: Timestamp,
    actor: z.object({ sub: z.string(), email: z.string().nullable() }),
    entityType: z.enum(ENTITY_TYPES),
    entityId: z.string(),
    action: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventResource = z.infer<typeof AuditEventSchema>;

export const AuditEventPage = pageOf(AuditEventSchema);
