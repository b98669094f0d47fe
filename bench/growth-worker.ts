/**
 * One timed expiry pass against one table, in its own process, for the growth section:
 *
 *   TABLE_NAME=… DYNAMODB_ENDPOINT=… node --import tsx bench/growth-worker.ts expire|scan <ISO clock>
 *
 * Its own process because each entity binds TABLE_NAME when it is first used (shared/entities/lazy.ts)
 * and the expirer is table-wide, so each expirer table needs a process of its own.
 * `expire` is the real `runExpiry`; `scan` is the Scan-based baseline: a paginated Scan of the whole
 * table filtered to live subscriptions with `endsAt` ≤ the clock, each expired with the same
 * transaction the expirer commits (its own `expireOne`), as many in flight as the expirer's
 * default (8); with a third argument (ms) it stops taking pages after that long (`complete: false`).
 * Prints one JSON line: milliseconds, the pass's result and the DynamoDB requests sent
 * (counted by an SDK middleware on the shared client). Process start-up and module loading are not
 * timed; one untimed request opens the connection first, for both modes alike.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const [mode, clock, deadline] = process.argv.slice(2);
/** The Scan pass stops taking pages after this many milliseconds (its time is then a lower bound). */
const deadlineMs = deadline ? Number(deadline) : Number.POSITIVE_INFINITY;
if ((mode !== 'expire' && mode !== 'scan') || !clock || Number.isNaN(Date.parse(clock))) {
  console.error('usage: growth-worker.ts expire|scan <ISO clock>');
  process.exit(2);
}
const now = new Date(clock);

const { dynamodb, documentClient } = await import('../shared/db/client.ts');
const { config } = await import('../shared/config.ts');
const { db } = await import('../shared/db/service.ts');
const { expireOne, runExpiry } = await import('../shared/subscriptions/expiry.ts');

let counts: Record<string, number> = {};
/** Items DynamoDB evaluated for the pass's reads (ScannedCount of every Query and Scan page). */
let itemsRead = 0;
dynamodb.middlewareStack.add(
  (next, context) => async (args) => {
    const name = String(context.commandName ?? 'unknown').replace(/Command$/, '');
    counts[name] = (counts[name] ?? 0) + 1;
    const result = await next(args);
    const scanned = (result.output as { ScannedCount?: number }).ScannedCount;
    if (typeof scanned === 'number') itemsRead += scanned;
    return result;
  },
  { step: 'initialize', name: 'growthRequestCounter' },
);

let started = performance.now();

/** The Scan-based baseline: reads the whole table, expires what it finds. */
const scanPass = async () => {
  const at = now.toISOString();
  const concurrency = 8;
  let expired = 0;
  let skipped = 0;
  let scanned = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    if (performance.now() - started > deadlineMs) return { expired, skipped, scanned, complete: false };
    const page = await documentClient.send(
      new ScanCommand({
        TableName: config.tableName,
        FilterExpression: '#e = :e AND (#status = :active OR #status = :trialing) AND #endsAt <= :at',
        ExpressionAttributeNames: { '#e': '__edb_e__', '#status': 'status', '#endsAt': 'endsAt' },
        ExpressionAttributeValues: {
          ':e': 'subscription',
          ':active': 'active',
          ':trialing': 'trialing',
          ':at': at,
        },
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    scanned += page.ScannedCount ?? 0;
    const candidates = db.subscription.parse({ Items: page.Items ?? [] }).data;
    for (let i = 0; i < candidates.length; i += concurrency) {
      await Promise.all(
        candidates.slice(i, i + concurrency).map(async (current) => {
          // Exactly the expirer's write for one subscription: its own expireOne.
          try {
            if (await expireOne(now, current)) expired++;
            else skipped++;
          } catch {
            skipped++;
          }
        }),
      );
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return { expired, skipped, scanned, complete: true };
};

// Open the connection (untimed, uncounted), as a warm function would have it.
await db.plan.get({ organizationId: 'warm-up', id: 'plan_none' }).go();
counts = {};
itemsRead = 0;
started = performance.now();
const result = mode === 'expire' ? await runExpiry({ now }) : await scanPass();
const ms = performance.now() - started;
const requests = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ mode, ms, requests, counts, itemsRead, result }));
