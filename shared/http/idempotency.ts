import { createHash, randomUUID } from 'node:crypto';
import type { CommitHook } from '../context.ts';
import { GO } from '../db/client.ts';
import { db } from '../db/service.ts';
import type { TxStep } from '../db/steps.ts';
import { DomainError } from '../errors.ts';
import { logger } from '../log.ts';
import type { HttpResponse } from './response.ts';

/** How long a response is remembered. */
const REPLAY_WINDOW_SECONDS = 24 * 60 * 60;
/**
 * How long an in-progress lock holds before it counts as abandoned (its Lambda died). Well
 * above the functions' timeout, so a live request is never overtaken.
 */
const LOCK_MS = 60_000;

interface Key {
  organizationId: string;
  scope: string;
}

/** Stable JSON: the same object with keys in another order is the same request. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The record's key for one caller's key in one org. */
export const idempotencyKeyOf = (orgId: string, sub: string, key: string) => ({
  organizationId: orgId,
  scope: sha256(`${sub}\u0000${key}`),
});

export type IdempotencyStart =
  | { kind: 'replay'; response: HttpResponse }
  | { kind: 'locked'; lock: IdempotencyLock };

/**
 * One `Idempotency-Key` in use by this request. Only the lock's owner (its random `token`)
 * can complete or release it, so a duplicate that is refused with `idempotency_in_progress`
 * never removes the first request's lock (the flaw of Powertools 2.35 with middy, #5675).
 *
 * Powertools has since fixed #5675 upstream; this stays our own because it does what Powertools'
 * idempotency cannot: the completed record is written in the same DynamoDB transaction as the change
 * (Powertools saves it in a separate call after the handler, so a function that dies in between leaves
 * a committed change whose retry runs it again), keys are scoped to the org and the caller, validation
 * runs before the key is looked at, and a request without a key is simply not idempotent (no 500).
 */
export class IdempotencyLock implements CommitHook {
  committed = false;
  constructor(
    private readonly key: Key,
    private readonly token: string,
    private readonly shape: (result: unknown) => HttpResponse,
  ) {}

  /** Completes the record inside the change's own transaction: a crash cannot separate them. */
  steps(result: unknown): TxStep[] {
    return [this.completion(this.shape(result))];
  }

  private completion(response: HttpResponse): TxStep {
    return {
      build: (tx) =>
        tx.idempotency
          .patch(this.key)
          .set({ status: 'completed', response })
          .where((a, op) => `${op.eq(a.token, this.token)} AND ${op.eq(a.status, 'in_progress')}`)
          .commit(),
      onFail: () =>
        new DomainError('idempotency_in_progress', 'This Idempotency-Key was taken over by another request'),
    };
  }

  /** Remembers a successful response that no transaction carried (e.g. an operation that wrote nothing). */
  async complete(response: HttpResponse): Promise<void> {
    if (this.committed) return;
    try {
      await db.idempotency
        .patch(this.key)
        .set({ status: 'completed', response })
        .where((a, op) => `${op.eq(a.token, this.token)} AND ${op.eq(a.status, 'in_progress')}`)
        .go(GO);
    } catch (error) {
      // Applied with its answer lost: the SDK's retry then finds the record completed by us.
      if (!isConditionFailure(error)) throw error;
      const current = (await db.idempotency.get(this.key).go({ consistent: true, ...GO })).data;
      if (current?.token !== this.token || current.status !== 'completed') throw error;
    }
    this.committed = true;
  }

  /** Forgets a failed request, so it can be retried with the same key. */
  async release(): Promise<void> {
    if (this.committed) return;
    try {
      await db.idempotency
        .delete(this.key)
        .where((a, op) => `${op.eq(a.token, this.token)} AND ${op.eq(a.status, 'in_progress')}`)
        .go(GO);
    } catch (error) {
      // Already gone or taken over: nothing of ours to release. Anything else must not mask the
      // original error; the lock then expires on its own after LOCK_MS.
      if (isConditionFailure(error)) return;
      logger.warn('idempotency release failed', { error: String(error) });
    }
  }
}

/** The first request with this key is still running (the answer says to retry in a second). */
const inProgress = () =>
  new DomainError('idempotency_in_progress', 'A request with this Idempotency-Key is still being processed');

const isConditionFailure = (error: unknown): boolean => {
  let e: unknown = error;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    if ((e as { name?: string }).name === 'ConditionalCheckFailedException') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
};

/**
 * Starts a request with an `Idempotency-Key`: takes the lock, or answers with the remembered
 * response (same request), `422 idempotency_key_reused` (different request) or
 * `409 idempotency_in_progress` (the first is still running).
 */
export const beginIdempotent = async (options: {
  orgId: string;
  sub: string;
  key: string;
  method: string;
  path: string;
  body: unknown;
  now: Date;
  shape: (result: unknown) => HttpResponse;
}): Promise<IdempotencyStart> => {
  const key: Key = idempotencyKeyOf(options.orgId, options.sub, options.key);
  const requestHash = sha256(`${options.method}\u0000${options.path}\u0000${canonical(options.body)}`);
  const nowMs = options.now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const token = randomUUID();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await db.idempotency
        .put({
          ...key,
          status: 'in_progress',
          requestHash,
          token,
          lockExpiresAt: nowMs + LOCK_MS,
          expiresAt: nowSeconds + REPLAY_WINDOW_SECONDS,
        })
        .where(
          (a, op) =>
            `${op.notExists(a.status)} OR ${op.lt(a.expiresAt, nowSeconds)} OR (${op.eq(a.status, 'in_progress')} AND ${op.lt(a.lockExpiresAt, nowMs)})`,
        )
        .go(GO);
      return { kind: 'locked', lock: new IdempotencyLock(key, token, options.shape) };
    } catch (error) {
      if (!isConditionFailure(error)) {
        // The put may have been applied and only its answer lost: leave no lock of ours behind.
        await new IdempotencyLock(key, token, options.shape).release();
        throw error;
      }
    }
    const existing = (await db.idempotency.get(key).go({ consistent: true, ...GO })).data;
    if (!existing) continue; // Released between our write and our read: try to take it again.
    // Our own lock: the put was applied but its answer was lost, and the SDK's retry found it.
    if (existing.token === token)
      return { kind: 'locked', lock: new IdempotencyLock(key, token, options.shape) };
    if (existing.requestHash !== requestHash) {
      throw new DomainError(
        'idempotency_key_reused',
        'This Idempotency-Key was used with a different request',
        [{ path: 'Idempotency-Key', message: 'already used with a different method, path or body' }],
      );
    }
    if (existing.status === 'completed' && existing.response) {
      const response = existing.response as HttpResponse;
      return {
        kind: 'replay',
        response: { ...response, headers: { ...response.headers, 'idempotent-replayed': 'true' } },
      };
    }
    throw inProgress();
  }
  throw inProgress();
};
