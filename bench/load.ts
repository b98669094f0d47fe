/**
 * `npm run load -- [--clients N] [--seconds S] [--orgs K] [--url URL --token TOKEN]`
 *
 * Proof under attack: N concurrent clients (loopback only) loop for S seconds over a weighted mix
 * of creates, updates (with and without If-Match), plan lifecycle steps, binds, cancels, bulk
 * routes, deletes, paged lists, idempotent retries, colliding creates and in-process expiry passes
 * on K orgs. Then a consistency check recounts the table (Scan) against what the clients were told
 * and against itself. Prints the figures and each invariant; writes them to bench/load-last.json;
 * exits non-zero on any violated invariant or 5xx.
 *
 * By default it starts its own in-memory DynamoDB Local on a free port, the table, and the local
 * server on a free port in this process. With `--url` and `--token` it loads a running `npm start`
 * instead and reads its table through DYNAMODB_ENDPOINT / TABLE_NAME (as `npm run expire` does).
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureTable, freePort, LocalSetupError, startDynamoLocal } from '../shared/local/dynamo.ts';
import { localToken } from '../shared/local/jwt.ts';
import { Http } from './load/client.ts';
import { type DbErrors, traceDynamo } from './load/dynamo-trace.ts';
import { checkConsistency } from './load/invariants.ts';
import { OrgState } from './load/pools.ts';
import { Recorder } from './load/recorder.ts';
import { type Baseline, baselineOf, emptyBaseline, type Invariant } from './load/recount.ts';
import { formatJson, summarize } from './load/summary.ts';
import { isLoopback, tokenClaims } from './load/util.ts';
import { LoadClient } from './load/workload.ts';

const env = process.env;
const OUTPUT = fileURLToPath(new URL('./load-last.json', import.meta.url));
/** Per client: far more than S seconds allow; only a guard against a loop that never waits. */
const MAX_ACTIONS_PER_SECOND = 5_000;

const HELP = `Usage: npm run load -- [--clients N] [--seconds S] [--orgs K] [--url URL --token TOKEN]

  --clients N   concurrent clients (default 16)
  --seconds S   how long they run (default 30)
  --orgs K      orgs the load is spread over (default 4)
  --url URL     load a running \`npm start\` (loopback only) instead of an in-process server;
                the check reads its table through DYNAMODB_ENDPOINT (default
                http://127.0.0.1:$DYNAMODB_PORT, port 8000) and TABLE_NAME (default subscription-admin)
  --events      also deliver change events (as npm start with EVENTS_WEBHOOK_URL does) to a receiver in
                this process, and report their lag (commit → delivery) and any event that did not arrive
                (in-process server only)
  --token T     an admin token for --url (\`npm run token -- --org '*' --role admin\` gives fresh orgs;
                a token for listed orgs loads those orgs)

Note: expiry passes are table-wide, as the scheduled expirer is: with --url they also expire
subscriptions of other orgs in that table whose period ends within a day.`;

const fail = (message: string): never => {
  console.error(`\n  ✗ ${message}\n`);
  process.exit(2);
};

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        clients: { type: 'string', default: '16' },
        seconds: { type: 'string', default: '30' },
        orgs: { type: 'string', default: '4' },
        url: { type: 'string' },
        token: { type: 'string' },
        events: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${HELP}`);
  }
})();
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const int = (name: string, raw: string, max: number) => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max)
    fail(`--${name} must be an integer from 1 to ${max}`);
  return value;
};
const clients = int('clients', values.clients, 256);
const seconds = Number(values.seconds);
if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
  fail('--seconds must be a number above 0, at most 3600');
const orgCount = int('orgs', values.orgs, 50);
if ((values.url === undefined) !== (values.token === undefined)) fail('--url and --token go together');
if (values.events && values.url !== undefined) fail('--events needs the in-process server (no --url)');

const tag = randomBytes(3).toString('hex');

// ---------------------------------------------------------------------------------------------
// Process lifetime: DynamoDB Local dies with us, by its pid, whatever way we end.
// ---------------------------------------------------------------------------------------------

let dynamo: Awaited<ReturnType<typeof startDynamoLocal>> | undefined;
let server: Server | undefined;
let phase: 'setup' | 'load' | 'check' = 'setup';
let stopRequested = false;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Synchronous last resort (process 'exit'): SIGKILL DynamoDB Local if it still runs. */
const killDynamoNow = () => {
  const pid = dynamo?.pid;
  if (pid && alive(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
};

/** Stops the server and DynamoDB Local (SIGTERM, then SIGKILL after 5 s). */
const cleanup = async () => {
  if (server) {
    server.closeAllConnections();
    server.close();
    server = undefined;
  }
  const pid = dynamo?.pid;
  if (!dynamo || !pid) return;
  dynamo.stop();
  const deadline = Date.now() + 5_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  killDynamoNow();
  dynamo = undefined;
};

process.on('exit', killDynamoNow);
process.on('SIGTERM', () => {
  killDynamoNow();
  process.exit(143);
});
process.on('SIGINT', () => {
  // With --url the database is not ours: the first Ctrl-C ends the load early and still checks.
  // In-process, DynamoDB Local (same process group) got the Ctrl-C too: stop now.
  if (phase === 'load' && values.url !== undefined && !stopRequested) {
    stopRequested = true;
    console.error('\n  Ctrl-C: stopping the clients; the check still runs (Ctrl-C again to quit now).');
    return;
  }
  if (phase === 'setup' && values.url === undefined && !dynamo && !stopRequested) {
    // DynamoDB Local is starting and we do not know its pid yet: stop as soon as we do.
    stopRequested = true;
    console.error('\n  Interrupted: stopping once DynamoDB Local has started (Ctrl-C again to quit now).');
    return;
  }
  stopRequested = true;
  console.error('\n  Interrupted.');
  if (phase === 'load' && recorder.samples.length > 0)
    printLoad(summarize(recorder, (performance.now() - loadStarted) / 1000));
  killDynamoNow();
  process.exit(130);
});

// ---------------------------------------------------------------------------------------------
// Setup
// ---------------------------------------------------------------------------------------------

let baseUrl: string;
let orgs: string[];
let tokens: string[];
let target: string;
let ownTable: boolean;

if (values.url === undefined) {
  ownTable = true;
  try {
    dynamo = await startDynamoLocal({ port: await freePort() });
    if (stopRequested) {
      await cleanup();
      process.exit(130);
    }
    const tableName = `load-${tag}`;
    await ensureTable(dynamo.endpoint, tableName);
    // The handlers read these when they load, exactly as they read the Lambda environment.
    env.DYNAMODB_ENDPOINT = dynamo.endpoint;
    env.TABLE_NAME = tableName;
  } catch (error) {
    await cleanup();
    fail(
      error instanceof LocalSetupError ? error.message : `Could not start DynamoDB Local: ${String(error)}`,
    );
  }
  const { createLocalServer } = await import('../shared/local/server.ts');
  const created = await createLocalServer();
  server = created;
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    created.once('error', reject);
    created.listen(port, '127.0.0.1', resolve);
  });
  baseUrl = `http://127.0.0.1:${port}`;
  orgs = Array.from({ length: orgCount }, (_, i) => `load-${tag}-${i + 1}`);
  tokens = Array.from({ length: clients }, (_, i) =>
    localToken({
      org: orgs.join(','),
      role: 'admin',
      sub: `load-client-${i + 1}`,
      email: `client-${i + 1}@load.test`,
    }),
  );
  target = `in-process server ${baseUrl}, in-memory DynamoDB Local ${env.DYNAMODB_ENDPOINT} (pid ${dynamo?.pid}), table ${env.TABLE_NAME}`;
} else {
  ownTable = false;
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    url = fail(`--url ${values.url} is not a URL`);
  }
  if (!isLoopback(url.hostname))
    fail(`--url must be on this machine (localhost, 127.0.0.1 or ::1), not ${url.hostname}`);
  env.DYNAMODB_ENDPOINT ||= `http://127.0.0.1:${env.DYNAMODB_PORT || 8000}`;
  env.TABLE_NAME ||= 'subscription-admin';
  if (!isLoopback(new URL(env.DYNAMODB_ENDPOINT).hostname)) {
    fail(
      `DYNAMODB_ENDPOINT must be on this machine; the load writes and expires there (${env.DYNAMODB_ENDPOINT})`,
    );
  }
  baseUrl = url.origin;
  const token = values.token as string;
  const claims = tokenClaims(token);
  const groups = claims['cognito:groups'];
  if (!(Array.isArray(groups) ? groups.includes('admin') : String(groups ?? '').includes('admin'))) {
    fail('--token must be an admin token (cognito:groups containing admin)');
  }
  const allowed = String(claims['custom:orgs'] ?? '');
  orgs =
    allowed.trim() === '*'
      ? Array.from({ length: orgCount }, (_, i) => `load-${tag}-${i + 1}`)
      : allowed
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
          .slice(0, orgCount);
  if (orgs.length === 0) fail('--token names no org (custom:orgs)');
  tokens = Array.from({ length: clients }, () => token);
  const health = await fetch(`${baseUrl}/health`).catch((error: unknown) =>
    fail(`${baseUrl}/health: ${String(error)}`),
  );
  if (health.status !== 200) fail(`${baseUrl}/health answered ${health.status}`);
  const probe = await fetch(`${baseUrl}/orgs/${orgs[0]}/packages?limit=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (probe.status !== 200)
    fail(`the token does not work on ${baseUrl} (GET /orgs/${orgs[0]}/packages: ${probe.status})`);
  target = `${baseUrl}; table ${env.TABLE_NAME} at ${env.DYNAMODB_ENDPOINT}`;
}

const { startEventLagProbe } = await import('./load/events.ts');
const events = values.events
  ? await startEventLagProbe({ endpoint: env.DYNAMODB_ENDPOINT ?? '', tableName: env.TABLE_NAME ?? '' })
  : undefined;

const { runExpiry } = await import('../shared/subscriptions/expiry.ts');
const { documentClient, dynamodb } = await import('../shared/db/client.ts');
const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
const dbErrors: DbErrors = { attempts: {}, calls: {}, examples: [] };
traceDynamo(dynamodb, dbErrors);

/** Every item of the table (a parallel, strongly consistent Scan). */
const scanTable = async (): Promise<Record<string, unknown>[]> => {
  const segments = 4;
  const parts = await Promise.all(
    Array.from({ length: segments }, async (_, segment) => {
      const items: Record<string, unknown>[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await documentClient.send(
          new ScanCommand({
            TableName: env.TABLE_NAME,
            Segment: segment,
            TotalSegments: segments,
            ConsistentRead: true,
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        items.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return items;
    }),
  );
  return parts.flat();
};

let baseline: Baseline = emptyBaseline();
if (!ownTable) {
  try {
    baseline = baselineOf(await scanTable(), new Set(orgs));
  } catch (error) {
    fail(`Could not read table ${env.TABLE_NAME} at ${env.DYNAMODB_ENDPOINT}: ${String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------

const recorder = new Recorder();
const states = orgs.map((org) => new OrgState(org));
const expiryGate = { inFlight: 0, last: 0 };
const clientErrors: string[] = [];

console.log(`
  Load: ${clients} clients × ${seconds} s on ${orgs.length} org(s) (${orgs.join(', ')})
  Target: ${target}
`);

phase = 'load';
const loadStarted = performance.now();
const deadline = Date.now() + seconds * 1000;
const progress = setInterval(() => {
  const elapsed = (performance.now() - loadStarted) / 1000;
  const fiveXx = recorder.samples.filter((x) => x.status >= 500).length;
  console.log(
    `  ${elapsed.toFixed(0).padStart(4)} s  ${String(recorder.samples.length).padStart(7)} requests  ${(recorder.samples.length / elapsed).toFixed(0).padStart(5)}/s  5xx ${fiveXx}  expiry passes ${recorder.expiry.passes} (${recorder.expiry.expired} expired)`,
  );
}, 5_000);

const actions = await Promise.all(
  tokens.map(async (token, i) => {
    const client = new LoadClient({
      http: new Http(baseUrl, token, recorder),
      recorder,
      states,
      tag,
      clientIndex: i + 1,
      deadline,
      maxActions: Math.ceil(seconds * MAX_ACTIONS_PER_SECOND),
      stopped: () => stopRequested,
      expire: (at) => runExpiry({ now: at }),
      expiryGate,
    });
    try {
      return await client.run();
    } catch (error) {
      clientErrors.push(`client ${i + 1}: ${(error as Error).stack ?? String(error)}`);
      return 0;
    }
  }),
);
clearInterval(progress);
const elapsed = (performance.now() - loadStarted) / 1000;
// An expiry pass still running is part of the load: wait for it before counting.
while (expiryGate.inFlight > 0) await new Promise((r) => setTimeout(r, 20));

// ---------------------------------------------------------------------------------------------
// Check and report
// ---------------------------------------------------------------------------------------------

phase = 'check';
const summary = summarize(recorder, elapsed);
let invariants: Invariant[] = [];
let checkError: string | undefined;
let auditIds: string[] = [];
const checkStarted = performance.now();
try {
  const items = await scanTable();
  invariants = checkConsistency({ items, orgs, recorder, baseline, ownTable });
  auditIds = items.filter((item) => item.__edb_e__ === 'auditEvent').map((item) => String(item.id));
} catch (error) {
  checkError = (error as Error).stack ?? String(error);
}
const checkSeconds = (performance.now() - checkStarted) / 1000;
// Every audit event of the load is a change event that must arrive (at least once): wait for them.
const eventLag = events ? await events.stop(auditIds) : undefined;
const passed =
  !checkError && clientErrors.length === 0 && invariants.every((i) => i.ok) && (eventLag?.missing ?? 0) === 0;

function printLoad(s: ReturnType<typeof summarize>) {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`
  Requests        ${s.requests} in ${s.seconds} s = ${s.requestsPerSecond} req/s
  Latency         p50 ${ms(s.latencyMs.p50)}   p90 ${ms(s.latencyMs.p90)}   p99 ${ms(s.latencyMs.p99)}   max ${ms(s.latencyMs.max)}

  Route group        count      p50      p90      p99      max`);
  for (const [group, row] of Object.entries(s.byGroup)) {
    console.log(
      `  ${group.padEnd(14)} ${String(row.count).padStart(8)} ${row.p50.toFixed(1).padStart(8)} ${row.p90.toFixed(1).padStart(8)} ${row.p99.toFixed(1).padStart(8)} ${row.max.toFixed(1).padStart(8)}`,
    );
  }
  console.log(
    `\n  Statuses        ${Object.entries(s.statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `${status}: ${count}`)
      .join('   ')}`,
  );
  const codes = Object.entries(s.errorCodes);
  if (codes.length) {
    console.log(`  Error codes     ${codes.map(([code, count]) => `${code} ×${count}`).join(', ')}`);
  }
  console.log(
    `  Expiry passes   ${s.expiry.passes} (${s.expiry.expired} expired, ${s.expiry.skipped} skipped; p50 ${ms(s.expiry.latencyMs.p50)}, max ${ms(s.expiry.latencyMs.max)})`,
  );
}

printLoad(summary);
console.log(
  `  Mutations       ${recorder.successfulWrites} successful writes, ${recorder.replays} idempotent replays (excluded); ${actions.reduce((a, b) => a + b, 0)} client actions`,
);
if (Object.keys(dbErrors.attempts).length || Object.keys(dbErrors.calls).length) {
  const list = (m: Record<string, number>) =>
    Object.entries(m)
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ') || 'none';
  console.log(
    `  DynamoDB errors ${ownTable ? '(server and expirer)' : '(expirer)'}: per attempt ${list(dbErrors.attempts)}; calls that failed ${list(dbErrors.calls)}`,
  );
  for (const example of dbErrors.examples) console.log(`      ${example}`);
}
console.log(`\n  Consistency check (table scanned in ${checkSeconds.toFixed(1)} s)`);
for (const inv of invariants) {
  const counts = Object.entries(inv.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(`  ${inv.ok ? '✓' : '✗'} ${inv.name}  (${counts})`);
  for (const example of inv.examples) console.log(`      ${example}`);
}
if (eventLag) {
  console.log(
    `  ${eventLag.missing === 0 ? '✓' : '✗'} change events: ${eventLag.delivered} delivered (${eventLag.duplicates} repeats), ${eventLag.missing} missing; lag p50 ${eventLag.lagMs.p50} ms, p99 ${eventLag.lagMs.p99} ms, max ${eventLag.lagMs.max} ms`,
  );
}
if (checkError) console.log(`  ✗ the check itself failed: ${checkError}`);
for (const error of clientErrors) console.log(`  ✗ ${error}`);
console.log(`\n  ${passed ? '✓ PASSED' : '✗ FAILED'}   (written to ${OUTPUT})\n`);

writeFileSync(
  OUTPUT,
  formatJson({
    at: new Date().toISOString(),
    passed,
    options: { clients, seconds, orgs: orgs.length, url: values.url ?? null },
    target,
    orgs,
    summary,
    mutations: {
      successfulWrites: recorder.successfulWrites,
      idempotentReplays: recorder.replays,
      changes: recorder.changes.length,
      clientActions: actions.reduce((a, b) => a + b, 0),
    },
    check: { seconds: Math.round(checkSeconds * 10) / 10, invariants, error: checkError ?? null },
    events: eventLag ?? null,
    clientErrors,
  }),
);

await cleanup();
process.exit(passed ? 0 : 1);
