import type { OperationContext } from '../context.ts';
import type { TxStep } from '../db/commit.ts';
import type { EntityType } from '../entities/audit-event.ts';
import { eventId } from '../ids.ts';

/**
 * The audit event of a change, as a step of the change's own transaction: no change without
 * its event, no event without its change.
 */
export const auditStep = (
  ctx: OperationContext,
  event: {
    entityType: EntityType;
    entityId: string;
    action: string;
    before: object | null;
    after: object | null;
  },
): TxStep => ({
  build: (tx) =>
    tx.auditEvent
      .create({
        organizationId: ctx.orgId,
        id: eventId(ctx.now),
        at: ctx.now.toISOString(),
        actorSub: ctx.actor.sub,
        ...(ctx.actor.email ? { actorEmail: ctx.actor.email } : {}),
        entityType: event.entityType,
        entityId: event.entityId,
        action: event.action,
        // Absent rather than null: the API maps a missing image back to `null`.
        ...(event.before ? { before: JSON.stringify(event.before) } : {}),
        ...(event.after ? { after: JSON.stringify(event.after) } : {}),
      })
      .commit(),
  alwaysHolds: true,
});
