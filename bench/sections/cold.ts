/**
 * Section 1: cold start per function. Each function's bundle (the esbuild output CDK deploys) is
 * started in a fresh Node process and timed to its first answered request against DynamoDB Local,
 * with its peak memory, next to a baseline bundle built the same way whose handler makes the same
 * DynamoDB calls with the bare document client (bench/baseline/handler.ts). Runs alternate
 * function and baseline, so both see the same machine.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { routeBundle } from '../../infra/constructs/admin-function.ts';
import { buildBundle, OUT_DIR, type SdkMode } from '../lib/bundle.ts';
import { eventFor, REPO_ROOT } from '../lib/env.ts';
import type { Figure } from '../lib/report.ts';
import { stat } from '../lib/stats.ts';
import type { Scenario } from '../scenarios.ts';

const run = promisify(execFile);
const RUNNER = join(REPO_ROOT, 'bench', 'lib', 'cold-runner.mjs');

/** Budgets of the issue. */
export const COLD_START_MAX_RATIO = 1.25;
export const BUNDLE_MAX_KB = 250;
export const PEAK_MEMORY_MAX_MB = 100;

/** Routes whose cold start is also measured with the SDK left to the runtime, to choose between the two. */
const SDK_COMPARISON = [
  'packages/get',
  'packages/list',
  'packages/create',
  'plans/update',
  'plans/publish',
  'subscriptions/create',
];

interface ColdRun {
  firstAnswerMs: number;
  loadMs: number;
  status: number;
  peakRssMb: number;
}

/** The calls the baseline makes for a scenario: the same kinds and number as the function's minimum, reads first. */
export const baselineCalls = (scenario: Scenario): string[] => {
  const order = [
    'GetItem',
    'Query',
    'BatchGetItem',
    'TransactWriteItems',
    'PutItem',
    'UpdateItem',
    'DeleteItem',
  ];
  const counts = scenario.minimum.requests;
  const names = Object.keys(counts).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return names.flatMap((name) => Array.from({ length: counts[name] ?? 0 }, () => name));
};

export const coldStart = async (
  bundle: string,
  eventFile: string,
  env: Record<string, string>,
): Promise<ColdRun> => {
  const { stdout } = await run(process.execPath, [RUNNER, bundle, eventFile], {
    env: {
      PATH: process.env.PATH ?? '',
      // What every deployed function gets (infra/constructs/admin-function.ts).
      NODE_OPTIONS: '--enable-source-maps',
      POWERTOOLS_SERVICE_NAME: 'subscription-admin',
      AWS_REGION: process.env.AWS_REGION || 'us-east-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      TABLE_NAME: process.env.TABLE_NAME ?? '',
      DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT ?? '',
      ...env,
    },
    timeout: 60_000,
  });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as ColdRun;
};

export async function runCold(options: {
  quick: boolean;
  log: (line: string) => void;
  scenarios: readonly Scenario[];
}): Promise<Figure[]> {
  const { log } = options;
  const runs = options.quick ? 1 : 5;
  const scenarios = options.quick
    ? options.scenarios.filter((s) => ['health', 'packages/get', 'packages/create'].includes(s.route.handler))
    : options.scenarios;
  const figures: Figure[] = [];
  const cleanup: string[] = [];

  // Bundles: both SDK modes for every function, and the baselines.
  const bundles = new Map<string, Record<SdkMode, { file: string; bytes: number }>>();
  for (const scenario of scenarios) {
    const handler = scenario.route.handler;
    if (bundles.has(handler)) continue;
    const { entry, aliases } = routeBundle(scenario.route);
    const [bundled, runtime] = await Promise.all([
      buildBundle(entry, handler, 'bundled', aliases),
      buildBundle(entry, handler, 'runtime-sdk', aliases),
    ]);
    bundles.set(handler, { bundled, 'runtime-sdk': runtime });
    figures.push({
      section: 'bundle',
      name: `${handler} (SDK left to the runtime)`,
      unit: 'KB',
      value: stat([runtime.bytes / 1024]),
      budget: { kind: 'max', limit: BUNDLE_MAX_KB },
      note: `with the SDK bundled (deployed): ${(bundled.bytes / 1024).toFixed(0)} KB`,
    });
  }
  const baseline = {
    bundled: await buildBundle('bench/baseline/handler.ts', '_baseline', 'bundled'),
    'runtime-sdk': await buildBundle('bench/baseline/handler.ts', '_baseline', 'runtime-sdk'),
  };
  const floor = {
    bundled: await buildBundle('bench/baseline/floor.ts', '_floor', 'bundled'),
    'runtime-sdk': await buildBundle('bench/baseline/floor.ts', '_floor', 'runtime-sdk'),
  };
  figures.push({
    section: 'bundle',
    name: 'library floor: ElectroDB + zod + middy imported, no app code (SDK left to the runtime)',
    unit: 'KB',
    value: stat([floor['runtime-sdk'].bytes / 1024]),
    note: `with the SDK bundled: ${(floor.bundled.bytes / 1024).toFixed(0)} KB`,
  });
  figures.push({
    section: 'bundle',
    name: 'baseline: bare document client (SDK left to the runtime)',
    unit: 'KB',
    value: stat([baseline['runtime-sdk'].bytes / 1024]),
    note: `with the SDK bundled: ${(baseline.bundled.bytes / 1024).toFixed(0)} KB`,
  });

  const measure = async (scenario: Scenario, mode: SdkMode) => {
    const ours: ColdRun[] = [];
    const base: ColdRun[] = [];
    const file = bundles.get(scenario.route.handler)?.[mode].file as string;
    const calls = baselineCalls(scenario).join(',');
    for (let i = 0; i < runs; i++) {
      const request = await scenario.prepare(`bench-cold-${randomUUID().slice(0, 8)}`);
      const eventFile = join(OUT_DIR, `event-${randomUUID()}.json`);
      writeFileSync(eventFile, JSON.stringify(eventFor(scenario.route, request)));
      cleanup.push(eventFile);
      // Alternate which goes first, so neither always follows the other.
      const order = i % 2 === 0 ? ['ours', 'base'] : ['base', 'ours'];
      for (const which of order) {
        if (which === 'ours') {
          const result = await coldStart(file, eventFile, {});
          if (result.status !== scenario.status) {
            throw new Error(
              `${scenario.route.handler} cold start answered ${result.status}, expected ${scenario.status}`,
            );
          }
          ours.push(result);
        } else {
          base.push(await coldStart(baseline[mode].file, eventFile, { BASELINE_CALLS: calls }));
        }
      }
    }
    return { ours, base, calls };
  };

  for (const scenario of scenarios) {
    const handler = scenario.route.handler;
    const { ours, base, calls } = await measure(scenario, 'bundled');
    const figure: Figure = {
      section: 'cold',
      name: `${handler}`,
      unit: 'ms',
      value: stat(ours.map((r) => r.firstAnswerMs)),
      baseline: { name: `bare client: ${calls || 'no call'}`, value: stat(base.map((r) => r.firstAnswerMs)) },
      budget: { kind: 'max-ratio', limit: COLD_START_MAX_RATIO },
      note: `import ${stat(ours.map((r) => r.loadMs)).median.toFixed(0)} ms (baseline ${stat(
        base.map((r) => r.loadMs),
      ).median.toFixed(0)} ms)`,
    };
    figures.push(figure, {
      section: 'cold',
      name: `${handler} peak memory`,
      unit: 'MB',
      value: stat(ours.map((r) => r.peakRssMb)),
      baseline: { name: 'bare client', value: stat(base.map((r) => r.peakRssMb)) },
      budget: { kind: 'max', limit: PEAK_MEMORY_MAX_MB },
    });
    log(
      `  cold ${handler}: ${figure.value.median.toFixed(0)} ms vs ${figure.baseline?.value.median.toFixed(0)} ms`,
    );
  }

  // The library floor, against the same baseline making one GetItem.
  {
    const ours: ColdRun[] = [];
    const base: ColdRun[] = [];
    const eventFile = join(OUT_DIR, 'event-floor.json');
    writeFileSync(eventFile, JSON.stringify({ requestContext: { requestId: 'floor' } }));
    for (let i = 0; i < runs; i++) {
      const pair = [
        () =>
          coldStart(floor.bundled.file, eventFile, { BASELINE_CALLS: 'GetItem' }).then((r) => ours.push(r)),
        () =>
          coldStart(baseline.bundled.file, eventFile, { BASELINE_CALLS: 'GetItem' }).then((r) =>
            base.push(r),
          ),
      ];
      for (const step of i % 2 === 0 ? pair : pair.reverse()) await step();
    }
    figures.push({
      section: 'cold',
      name: 'library floor: ElectroDB + zod + middy imported, no app code',
      unit: 'ms',
      value: stat(ours.map((r) => r.firstAnswerMs)),
      baseline: { name: 'bare client: GetItem', value: stat(base.map((r) => r.firstAnswerMs)) },
      note: 'no budget: what the prescribed libraries alone cost before any of our code runs',
    });
  }

  // The SDK choice: the same measurement with the SDK left to the runtime (resolved from node_modules,
  // as the Lambda runtime resolves its own copy), on a few representative functions.
  for (const scenario of scenarios.filter((s) => options.quick || SDK_COMPARISON.includes(s.route.handler))) {
    const { ours, base, calls } = await measure(scenario, 'runtime-sdk');
    figures.push({
      section: 'cold',
      name: `${scenario.route.handler} (SDK left to the runtime)`,
      unit: 'ms',
      value: stat(ours.map((r) => r.firstAnswerMs)),
      baseline: {
        name: `bare client, SDK left to the runtime: ${calls || 'no call'}`,
        value: stat(base.map((r) => r.firstAnswerMs)),
      },
      note: 'not deployed: for the choice between bundling the SDK and using the runtime’s',
    });
  }
  for (const file of cleanup) rmSync(file, { force: true });
  return figures;
}
