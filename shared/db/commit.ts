import { randomUUID } from 'node:crypto';
import { createWriteTransaction } from 'electrodb';
import type { OperationContext } from '../context.ts';
import { trackEntities } from '../entities/lazy.ts';
import { type DomainError, notFound, unavailable, versionMismatch } from '../errors.ts';
import { GO } from './client.ts';
import { isDryRun, judgedSteps } from './dry-run.ts';
import { db, type Entities } from './service.ts';
import type { TxEntities, TxStep } from './steps.ts';
import { isTransient } from './transient.ts';

export type { TxEntities, TxItem, TxStep } from './steps.ts';

/** Thrown by an `onFail` when the item changed since it was read; `retryOnStale` reads again. */
export class StaleRead extends Error {
  constructor() {
    super('the item changed since it was read');
    this.name = 'StaleRead';
  }
}

const MAX_CONFLICT_RETRIES = 6;
const MAX_STALE_RETRIES = 8;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backoff = (attempt: number) => sleep(Math.random() * Math.min(200, 10 * 2 ** attempt));

/** A dry run's cancellation reasons when every condition but the last (the sentinel) held. */
const judgedAsHeld = (reasons: { code: string }[]): boolean =>
  reasons.at(-1)?.code === 'ConditionalCheckFailed' &&
  reasons.slice(0, -1).every((reason) => reason.code === 'None');

/**
 * Writes `steps` in one DynamoDB transaction: all or nothing. A failed condition becomes the
 * failing step's domain error; a transaction conflict (another transaction touching the same
 * items) is retried with the same items, whose conditions DynamoDB evaluates afresh; throttling
 * becomes `unavailable`. With `result` (the operation's outcome), the context's commit hook adds its
 * steps to the same transaction. `entities` are those the steps use besides the ones of `db` (a CRUD
 * resource's own entity, which only its own writes touch: shared/db/crud.ts).
 *
 * In a dry run (shared/db/dry-run.ts) the same transaction goes out with one more condition that can
 * never hold, last: DynamoDB cancels it, and when the sentinel is the only failed condition every
 * other one held, so this returns as if committed, having written nothing. Any other failure is
 * mapped exactly as for real; conflicts are retried the same way.
 */
export const commit = async (
  ctx: OperationContext,
  steps: TxStep[],
  options: { result?: unknown; entities?: Readonly<Record<string, object>> } = {},
) => {
  const entities = options.entities ? { ...db, ...options.entities } : db;
  const dryRun = isDryRun(ctx);
  const hook = options.result !== undefined && !dryRun ? ctx.onCommit : undefined;
  const all = dryRun
    ? judgedSteps(steps)
    : hook && !hook.committed
      ? [...steps, ...hook.steps(options.result)]
      : steps;
  for (let attempt = 0; ; attempt++) {
    // The token makes the SDK's own retries of this request idempotent: if an attempt committed but
    // its answer was lost, DynamoDB answers the retry with success instead of running it again.
    // Only the entities these items use go into the transaction (see trackEntities).
    const { result: items, used } = trackEntities(entities as unknown as TxEntities, (tx) =>
      all.map((step) => step.build(tx)),
    );
    const response = await createWriteTransaction(used as unknown as Entities, () => items).go({
      token: randomUUID(),
      ...GO,
    });
    if (!response.canceled) {
      if (dryRun) throw new Error('A dry run committed: its sentinel condition held');
      if (hook) hook.committed = true;
      return;
    }
    const reasons = response.data as { code: string; item: Record<string, unknown> | null }[];
    // Only the sentinel failed: every condition of the real transaction held.
    if (dryRun && judgedAsHeld(reasons)) return;
    const failed = reasons.findIndex(
      (reason, i) => reason.code === 'ConditionalCheckFailed' && !(dryRun && i === all.length - 1),
    );
    if (failed >= 0) {
      const step = all[failed];
      const reason = reasons[failed];
      if (step?.onFail) throw step.onFail(reason?.item ?? null);
      throw new Error(`Unmapped condition failure on transaction item ${failed}`);
    }
    const codes = reasons.map((reason) => reason.code);
    if (codes.some((code) => code === 'ThrottlingError' || code === 'ProvisionedThroughputExceeded')) {
      throw unavailable();
    }
    if (codes.includes('TransactionConflict')) {
      if (attempt < MAX_CONFLICT_RETRIES) {
        await backoff(attempt);
        continue;
      }
      throw unavailable('Too many concurrent changes to the same items; nothing was written');
    }
    throw new Error(`Transaction canceled: ${codes.join(',')}`);
  }
};

/**
 * Runs a read-modify-write `attempt` again when it lost a race (`StaleRead`), so a write
 * without an expected version never overwrites a concurrent change and never fails because of one.
 * A database that throttles or cannot be reached (after the SDK's retries) is `unavailable`
 * here already, as a `DomainError`: a bulk route then reports it for that one plan, like any other
 * refusal, instead of abandoning the request while the other plans are being written.
 */
export const retryOnStale = async <T>(attempt: () => Promise<T>): Promise<T> => {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleRead)) throw isTransient(error) ? unavailable() : error;
      if (i >= MAX_STALE_RETRIES) throw unavailable('Too many concurrent changes to this resource');
      await backoff(i);
    }
  }
};

/**
 * The `onFail` of a resource's own versioned write: gone → `not_found`; changed → `version_mismatch`
 * when the caller expected a version, else read again; otherwise `other(current)` says which invariant failed.
 */
export const versionedFailure =
  (
    ctx: OperationContext,
    what: string,
    expected: number,
    other?: (current: Record<string, unknown>) => DomainError,
  ) =>
  (current: Record<string, unknown> | null): Error => {
    if (!current) return notFound(what);
    const version = Number(current.version);
    if (version !== expected) {
      if (ctx.expectedVersion !== undefined) return versionMismatch(ctx.expectedVersion, version);
      return new StaleRead();
    }
    return other ? other(current) : new Error(`Unexpected condition failure on ${what}`);
  };
