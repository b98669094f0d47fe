/**
 * The expirer figures' world: orgs of active plans, subscribers and live subscriptions, as the
 * create and bind paths store them. Import after `startBenchDatabase()` (it imports
 * `shared/db/service.ts`).
 */
import { db } from '../../shared/db/service.ts';
import type { PlanItem } from '../../shared/entities/plan.ts';
import { planKeys } from '../../shared/entities/plan.ts';
import type { SubscriptionItem } from '../../shared/entities/subscription.ts';
import { normalizeUnique } from '../../shared/entities/unique-guard.ts';
import { newId } from '../../shared/ids.ts';
import { expiryKeyOf, expiryShardOf } from '../../shared/subscriptions/operations.ts';
import { DAY, type Item, stored } from './loader.ts';

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
