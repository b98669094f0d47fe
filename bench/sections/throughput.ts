/**
 * Section 5: throughput. The load harness (bench/load.ts: the local server in-process, 16
 * concurrent clients, a mixed workload of creates, updates, lifecycle steps, binds, cancels, bulk
 * routes, deletes, paged lists, idempotent retries, colliding creates and expiry passes, then a
 * recount of the whole table against what the clients were told) run as its own process with its
 * own DynamoDB Local. Errors: 5xx, requests that failed or were answered against the contract,
 * and violated invariants; the 4xx the workload provokes on purpose (collisions, reused keys,
 * stale If-Match) are answers the check expects, not errors.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../lib/env.ts';
import type { Figure } from '../lib/report.ts';
import { stat } from '../lib/stats.ts';
import type { EventLag } from '../load/events.ts';

const run = promisify(execFile);

interface LoadResult {
  passed: boolean;
  summary: {
    requests: number;
    seconds: number;
    requestsPerSecond: number;
    latencyMs: { p50: number; p99: number; max: number };
    statuses: Record<string, number>;
  };
  check: { invariants?: { ok: boolean }[] } | unknown;
  /** With `--events`: the change events delivered during the run (bench/load/events.ts). */
  events: EventLag | null;
  clientErrors: string[];
}

const loadOnce = async (
  clients: number,
  seconds: number,
): Promise<{ result: LoadResult; errors: number }> => {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  // --events: change events are delivered to a local receiver during the run, as under npm start with a URL.
  const args = [
    'bench/load.ts',
    '--clients',
    String(clients),
    '--seconds',
    String(seconds),
    '--orgs',
    '4',
    '--events',
  ];
  let failedRun = false;
  try {
    await run(tsx, args, { cwd: REPO_ROOT, timeout: (seconds + 600) * 1000, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // load.ts exits 1 when an invariant or request failed; its results file still says what happened.
    if ((error as { code?: unknown }).code !== 1) throw error;
    failedRun = true;
  }
  const result = JSON.parse(readFileSync(join(REPO_ROOT, 'bench', 'load-last.json'), 'utf8')) as LoadResult;
  const fiveXx = Object.entries(result.summary.statuses)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, count]) => sum + count, 0);
  return { result, errors: fiveXx + result.clientErrors.length + (result.passed && !failedRun ? 0 : 1) };
};

export async function runThroughput(options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<Figure[]> {
  const clients = options.quick ? 4 : 16;
  const seconds = options.quick ? 5 : 20;
  const runs: { result: LoadResult; errors: number }[] = [];
  for (let i = 0; i < (options.quick ? 1 : 3); i++) {
    const once = await loadOnce(clients, seconds);
    const summary = once.result.summary;
    options.log(
      `  throughput run ${i + 1}: ${summary.requestsPerSecond} req/s, p50 ${summary.latencyMs.p50} ms, p99 ${summary.latencyMs.p99} ms, errors ${once.errors}, change-event lag p99 ${once.result.events?.lagMs.p99 ?? '-'} ms`,
    );
    runs.push(once);
  }
  const statuses: Record<string, number> = {};
  for (const { result } of runs) {
    for (const [status, count] of Object.entries(result.summary.statuses))
      statuses[status] = (statuses[status] ?? 0) + count;
  }
  const requests = runs.reduce((sum, r) => sum + r.result.summary.requests, 0);
  const how = `${clients} clients × ${seconds} s per run, mixed workload (bench/load.ts), ${requests} requests in all`;
  return [
    {
      section: 'throughput',
      name: 'requests per second',
      unit: 'req/s',
      value: stat(runs.map((r) => r.result.summary.requestsPerSecond)),
      note: how,
    },
    {
      section: 'throughput',
      name: 'latency p50',
      unit: 'ms',
      value: stat(runs.map((r) => r.result.summary.latencyMs.p50)),
    },
    {
      section: 'throughput',
      name: 'latency p99',
      unit: 'ms',
      value: stat(runs.map((r) => r.result.summary.latencyMs.p99)),
    },
    {
      section: 'throughput',
      name: 'change-event lag p50 (commit → webhook)',
      unit: 'ms',
      value: stat(runs.map((r) => r.result.events?.lagMs.p50 ?? Number.NaN)),
      note: "from the audit event's `at` to its arrival at a receiver in the load process (shared/local/webhook.ts reading DynamoDB Local's stream), during the load",
    },
    {
      section: 'throughput',
      name: 'change-event lag p99 (commit → webhook)',
      unit: 'ms',
      value: stat(runs.map((r) => r.result.events?.lagMs.p99 ?? Number.NaN)),
      // API.md: events reach a healthy receiver within 10 seconds of their commit.
      budget: { kind: 'max', limit: 10_000 },
    },
    {
      section: 'throughput',
      name: 'change events that did not arrive',
      unit: 'events',
      value: stat([runs.reduce((sum, r) => sum + (r.result.events?.missing ?? Number.NaN), 0)]),
      budget: { kind: 'equal', limit: 0 },
      note: `${runs.reduce((sum, r) => sum + (r.result.events?.delivered ?? 0), 0)} delivered, ${runs.reduce((sum, r) => sum + (r.result.events?.duplicates ?? 0), 0)} repeats (consumers deduplicate by detail.id)`,
    },
    {
      section: 'throughput',
      name: 'errors (5xx, failed requests, violated invariants)',
      unit: 'errors',
      value: stat([runs.reduce((sum, r) => sum + r.errors, 0)]),
      budget: { kind: 'equal', limit: 0 },
      note: `statuses over all runs ${JSON.stringify(statuses)}; the 4xx are the workload's deliberate collisions, reused keys and stale If-Match`,
    },
  ];
}
