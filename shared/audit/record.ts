import type { OperationContext } from '../context.ts';
import type { TxStep } from '../db/commit.ts';
import type { EntityType } from '../entities/audit-event.ts';
import { eventId } from '../ids.ts';
import { type StoredImage, storeImage } from './images.ts';

/** The attributes of one image: `before` / `after` as text, or `beforeGz` / `afterGz` compressed. */
const imageAttributes = (name: 'before' | 'after', image: object | null) => {
  // Absent rather than null: the API maps a missing image back to `null`.
  if (!image) return {};
  const stored: StoredImage = storeImage(image);
  return 'text' in stored ? { [name]: stored.text } : { [`${name}Gz`]: stored.gz };
};

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
): TxStep => {
  // Serialised (and compressed) once, not on every attempt of the transaction.
  const images = { ...imageAttributes('before', event.before), ...imageAttributes('after', event.after) };
  return {
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
          ...images,
        })
        .commit(),
    alwaysHolds: true,
  };
};
