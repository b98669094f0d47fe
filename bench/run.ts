/**
 * `npm run bench -- [--quick] [--only cold,warm,requests,growth,throughput,tricks] [--out DIR]`
 *
 * The performance suite: against its own in-memory DynamoDB Local on this machine, measures cold
 * start and bundle size per function, warm overhead per representative operation, DynamoDB
 * requests per route, growth (list and expirer at 100× the data) and throughput, each against a
 * baseline run in the same process, interleaved with it. Writes RESULTS.md and RESULTS.json (in
 * bench/, or --out) and exits 1 when a budget is missed. `--quick` shrinks every size and run
 * count: a smoke run of the machinery, whose figures mean nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, startBenchDatabase } from './lib/env.ts';
import { type Figure, passes, type Section } from './lib/report.ts';
import { renderJson, renderMarkdown } from './lib/results.ts';

const ALL: readonly Section[] = ['bundle', 'cold', 'warm', 'requests', 'growth', 'throughput', 'tricks'];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(
    'Usage: npm run bench -- [--quick] [--only cold,warm,requests,growth,throughput,tricks] [--out DIR]',
  );
  process.exit(0);
}
const only = values.only?.split(',').map((s) => s.trim()) ?? ALL;
for (const name of only) {
  if (!ALL.includes(name as Section)) {
    console.error(`Unknown section "${name}"; sections: ${ALL.join(', ')}`);
    process.exit(2);
  }
}
// The bundle figures come with the cold-start run.
const sections = ALL.filter((s) => only.includes(s) || (s === 'bundle' && only.includes('cold')));
const quick = values.quick;
const outDir = values.out ?? join(REPO_ROOT, 'bench');
const log = (line: string) => console.log(line);

const startedAt = new Date();
const database = await startBenchDatabase();
const stop = () => {
  try {
    if (database.pid) process.kill(database.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
};
process.once('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stop();
    process.exit(130);
  });
}

log(`bench: DynamoDB Local ${database.endpoint}, table ${database.tableName}${quick ? ' (quick)' : ''}`);
const { SCENARIOS } = await import('./scenarios.ts');
const figures: Figure[] = [];
const timedSection = async (name: string, run: () => Promise<Figure[]>) => {
  const started = performance.now();
  log(`== ${name}`);
  figures.push(...(await run()));
  log(`   ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
};

if (sections.includes('cold')) {
  const { runCold } = await import('./sections/cold.ts');
  await timedSection('cold start', () => runCold({ quick, log, scenarios: SCENARIOS }));
}
if (sections.includes('tricks')) {
  const { runTricks } = await import('./sections/tricks.ts');
  await timedSection('cold-start tricks', () => runTricks({ quick, log, scenarios: SCENARIOS }));
}
if (sections.includes('warm')) {
  const { runWarm } = await import('./sections/warm.ts');
  await timedSection('warm overhead', () => runWarm({ quick, log, scenarios: SCENARIOS }));
}
if (sections.includes('requests')) {
  const { runRequests } = await import('./sections/requests.ts');
  await timedSection('requests per route', () => runRequests({ quick, log }));
}
if (sections.includes('growth')) {
  const { runGrowth } = await import('./sections/growth.ts');
  await timedSection('growth', () => runGrowth({ quick, log }));
}
if (sections.includes('throughput')) {
  const { runThroughput } = await import('./sections/throughput.ts');
  await timedSection('throughput', () => runThroughput({ quick, log }));
}

const info = { startedAt, seconds: (Date.now() - startedAt.getTime()) / 1000, quick, sections };
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'RESULTS.md'), renderMarkdown(figures, info));
writeFileSync(join(outDir, 'RESULTS.json'), renderJson(figures, info));
const missed = figures.filter((f) => !passes(f));
log(`\nbench: ${figures.length} figures, ${missed.length} budgets missed → ${join(outDir, 'RESULTS.md')}`);
for (const f of missed) log(`  ✗ ${f.section}/${f.name}`);
// A quick run's timings mean nothing, so only the budgets that do not depend on time can fail it:
// requests per route, and errors under load.
const deterministic = (f: Figure) => f.section === 'requests' || f.budget?.kind === 'equal';
const failed = quick ? missed.filter(deterministic) : missed;
stop();
process.exit(failed.length ? 1 : 0);
