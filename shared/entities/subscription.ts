import { Entity, type EntityItem } from 'electrodb';
import { EXPIRY_INDEX, NOTICE_INDEX } from '../db/table.ts';
import { orgIndex, primaryIndex, resourceAttributes, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';
import { CYCLES } from './price.ts';

export const SUBSCRIPTION_STATUSES = ['trialing', 'active', 'canceled', 'expired'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
export const LIVE_STATUSES: readonly SubscriptionStatus[] = ['trialing', 'active'];
/** How a subscription came to be: a manual bind, or a learner's redemption of an offer. */
export const SUBSCRIPTION_SOURCES = ['manual', 'offer'] as const;

/**
 * The expiry index (`gsi4`) is sparse by hand: a live subscription carries `expiryShard` and
 * `expiryKey` (`endsAt#orgId#id`); ending it removes both, so the index only ever holds live
 * subscriptions and the expirer's reads grow with the subscriptions that ended, not with all.
 * The notice index (`gsi6`) is sparse the same way: a live subscription whose plan snapshot asks
 * for an expiry notice carries `noticeShard` and `noticeKey` (`noticeDueAt#orgId#id`) until the
 * notice is recorded or the subscription ends, so the pass reads only the notices that are due.
 * These attributes are written and removed explicitly (ElectroDB will not leave a declared
 * index key unset), so the index is read with a plain Query (`shared/subscriptions/expiry.ts`).
 */
export { EXPIRY_INDEX, NOTICE_INDEX };

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
          /**
           * The plan's `{ name, slug, price, includedQuota, packageId, features, limits,
           * expiryNoticeDays }` at bind time, as JSON text.
           */
          plan: { type: 'string', required: true, readOnly: true },
          /** The plan's `customDays` at bind time (internal): what extending a `custom` cycle adds. */
          customDays: { type: 'number', readOnly: true },
          source: { type: SUBSCRIPTION_SOURCES, required: true, readOnly: true },
          offerId: { type: 'string', readOnly: true },
          /** Index value of `offerId` (`-` for manual binds; see `refKey`). Internal. */
          offerKey: { type: 'string', readOnly: true },
          note: { type: 'string' },
          /** When the expirer recorded the current end's expiry notice. */
          expiryNoticeAt: { type: 'string' },
          /** Expiry index key, present only while live (see EXPIRY_INDEX). Internal. */
          expiryShard: { type: 'string', field: EXPIRY_INDEX.partitionKey },
          expiryKey: { type: 'string', field: EXPIRY_INDEX.sortKey },
          /** Notice index key, present only while a notice is pending (see NOTICE_INDEX). Internal. */
          noticeShard: { type: 'string', field: NOTICE_INDEX.partitionKey },
          noticeKey: { type: 'string', field: NOTICE_INDEX.sortKey },
        },
        indexes: {
          primary: primaryIndex,
          byStatus: orgIndex(1, 'status'),
          byPlan: orgIndex(2, 'planId'),
          bySubscriber: orgIndex(3, 'subscriberId'),
          byOffer: orgIndex(5, 'offerKey'),
        },
      },
      tableBinding(),
    ),
);

export type SubscriptionItem = EntityItem<typeof Subscription>;
