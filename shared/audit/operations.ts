import type { OperationContext } from '../context.ts';
import { page } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import type { AuditEventItem } from '../entities/audit-event.ts';
import { loadImage } from './images.ts';
import type { AuditEventResource, ListAuditEventsInput } from './schemas.ts';

export const toAuditEvent = (item: AuditEventItem): AuditEventResource => ({
  id: item.id,
  organizationId: item.organizationId,
  at: item.at,
  actor: { sub: item.actorSub, email: item.actorEmail ?? null },
  entityType: item.entityType,
  entityId: item.entityId,
  action: item.action,
  before: loadImage(item.before, item.beforeGz as Uint8Array | undefined),
  after: loadImage(item.after, item.afterGz as Uint8Array | undefined),
});

/** Newest first; `entityId` reads one entity's history, `entityType` one kind's. */
export const listAuditEvents = (ctx: OperationContext, input: ListAuditEventsInput) => {
  const org = { organizationId: ctx.orgId };
  const query = input.entityId
    ? db.auditEvent.query
        .byEntity({ ...org, entityId: input.entityId })
        .where((a, op) => (input.entityType ? op.eq(a.entityType, input.entityType) : ''))
    : input.entityType
      ? db.auditEvent.query.byEntityType({ ...org, entityType: input.entityType })
      : db.auditEvent.query.primary(org);
  return page(query, {
    scope: `${ctx.orgId}/audit/${input.entityType ?? ''}/${input.entityId ?? ''}`,
    limit: input.limit,
    cursor: input.cursor,
    map: toAuditEvent,
  });
};
