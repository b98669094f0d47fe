import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { expectStatus, invoke } from '../lib/env.ts';
import { type RecordedRequest, recordRequests, replayer } from '../lib/replay.ts';
import { stat } from '../lib/stats.ts';

import { CATALOG_MAX_RATIO, fmt, type GrowthContext, LIST_MAX_RATIO, route, secs } from './growth-common.ts';

/** Part 1 of the growth section. */
export async function runListGrowth(ctx: GrowthContext): Promise<void> {
  const { log, sizes, data, table, load, memory, figures } = ctx;
  // -------------------------------------------------------------------------------------------
  // 1. List-page latency
  // -------------------------------------------------------------------------------------------
  {
    const phase = performance.now();
    const tag = randomUUID().slice(0, 6);
    const small = `growth-list-s-${tag}`;
    const big = `growth-list-b-${tag}`;
    const smallCatalog = data.catalog(small, sizes.plansSmall, 1);
    const bigCatalog = data.catalog(big, sizes.plansBig, 2);
    await load(`${fmt(sizes.plansSmall)} plans (org ${small})`, table, smallCatalog.items);
    await load(`${fmt(sizes.plansBig)} plans (org ${big})`, table, bigCatalog.items);
    memory(`with ${fmt(sizes.plansBig + sizes.plansSmall)} plans`);
    await checkPlans(smallCatalog, bigCatalog, small, log);

    const list = route('GET', '/orgs/{orgId}/plans');
    const listPage = async (orgId: string, cursor?: string) => {
      const started = performance.now();
      const response = await invoke(list, {
        pathParameters: { orgId },
        ...(cursor ? { query: { cursor } } : {}),
      });
      const ms = performance.now() - started;
      const body = expectStatus(response, 200, `plans/list ${orgId}`) as {
        items: unknown[];
        nextCursor: string;
      };
      if (body.items.length !== 25 || !body.nextCursor)
        throw new Error(`plans/list ${orgId}: not a full page`);
      return ms;
    };
    /** The cursor of the page in the middle of the org's plans (walked untimed, up to 100 a page). */
    const middleCursor = async (orgId: string, plans: number) => {
      const walk = plans >= 2_000 ? 100 : 25;
      let cursor: string | undefined;
      for (let page = 0; page < Math.floor(plans / 2 / walk); page++) {
        const response = await invoke(list, {
          pathParameters: { orgId },
          query: { limit: String(walk), ...(cursor ? { cursor } : {}) },
        });
        cursor = (expectStatus(response, 200, 'plans/list walk') as { nextCursor: string }).nextCursor;
      }
      if (!cursor) throw new Error('no cursor');
      return cursor;
    };
    const cursors = {
      [small]: await middleCursor(small, sizes.plansSmall),
      [big]: await middleCursor(big, sizes.plansBig),
    };
    const samples = {
      first: { [small]: [] as number[], [big]: [] as number[] },
      middle: { [small]: [] as number[], [big]: [] as number[] },
    };
    for (let i = 0; i < sizes.listWarmup + sizes.listSamples; i++) {
      // Alternate which org goes first, so neither always follows the other.
      for (const orgId of i % 2 ? [small, big] : [big, small]) {
        const first = await listPage(orgId);
        const middle = await listPage(orgId, cursors[orgId]);
        if (i >= sizes.listWarmup) {
          samples.first[orgId]?.push(first);
          samples.middle[orgId]?.push(middle);
        }
      }
    }
    const note =
      `${sizes.listSamples} samples each after ${sizes.listWarmup} warm-up, interleaved, in-process through the real handler (default limit 25). ` +
      `Plans loaded as the create path stores them (plan, slug guard, plan.created event; 24 products with prices, ~40% of plans with 1–3 items; ~55% active / 30% draft / 15% archived; 80% public).`;
    for (const [which, label] of [
      ['first', 'first page'],
      ['middle', 'a page from the middle, via its cursor'],
    ] as const) {
      figures.push({
        section: 'growth',
        name: `plans/list ${label}: ${fmt(sizes.plansBig)} vs ${fmt(sizes.plansSmall)} plans in the org`,
        unit: 'ms',
        value: stat(samples[which][big] as number[]),
        baseline: { name: `${fmt(sizes.plansSmall)} plans`, value: stat(samples[which][small] as number[]) },
        budget: { kind: 'max-ratio', limit: LIST_MAX_RATIO },
        note,
      });
    }
    // The public catalog's first page (issue 13), from the same plans: its index (`byCatalog`) holds
    // an org's active public plans, whose keys the loaded items carry (`db.plan.put` builds them).
    {
      const catalogList = route('GET', '/orgs/{orgId}/catalog/plans');
      const shown = (c: typeof smallCatalog) =>
        c.items.filter((i) => i.__edb_e__ === 'plan' && i.status === 'active' && i.visibility === 'public')
          .length;
      const inCatalog = { [small]: shown(smallCatalog), [big]: shown(bigCatalog) };
      const catalogPage = async (orgId: string) => {
        const started = performance.now();
        const response = await invoke(catalogList, { pathParameters: { orgId } });
        const ms = performance.now() - started;
        const body = expectStatus(response, 200, `catalog/list ${orgId}`) as { items: unknown[] };
        // At least the loaded ones (the load check above may have published one more).
        const expected = Math.min(25, inCatalog[orgId] ?? 0);
        if (expected === 0 || body.items.length < expected || body.items.length > 25)
          throw new Error(`catalog/list ${orgId}: ${body.items.length} plans, expected ${expected}`);
        return ms;
      };
      const catalogSamples = { [small]: [] as number[], [big]: [] as number[] };
      for (let i = 0; i < sizes.listWarmup + sizes.listSamples; i++) {
        for (const orgId of i % 2 ? [small, big] : [big, small]) {
          const ms = await catalogPage(orgId);
          if (i >= sizes.listWarmup) catalogSamples[orgId]?.push(ms);
        }
      }
      figures.push({
        section: 'growth',
        name: `catalog/list first page: ${fmt(sizes.plansBig)} vs ${fmt(sizes.plansSmall)} plans in the org`,
        unit: 'ms',
        value: stat(catalogSamples[big] as number[]),
        baseline: { name: `${fmt(sizes.plansSmall)} plans`, value: stat(catalogSamples[small] as number[]) },
        budget: { kind: 'max-ratio', limit: CATALOG_MAX_RATIO },
        note:
          `${sizes.listSamples} samples each after ${sizes.listWarmup} warm-up, interleaved, in-process through the real (public) handler, default limit 25; ` +
          `the same plans as the plans/list figures, of which ${fmt(inCatalog[big] ?? 0)} vs ${fmt(inCatalog[small] ?? 0)} are active and public (the catalog index's partition).`,
      });
    }
    // The same middle-page Query, sent by the bare client with no handler around it: how DynamoDB
    // Local itself grows with the partition (no budget; it explains the middle-page figure).
    {
      const { dynamodb } = await import('../../shared/db/client.ts');
      const recorder = recordRequests(dynamodb as never);
      const queries: Record<string, RecordedRequest> = {};
      for (const orgId of [small, big]) {
        recorder.take();
        await listPage(orgId, cursors[orgId]);
        const query = recorder.take().find((r) => r.command === 'Query');
        if (!query) throw new Error('plans/list made no Query');
        queries[orgId] = query;
      }
      const bare = replayer(process.env.DYNAMODB_ENDPOINT as string, table as string);
      const raw = { [small]: [] as number[], [big]: [] as number[] };
      for (let i = 0; i < sizes.listWarmup + sizes.listSamples; i++) {
        for (const orgId of i % 2 ? [small, big] : [big, small]) {
          const started = performance.now();
          await bare.replay([queries[orgId] as RecordedRequest]);
          if (i >= sizes.listWarmup) raw[orgId]?.push(performance.now() - started);
        }
      }
      bare.destroy();
      figures.push({
        section: 'growth',
        name: `the same middle-page Query on the bare client (no handler): ${fmt(sizes.plansBig)} vs ${fmt(sizes.plansSmall)} plans`,
        unit: 'ms',
        value: stat(raw[big] as number[]),
        baseline: { name: `${fmt(sizes.plansSmall)} plans`, value: stat(raw[small] as number[]) },
        note: 'DynamoDB Local resuming a Query at an ExclusiveStartKey deep in a large partition; DynamoDB itself seeks by key',
      });
    }
    for (const f of figures) {
      log(
        `   ${f.name}: median ${f.value.median.toFixed(1)} ms [${f.value.min.toFixed(1)}–${f.value.max.toFixed(1)}] vs ${f.baseline?.value.median.toFixed(1)} ms [${f.baseline?.value.min.toFixed(1)}–${f.baseline?.value.max.toFixed(1)}]`,
      );
    }
    log(`   list figures: ${secs(performance.now() - phase)}`);
  }
}

/**
 * The load is what the handlers would have written: GET answers every sampled plan as generated,
 * and a plan and a bind made through the real handlers store exactly the attributes (names) the
 * generated items carry.
 */
const checkPlans = async (
  smallCatalog: import('../growth-data.ts').Catalog,
  bigCatalog: import('../growth-data.ts').Catalog,
  org: string,
  log: (line: string) => void,
) => {
  const { documentClient } = await import('../../shared/db/client.ts');
  const { db } = await import('../../shared/db/service.ts');
  const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
  const data = await import('../growth-data.ts');
  const get = route('GET', '/orgs/{orgId}/plans/{planId}');
  for (const sample of [...smallCatalog.samples, ...bigCatalog.samples]) {
    const orgId = sample.item.organizationId;
    const body = expectStatus(
      await invoke(get, { pathParameters: { orgId, planId: sample.item.id } }),
      200,
      'plans/get of a loaded plan',
    );
    const expected = JSON.parse(JSON.stringify(sample.expected)) as unknown;
    if (!isDeepStrictEqual(body, expected)) {
      throw new Error(
        `loaded plan reads back differently:\n${JSON.stringify(body)}\n${JSON.stringify(expected)}`,
      );
    }
  }
  const raw = async (params: { Key?: Record<string, unknown>; TableName?: string }) => {
    const result = await documentClient.send(
      new GetCommand({ TableName: params.TableName, Key: params.Key }),
    );
    if (!result.Item) throw new Error(`no item at ${JSON.stringify(params.Key)}`);
    return result.Item;
  };
  const names = (item: Record<string, unknown>) => Object.keys(item).sort().join(',');
  // A plan through POST, the same fields as a generated active plan with items.
  const model = smallCatalog.samples.find(
    (s) =>
      s.item.status === 'active' &&
      (s.item.items as unknown[]).length > 0 &&
      s.item.description &&
      s.item.price &&
      s.item.includedQuota,
  );
  if (model) {
    const m = model.expected;
    const created = expectStatus(
      await invoke(route('POST', '/orgs/{orgId}/plans'), {
        pathParameters: { orgId: org },
        body: {
          name: m.name,
          slug: `${m.slug}-via-api`,
          description: m.description,
          type: m.type,
          visibility: m.visibility,
          defaultCycle: m.defaultCycle,
          availableCycles: m.availableCycles,
          trialDays: m.trialDays,
          price: m.price,
          includedQuota: m.includedQuota,
          features: m.features,
          limits: m.limits,
          items: m.items.map(({ productId, priceId, quantity, included }) => ({
            productId,
            priceId,
            quantity,
            included,
          })),
          publish: true,
        },
      }),
      201,
      'plans/create',
    ) as { id: string };
    const viaApi = await raw(db.plan.get({ organizationId: org, id: created.id }).params());
    const loaded = await raw(db.plan.get({ organizationId: org, id: model.item.id }).params());
    if (names(viaApi) !== names(loaded)) {
      throw new Error(
        `a loaded plan's attributes differ from the create path's:\n${names(loaded)}\n${names(viaApi)}`,
      );
    }
    // A bind through POST vs a generated subscription and guard.
    const subscriber = expectStatus(
      await invoke(route('POST', '/orgs/{orgId}/subscribers'), {
        pathParameters: { orgId: org },
        body: {
          username: `growth-${randomUUID().slice(0, 8)}`,
          email: `growth-${randomUUID().slice(0, 8)}@example.com`,
        },
      }),
      201,
      'subscribers/create',
    ) as { id: string };
    const bound = expectStatus(
      await invoke(route('POST', '/orgs/{orgId}/subscriptions'), {
        pathParameters: { orgId: org },
        body: { subscriberId: subscriber.id, planId: created.id },
      }),
      201,
      'subscriptions/create',
    ) as { id: string };
    const boundItem = await raw(db.subscription.get({ organizationId: org, id: bound.id }).params());
    const world = data.subscriptionWorld('check', 1, Date.now());
    const generated = data.subscriptionItems(world, 1, Date.now() + 86_400_000);
    if (names(boundItem) !== names(generated.subscription)) {
      throw new Error(
        `a generated subscription's attributes differ from a bind's:\n${names(generated.subscription)}\n${names(boundItem)}`,
      );
    }
    const guard = await raw(
      db.guard
        .get({
          organizationId: org,
          kind: 'live-subscription',
          value: `${subscriber.id}#${created.id}`.toLowerCase(),
        })
        .params(),
    );
    if (names(guard) !== names(generated.guard) || guard.ownerId !== bound.id) {
      throw new Error('a generated live guard differs from a bind’s');
    }
  }
  log(
    `   load check: ${smallCatalog.samples.length + bigCatalog.samples.length} loaded plans read back as generated; a plan and a bind through the handlers store the same attributes`,
  );
};
