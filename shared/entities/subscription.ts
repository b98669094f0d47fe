import { Entity, type EntityItem } from 'electrodb';
import { EXPIRY_INDEX } from '../db/table.ts';
import { key, primaryIndex, resourceAttributes, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';
import { CYCLES } from './price.ts';

export const SUBSCRIPTION_STATUSES = ['trialing', 'active', 'canceled', 'expired'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
export const LIVE_STATUSES: readonly SubscriptionStatus[] = ['trialing', 'active'];

/**
 * The expiry index (`gsi4`) is sparse by hand: a live subscription carries `expiryShard` and
 * `expiryKey` (`endsAt#orgId#id`); ending it removes both, so the index only ever holds live
 * subscriptions and the expirer's reads grow with the subscriptions that ended, not with all.
 * These two attributes are written and removed explicitly (ElectroDB will not leave a declared
 * index key unset), so the index is read with a plain Query (`shared/subscriptions/expiry.ts`).
 */
export { EXPIRY_INDEX };

/** A subscriber's subscription to a plan, with the plan's terms as they were at bind time. */
export const Subscription = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'subscription', version: '1', service: SERVICE },
        attributes: {
          ...resourceAttributes,
          subscriberId: { type: 'string', required: true, readOnly: true },
          planId: { type: 'string', required: true, readOnly: true },
          status: { type: SUBSCRIPTION_STATUSES, required: true },
          billingCycle: { type: CYCLES, required: true, readOnly: true },
          startedAt: { type: 'string', required: true, readOnly: true },
          trialEndsAt: { type: 'string' },
          endsAt: { type: 'string', required: true },
          cancelAtPeriodEnd: { type: 'boolean', required: true },
          canceledAt: { type: 'string' },
          expiredAt: { type: 'string' },
          quotaAllowance: { type: 'number' },
          /** The plan's `{ name, slug, price, includedQuota, packageId }` at bind time, as JSON text. */
          plan: { type: 'string', required: true, readOnly: true },
          source: { type: ['manual'] as const, required: true, readOnly: true },
          note: { type: 'string' },
          /** Expiry index key, present only while live (see EXPIRY_INDEX). Internal. */
          expiryShard: { type: 'string', field: EXPIRY_INDEX.partitionKey },
          expiryKey: { type: 'string', field: EXPIRY_INDEX.sortKey },
        },
        indexes: {
          primary: primaryIndex,
          byStatus: {
            index: 'gsi1',
            pk: key('gsi1pk', ['organizationId', 'status']),
            sk: key('gsi1sk', ['id']),
          },
          byPlan: {
            index: 'gsi2',
            pk: key('gsi2pk', ['organizationId', 'planId']),
            sk: key('gsi2sk', ['id']),
          },
          bySubscriber: {
            index: 'gsi3',
            pk: key('gsi3pk', ['organizationId', 'subscriberId']),
            sk: key('gsi3sk', ['id']),
          },
        },
      },
      tableBinding(),
    ),
);

export type SubscriptionItem = EntityItem<typeof Subscription>;
