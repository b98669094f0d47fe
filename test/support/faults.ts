/**
 * Test-only fault injection into the shared DynamoDB client (`shared/db/client.ts`), as an SDK
 * middleware on its `middlewareStack` — the same client the HTTP handlers, the expirer and the
 * ElectroDB service use — removable after each test.
 *
 * Where it sits: right after the SDK's `retryMiddleware` (step `finalizeRequest`), i.e. INSIDE the
 * retry loop. Every attempt the SDK makes passes through it, so a fault that persists is seen by
 * the SDK's own retry strategy again on each retry, exactly as if DynamoDB kept answering with it;
 * a fault on one attempt only is what the SDK's retries are there to absorb. A second middleware at
 * `initialize` (outside the loop, once per request) tracks requests in flight, so a test can wait
 * until the API is quiet before it dumps the table.
 *
 * Requests are numbered in the order they are first attempted, from 1, counting only those that
 * match the rule's `command` (e.g. `TransactWriteItems`) and `match` (a predicate on the
 * low-level, marshalled input). The faults are the errors the SDK would raise itself:
 * - `throttling`, `provisioned-throughput`: `ThrottlingException` / `ProvisionedThroughputExceededException`
 *   (HTTP 400, `$retryable.throttling`), which the SDK retries with backoff;
 * - `timeout`: a `TimeoutError` before the request reaches DynamoDB (connection timeout);
 * - `lost-response`: the request reaches DynamoDB and is applied, then a `TimeoutError` replaces
 *   its answer (socket timeout while reading the response) — the write's outcome is unknown to the caller;
 * - `internal-error`: `InternalServerError` (HTTP 500 from DynamoDB), retried by the SDK;
 * - `transaction-conflict`, `transaction-throttled`: `TransactionCanceledException` whose
 *   `CancellationReasons` say `TransactionConflict` / `ThrottlingError` (not retried by the SDK);
 * - `unknown`: an error the SDK does not know and does not retry.
 * Every fault's message carries `FAULT_SECRET`, so a test can check that no answer leaks it.
 */
import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  type ServiceInputTypes,
  type ServiceOutputTypes,
  ThrottlingException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import type { FinalizeRequestMiddleware, HandlerExecutionContext, InitializeMiddleware } from '@smithy/types';
import { dynamodb } from '../../shared/db/client.ts';

export const FAULT_KINDS = [
  'throttling',
  'provisioned-throughput',
  'timeout',
  'lost-response',
  'internal-error',
  'transaction-conflict',
  'transaction-throttled',
  'unknown',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Faults that only a `TransactWriteItems` can answer with. */
export const TRANSACTION_ONLY: readonly FaultKind[] = ['transaction-conflict', 'transaction-throttled'];

/**
 * - `once`: the first attempt of the Nth matching request fails; its retries (if any) go through.
 * - `request`: every attempt of the Nth matching request fails: the fault outlasts the SDK's retries.
 * - `onwards`: every attempt of every matching request from the Nth on fails (an outage).
 */
export type Persistence = 'once' | 'request' | 'onwards';

export interface FaultRule {
  fault: FaultKind;
  /** 1-based, among the requests that match `command` and `match`. */
  nth: number;
  /** Only requests of this command (without the `Command` suffix), e.g. `TransactWriteItems`. */
  command?: string;
  /** Only requests whose (marshalled, low-level) input satisfies this. */
  match?: (input: object) => boolean;
  persist?: Persistence;
}

/** One attempt the SDK made while the injector was armed. */
export interface Attempt {
  /** The request's number among all requests since `arm` (1-based). */
  seq: number;
  command: string;
  /** 1 for the first attempt, 2 for the SDK's first retry, … */
  attempt: number;
  fault: FaultKind | null;
}

/** A marker in every injected error's message: an answer that contains it leaked an internal error. */
export const FAULT_SECRET = 'injected-fault-7c1e';

const metadata = (httpStatusCode: number) => ({
  httpStatusCode,
  requestId: `FAULT${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
  attempts: 1,
  totalRetryDelay: 0,
});

const timeoutError = (message: string) =>
  Object.assign(new Error(`${message} (${FAULT_SECRET})`), { name: 'TimeoutError' });

const transactionCanceled = (input: object, code: 'TransactionConflict' | 'ThrottlingError') => {
  const items = (input as { TransactItems?: unknown[] }).TransactItems ?? [];
  // DynamoDB gives one reason per item, in order; the first item is the one that conflicted.
  const reasons = items.map((_, i) =>
    i === 0
      ? {
          Code: code,
          Message:
            code === 'TransactionConflict'
              ? `Transaction is ongoing for the item (${FAULT_SECRET})`
              : `Throughput exceeds the current capacity (${FAULT_SECRET})`,
        }
      : { Code: 'None' },
  );
  return new TransactionCanceledException({
    message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
    CancellationReasons: reasons,
    $metadata: metadata(400),
  });
};

/** The error DynamoDB (or the network) would have produced for this fault. */
const errorFor = (fault: FaultKind, input: object): Error => {
  switch (fault) {
    case 'throttling':
      return Object.assign(
        new ThrottlingException({
          message: `Rate of requests exceeds the allowed throughput (${FAULT_SECRET})`,
          $metadata: metadata(400),
        }),
        { $retryable: { throttling: true } },
      );
    case 'provisioned-throughput':
      return Object.assign(
        new ProvisionedThroughputExceededException({
          message: `The level of configured provisioned throughput for the table was exceeded (${FAULT_SECRET})`,
          $metadata: metadata(400),
        }),
        { $retryable: { throttling: true } },
      );
    case 'timeout':
      return timeoutError('Connection timed out after 1000 ms');
    case 'lost-response':
      return timeoutError('Socket timed out without a response after 2000 ms');
    case 'internal-error':
      return new InternalServerError({
        message: `Internal server error (${FAULT_SECRET})`,
        $metadata: metadata(500),
      });
    case 'transaction-conflict':
      return transactionCanceled(input, 'TransactionConflict');
    case 'transaction-throttled':
      return transactionCanceled(input, 'ThrottlingError');
    case 'unknown':
      return Object.assign(new Error(`Something nobody planned for (${FAULT_SECRET})`), {
        name: 'InjectedUnknownError',
      });
  }
};

interface RequestState {
  seq: number;
  command: string;
  /** Its number among matching requests, or 0 when it does not match the rule. */
  matchSeq: number;
  attempts: number;
}

export interface FaultInjector {
  /** Starts numbering requests afresh and applies `rule` (none: only records). */
  arm(rule?: FaultRule): void;
  /** Stops injecting; requests are still recorded. */
  disarm(): void;
  /** Every attempt since `arm`. */
  readonly attempts: readonly Attempt[];
  /** The commands of the requests since `arm`, in order (each once, whatever its retries). */
  requests(): string[];
  /** How many faults were injected since `install`, by kind. */
  readonly injected: Readonly<Record<FaultKind, number>>;
  /** Resolves when no request of the shared client is in flight (stragglers included). */
  idle(): Promise<void>;
  /** Takes the middleware off the client and restores its retry strategy. */
  remove(): void;
}

let installed = 0;

/**
 * Adds the injector to the shared client. With `retryDelayMs`, the client's retry strategy is
 * replaced — through its config, for this process only — by the SDK's `ConfiguredRetryStrategy`
 * with the client's own `maxAttempts` and that fixed backoff (the defaults wait up to seconds per
 * throttled retry), renewed on every `arm` so one case's retries never drain the next case's
 * retry quota. `remove()` puts the original strategy back.
 */
export const installFaults = (options: { retryDelayMs?: number } = {}): FaultInjector => {
  const id = ++installed;
  const tracker = `faultTracker-${id}`;
  const injector = `faultInjector-${id}`;
  const originalStrategy = dynamodb.config.retryStrategy;
  const freshStrategy = () => {
    if (options.retryDelayMs === undefined) return;
    const strategy = new ConfiguredRetryStrategy(dynamodb.config.maxAttempts, options.retryDelayMs);
    dynamodb.config.retryStrategy = async () => strategy;
  };
  freshStrategy();

  const injected = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  let rule: FaultRule | undefined;
  let seq = 0;
  let matchSeq = 0;
  let attempts: Attempt[] = [];
  let order: string[] = [];
  let inFlight = 0;
  const states = new WeakMap<HandlerExecutionContext, RequestState>();

  const track: InitializeMiddleware<ServiceInputTypes, ServiceOutputTypes> = (next) => async (args) => {
    inFlight++;
    try {
      return await next(args);
    } finally {
      inFlight--;
    }
  };

  const shouldFail = (state: RequestState): boolean => {
    if (!rule || state.matchSeq === 0) return false;
    switch (rule.persist ?? 'once') {
      case 'once':
        return state.matchSeq === rule.nth && state.attempts === 1;
      case 'request':
        return state.matchSeq === rule.nth;
      case 'onwards':
        return state.matchSeq >= rule.nth;
    }
  };

  const inject: FinalizeRequestMiddleware<ServiceInputTypes, ServiceOutputTypes> =
    (next, context) => async (args) => {
      let state = states.get(context);
      if (!state) {
        const command = String(context.commandName ?? 'unknown').replace(/Command$/, '');
        const matches =
          rule !== undefined &&
          (rule.command === undefined || rule.command === command) &&
          (rule.match === undefined || rule.match(args.input));
        state = { seq: ++seq, command, matchSeq: matches ? ++matchSeq : 0, attempts: 0 };
        states.set(context, state);
        order.push(command);
      }
      state.attempts++;
      const fault = shouldFail(state) ? (rule?.fault ?? null) : null;
      attempts.push({ seq: state.seq, command: state.command, attempt: state.attempts, fault });
      if (!fault) return next(args);
      injected[fault]++;
      // The request reaches DynamoDB and is applied; whatever it answered (even an error) is lost.
      if (fault === 'lost-response') await next(args).catch(() => undefined);
      throw errorFor(fault, args.input);
    };

  dynamodb.middlewareStack.add(track, { step: 'initialize', name: tracker });
  dynamodb.middlewareStack.addRelativeTo(inject, {
    relation: 'after',
    toMiddleware: 'retryMiddleware',
    name: injector,
  });

  return {
    arm(next) {
      rule = next;
      seq = 0;
      matchSeq = 0;
      attempts = [];
      order = [];
      freshStrategy();
    },
    disarm() {
      rule = undefined;
    },
    get attempts() {
      return attempts;
    },
    requests: () => [...order],
    injected,
    async idle() {
      for (let quiet = 0; quiet < 3; ) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        quiet = inFlight === 0 ? quiet + 1 : 0;
      }
    },
    remove() {
      rule = undefined;
      dynamodb.middlewareStack.remove(tracker);
      dynamodb.middlewareStack.remove(injector);
      dynamodb.config.retryStrategy = originalStrategy;
    },
  };
};
