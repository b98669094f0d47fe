import type { TxStep } from './db/steps.ts';

/** Who made a change: recorded on every audit event. */
export interface Actor {
  sub: string;
  email: string | null;
}

/**
 * Steps that the caller of an operation adds to the transaction that commits the operation's
 * outcome (the handler factory stores an `Idempotency-Key`'s answer this way, so a crash can never
 * separate the answer from the change).
 */
export interface CommitHook {
  /** The extra steps of the transaction that commits `result`. */
  steps(result: unknown): TxStep[];
  /** Set once a committed transaction carried them. */
  committed: boolean;
}

/** What every operation receives besides its input. No HTTP in here. */
export interface OperationContext {
  orgId: string;
  actor: Actor;
  now: Date;
  /** The version the caller expects the resource to have (a stale one is `version_mismatch`). */
  expectedVersion?: number;
  /** Extra steps for the transaction that commits the outcome. */
  onCommit?: CommitHook;
  /**
   * A dry run: every transaction is judged by DynamoDB instead of written (shared/db/dry-run.ts), so
   * the operation answers what it would answer and writes nothing.
   */
  dryRun?: boolean;
}

/** The same caller and clock without the expected version and commit hook (a bulk route's per-plan steps). */
export const plainContext = (ctx: OperationContext): OperationContext => ({
  orgId: ctx.orgId,
  actor: ctx.actor,
  now: ctx.now,
  ...(ctx.dryRun ? { dryRun: true } : {}),
});

export const SYSTEM_EXPIRER: Actor = { sub: 'system:expirer', email: null };
