/**
 * Section 2: warm overhead per representative operation. The real handler is invoked in this
 * process many times against DynamoDB Local (table A); every DynamoDB request it sends is recorded
 * and, right after, replayed with the bare low-level client on a mirror table B that received the
 * same writes, so its conditions hold exactly as they did for the handler. The handler's time over
 * the replay's time is what our code (middy, validation, ElectroDB, idempotency checks, shaping)
 * adds to a request.
 */
import { randomUUID } from 'node:crypto';
import { ensureTable } from '../../shared/local/dynamo.ts';
import { prepareInvocation } from '../lib/env.ts';
import { recordRequests, replayer } from '../lib/replay.ts';
import type { Figure } from '../lib/report.ts';
import { percentile, stat } from '../lib/stats.ts';
import type { Scenario } from '../scenarios.ts';

export const WARM_P50_MAX_RATIO = 1.1;
export const WARM_P99_MAX_RATIO = 1.25;

const settle = () => new Promise((resolve) => setTimeout(resolve, 3));

/** Runs per operation; each figure is the median of the runs' percentiles. */
const ROUNDS = (quick: boolean) => (quick ? 1 : 3);

/**
 * The representative operations: get, list, create, update, a lifecycle step, bind, and the reads
 * other systems make: a subscriber's entitlements and the public catalog (a page and a plan by slug).
 */
export const WARM_OPERATIONS = [
  'packages/get',
  'plans/list',
  'packages/create',
  'packages/update',
  'plans/publish',
  'subscriptions/create',
  'entitlements/get',
  'catalog/list',
  'catalog/get',
] as const;

export async function runWarm(options: {
  quick: boolean;
  log: (line: string) => void;
  scenarios: readonly Scenario[];
}): Promise<Figure[]> {
  const iterations = options.quick ? 15 : 200;
  const warmup = options.quick ? 3 : 20;
  const endpoint = process.env.DYNAMODB_ENDPOINT as string;
  const mirror = `${process.env.TABLE_NAME}-mirror-${randomUUID().slice(0, 6)}`;
  await ensureTable(endpoint, mirror);
  const { dynamodb } = await import('../../shared/db/client.ts');
  const recorder = recordRequests(dynamodb as never);
  const baseline = replayer(endpoint, mirror);
  const figures: Figure[] = [];
  try {
    for (const handler of WARM_OPERATIONS) {
      const scenario = options.scenarios.find((s) => s.route.handler === handler);
      if (!scenario) throw new Error(`no scenario for ${handler}`);
      const org = `bench-warm-${randomUUID().slice(0, 8)}`;
      const rounds: { ours: number[]; base: number[] }[] = [];
      let requests = 0;
      for (let round = 0; round < ROUNDS(options.quick); round++) {
        const ours: number[] = [];
        const base: number[] = [];
        for (let i = 0; i < warmup + iterations; i++) {
          // Fixtures: made through the handlers, mirrored untimed.
          recorder.take();
          const request = await scenario.prepare(org);
          await baseline.replay(recorder.take());

          const invocation = await prepareInvocation(scenario.route, request);
          // Both timings start from a quiet DynamoDB Local: the fixture writes just made (on A and on B)
          // must not fall into one side's timing only.
          await settle();
          const start = performance.now();
          const response = await invocation.run();
          const ms = performance.now() - start;
          if (response.statusCode !== scenario.status) {
            throw new Error(`${handler} answered ${response.statusCode}: ${String(response.body)}`);
          }
          const recorded = recorder.take();
          await settle();
          const replayStart = performance.now();
          await baseline.replay(recorded);
          const replayMs = performance.now() - replayStart;
          if (i >= warmup) {
            ours.push(ms);
            base.push(replayMs);
            requests = recorded.length;
          }
        }
        rounds.push({ ours, base });
      }
      const what = `${scenario.route.method} ${scenario.route.path}`;
      const at = (p: number) => ({
        value: stat(rounds.map((r) => percentile(r.ours, p))),
        base: stat(rounds.map((r) => percentile(r.base, p))),
      });
      const p50 = at(50);
      const p99 = at(99);
      figures.push(
        {
          section: 'warm',
          name: `${handler} p50`,
          unit: 'ms',
          value: p50.value,
          baseline: { name: 'same requests, bare client', value: p50.base },
          budget: { kind: 'max-ratio', limit: WARM_P50_MAX_RATIO },
          note: `${what}: p50 of ${iterations} invocations (after ${warmup} warm-up) per run, ${requests} DynamoDB requests each`,
        },
        {
          section: 'warm',
          name: `${handler} p99`,
          unit: 'ms',
          value: p99.value,
          baseline: { name: 'same requests, bare client', value: p99.base },
          budget: { kind: 'max-ratio', limit: WARM_P99_MAX_RATIO },
          note: `p99 of ${iterations} invocations per run`,
        },
      );
      options.log(
        `  warm ${handler}: p50 ${p50.value.median.toFixed(2)} vs ${p50.base.median.toFixed(2)} ms, p99 ${p99.value.median.toFixed(2)} vs ${p99.base.median.toFixed(2)} ms`,
      );
    }
    figures.push(...(await layers(options, recorder, endpoint)));
  } finally {
    baseline.destroy();
  }
  return figures;
}

/**
 * Where a warm get's overhead comes from: the same GetItem of the same item, interleaved, through
 * each layer the handler stacks on the bare client — the document client (marshalling), ElectroDB
 * (keys, parsing), then the whole handler (middy, auth, zod, response). No budgets: the figures
 * that explain the get's ratio.
 */
async function layers(
  options: { quick: boolean; scenarios: readonly Scenario[] },
  recorder: ReturnType<typeof recordRequests>,
  endpoint: string,
): Promise<Figure[]> {
  const scenario = options.scenarios.find((s) => s.route.handler === 'packages/get');
  if (!scenario) throw new Error('no scenario for packages/get');
  const sdk = await import('@aws-sdk/client-dynamodb');
  const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
  const { unmarshall } = await import('@aws-sdk/util-dynamodb');
  const { documentClient } = await import('../../shared/db/client.ts');
  const { db } = await import('../../shared/db/service.ts');
  const org = `bench-layers-${randomUUID().slice(0, 8)}`;
  const request = await scenario.prepare(org);
  const invocation = await prepareInvocation(scenario.route, request);
  recorder.take();
  await invocation.run();
  const [get] = recorder.take();
  if (get?.command !== 'GetItem') throw new Error('packages/get did not make one GetItem');
  const bare = new sdk.DynamoDBClient({
    endpoint,
    region: process.env.AWS_REGION || 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const key = { organizationId: org, id: String(request.pathParameters.packageId) };
  const docInput = { ...get.input, Key: unmarshall(get.input.Key as never) } as never;
  const variants: [string, () => Promise<unknown>][] = [
    ['bare low-level client (GetItem)', () => bare.send(new sdk.GetItemCommand(get.input as never))],
    ['+ document client (GetCommand)', () => documentClient.send(new GetCommand(docInput))],
    [
      '+ ElectroDB (entity.get().go())',
      () => db.package.get(key).go({ consistent: true, originalErr: true }),
    ],
    ['+ handler (middy, auth, zod, response): the function', () => invocation.run()],
  ];
  const rounds = ROUNDS(options.quick);
  const per = options.quick ? 30 : 400;
  const p50s = variants.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    const samples = variants.map(() => [] as number[]);
    for (let i = 0; i < per + 20; i++) {
      for (const [index, [, run]] of variants.entries()) {
        const start = performance.now();
        await run();
        if (i >= 20) samples[index]?.push(performance.now() - start);
      }
    }
    for (const [index, s] of samples.entries()) p50s[index]?.push(percentile(s, 50));
  }
  bare.destroy();
  const base = stat(p50s[0] ?? []);
  return variants.map(([name], index) => ({
    section: 'warm' as const,
    name: `get, layer by layer: ${name} p50`,
    unit: 'ms',
    value: stat(p50s[index] ?? []),
    baseline: { name: 'bare low-level client', value: base },
    note: index === 0 ? `${per} interleaved calls per layer per run, one item` : undefined,
  }));
}
