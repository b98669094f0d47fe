import type { TxStep } from './db/commit.ts';

/** Who made a change: recorded on every audit event. */
export interface Actor {
  sub: string;
  email: string | null;
}

/**
 * Lets the handler factory make an `Idempotency-Key` record part of the same transaction
 * as the change it answers for (so a crash can never separate them).
 */
export interface IdempotencyHook {
  /** A transaction step that stores `result` as the remembered response. */
  completion(result: unknown): TxStep;
  /** True once a committed transaction carried the completion. */
  committed: boolean;
}

/** What every operation receives besides its input. No HTTP in here. */
export interface OperationContext {
  orgId: string;
  actor: Actor;
  now: Date;
  /** `If-Match` version, when the request sent one. */
  ifMatch?: number;
  idempotency?: IdempotencyHook;
}

export const SYSTEM_EXPIRER: Actor = { sub: 'system:expirer', email: null };
