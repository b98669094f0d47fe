import type { TxStep } from '../db/commit.ts';
import { referenceNotFound } from '../errors.ts';

/**
 * One more subscription held by a subscriber, in the bind's transaction: the subscriber must
 * exist, and a subscriber who ever held a subscription cannot be deleted (`subscriber_in_use`).
 */
export const subscriberReference = (orgId: string, subscriberId: string, field: string): TxStep => ({
  build: (tx) =>
    tx.subscriber.patch({ organizationId: orgId, id: subscriberId }).add({ refCount: 1 }).commit(),
  onFail: () => referenceNotFound(field, 'Subscriber', subscriberId),
});
