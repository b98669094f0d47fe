/**
 * Section 4: growth. Does the work stay flat (or linear) as the data grows 100×?
 *
 * 1. List-page latency: `GET /orgs/{orgId}/plans` (default page size, first page and a page from the
 *    middle through its cursor) invoked in-process, org with 50,000 plans vs org with 500, samples
 *    interleaved. The plans are loaded straight into the bench table with BatchWriteItem, built by the
 *    ElectroDB entities as the create path stores them (plan, slug guard, `plan.created` event,
 *    products with exact `planRefCount`), and checked: GET through the handler answers each sampled
 *    plan as generated, and a plan and a bind made through the real handlers store exactly the
 *    attributes the generated items have.
 *    The public catalog's first page (`GET /orgs/{orgId}/catalog/plans`, issue 13) from the same two
 *    orgs: the loaded plans carry the `byCatalog` keys, so its partition is their active public plans.
 * History (issue 14): `GET /orgs/{orgId}/history/{entityId}?at=` at an instant halfway through one
 *    entity's audit trail, 10,000 events vs 10, and its DynamoDB requests (1 Query, budget: equal).
 * 2–4. The expirer. It is table-wide and each entity binds TABLE_NAME when first used, so
 *    each expirer table is its own DynamoDB table on the same DynamoDB Local, loaded from this process
 *    (BatchWriteItem with explicit table names), and every timed pass runs in a child process with that
 *    TABLE_NAME (`bench/growth-worker.ts`), which times the pass and counts its DynamoDB requests.
 *    Table A holds 9,000 live subscriptions ending in the future, table B 199,000; the ended
 *    subscriptions (endsAt before the pass clock) are put (back) before every pass, with their live
 *    guards and the plans' counters, since each pass expires them. So with 1,000 ended, A stores
 *    10,000 and B 200,000 subscriptions.
 *    - 1,000 vs 10,000 ended on A (the same 9,000 others): time and requests, and per ended
 *      subscription (budget ≤ 1.2×: linear).
 *    - 10,000 vs 200,000 stored (A vs B), 1,000 ended each: time and requests (budget ≤ 1.2×).
 *    - B: the expirer vs a Scan-based pass that reads the whole table and expires what it finds with
 *      the expirer's own transaction: 100 ended each, a heavy ordinary pass (budget ≥ 20× faster).
 *    Expirer passes of A and B are interleaved round by round; the Scan passes come last.
 */
import type { Figure } from '../lib/report.ts';
import { dynamoRssMiB, fmt, type GrowthContext, SIZES, secs } from './growth-common.ts';
import { runExpirerGrowth } from './growth-expirer.ts';
import { runHistoryGrowth } from './growth-history.ts';
import { runListGrowth } from './growth-lists.ts';

export async function runGrowth(options: { quick: boolean; log: (line: string) => void }): Promise<Figure[]> {
  const { quick, log } = options;
  const sizes = SIZES(quick);
  // For trying the cut-off path on a small table.
  if (process.env.BENCH_SCAN_CUTOFF_MS) sizes.scanCutoffMs = Number(process.env.BENCH_SCAN_CUTOFF_MS);
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  const table = process.env.TABLE_NAME;
  if (!endpoint || !table)
    throw new Error('growth: startBenchDatabase() first (DYNAMODB_ENDPOINT, TABLE_NAME)');
  // After startBenchDatabase: these modules bind the bench table.
  const data = await import('../growth-data.ts');
  let peakRss = 0;
  const memory = (when: string) => {
    const rss = dynamoRssMiB();
    if (rss === undefined) return;
    peakRss = Math.max(peakRss, rss);
    log(`   DynamoDB Local RSS ${when}: ${fmt(rss)} MiB`);
  };
  const load = async (what: string, tableName: string, items: readonly Record<string, unknown>[]) => {
    const started = performance.now();
    const requests = await data.batchWrite(endpoint, tableName, items, 16);
    const ms = performance.now() - started;
    log(
      `   loaded ${what}: ${fmt(items.length)} items in ${secs(ms)} (${fmt(Math.round(items.length / (ms / 1000)))} items/s, ${fmt(requests)} BatchWriteItem)`,
    );
    return ms;
  };

  const figures: Figure[] = [];
  const sectionStart = performance.now();

  const ctx: GrowthContext = { quick, log, sizes, data, endpoint, table, load, memory, figures };
  // For working on the section: BENCH_GROWTH_PARTS=list,history runs only the parts named.
  const parts = process.env.BENCH_GROWTH_PARTS?.split(',').map((p) => p.trim());
  const runs = (part: 'list' | 'history' | 'expirer') => !parts || parts.includes(part);
  if (runs('list')) await runListGrowth(ctx);
  if (runs('history')) await runHistoryGrowth(ctx);
  if (runs('expirer')) await runExpirerGrowth(ctx);
  memory('at the end');
  if (peakRss) log(`   DynamoDB Local peak RSS seen: ${fmt(peakRss)} MiB`);
  log(`   growth total: ${secs(performance.now() - sectionStart)}`);
  return figures;
}
