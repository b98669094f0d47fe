/** The reference counts a plan change moves (package, group, company, products), and how they commit. */
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { companyReference } from '../companies/references.ts';
import { config } from '../config.ts';
import type { OperationContext } from '../context.ts';
import { documentClient, GO } from '../db/client.ts';
import { commit, StaleRead, type TxStep } from '../db/commit.ts';
import { db } from '../db/service.ts';
import { EXPIRY_INDEX } from '../db/table.ts';
import {
  type PendingReleaseItem,
  RELEASE_PARTITION,
  type Release,
  type ReleaseKind,
} from '../entities/pending-release.ts';
import type { PlanItem } from '../entities/plan.ts';
import { logger } from '../log.ts';
import { packageReference } from '../packages/references.ts';
import { groupReference } from '../plan-groups/references.ts';
import { checkProductCompany, releaseProduct, useProduct } from '../products/references.ts';
import type { PlanResource, PlanState } from './schemas.ts';

const REFERENCES = {
  packageId: packageReference,
  groupId: groupReference,
  companyId: companyReference,
} as const;

/** The step that lowers one count. */
const releaseStep = (orgId: string, release: Release): TxStep =>
  release.kind === 'product'
    ? releaseProduct(orgId, release.id)
    : REFERENCES[release.kind](orgId, release.id, -1, release.kind);

/**
 * The reference-count steps of moving from `before` to `after` (null for create / delete):
 * package, group and company counts, and one count per product the items use. `acquire` steps
 * re-check their targets atomically with the plan write, so a delete racing it cannot win both;
 * `release` steps only ever lower a count.
 */
export const referenceSteps = (
  orgId: string,
  before: PlanState | null,
  after: PlanState | null,
): { acquire: TxStep[]; release: Release[] } => {
  const acquire: TxStep[] = [];
  const release: Release[] = [];
  for (const field of Object.keys(REFERENCES) as Exclude<ReleaseKind, 'product'>[]) {
    const was = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (was === now) continue;
    if (was) release.push({ kind: field, id: was });
    if (now) acquire.push(REFERENCES[field](orgId, now, 1, field));
  }
  const beforeProducts = new Set(before?.items.map((i) => i.productId) ?? []);
  const afterProducts = new Set(after?.items.map((i) => i.productId) ?? []);
  for (const id of beforeProducts) if (!afterProducts.has(id)) release.push({ kind: 'product', id });
  const companyChanged = (before?.companyId ?? null) !== (after?.companyId ?? null);
  after?.items.forEach((item, i) => {
    const field = `items.${i}.productId`;
    if (!beforeProducts.has(item.productId)) {
      acquire.push(useProduct(orgId, item.productId, { field, companyId: after.companyId }));
    } else if (companyChanged && after.companyId) {
      acquire.push(checkProductCompany(orgId, item.productId, { field, companyId: after.companyId }));
    }
  });
  return { acquire, release };
};

/** DynamoDB's cap on one transaction, less one place for an idempotency record. */
const MAX_TRANSACTION_ITEMS = 99;

/** Thrown by a release whose marker is gone: another run finished it first. */
class AlreadyReleased extends Error {}

/**
 * The second transaction of a large change: every count it owes, the marker's delete and the plan's
 * `pendingRelease` cleared, all conditioned on the marker's token — so it applies once, whoever runs it
 * (the request itself, the next write of the plan, the expirer) and however often. True when this call
 * applied it, false when another had.
 */
export const finishRelease = async (
  orgId: string,
  pending: Pick<PendingReleaseItem, 'planId' | 'token' | 'releases'>,
): Promise<boolean> => {
  const { planId, token } = pending;
  const already = () => new AlreadyReleased();
  // The marker and the plan first: when it was finished already, theirs is the failure reported
  // (an old product may be gone by then).
  const steps: TxStep[] = [
    {
      build: (tx) =>
        tx.pendingRelease
          .delete({ organizationId: orgId, planId })
          .where((a, op) => op.eq(a.token, token))
          .commit(),
      onFail: already,
    },
    {
      build: (tx) =>
        tx.plan
          .patch({ organizationId: orgId, id: planId })
          .remove(['pendingRelease'])
          .where((a, op) => op.eq(a.pendingRelease, token))
          .commit(),
      onFail: already,
    },
    ...(pending.releases as Release[]).map((release) => releaseStep(orgId, release)),
  ];
  const system: OperationContext = { orgId, actor: { sub: 'system:release', email: null }, now: new Date() };
  try {
    await commit(system, steps);
    return true;
  } catch (error) {
    if (error instanceof AlreadyReleased) return false;
    throw error;
  }
};

/**
 * Before a plan is written again: a release its last change still owes lands first (it must, before
 * another large change could owe one, and before a delete takes the plan away). Nothing happens
 * unless the plan carries `pendingRelease`.
 */
export const settlePending = async (plan: PlanItem): Promise<PlanItem> => {
  if (!plan.pendingRelease) return plan;
  const marker = (
    await db.pendingRelease
      .get({ organizationId: plan.organizationId, planId: plan.id })
      .go({ consistent: true, ...GO })
  ).data;
  if (marker?.token === plan.pendingRelease) await finishRelease(plan.organizationId, marker);
  const { pendingRelease: _settled, ...settled } = plan;
  return settled as PlanItem;
};

/**
 * Commits a plan change with its reference steps: normally one transaction. A change too large for
 * one (50 items replaced by 50 others is 100 count changes alone) commits the plan, its new references,
 * its audit event and a PendingRelease marker first — `main(token)` sets the token on the plan — and
 * lowers the old counts in a second transaction right after (`finishRelease`). Until that lands a
 * product or package merely still looks in use (nothing can dangle); if this process dies first, or the
 * second fails, the marker makes it land later: at the plan's next write, or at the expirer's next pass.
 * Only an update can be that large (a create releases nothing, a delete releases at most 53 counts).
 */
export const commitWithReferences = async (
  ctx: OperationContext,
  plan: { id: string; main: TxStep[] | ((pendingRelease: string | null) => TxStep[]) },
  refs: { acquire: TxStep[]; release: Release[] },
  result?: PlanResource,
) => {
  const options = result ? { result } : {};
  const { main } = plan;
  const build = typeof main === 'function' ? main : () => main;
  const releases = refs.release.map((release) => releaseStep(ctx.orgId, release));
  const together = build(null);
  if (together.length + refs.acquire.length + releases.length <= MAX_TRANSACTION_ITEMS) {
    await commit(ctx, [...together, ...refs.acquire, ...releases], options);
    return;
  }
  if (typeof main !== 'function' || releases.length + 2 > MAX_TRANSACTION_ITEMS) {
    throw new Error(`A plan change of ${refs.acquire.length + releases.length} references cannot be split`);
  }
  const now = ctx.now.toISOString();
  const pending = { planId: plan.id, token: randomUUID(), releases: refs.release };
  await commit(
    ctx,
    [
      ...main(pending.token),
      ...refs.acquire,
      {
        build: (tx) =>
          tx.pendingRelease
            .create({
              organizationId: ctx.orgId,
              ...pending,
              createdAt: now,
              releaseShard: RELEASE_PARTITION,
              releaseKey: `${now}#${ctx.orgId}#${plan.id}`,
            })
            .commit(),
        // The plan's last large change still owes its release: read again, which lands it first.
        onFail: () => new StaleRead(),
      },
    ],
    options,
  );
  try {
    await finishRelease(ctx.orgId, pending);
  } catch (error) {
    logger.warn('reference release after a plan change failed; the next write or expiry pass finishes it', {
      orgId: ctx.orgId,
      planId: plan.id,
      error: String(error),
    });
  }
};

/**
 * How long a marker is left to the request that wrote it (which finishes it right after its first
 * transaction) before the expirer finishes it instead. Finishing it earlier would be just as safe,
 * only wasted work.
 */
export const RELEASE_GRACE_MS = 60_000;

/**
 * The expirer's share: every release still owed by a change committed more than RELEASE_GRACE_MS
 * before `now` (a process that died between the two transactions, a second transaction that failed),
 * finished. One key range of the expiry index, where only markers live: the cost grows with the
 * releases owed, never with the plans stored.
 */
export const finishAbandonedReleases = async (
  now: Date,
  outOfTime: () => boolean = () => false,
): Promise<{ released: number; queries: number; stoppedEarly: boolean }> => {
  const bound = new Date(now.getTime() - RELEASE_GRACE_MS).toISOString();
  const result = { released: 0, queries: 0, stoppedEarly: false };
  let startKey: Record<string, unknown> | undefined;
  do {
    if (outOfTime()) return { ...result, stoppedEarly: true };
    const page = await documentClient.send(
      new QueryCommand({
        TableName: config.tableName,
        IndexName: EXPIRY_INDEX.name,
        // `createdAt#org#plan` < `bound$` ⇔ createdAt ≤ bound ('$' sorts right after '#').
        KeyConditionExpression: '#pk = :partition AND #sk < :bound',
        ExpressionAttributeNames: { '#pk': EXPIRY_INDEX.partitionKey, '#sk': EXPIRY_INDEX.sortKey },
        ExpressionAttributeValues: { ':partition': RELEASE_PARTITION, ':bound': `${bound}$` },
        Limit: 100,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    result.queries++;
    for (const marker of db.pendingRelease.parse({ Items: page.Items ?? [] }).data) {
      try {
        if (await finishRelease(marker.organizationId, marker)) result.released++;
      } catch (error) {
        // One that fails now is still there for the next pass; the others go on.
        logger.error('finishing a pending reference release failed', {
          orgId: marker.organizationId,
          planId: marker.planId,
          error: String(error),
        });
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return result;
};
