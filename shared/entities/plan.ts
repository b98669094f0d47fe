import { Entity, type EntityItem } from 'electrodb';
import { CATALOG_INDEX } from '../db/table.ts';
import { key, orgIndex, primaryIndex, refKey, resourceAttributes, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';
import { CYCLES } from './price.ts';

export const PLAN_STATUSES = ['draft', 'active', 'archived'] as const;
export const PLAN_TYPES = ['standard', 'custom', 'promotional'] as const;
export const PLAN_VISIBILITIES = ['public', 'private'] as const;

/** One item of a plan as stored: a root product at one of its prices. */
export interface StoredPlanItem {
  productId: string;
  priceId: string;
  quantity: number;
  included: boolean;
}

/** A plan: what subscribers bind to. Each list filter has its own index. */
export const Plan = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'plan', version: '1', service: SERVICE },
        attributes: {
          ...resourceAttributes,
          name: { type: 'string', required: true },
          slug: { type: 'string', required: true },
          description: { type: 'string' },
          type: { type: PLAN_TYPES, required: true },
          visibility: { type: PLAN_VISIBILITIES, required: true },
          status: { type: PLAN_STATUSES, required: true },
          defaultCycle: { type: CYCLES, required: true },
          availableCycles: { type: 'list', items: { type: 'string' }, required: true },
          customDays: { type: 'number' },
          trialDays: { type: 'number', required: true },
          price: { type: 'map', properties: { amount: { type: 'number' }, currency: { type: 'string' } } },
          includedQuota: { type: 'number' },
          features: { type: 'list', items: { type: 'string' }, required: true },
          /**
           * `[name, value]` pairs, not a map: names are the admin's (`toString`, `valueOf`… are valid
           * limit names) and the SDK's marshaller cannot write maps with such own keys.
           */
          limits: { type: 'any', required: true },
          items: { type: 'any', required: true },
          packageId: { type: 'string' },
          groupId: { type: 'string' },
          companyId: { type: 'string' },
          /** Days before a subscription's end that its expiry notice is due (0: none). Absent on old plans: 0. */
          expiryNoticeDays: { type: 'number' },
          publishedAt: { type: 'string' },
          archivedAt: { type: 'string' },
          /** Active + trialing subscriptions; archive requires 0. */
          liveSubscriptionCount: { type: 'number', required: true, default: 0 },
          /** Subscriptions ever bound. */
          subscriptionCount: { type: 'number', required: true, default: 0 },
          /** Offers whose `planId` is this plan; delete requires 0. Absent on old plans: 0. */
          offerRefCount: { type: 'number' },
          /**
           * Set while a committed change still owes reference releases: the token of its
           * PendingRelease marker (shared/entities/pending-release.ts). Internal.
           */
          pendingRelease: { type: 'string' },
          /** Index values of the optional references (see `refKey`). Internal. */
          groupKey: { type: 'string', required: true },
          companyKey: { type: 'string', required: true },
          packageKey: { type: 'string', required: true },
        },
        indexes: {
          primary: primaryIndex,
          byStatus: orgIndex(1, 'status'),
          byVisibility: orgIndex(2, 'visibility'),
          byType: orgIndex(3, 'type'),
          byGroup: orgIndex(4, 'groupKey'),
          byCompany: orgIndex(5, 'companyKey'),
          byPackage: orgIndex(6, 'packageKey'),
          /**
           * The public catalog: `active` + `public` is one partition per org. Every write that changes
           * `status` or `visibility` sets both (ElectroDB rebuilds the key only from all its composites).
           */
          byCatalog: {
            index: CATALOG_INDEX.name,
            pk: key(CATALOG_INDEX.partitionKey, ['organizationId', 'status', 'visibility']),
            sk: key(CATALOG_INDEX.sortKey, ['id']),
          },
        },
      },
      tableBinding(),
    ),
);

export type PlanItem = EntityItem<typeof Plan>;

/**
 * The catalog index's composites (`byCatalog`): a patch that changes `status` or `visibility` sets
 * both, so ElectroDB can rebuild the key (and plans written before the index get it on their next change).
 */
export const catalogKeys = (p: { status: PlanItem['status']; visibility: PlanItem['visibility'] }) => ({
  status: p.status,
  visibility: p.visibility,
});

/** The index attributes a plan write must set alongside its optional references. */
export const planKeys = (p: {
  groupId?: string | null;
  companyId?: string | null;
  packageId?: string | null;
}) => ({
  groupKey: refKey(p.groupId),
  companyKey: refKey(p.companyId),
  packageKey: refKey(p.packageId),
});
