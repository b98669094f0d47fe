/**
 * The fault matrix: for one write operation over HTTP, count its DynamoDB requests in a clean run
 * (k), then inject every fault at every position 1..k and check the answer, the table (a full
 * Scan of this file's own table, before and after: nothing, or the whole change) and that the
 * failed request can be retried — with the same `Idempotency-Key` for a POST — to succeed exactly
 * once.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { KEY_ATTRIBUTES, TABLE } from '../../shared/db/table.ts';
import { type ApiClient, type ApiResponse, newOrg, useApi } from '../support/api.ts';
import {
  FAULT_KINDS,
  FAULT_SECRET,
  type FaultInjector,
  type FaultKind,
  type FaultRule,
  installFaults,
  type Persistence,
  TRANSACTION_ONLY,
} from '../support/faults.ts';

export type Item = Record<string, unknown>;
export type Dump = Map<string, Item>;

/** A client of its own (never faulted, never counted) for reading and clearing the table. */
const raw = new DynamoDBClient({
  endpoint: process.env.DYNAMODB_ENDPOINT ?? '',
  region: process.env.AWS_REGION || 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const doc = DynamoDBDocumentClient.from(raw);
const table = () => process.env.TABLE_NAME ?? '';
const keyOf = (item: Item) => `${String(item[TABLE.partitionKey])} | ${String(item[TABLE.sortKey])}`;

/** Every item of the table (a strongly consistent Scan), by primary key. */
export const dump = async (): Promise<Dump> => {
  const items: Dump = new Map();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new ScanCommand({ TableName: table(), ConsistentRead: true, ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? []) items.set(keyOf(item), item);
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

/** Empties the table (whose content is `known`, if given), so each case's dumps hold only that case's items. */
export const truncate = async (known?: Dump) => {
  const keys = [...(known ?? (await dump())).values()].map((item) => ({
    [TABLE.partitionKey]: item[TABLE.partitionKey],
    [TABLE.sortKey]: item[TABLE.sortKey],
  }));
  for (let i = 0; i < keys.length; i += 25) {
    let pending = keys.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
    while (pending.length > 0) {
      const result = await doc.send(new BatchWriteCommand({ RequestItems: { [table()]: pending } }));
      pending = (result.UnprocessedItems?.[table()] ?? []) as typeof pending;
    }
  }
};

/**
 * One item's part in a change: `+` added, `-` removed, `~` changed, with the attributes that
 * changed (index keys left out: they follow from the attributes).
 */
export interface Change {
  sig: string;
  item: Item;
}

const label = (item: Item) => {
  const entity = String(item.__edb_e__ ?? 'unknown');
  if (entity === 'guard') return `guard:${String(item.kind)}`;
  if (entity === 'auditEvent') return `auditEvent:${String(item.action)}`;
  if (entity === 'idempotency') return `idempotency:${String(item.status)}`;
  return entity;
};

/** What `after` holds that `before` did not, item by item. */
export const changesBetween = (before: Dump, after: Dump): Change[] => {
  const changes: Change[] = [];
  for (const [key, item] of after) {
    const was = before.get(key);
    if (!was) {
      changes.push({ sig: `+${label(item)}`, item });
      continue;
    }
    const names = [...new Set([...Object.keys(was), ...Object.keys(item)])]
      .filter((name) => !KEY_ATTRIBUTES.includes(name) && !isDeepStrictEqual(was[name], item[name]))
      .sort();
    if (names.length > 0) changes.push({ sig: `~${label(item)}[${names.join(',')}]`, item });
  }
  for (const [key, item] of before) if (!after.has(key)) changes.push({ sig: `-${label(item)}`, item });
  return changes;
};

/** Changes grouped by unit, each unit's signatures sorted. */
const byUnit = (changes: Change[], unitOf: (item: Item) => string): Record<string, string[]> => {
  const units: Record<string, string[]> = {};
  for (const change of changes) {
    const unit = unitOf(change.item);
    units[unit] = [...(units[unit] ?? []), change.sig].sort();
  }
  return units;
};

export interface HttpCall {
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

/** What a case's first answer must be: `skipped` is a bulk 200 that lists what it could not do. */
export type Expectation = 'success' | 'unavailable' | 'internal_error' | 'skipped';

/** A write operation under test, and what its whole change is. */
export interface FaultOperation<F> {
  name: string;
  /** The resources the request needs, created over HTTP before anything is armed. */
  setup: (api: ApiClient, org: string) => Promise<F>;
  call: (org: string, fixture: F) => HttpCall;
  status: 200 | 201 | 204;
  /**
   * The whole change, by atomic unit: every signature of `changesBetween(before, after)` after a
   * success. Each unit is written entirely or not at all; a single operation is one unit.
   */
  change: Record<string, string[]>;
  /** The unit an item belongs to (default: the one unit `change`). */
  unitOf?: (item: Item, fixture: F) => string;
  /** More checks on a finished change (e.g. the event is about the resource, counters). */
  verify?: (api: ApiClient, org: string, fixture: F, changes: Change[]) => Promise<void>;
  /**
   * For an operation of independent units (a bulk route, each plan on its own): the answer when it
   * differs from the default, what a `skipped` answer must say about the units written, and the
   * request that finishes the job afterwards (a new key: the first answer is remembered).
   */
  independent?: {
    expectation: (c: FaultCase, requests: string[], base: Expectation) => Expectation;
    checkSkipped: (body: unknown, written: string[], fixture: F, c: FaultCase) => void;
    resubmit: (org: string, fixture: F, body: unknown) => HttpCall;
  };
}

/** Retryable by the SDK (throttling, timeouts, DynamoDB 500s); a transaction conflict by `commit`. */
const ABSORBED_ONCE: readonly FaultKind[] = [
  'throttling',
  'provisioned-throughput',
  'timeout',
  'lost-response',
  'internal-error',
  'transaction-conflict',
];

/**
 * The contract's answer to a fault: absorbed when it hit one attempt of something the SDK (or
 * `commit`, for conflicts) retries; else `503 unavailable` for throttling, timeouts, DynamoDB 500s
 * and a transaction cancelled for throttling or lasting conflicts; `500 internal_error` otherwise.
 */
export const expectationFor = (fault: FaultKind, persist: Persistence): Expectation => {
  if (fault === 'unknown') return 'internal_error';
  if (persist === 'once' && ABSORBED_ONCE.includes(fault)) return 'success';
  return 'unavailable';
};

export interface FaultCase {
  fault: FaultKind;
  /** Position among all the operation's requests (1..k). */
  position: number;
  command: string;
  persist: Persistence;
  rule: FaultRule;
}

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']);

/**
 * Every fault at every position, once and persisting (`request`: past the SDK's retries), except:
 * an unknown error is never retried, so once is all there is; a `ProvisionedThroughputExceeded`
 * once takes the SDK's very path of a `ThrottlingException` once, so it is only tried persisting;
 * a lost answer is a fault of writes only (a read's lost answer is a timeout); and the
 * transaction-only faults go to `TransactWriteItems`. A conflict that lasts has to outlast
 * `commit`'s own retries, each a new request: it persists `onwards` over the transactions.
 */
export const casesFor = (requests: string[]): FaultCase[] => {
  const cases: FaultCase[] = [];
  requests.forEach((command, i) => {
    const position = i + 1;
    const transactionNth = requests.slice(0, position).filter((c) => c === 'TransactWriteItems').length;
    const add = (fault: FaultKind, persists: Persistence[]) => {
      for (const persist of persists) {
        const rule: FaultRule = TRANSACTION_ONLY.includes(fault)
          ? {
              fault,
              nth: transactionNth,
              command: 'TransactWriteItems',
              persist: persist === 'request' && fault === 'transaction-conflict' ? 'onwards' : persist,
            }
          : { fault, nth: position, persist };
        cases.push({ fault, position, command, persist, rule });
      }
    };
    add('throttling', ['once', 'request']);
    add('provisioned-throughput', ['request']);
    add('timeout', ['once', 'request']);
    add('internal-error', ['once', 'request']);
    add('unknown', ['once']);
    if (WRITES.has(command)) add('lost-response', ['once', 'request']);
    if (command === 'TransactWriteItems') {
      add('transaction-conflict', ['once', 'request']);
      add('transaction-throttled', ['once', 'request']);
    }
  });
  return cases;
};

const send = (api: ApiClient, org: string, call: HttpCall, key: string) =>
  api.request(call.method, call.path, {
    org,
    ...(call.body !== undefined ? { body: call.body } : {}),
    ...(call.method === 'POST' ? { headers: { 'idempotency-key': key } } : {}),
  });

const describeCase = (name: string, c: FaultCase) =>
  `${name}: ${c.fault} ${c.persist === 'once' ? 'once' : 'persisting'} at request ${c.position} (${c.command})`;

/** Nothing of an internal error reaches the client. */
const expectNoLeak = (res: ApiResponse<unknown>, where: string) => {
  expect(res.text, `${where}: leaked the fault`).not.toContain(FAULT_SECRET);
  expect(res.text, `${where}: leaked a stack`).not.toMatch(/\bat .+:\d+:\d+|Exception|Error:/);
};

export interface MatrixResult {
  requests: string[];
  cases: number;
  outcomes: Record<string, number>;
}

/**
 * Runs the clean reference, then every case of `casesFor`, and checks each. `idle()` waits for
 * stragglers (e.g. bulk workers) before the table is read.
 */
export const runMatrix = async <F>(
  api: ApiClient,
  faults: FaultInjector,
  op: FaultOperation<F>,
): Promise<MatrixResult> => {
  const unitOf = (fixture: F) => (item: Item) => op.unitOf?.(item, fixture) ?? 'change';
  const units = Object.keys(op.change).sort();
  /** The units `changes` wrote, each of which must be whole. */
  const writtenUnits = (changes: Change[], fixture: F, where: string) => {
    const found = byUnit(changes, unitOf(fixture));
    for (const [unit, sigs] of Object.entries(found)) {
      expect(sigs, `${where}: unit '${unit}' written only in part`).toEqual(
        [...(op.change[unit] ?? [])].sort(),
      );
    }
    return Object.keys(found).sort();
  };

  // The clean run: its requests are the positions to fault, its change the whole change.
  await truncate();
  const org = newOrg('fault');
  const fixture = await op.setup(api, org);
  const before = await dump();
  faults.arm();
  const clean = await send(api, org, op.call(org, fixture), `ref-${org}`);
  await faults.idle();
  const requests = faults.requests();
  expect(clean.status, `${op.name} without faults: ${clean.text}`).toBe(op.status);
  let last = await dump();
  const cleanChanges = changesBetween(before, last);
  expect(byUnit(cleanChanges, unitOf(fixture)), `${op.name}: the whole change`).toEqual(
    Object.fromEntries(units.map((u) => [u, [...(op.change[u] ?? [])].sort()])),
  );
  await op.verify?.(api, org, fixture, cleanChanges);

  const cases = casesFor(requests);
  const outcomes: Record<string, number> = {};
  for (const c of cases) {
    const where = describeCase(op.name, c);
    await truncate(last);
    const org = newOrg('fault');
    const fixture = await op.setup(api, org);
    const call = op.call(org, fixture);
    let key = `key-${org}`;
    const before = await dump();

    faults.arm(c.rule);
    const res = await send(api, org, call, key);
    await faults.idle();
    faults.disarm();
    const hit = faults.attempts.find((a) => a.fault !== null);
    expect(hit?.command, `${where}: the fault did not hit the request it was meant for`).toBe(c.command);
    expectNoLeak(res, where);

    const base = expectationFor(c.fault, c.persist);
    const expected = op.independent?.expectation(c, requests, base) ?? base;
    let settled = await dump();
    const written = writtenUnits(changesBetween(before, settled), fixture, where);
    const outcome = res.status < 300 ? `${res.status}` : String((res.body as { code?: string } | null)?.code);
    const tally = `${c.fault}/${c.persist}→${outcome}`;
    outcomes[tally] = (outcomes[tally] ?? 0) + 1;

    if (expected === 'success') {
      expect(res.status, `${where}: ${res.text}`).toBe(op.status);
      expect(written, `${where}: a success wrote only part of its change`).toEqual(units);
    } else if (expected === 'skipped') {
      expect(res.status, `${where}: ${res.text}`).toBe(op.status);
      op.independent?.checkSkipped(res.body, written, fixture, c);
    } else {
      expect(res.status, `${where}: ${res.text}`).toBe(expected === 'unavailable' ? 503 : 500);
      expect((res.body as { code?: string }).code, where).toBe(expected);
      if (expected === 'unavailable') expect(res.headers.get('retry-after'), where).toMatch(/^\d+$/);
      // A fault before DynamoDB leaves nothing; a lost answer may hide a write that happened.
      if (!op.independent && c.fault !== 'lost-response') {
        expect(written, `${where}: a failure wrote something`).toEqual([]);
      }
    }

    // Retried (a POST with the same key; a bulk's skipped part anew), it succeeds, and every unit
    // is then written exactly once: none twice, none missing.
    if (expected !== 'success') {
      const resubmit = expected === 'skipped' ? op.independent?.resubmit : undefined;
      const skipped = resubmit !== undefined;
      const again = resubmit ? resubmit(org, fixture, res.body) : call;
      if (skipped) key = `${key}-resubmitted`;
      const retry = await send(api, org, again, key);
      await faults.idle();
      const after = await dump();
      const rewritten = writtenUnits(changesBetween(settled, after), fixture, where);
      settled = after;
      if (call.method === 'DELETE' && written.length === units.length) {
        expect(retry.status, `${where}: retry`).toBe(404);
      } else {
        expect(retry.status, `${where}: retry: ${retry.text}`).toBe(op.status);
      }
      const twice = rewritten.filter((u) => written.includes(u) && !(skipped && u === 'request'));
      expect(twice, `${where}: written twice`).toEqual([]);
      expect([...new Set([...written, ...rewritten])].sort(), `${where}: incomplete after the retry`).toEqual(
        units,
      );
    }
    await op.verify?.(api, org, fixture, changesBetween(before, settled));

    // And once it succeeded, the same key only replays it.
    if (call.method === 'POST') {
      const replay = await send(api, org, call, `key-${org}`);
      expect(replay.headers.get('idempotent-replayed'), `${where}: replay: ${replay.text}`).toBe('true');
      expect(replay.status, `${where}: replay`).toBe(op.status);
      const after = await dump();
      expect(changesBetween(settled, after), `${where}: a replay wrote`).toEqual([]);
      settled = after;
    }
    last = settled;
  }
  return { requests, cases: cases.length, outcomes };
};

/** The change's audit event is about the resource it changed. */
export const eventAbout =
  (entity: string) =>
  async (_api: ApiClient, _org: string, _fixture: unknown, changes: Change[]): Promise<void> => {
    const itemOf = (e: string) => changes.find((c) => c.item.__edb_e__ === e)?.item;
    expect(itemOf('auditEvent')?.entityId).toBe(itemOf(entity)?.id);
  };

interface FileSummary {
  operations: Record<string, MatrixResult>;
  injected: Record<string, number>;
}

/** One line: operations × positions, cases, faults injected by kind. */
const summaryLine = (files: FileSummary[]) => {
  const ops = files.flatMap((f) => Object.entries(f.operations));
  const positions = ops.reduce((n, [, r]) => n + r.requests.length, 0);
  const cases = ops.reduce((n, [, r]) => n + r.cases, 0);
  const injected = FAULT_KINDS.map(
    (kind) => [kind, files.reduce((n, f) => n + (f.injected[kind] ?? 0), 0)] as const,
  ).filter(([, n]) => n > 0);
  const total = injected.reduce((n, [, count]) => n + count, 0);
  return `${ops.length} write operations × ${positions} request positions (${ops
    .map(([name, r]) => `${name} ${r.requests.length}`)
    .join(
      ', ',
    )}) = ${cases} cases; ${total} faults injected (${injected.map(([k, n]) => `${k} ${n}`).join(', ')})`;
};

/**
 * A matrix test file: the local server, the injector on the shared client (the SDK's own retry
 * strategy and maxAttempts, 1 ms between attempts instead of up to seconds), and at the end a
 * summary of this file and — through a file per run in the OS temp dir, keyed by the run's table
 * name — of every matrix file of the run that has finished so far.
 */
export const useFaultMatrix = (label: string, runId: string) => {
  // One test is a whole matrix (every fault kind at every request position, each case a fresh org and
  // a table dump): 20-30 s on an idle 2-core machine, so the default 60 s is too tight under load.
  vi.setConfig({ testTimeout: 300_000 });
  const api = useApi();
  let faults: FaultInjector | undefined;
  const operations: Record<string, MatrixResult> = {};
  beforeAll(() => {
    faults = installFaults({ retryDelayMs: 1 });
  });
  afterAll(() => {
    if (!faults) return;
    faults.remove();
    const mine: FileSummary = { operations, injected: { ...faults.injected } };
    const dir = join(tmpdir(), 'fault-matrix');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${runId}.${label}.json`), JSON.stringify(mine));
    const all = readdirSync(dir)
      .filter((name) => name.startsWith(`${runId}.`))
      .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as FileSummary);
    console.log(`fault matrix (${label}): ${summaryLine([mine])}`);
    for (const [name, r] of Object.entries(operations)) {
      console.log(`  ${name}: [${r.requests.join(', ')}] ${JSON.stringify(r.outcomes)}`);
    }
    console.log(`fault matrix (${all.length} files of this run so far): ${summaryLine(all)}`);
  });
  return {
    api,
    run: async <F>(op: FaultOperation<F>) => {
      if (!faults) throw new Error('useFaultMatrix: the injector is installed in beforeAll');
      operations[op.name] = await runMatrix(api, faults, op);
    },
  };
};
