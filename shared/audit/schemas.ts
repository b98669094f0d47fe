import * as z from 'zod';
import { OrgId, pageOf, pageQuery, Timestamp } from '../common/schemas.ts';
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

/** `GET /history/{entityId}`: any prefixed id (one that cannot exist is a `404`, like every malformed id). */
export const HistoryParams = z.strictObject({
  orgId: OrgId,
  entityId: z.string().regex(/^[a-z]{2,6}_[0-9A-HJKMNP-TV-Z]{26}$/),
});

export const HistoryQuery = z.strictObject({
  /** The instant: ISO-8601 with a time, in UTC or with an offset. */
  at: z.iso.datetime({ offset: true }),
});
export type HistoryInput = z.infer<typeof HistoryParams> & z.infer<typeof HistoryQuery>;

export const HistorySchema = z
  .object({
    entityId: z.string(),
    entityType: z.enum(ENTITY_TYPES),
    at: Timestamp,
    /** The resource as it was at `at` (the `after` of `eventId`), or null: not created yet, or deleted. */
    state: z.record(z.string(), z.unknown()).nullable(),
    /** The last event at or before `at`, or null when there is none. */
    eventId: z.string().nullable(),
  })
  .meta({ id: 'History' });
export type HistoryResource = z.infer<typeof HistorySchema>;
