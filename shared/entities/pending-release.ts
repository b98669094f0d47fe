import { Entity, type EntityItem } from 'electrodb';
import { EXPIRY_INDEX } from '../db/table.ts';
import { key, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';

/** What a pending release lowers: one plan item's product, or the plan's package, group or company. */
export type ReleaseKind = 'product' | 'packageId' | 'groupId' | 'companyId';
export interface Release {
  kind: ReleaseKind;
  id: string;
}

/** The expiry index partition that holds every pending release (and nothing else). */
export const RELEASE_PARTITION = 'release#pending';

/**
 * The reference counts a committed plan change still owes. A plan change too large for one
 * transaction (50 items replaced by 50 others) commits the plan with this marker, and lowers the old
 * counts in a second transaction that also deletes the marker (shared/plans/references.ts): if the
 * process dies in between, the marker is what makes the second land later, exactly once — from the
 * next write of that plan (which sees the plan's `pendingRelease`) or from the expirer's pass (which
 * finds every marker in one key range of the expiry index, `gsi4`, written by hand as the
 * subscriptions' expiry keys are: only markers carry `release#pending` there).
 */
export const PendingRelease = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'pendingRelease', version: '1', service: SERVICE },
        attributes: {
          organizationId: { type: 'string', required: true, readOnly: true },
          planId: { type: 'string', required: true, readOnly: true },
          /** Also on the plan (`pendingRelease`): the second transaction requires both. */
          token: { type: 'string', required: true, readOnly: true },
          /** `{ kind, id }` of each count to lower. */
          releases: { type: 'any', required: true, readOnly: true },
          createdAt: { type: 'string', required: true, readOnly: true },
          /** Expiry index key: `release#pending`, `createdAt#orgId#planId`. Internal. */
          releaseShard: { type: 'string', required: true, readOnly: true, field: EXPIRY_INDEX.partitionKey },
          releaseKey: { type: 'string', required: true, readOnly: true, field: EXPIRY_INDEX.sortKey },
        },
        indexes: {
          // One at a time per plan: a second large change waits for the first's release.
          primary: {
            pk: key('pk', ['organizationId', 'planId']),
            sk: key('sk', []),
          },
        },
      },
      tableBinding(),
    ),
);

export type PendingReleaseItem = EntityItem<typeof PendingRelease>;
