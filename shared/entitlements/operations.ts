/**
 * Entitlements: what a subscriber may use at one instant, resolved from the plan snapshots their
 * subscriptions carry (API.md, Entitlements). Never reads a plan or a whole table: at most the user's
 * uniqueness guard and the subscriber's own subscriptions (one Query of `bySubscriber`; DynamoDB pages
 * it by 1 MB, several hundred subscriptions a page).
 */
import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { db } from '../db/service.ts';
import type { SubscriptionItem } from '../entities/subscription.ts';
import { normalizeUnique } from '../entities/unique-guard.ts';
import { DomainError } from '../errors.ts';
import { toSubscription } from '../subscriptions/operations.ts';
import type { Entitlements, EntitlementsInput } from './schemas.ts';

/** The subscriber a username or email names, through its uniqueness guard (an `@` means an email). */
const subscriberOfUser = async (orgId: string, user: string): Promise<string | undefined> => {
  const kind = user.includes('@') ? ('subscriber-email' as const) : ('subscriber-username' as const);
  const guard = (await db.guard.get({ organizationId: orgId, kind, value: normalizeUnique(user) }).go(GO))
    .data;
  return guard?.ownerId;
};

const subscriptionsOf = async (orgId: string, subscriberId: string): Promise<SubscriptionItem[]> =>
  (
    await db.subscription.query
      .bySubscriber({ organizationId: orgId, subscriberId })
      .go({ order: 'desc', pages: 'all', ...GO })
  ).data;

const unknownSubscriber = (what: string) => new DomainError('not_found', `Subscriber ${what} not found`);

/** Whether a subscription grants access at `at`: `startedAt` ≤ `at` < `endsAt`, whatever its status now. */
const grantsAt = (item: SubscriptionItem, at: number) =>
  Date.parse(item.startedAt) <= at && at < Date.parse(item.endsAt);

export const getEntitlements = async (
  ctx: OperationContext,
  input: EntitlementsInput,
): Promise<Entitlements> => {
  const at = input.at === undefined ? ctx.now : new Date(input.at);
  let subscriberId: string;
  let items: SubscriptionItem[];
  if (input.user !== undefined) {
    // The guard exists exactly while its subscriber does: 1 GetItem, then 1 Query.
    const owner = await subscriberOfUser(ctx.orgId, input.user);
    if (!owner) throw unknownSubscriber(`'${input.user}'`);
    subscriberId = owner;
    items = await subscriptionsOf(ctx.orgId, subscriberId);
  } else {
    subscriberId = input.subscriberId ?? '';
    items = await subscriptionsOf(ctx.orgId, subscriberId);
    // A subscriber with any subscription exists (a subscriber with one cannot be deleted), so only one
    // without any costs a second request, to tell "nothing" from "nobody".
    if (items.length === 0) {
      const subscriber = (await db.subscriber.get({ organizationId: ctx.orgId, id: subscriberId }).go(GO))
        .data;
      if (!subscriber) throw unknownSubscriber(subscriberId);
    }
  }

  const granting = items.filter((item) => grantsAt(item, at.getTime())).map(toSubscription);
  const features = new Set<string>();
  // A Map, not an object: limit names such as `constructor` must not meet Object.prototype.
  const limits = new Map<string, number>();
  const packageIds = new Set<string>();
  let quotaAllowance: number | null = null;
  for (const subscription of granting) {
    for (const feature of subscription.plan.features) features.add(feature);
    for (const [name, value] of Object.entries(subscription.plan.limits)) {
      limits.set(name, Math.max(value, limits.get(name) ?? value));
    }
    if (subscription.plan.packageId) packageIds.add(subscription.plan.packageId);
    if (subscription.quotaAllowance !== null)
      quotaAllowance = (quotaAllowance ?? 0) + subscription.quotaAllowance;
  }
  const sorted = <T>(values: Iterable<T>) => [...values].sort();
  return {
    subscriberId,
    at: at.toISOString(),
    subscriptions: granting.map(({ id, planId, status, startedAt, endsAt }) => ({
      id,
      planId,
      status,
      startedAt,
      endsAt,
    })),
    features: sorted(features),
    limits: Object.fromEntries(sorted(limits.keys()).map((name) => [name, limits.get(name) as number])),
    quotaAllowance,
    packageIds: sorted(packageIds),
  };
};
