/**
 * The history figure's audit trail of one plan, as the plan routes store it.
 * Import after `startBenchDatabase()` (it imports `shared/db/service.ts`).
 */
import { db } from '../../shared/db/service.ts';
import { eventId } from '../../shared/ids.ts';
import { type Item, stored } from './loader.ts';

export interface Trail {
  /** The audit events, as `auditStep` stores them (ids from `eventId`, so they sort by `at`). */
  items: Item[];
  /** Each event's id, `at` (ms) and `after` image, oldest first. */
  events: { id: string; atMs: number; after: Record<string, unknown> }[];
}

/**
 * `events` audit events of one plan `entityId` in `orgId`, one a minute up to `until`: a
 * `plan.created`, then `plan.updated` changes, each `after` a whole plan image (~0.7 KB, as the
 * plan routes write) whose `name`, `version` and `updatedAt` change every time.
 */
export const planTrail = (
  orgId: string,
  entityId: string,
  events: number,
  until = Date.now() - 60_000,
): Trail => {
  const start = until - events * 60_000;
  const items: Item[] = [];
  const out: Trail['events'] = [];
  let before: Record<string, unknown> | undefined;
  for (let i = 0; i < events; i++) {
    const atMs = start + i * 60_000;
    const at = new Date(atMs);
    const after: Record<string, unknown> = {
      id: entityId,
      name: `Plan revision ${i + 1}`,
      slug: 'history-bench',
      description: 'A plan changed many times, for the history benchmark.',
      type: 'standard',
      visibility: 'public',
      status: 'active',
      defaultCycle: 'monthly',
      availableCycles: ['monthly', 'annual'],
      trialDays: 14,
      price: { amount: 1900 + (i % 50) * 100, currency: 'USD' },
      includedQuota: 10_000,
      features: ['API access', 'Priority support', 'SSO'],
      limits: { users: 10 + (i % 20), apiRequestsPerDay: 100_000 },
      items: [],
      expiryNoticeDays: 0,
      packageId: null,
      groupId: null,
      companyId: null,
      liveSubscriptionCount: 0,
      subscriptionCount: 0,
      version: i + 1,
      createdAt: new Date(start).toISOString(),
      updatedAt: at.toISOString(),
    };
    const id = eventId(at);
    items.push(
      stored(
        db.auditEvent
          .put({
            organizationId: orgId,
            id,
            at: at.toISOString(),
            actorSub: 'bench-admin',
            entityType: 'plan',
            entityId,
            action: i === 0 ? 'plan.created' : 'plan.updated',
            ...(before ? { before: JSON.stringify(before) } : {}),
            after: JSON.stringify(after),
          })
          .params(),
      ),
    );
    out.push({ id, atMs, after });
    before = after;
  }
  return { items, events: out };
};
