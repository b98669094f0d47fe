/** The reference counts a plan change moves (package, group, company, products), and how they commit. */
import { companyReference } from '../companies/references.ts';
import { type OperationContext, plainContext } from '../context.ts';
import { commit, type TxStep } from '../db/commit.ts';
import { logger } from '../log.ts';
import { packageReference } from '../packages/references.ts';
import { groupReference } from '../plan-groups/references.ts';
import { checkProductCompany, releaseProduct, useProduct } from '../products/references.ts';
import type { PlanResource, PlanState } from './schemas.ts';

/**
 * The reference-count steps of moving from `before` to `after` (null for create / delete):
 * package, group and company counts, and one count per product the items use. `acquire` steps
 * re-check their targets atomically with the plan write, so a delete racing it cannot win both;
 * `release` steps only ever lower a count.
 */
export const referenceSteps = (orgId: string, before: PlanState | null, after: PlanState | null) => {
  const acquire: TxStep[] = [];
  const release: TxStep[] = [];
  const refs = [
    ['packageId', packageReference],
    ['groupId', groupReference],
    ['companyId', companyReference],
  ] as const;
  for (const [field, reference] of refs) {
    const was = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (was === now) continue;
    if (was) release.push(reference(orgId, was, -1, field));
    if (now) acquire.push(reference(orgId, now, 1, field));
  }
  const beforeProducts = new Set(before?.items.map((i) => i.productId) ?? []);
  const afterProducts = new Set(after?.items.map((i) => i.productId) ?? []);
  for (const id of beforeProducts) if (!afterProducts.has(id)) release.push(releaseProduct(orgId, id));
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

/**
 * Commits a plan change with its reference steps: normally one transaction. When a change is too
 * large for one (50 items replaced by 50 others is 100 count changes alone), the releases follow in
 * a second transaction. That is safe because a release only lowers a count: until it lands, a
 * product or package merely still looks in use (its delete is refused as in use; nothing can dangle). A
 * failed follow-up is logged, not returned: the change itself is committed.
 */
export const commitWithReferences = async (
  ctx: OperationContext,
  main: TxStep[],
  refs: { acquire: TxStep[]; release: TxStep[] },
  result?: PlanResource,
) => {
  const options = result ? { result } : {};
  if (main.length + refs.acquire.length + refs.release.length <= MAX_TRANSACTION_ITEMS) {
    await commit(ctx, [...main, ...refs.acquire, ...refs.release], options);
    return;
  }
  await commit(ctx, [...main, ...refs.acquire], options);
  const plain = plainContext(ctx);
  for (let i = 0; i < refs.release.length; i += MAX_TRANSACTION_ITEMS) {
    try {
      await commit(plain, refs.release.slice(i, i + MAX_TRANSACTION_ITEMS));
    } catch (error) {
      logger.error('reference release after a plan change failed; counts stay high until repaired', {
        orgId: ctx.orgId,
        error: String(error),
      });
    }
  }
};
