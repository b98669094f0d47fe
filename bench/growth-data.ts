/**
 * Data for the growth section (`bench/sections/growth.ts`): realistic plans, products and
 * subscriptions generated as the create and bind paths store them, and a fast parallel
 * BatchWriteItem loader. Every item is built by the ElectroDB entities themselves (`put(...).params()`),
 * so its keys, index attributes and ElectroDB markers are exactly what the handlers write; only the
 * table name is ours, since the loader writes to any table on the bench's DynamoDB Local.
 *
 * Import after `startBenchDatabase()` (it imports `shared/db/service.ts`).
 */
import { createRequire } from 'node:module';
import { db } from '../shared/db/service.ts';
import type { PlanItem, StoredPlanItem } from '../shared/entities/plan.ts';
import { planKeys } from '../shared/entities/plan.ts';
import type { SubscriptionItem } from '../shared/entities/subscription.ts';
import { normalizeUnique } from '../shared/entities/unique-guard.ts';
import { eventId, newId } from '../shared/ids.ts';
import { client } from '../shared/local/dynamo.ts';
import { toPlan } from '../shared/plans/state.ts';
import { expiryKeyOf, expiryShardOf } from '../shared/subscriptions/operations.ts';

const require = createRequire(import.meta.url);
const lib = require('@aws-sdk/lib-dynamodb') as typeof import('@aws-sdk/lib-dynamodb');

export type Item = Record<string, unknown>;

const DAY = 86_400_000;

/** A deterministic pseudo-random sequence (mulberry32), so a run's data is the same every time. */
export const random = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

// ---------------------------------------------------------------------------------------------
// Loader
// ---------------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes `items` (document-client form, keys included) to `table` with BatchWriteItem, 25 per
 * request and `concurrency` requests in flight, retrying UnprocessedItems with backoff.
 * Returns the number of BatchWriteItem requests sent.
 */
export const batchWrite = async (
  endpoint: string,
  table: string,
  items: readonly Item[],
  concurrency = 12,
): Promise<number> => {
  const ddb = client(endpoint);
  const doc = lib.DynamoDBDocumentClient.from(ddb);
  let next = 0;
  let requests = 0;
  const worker = async () => {
    for (;;) {
      const start = next;
      next += 25;
      if (start >= items.length) return;
      let pending: unknown[] = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(1_000, 20 * 2 ** attempt));
        if (attempt > 10)
          throw new Error(`BatchWriteItem to ${table}: items still unprocessed after 10 retries`);
        const result = await doc.send(
          new lib.BatchWriteCommand({ RequestItems: { [table]: pending as never } }),
        );
        requests++;
        pending = (result.UnprocessedItems?.[table] as unknown[] | undefined) ?? [];
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    ddb.destroy();
  }
  return requests;
};

/** Sends ElectroDB-built UpdateItem params (e.g. counter `ADD`s) to `table`, a few at a time. */
export const updateAll = async (
  endpoint: string,
  table: string,
  params: readonly Item[],
  concurrency = 8,
) => {
  const ddb = client(endpoint);
  const doc = lib.DynamoDBDocumentClient.from(ddb);
  let next = 0;
  const worker = async () => {
    while (next < params.length) {
      const p = params[next++] as Item;
      await doc.send(new lib.UpdateCommand({ ...p, TableName: table } as never));
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    ddb.destroy();
  }
};

/** One item as the entity stores it (ElectroDB's own `put` params), for any table. */
const stored = (params: { Item?: Item }): Item => {
  if (!params.Item) throw new Error('ElectroDB put params without Item');
  return params.Item;
};

// ---------------------------------------------------------------------------------------------
// Catalog: products, prices, plans (the list figure)
// ---------------------------------------------------------------------------------------------

const FEATURES = [
  'API access',
  'Priority support',
  'SSO',
  'Audit log',
  'Custom domain',
  'Webhooks',
  'Exports',
];
const CURRENCIES = ['USD', 'EUR', 'GBP'];

export interface Catalog {
  /** Items to write: products, prices, plans, slug guards and `plan.created` audit events. */
  items: Item[];
  planIds: string[];
  /** A few plans (as stored) with what GET must answer for them, to check the load. */
  samples: { item: PlanItem; expected: ReturnType<typeof toPlan> }[];
}

/**
 * `plans` plans in `orgId` with a pool of root products (one monthly price each), as the create
 * path stores them: the plan item with its six index keys, its `plan-slug` guard, its
 * `plan.created` audit event, and products whose `planRefCount` is exactly the items using them.
 * Mixed: ~55% active, 30% draft, 15% archived; 80% public; three types; 40% carry 1 to 3 items.
 * Ids grow with `createdAt` (one plan a minute up to `until`), like plans created over time.
 */
export const catalog = (orgId: string, plans: number, seed: number, until = Date.now() - 60_000): Catalog => {
  const rnd = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)] as T;
  const start = until - plans * 60_000 - 60 * 60_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const products = Array.from({ length: 24 }, (_, i) => {
    const at = start + i * 60_000;
    return {
      productId: newId('prod', at),
      priceId: newId('price', at),
      name: `Product ${i + 1}`,
      at: iso(at),
      amount: 500 + i * 250,
      uses: 0,
    };
  });
  const items: Item[] = [];
  const planIds: string[] = [];
  const samples: Catalog['samples'] = [];
  for (let i = 0; i < plans; i++) {
    const createdMs = start + 60 * 60_000 + i * 60_000;
    const createdAt = iso(createdMs);
    const id = newId('plan', createdMs);
    const r = rnd();
    const status = r < 0.55 ? 'active' : r < 0.85 ? 'draft' : 'archived';
    const annual = rnd() < 0.5;
    const planItems: StoredPlanItem[] = [];
    if (rnd() < 0.4) {
      const count = 1 + Math.floor(rnd() * 3);
      const used = new Set<number>();
      while (used.size < count) used.add(Math.floor(rnd() * products.length));
      for (const p of used) {
        const product = products[p] as (typeof products)[number];
        product.uses++;
        planItems.push({
          productId: product.productId,
          priceId: product.priceId,
          quantity: 1 + Math.floor(rnd() * 3),
          included: rnd() < 0.8,
        });
      }
    }
    const limits: [string, number][] = [
      ['users', 5 * (1 + Math.floor(rnd() * 20))],
      ['apiRequestsPerDay', 1000 * (1 + Math.floor(rnd() * 100))],
    ];
    const updatedAt = status === 'draft' ? createdAt : iso(createdMs + 30_000);
    const item = {
      organizationId: orgId,
      id,
      name: `Plan ${i + 1} ${pick(['Starter', 'Team', 'Business', 'Enterprise', 'Edu'])}`,
      slug: `plan-${i + 1}`,
      ...(rnd() < 0.5 ? { description: `Plan number ${i + 1}, for benchmarks.` } : {}),
      type: pick(['standard', 'standard', 'custom', 'promotional'] as const),
      visibility: rnd() < 0.8 ? 'public' : 'private',
      status,
      defaultCycle: 'monthly',
      availableCycles: annual ? ['monthly', 'annual'] : ['monthly'],
      trialDays: pick([0, 0, 7, 14, 30]),
      ...(rnd() < 0.9
        ? { price: { amount: 100 * (1 + Math.floor(rnd() * 200)), currency: pick(CURRENCIES) } }
        : {}),
      ...(rnd() < 0.6 ? { includedQuota: 1000 * (1 + Math.floor(rnd() * 50)) } : {}),
      features: FEATURES.filter(() => rnd() < 0.4),
      limits,
      items: planItems,
      expiryNoticeDays: 0,
      ...planKeys({}),
      ...(status !== 'draft' ? { publishedAt: iso(createdMs + 30_000) } : {}),
      ...(status === 'archived' ? { archivedAt: updatedAt } : {}),
      liveSubscriptionCount: 0,
      subscriptionCount: 0,
      version: status === 'draft' ? 1 : status === 'active' ? 2 : 3,
      createdAt,
      updatedAt,
    } as PlanItem;
    const resource = toPlan(item, new Map());
    planIds.push(id);
    items.push(
      stored(db.plan.put(item).params()),
      stored(
        db.guard
          .put({ organizationId: orgId, kind: 'plan-slug', value: normalizeUnique(item.slug), ownerId: id })
          .params(),
      ),
      stored(
        db.auditEvent
          .put({
            organizationId: orgId,
            id: newId('evt', createdMs),
            at: createdAt,
            actorSub: 'bench-admin',
            entityType: 'plan',
            entityId: id,
            action: 'plan.created',
            after: JSON.stringify({ ...resource, status: status === 'draft' ? 'draft' : 'active' }),
          })
          .params(),
      ),
    );
    if (i % Math.max(1, Math.floor(plans / 5)) === 0 || (planItems.length > 0 && samples.length < 8)) {
      samples.push({ item, expected: resource });
    }
  }
  for (const p of products) {
    items.push(
      stored(
        db.product
          .put({
            organizationId: orgId,
            id: p.productId,
            name: p.name,
            status: 'active',
            planRefCount: p.uses,
            priceCount: 1,
            parentKey: '-',
            companyKey: '-',
            version: 1,
            createdAt: p.at,
            updatedAt: p.at,
          })
          .params(),
      ),
      stored(
        db.price
          .put({
            organizationId: orgId,
            id: p.priceId,
            productId: p.productId,
            amount: p.amount,
            currency: 'USD',
            cycle: 'monthly',
            active: true,
            version: 1,
            createdAt: p.at,
            updatedAt: p.at,
          })
          .params(),
      ),
    );
  }
  return { items, planIds, samples };
};

// ---------------------------------------------------------------------------------------------
// Audit trail of one entity (the history figure)
// ---------------------------------------------------------------------------------------------

export interface Trail {
  /** The audit events, as `auditStep` stores them (ids from `eventId`, so they sort by `at`). */
  items: Item[];
  /** Each event's id, `at` (ms) and `after` image, oldest first. */
  events: { id: string; atMs: number; after: Record<string, unknown> }[];
}

/**
 * `events` audit events of one plan `entityId` in `orgId`, one a minute up to `until`: a
 * `plan.created`, then `plan.updated` changes, each `after` a whole plan image (~0.7 KB, as the
 * plan routes write) whose `name`, `version` and `updatedAt` change every time.
 */
export const planTrail = (
  orgId: string,
  entityId: string,
  events: number,
  until = Date.now() - 60_000,
): Trail => {
  const start = until - events * 60_000;
  const items: Item[] = [];
  const out: Trail['events'] = [];
  let before: Record<string, unknown> | undefined;
  for (let i = 0; i < events; i++) {
    const atMs = start + i * 60_000;
    const at = new Date(atMs);
    const after: Record<string, unknown> = {
      id: entityId,
      name: `Plan revision ${i + 1}`,
      slug: 'history-bench',
      description: 'A plan changed many times, for the history benchmark.',
      type: 'standard',
      visibility: 'public',
      status: 'active',
      defaultCycle: 'monthly',
      availableCycles: ['monthly', 'annual'],
      trialDays: 14,
      price: { amount: 1900 + (i % 50) * 100, currency: 'USD' },
      includedQuota: 10_000,
      features: ['API access', 'Priority support', 'SSO'],
      limits: { users: 10 + (i % 20), apiRequestsPerDay: 100_000 },
      items: [],
      expiryNoticeDays: 0,
      packageId: null,
      groupId: null,
      companyId: null,
      liveSubscriptionCount: 0,
      subscriptionCount: 0,
      version: i + 1,
      createdAt: new Date(start).toISOString(),
      updatedAt: at.toISOString(),
    };
    const id = eventId(at);
    items.push(
      stored(
        db.auditEvent
          .put({
            organizationId: orgId,
            id,
            at: at.toISOString(),
            actorSub: 'bench-admin',
            entityType: 'plan',
            entityId,
            action: i === 0 ? 'plan.created' : 'plan.updated',
            ...(before ? { before: JSON.stringify(before) } : {}),
            after: JSON.stringify(after),
          })
          .params(),
      ),
    );
    out.push({ id, atMs, after });
    before = after;
  }
  return { items, events: out };
};

// ---------------------------------------------------------------------------------------------
// Subscriptions (the expirer figures)
// ---------------------------------------------------------------------------------------------

export interface SubscriptionWorld {
  orgs: string[];
  /** Active monthly plans, `PLANS_PER_ORG` per org. */
  plans: {
    orgId: string;
    id: string;
    trialDays: number;
    includedQuota: number;
    slug: string;
    name: string;
  }[];
}

export const PLANS_PER_ORG = 10;
/** Each subscriber holds this many subscriptions, to distinct plans of its org. */
const SUBS_PER_SUBSCRIBER = 5;

/** `orgCount` orgs with `PLANS_PER_ORG` active plans each (ids fixed here, items written by `worldItems`). */
export const subscriptionWorld = (prefix: string, orgCount: number, at: number): SubscriptionWorld => {
  const orgs = Array.from({ length: orgCount }, (_, i) => `${prefix}-${i}`);
  const plans = orgs.flatMap((orgId, o) =>
    Array.from({ length: PLANS_PER_ORG }, (_, p) => ({
      orgId,
      id: newId('plan', at - (o * PLANS_PER_ORG + p) * 1000),
      trialDays: p % 3 === 0 ? 14 : 0,
      includedQuota: 1000 * (p + 1),
      slug: `monthly-${p + 1}`,
      name: `Monthly ${p + 1}`,
    })),
  );
  return { orgs, plans };
};

/** Where subscription number `n` lives: its org, plan and subscriber (pairs never repeat). */
const placeOf = (world: SubscriptionWorld, n: number) => {
  const orgIndex = n % world.orgs.length;
  const local = Math.floor(n / world.orgs.length);
  const subscriber = Math.floor(local / SUBS_PER_SUBSCRIBER);
  const planIndex = ((local % SUBS_PER_SUBSCRIBER) + subscriber) % PLANS_PER_ORG;
  const plan = world.plans[orgIndex * PLANS_PER_ORG + planIndex] as SubscriptionWorld['plans'][number];
  return { plan, subscriberId: subscriberIdOf(world, orgIndex, subscriber) };
};

const subscriberIds = new Map<string, string>();
const subscriberIdOf = (world: SubscriptionWorld, orgIndex: number, n: number) => {
  const key = `${world.orgs[orgIndex]}/${n}`;
  let id = subscriberIds.get(key);
  if (!id) {
    id = `sbr_${String(orgIndex).padStart(4, '0')}${String(n).padStart(22, '0')}`;
    subscriberIds.set(key, id);
  }
  return id;
};

/**
 * Subscription number `n`, live, ending at `endsAt`, as `bindSubscription` stores it (with its
 * expiry-index attributes), and its `live-subscription` guard. 15% trialing on plans with a trial.
 */
export const subscriptionItems = (
  world: SubscriptionWorld,
  n: number,
  endsAtMs: number,
): { subscription: Item; guard: Item; planId: string; orgId: string; subscriberId: string } => {
  const { plan, subscriberId } = placeOf(world, n);
  const trialing = plan.trialDays > 0 && n % 7 === 0;
  const startedMs = endsAtMs - (trialing ? plan.trialDays : 30) * DAY;
  const startedAt = new Date(startedMs).toISOString();
  const endsAt = new Date(endsAtMs).toISOString();
  // Never an id from the future (a trial that started after the pass clock's wall-clock twin).
  const id = newId('sub', Math.min(startedMs, Date.now()));
  const item: SubscriptionItem = {
    organizationId: plan.orgId,
    id,
    subscriberId,
    planId: plan.id,
    status: trialing ? 'trialing' : 'active',
    billingCycle: 'monthly',
    startedAt,
    ...(trialing ? { trialEndsAt: endsAt } : {}),
    endsAt,
    cancelAtPeriodEnd: false,
    quotaAllowance: plan.includedQuota,
    plan: JSON.stringify({
      name: plan.name,
      slug: plan.slug,
      price: { amount: 1900, currency: 'USD' },
      includedQuota: plan.includedQuota,
      packageId: null,
      features: ['API access'],
      limits: { users: 10 },
      expiryNoticeDays: 0,
    }),
    source: 'manual',
    offerKey: '-',
    expiryShard: expiryShardOf(id),
    expiryKey: expiryKeyOf(endsAt, plan.orgId, id),
    version: 1,
    createdAt: startedAt,
    updatedAt: startedAt,
  };
  return {
    subscription: stored(db.subscription.put(item).params()),
    guard: stored(
      db.guard
        .put({
          organizationId: plan.orgId,
          kind: 'live-subscription',
          value: normalizeUnique(`${subscriberId}#${plan.id}`),
          ownerId: id,
        })
        .params(),
    ),
    planId: plan.id,
    orgId: plan.orgId,
    subscriberId,
  };
};

/**
 * The plans (active, with `liveSubscriptionCount` / `subscriptionCount` as given) and the
 * subscribers (with `refCount`) of a world, as their create paths store them.
 */
export const worldItems = (
  world: SubscriptionWorld,
  counts: { live: Map<string, number>; ever: Map<string, number>; subscribers: Map<string, number> },
  at: number,
): Item[] => {
  const iso = new Date(at - 400 * DAY).toISOString();
  const items: Item[] = world.plans.map((p) =>
    stored(
      db.plan
        .put({
          organizationId: p.orgId,
          id: p.id,
          name: p.name,
          slug: p.slug,
          type: 'standard',
          visibility: 'public',
          status: 'active',
          defaultCycle: 'monthly',
          availableCycles: ['monthly'],
          trialDays: p.trialDays,
          price: { amount: 1900, currency: 'USD' },
          includedQuota: p.includedQuota,
          features: ['API access'],
          limits: [['users', 10]],
          items: [],
          expiryNoticeDays: 0,
          ...planKeys({}),
          publishedAt: iso,
          liveSubscriptionCount: counts.live.get(p.id) ?? 0,
          subscriptionCount: counts.ever.get(p.id) ?? 0,
          version: 2,
          createdAt: iso,
          updatedAt: iso,
        } as PlanItem)
        .params(),
    ),
  );
  for (const p of world.plans) {
    items.push(
      stored(
        db.guard.put({ organizationId: p.orgId, kind: 'plan-slug', value: p.slug, ownerId: p.id }).params(),
      ),
    );
  }
  for (const [key, refCount] of counts.subscribers) {
    const [orgId, id] = key.split('/') as [string, string];
    const username = `user${id.slice(-10)}${id.slice(4, 8)}`;
    items.push(
      stored(
        db.subscriber
          .put({
            organizationId: orgId,
            id,
            username,
            email: `${username}@example.com`,
            usernameKey: username,
            emailKey: `${username}@example.com`,
            refCount,
            version: 1,
            createdAt: iso,
            updatedAt: iso,
          })
          .params(),
      ),
    );
  }
  return items;
};

/** The UpdateItem that adds `live` (and `ever`) to a plan's counters, as a bind's plan step does. */
export const planCounterUpdate = (orgId: string, planId: string, live: number, ever: number): Item =>
  db.plan
    .patch({ organizationId: orgId, id: planId })
    .add({ liveSubscriptionCount: live, subscriptionCount: ever })
    .params() as Item;
