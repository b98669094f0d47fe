import { Entity, type EntityItem } from 'electrodb';
import { orgIndex, primaryIndex, resourceAttributes, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';
import { CYCLES } from './price.ts';

export const OFFER_STATUSES = ['active', 'inactive'] as const;

/** LMS "subscription" that learners activate; always linked to a package. */
export const Offer = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'offer', version: '1', service: SERVICE },
        attributes: {
          ...resourceAttributes,
          status: { type: OFFER_STATUSES, required: true },
          code: { type: 'string', required: true },
          name: { type: 'string', required: true },
          packageId: { type: 'string', required: true },
          /** What a redemption grants: this plan, at this cycle (absent: the plan's default). */
          planId: { type: 'string' },
          billingCycle: { type: CYCLES },
          /** Absent: unlimited. */
          maxRedemptions: { type: 'number' },
          validFrom: { type: 'string' },
          validUntil: { type: 'string' },
          /** Successful redemptions; changes without bumping `version`. Absent on old offers: 0. */
          redemptionCount: { type: 'number' },
        },
        indexes: {
          primary: primaryIndex,
          byStatus: orgIndex(1, 'status'),
          byPackage: orgIndex(2, 'packageId'),
        },
      },
      tableBinding(),
    ),
);

export type OfferItem = EntityItem<typeof Offer>;
