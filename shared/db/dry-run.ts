import { AsyncLocalStorage } from 'node:async_hooks';
import type { OperationContext } from '../context.ts';
import type { TxStep } from './steps.ts';

/**
 * Dry runs (API.md "Dry run"): the operation runs exactly as it would for real (same reads, same
 * rules, same transaction), and `commit()` sends its transaction with one more condition that can
 * never hold. DynamoDB then judges every other condition itself and writes nothing.
 *
 * The flag travels on the context (`ctx.dryRun`) and, as a safety net, in the async scope of the
 * request (`asDryRun`): an operation that builds a fresh context for its parts (a bulk route's
 * per-plan steps) cannot lose it, so nothing below the handler factory can write during a dry run.
 */
const scope = new AsyncLocalStorage<true>();

/** Runs `work` (and everything it awaits) as a dry run. */
export const asDryRun = <T>(work: () => Promise<T>): Promise<T> => scope.run(true, work);

/** Whether a write made with `ctx` now must be judged instead of written. */
export const isDryRun = (ctx: Pick<OperationContext, 'dryRun'>): boolean =>
  ctx.dryRun === true || scope.getStore() === true;

/**
 * The condition that never holds: a check that an item exists under a key that no item can have
 * (`#` is not allowed in an org id). Committed last, so its failure means every other item's
 * condition held, whether DynamoDB reports every failed condition or only the first.
 */
export const SENTINEL: TxStep = {
  build: (tx) =>
    tx.idempotency
      .check({ organizationId: '#dry-run', scope: 'sentinel' })
      .where((a, op) => op.exists(a.status))
      .commit(),
};

/** DynamoDB's cap on the items of one transaction. */
const MAX_TRANSACTION_ITEMS = 100;

/**
 * The transaction a dry run sends: the real one with the sentinel last. A real transaction already at
 * DynamoDB's cap leaves out one item whose condition holds whatever the data (an audit event), so the
 * judgement is the same.
 */
export const judgedSteps = (steps: TxStep[]): TxStep[] => {
  if (steps.length < MAX_TRANSACTION_ITEMS) return [...steps, SENTINEL];
  const spare = steps.findIndex((step) => step.alwaysHolds);
  if (spare < 0) throw new Error('A transaction at the item cap has no room for a dry run');
  return [...steps.slice(0, spare), ...steps.slice(spare + 1), SENTINEL];
};
