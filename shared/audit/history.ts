/** A resource as it was at an instant, rebuilt from its audit trail (API.md "History"). */
import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';
import { lastEventIdAt } from '../ids.ts';
import type { HistoryInput, HistoryResource } from './schemas.ts';

/**
 * The `after` of the entity's last audit event at or before `at`: one Query of the entity's events
 * (`byEntity`, sorted by id, whose ULID time is the event's `at`: shared/ids.ts `eventId`), newest
 * first from the last possible id of that millisecond, one item. Its cost does not depend on how many
 * events the entity has. Only when nothing is that old does a second Query (one item) tell an
 * entity that did not exist yet (`state` null) from one this org never had (`404`).
 */
export const historyAt = async (ctx: OperationContext, input: HistoryInput): Promise<HistoryResource> => {
  const at = new Date(input.at);
  // A fresh query each time: ElectroDB's query builders keep the conditions added to them.
  const events = () => db.auditEvent.query.byEntity({ organizationId: ctx.orgId, entityId: input.entityId });
  const [last] = (
    await events()
      .lte({ id: lastEventIdAt(at) })
      .go({ order: 'desc', limit: 1, pages: 1, ...GO })
  ).data;
  if (last) {
    return {
      entityId: input.entityId,
      entityType: last.entityType,
      at: at.toISOString(),
      state: last.after ? (JSON.parse(last.after) as Record<string, unknown>) : null,
      eventId: last.id,
    };
  }
  const [first] = (await events().go({ order: 'asc', limit: 1, pages: 1, ...GO })).data;
  if (!first) throw new DomainError('not_found', 'No such resource in this organization');
  return {
    entityId: input.entityId,
    entityType: first.entityType,
    at: at.toISOString(),
    state: null,
    eventId: null,
  };
};
