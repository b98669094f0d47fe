import { referenceCounter } from '../db/references.ts';
import type { TxStep } from '../db/steps.ts';
import { resourceNamed } from '../resources.ts';

const count = referenceCounter(resourceNamed('subscribers'), 'subscriberId');

/**
 * One more subscription held by a subscriber, in the bind's transaction: the subscriber must
 * exist, and a subscriber who ever held a subscription cannot be deleted (`subscriber_in_use`).
 */
export const subscriberReference = (orgId: string, subscriberId: string, field: string): TxStep =>
  count(orgId, subscriberId, 1, field);
