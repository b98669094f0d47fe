import { isDeepStrictEqual } from 'node:util';
import { expectStatus, invoke } from '../lib/env.ts';
import { recordRequests } from '../lib/replay.ts';
import { stat } from '../lib/stats.ts';
import { fmt, type GrowthContext, HISTORY_MAX_RATIO, route, secs } from './growth-common.ts';

/**
 * Part 2 of the growth section (issue 14): `GET /orgs/{orgId}/history/{entityId}?at=` on one entity
 * with few vs many audit events. Both trails are loaded into one org (so only the entity's own
 * trail differs), each event as `auditStep` stores it with an `eventId` id; the route is timed at
 * the instant halfway through each trail (between two events), interleaved, and every answer is
 * checked against the event it must name. Its DynamoDB requests are counted on every call.
 */
export async function runHistoryGrowth(ctx: GrowthContext): Promise<void> {
  const { log, sizes, data, table, load, figures } = ctx;
  const phase = performance.now();
  const { newId } = await import('../../shared/ids.ts');
  const { dynamodb } = await import('../../shared/db/client.ts');
  const orgId = `growth-history-${newId('plan').slice(-6).toLowerCase()}`;
  const few = { entityId: newId('plan'), events: sizes.historySmall };
  const many = { entityId: newId('plan'), events: sizes.historyBig };
  const trails = new Map(
    [few, many].map((e) => [e.entityId, data.planTrail(orgId, e.entityId, e.events)] as const),
  );
  for (const e of [few, many]) {
    await load(
      `${fmt(e.events)} audit events of one plan (org ${orgId})`,
      table,
      trails.get(e.entityId)?.items ?? [],
    );
  }
  const history = route('GET', '/orgs/{orgId}/history/{entityId}');
  /** Halfway through the trail, 30 s after an event: its answer is that event's `after`. */
  const probe = (entityId: string) => {
    const events = trails.get(entityId)?.events ?? [];
    const expected = events[Math.floor((events.length - 1) / 2)];
    if (!expected) throw new Error('history: empty trail');
    return { at: new Date(expected.atMs + 30_000).toISOString(), expected };
  };
  const probes = new Map([few, many].map((e) => [e.entityId, probe(e.entityId)] as const));
  const recorder = recordRequests(dynamodb as never);
  const timed = async (entityId: string) => {
    const { at, expected } = probes.get(entityId) as ReturnType<typeof probe>;
    recorder.take();
    const started = performance.now();
    const response = await invoke(history, { pathParameters: { orgId, entityId }, query: { at } });
    const ms = performance.now() - started;
    const requests = recorder.take();
    const body = expectStatus(response, 200, `history/get ${entityId}`) as {
      eventId: string | null;
      state: unknown;
    };
    if (body.eventId !== expected.id || !isDeepStrictEqual(body.state, expected.after))
      throw new Error(`history/get ${entityId} at ${at}: answered ${body.eventId}, expected ${expected.id}`);
    const other = requests.filter((r) => r.command !== 'Query').map((r) => r.command);
    if (other.length > 0) throw new Error(`history/get sent ${other.join(', ')} besides Query`);
    return { ms, requests: requests.length };
  };
  const samples = new Map([few, many].map((e) => [e.entityId, [] as number[]] as const));
  const counts = new Map([few, many].map((e) => [e.entityId, [] as number[]] as const));
  for (let i = 0; i < sizes.listWarmup + sizes.listSamples; i++) {
    for (const e of i % 2 ? [few, many] : [many, few]) {
      const { ms, requests } = await timed(e.entityId);
      counts.get(e.entityId)?.push(requests);
      if (i >= sizes.listWarmup) samples.get(e.entityId)?.push(ms);
    }
  }
  const note =
    `${sizes.listSamples} samples each after ${sizes.listWarmup} warm-up, interleaved, in-process through the real handler, ` +
    `at the instant halfway through each trail (30 s after an event; each answer checked against that event's image). ` +
    `One plan's trail of ${fmt(many.events)} vs another's of ${fmt(few.events)} in the same org, one event a minute, each as auditStep stores it (a ~0.7 KB after image, and the before image).`;
  const added: typeof figures = [
    {
      section: 'growth',
      name: `history/get at an instant: ${fmt(many.events)} vs ${fmt(few.events)} audit events of the entity`,
      unit: 'ms',
      value: stat(samples.get(many.entityId) ?? []),
      baseline: { name: `${fmt(few.events)} events`, value: stat(samples.get(few.entityId) ?? []) },
      budget: { kind: 'max-ratio', limit: HISTORY_MAX_RATIO },
      note,
    },
    {
      section: 'growth',
      name: `history/get DynamoDB requests at ${fmt(many.events)} audit events of the entity (all Query)`,
      unit: 'requests',
      value: stat(counts.get(many.entityId) ?? []),
      baseline: { name: `${fmt(few.events)} events`, value: stat(counts.get(few.entityId) ?? []) },
      budget: { kind: 'equal', limit: 1 },
      note: `Requests of every call above (warm-up included), counted on the shared client; a request other than Query stops the bench. The minimum: one Query of the entity's events (byEntity), newest first from the instant, one item.`,
    },
  ];
  figures.push(...added);
  for (const f of added) {
    log(
      `   ${f.name}: median ${f.value.median.toFixed(1)} [${f.value.min.toFixed(1)}–${f.value.max.toFixed(1)}] vs ${f.baseline?.value.median.toFixed(1)} [${f.baseline?.value.min.toFixed(1)}–${f.baseline?.value.max.toFixed(1)}] ${f.unit}`,
    );
  }
  log(`   history figures: ${secs(performance.now() - phase)}`);
}
