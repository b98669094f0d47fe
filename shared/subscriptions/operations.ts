import { createHash } from 'node:crypto';
import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { batchPart, readTogether } from '../db/batch.ts';
import { GO } from '../db/client.ts';
import { commit, retryOnStale, type TxStep, versionedFailure } from '../db/commit.ts';
import { claimUnique, releaseUnique } from '../db/guards.ts';
import { page } from '../db/pagination.ts';
import { found, readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { PlanItem } from '../entities/plan.ts';
import { LIVE_STATUSES, type SubscriptionItem } from '../entities/subscription.ts';
import { normalizeUnique } from '../entities/unique-guard.ts';
import { DomainError, referenceNotFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { readPlan } from '../plans/reads.ts';
import { stateOf } from '../plans/state.ts';
import { subscriberReference } from '../subscribers/references.ts';
import { addDays, periodEnd } from './calendar.ts';
import type {
  BindInput,
  ListSubscriptionsInput,
  PlanSnapshotValue,
  SubscriptionResource,
} from './schemas.ts';

/**
 * Write shards of the expiry index. One GSI partition takes about 1,000 writes a second; every
 * bind and every expiry writes the index once, so 16 shards carry ~16,000 a second before any
 * partition runs hot, while an expiry pass that finds nothing still costs only 16 small Queries.
 */
export const EXPIRY_SHARDS = 16;

/** The name of expiry partition `n` (0 to EXPIRY_SHARDS - 1): `expiry#00` … `expiry#15`. */
export const expiryShardName = (n: number): string => `expiry#${String(n).padStart(2, '0')}`;

/** The expiry partition of a subscription: a stable hash of its id. */
export const expiryShardOf = (id: string): string =>
  expiryShardName(createHash('sha256').update(id).digest().readUInt32BE(0) % EXPIRY_SHARDS);

/** Sorts by `endsAt` first, so "ended by now" is one key range per shard. */
export const expiryKeyOf = (endsAt: string, orgId: string, id: string) => `${endsAt}#${orgId}#${id}`;

export const toSubscription = (item: SubscriptionItem): SubscriptionResource => ({
  id: item.id,
  organizationId: item.organizationId,
  subscriberId: item.subscriberId,
  planId: item.planId,
  status: item.status,
  billingCycle: item.billingCycle,
  startedAt: item.startedAt,
  trialEndsAt: item.trialEndsAt ?? null,
  endsAt: item.endsAt,
  cancelAtPeriodEnd: item.cancelAtPeriodEnd,
  canceledAt: item.canceledAt ?? null,
  expiredAt: item.expiredAt ?? null,
  quotaAllowance: item.quotaAllowance ?? null,
  plan: JSON.parse(item.plan) as PlanSnapshotValue,
  source: item.source,
  note: item.note ?? null,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const read = async (orgId: string, id: string) =>
  (await db.subscription.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

/** The guard that makes "one live subscription per subscriber and plan" hold under races. */
const liveKey = (subscriberId: string, planId: string) => `${subscriberId}#${planId}`;

/**
 * The subscriber a bind names and the plan, read together: by id (then only the plan is read, one
 * GetItem), or by `user` — an email when it has an `@` (usernames cannot), else a username —
 * through its uniqueness guard, which one BatchGetItem reads with the plan: no scan, one request.
 */
const readBindTargets = async (
  orgId: string,
  input: BindInput,
): Promise<{ subscriber: { id: string; field: string }; plan: PlanItem | null }> => {
  if (input.subscriberId) {
    return {
      subscriber: { id: input.subscriberId, field: 'subscriberId' },
      plan: await readPlan(orgId, input.planId),
    };
  }
  const user = input.user ?? '';
  const kind = user.includes('@') ? 'subscriber-email' : 'subscriber-username';
  const [guards, plans] = await readTogether([
    batchPart(
      db.guard.get([{ organizationId: orgId, kind, value: normalizeUnique(user) }]),
      (Item) => db.guard.parse({ Item })?.data,
    ),
    batchPart(
      db.plan.get([{ organizationId: orgId, id: input.planId }]),
      (Item) => db.plan.parse({ Item })?.data,
    ),
  ]);
  const guard = guards[0];
  if (!guard) throw referenceNotFound('user', 'Subscriber with username or email', user);
  return { subscriber: { id: guard.ownerId, field: 'user' }, plan: plans[0] ?? null };
};

const planStep = (orgId: string, planId: string, delta: { live: 1 | -1; ever?: 1 }): TxStep => ({
  build: (tx) => {
    const patch = tx.plan.patch({ organizationId: orgId, id: planId });
    return delta.ever
      ? patch
          .add({ liveSubscriptionCount: delta.live, subscriptionCount: delta.ever })
          // Binding needs an active plan, checked in the same write as the count.
          .where((a, op) => op.eq(a.status, 'active'))
          .commit({ response: 'all_old' })
      : patch.add({ liveSubscriptionCount: delta.live }).commit({ response: 'all_old' });
  },
  onFail: (current) =>
    current
      ? new DomainError(
          'plan_not_active',
          `The plan is ${String(current.status)}; only active plans accept subscriptions`,
        )
      : referenceNotFound('planId', 'Plan', planId),
});

/**
 * Manual bind (Code Router's "Manual Bind"): effective now, one period of the chosen cycle (or
 * the plan's trial), with the plan's terms copied onto the subscription. The plan's status and
 * counters, the subscriber and the one-live-subscription guard are all checked in its transaction.
 */
export const bindSubscription = async (
  ctx: OperationContext,
  input: BindInput,
): Promise<SubscriptionResource> => {
  const { subscriber, plan } = await readBindTargets(ctx.orgId, input);
  if (!plan) throw referenceNotFound('planId', 'Plan', input.planId);
  if (plan.status !== 'active') {
    throw new DomainError(
      'plan_not_active',
      `The plan is ${plan.status}; only active plans accept subscriptions`,
    );
  }
  const terms = stateOf(plan);
  const cycle = input.billingCycle ?? terms.defaultCycle;
  const errors = [];
  if (!terms.availableCycles.includes(cycle)) {
    errors.push({
      path: 'billingCycle',
      message: `must be one of the plan's cycles: ${terms.availableCycles.join(', ')}`,
    });
  }
  if (input.trial && terms.trialDays === 0)
    errors.push({ path: 'trial', message: 'the plan offers no trial' });
  if (errors.length > 0)
    throw new DomainError('validation_failed', 'The subscription cannot be bound', errors);

  const trialing = input.trial === true;
  const startedAt = ctx.now.toISOString();
  const endsAt = (
    trialing ? addDays(ctx.now, terms.trialDays) : periodEnd(ctx.now, cycle, terms.customDays)
  ).toISOString();
  const id = newId('sub');
  const snapshot: PlanSnapshotValue = {
    name: terms.name,
    slug: terms.slug,
    price: terms.price,
    includedQuota: terms.includedQuota,
    packageId: terms.packageId,
  };
  const item: SubscriptionItem = {
    organizationId: ctx.orgId,
    id,
    subscriberId: subscriber.id,
    planId: plan.id,
    status: trialing ? 'trialing' : 'active',
    billingCycle: cycle,
    startedAt,
    ...(trialing ? { trialEndsAt: endsAt } : {}),
    endsAt,
    cancelAtPeriodEnd: false,
    ...(terms.includedQuota !== null ? { quotaAllowance: terms.includedQuota } : {}),
    plan: JSON.stringify(snapshot),
    source: 'manual',
    ...(input.note ? { note: input.note } : {}),
    expiryShard: expiryShardOf(id),
    expiryKey: expiryKeyOf(endsAt, ctx.orgId, id),
    version: 1,
    createdAt: startedAt,
    updatedAt: startedAt,
  };
  const created = toSubscription(item);
  await commit(
    ctx,
    [
      { build: (tx) => tx.subscription.create(item).commit() },
      claimUnique(ctx.orgId, 'live-subscription', liveKey(subscriber.id, plan.id), id, {
        code: 'already_subscribed',
        field: 'planId',
        detail: 'The subscriber already has an active or trialing subscription to this plan',
      }),
      planStep(ctx.orgId, plan.id, { live: 1, ever: 1 }),
      subscriberReference(ctx.orgId, subscriber.id, subscriber.field),
      auditStep(ctx, {
        entityType: 'subscription',
        entityId: id,
        action: 'subscription.created',
        before: null,
        after: created,
      }),
    ],
    { result: created },
  );
  return created;
};

/**
 * The transaction that ends a live subscription (cancel now, or expiry): its new status, out of
 * the expiry index, one live subscription fewer on the plan, the live guard freed, the event.
 * Conditioned on the version read and on still being live, so it happens exactly once.
 */
export const endSteps = (
  ctx: OperationContext,
  current: SubscriptionItem,
  end: { status: 'canceled' | 'expired'; set: Partial<SubscriptionItem>; action: string; extra?: string },
): { steps: TxStep[]; after: SubscriptionResource } => {
  const now = ctx.now.toISOString();
  const changes = { ...end.set, status: end.status, version: current.version + 1, updatedAt: now };
  const next: SubscriptionItem = { ...current, ...changes };
  delete next.expiryShard;
  delete next.expiryKey;
  const after = toSubscription(next);
  return {
    after,
    steps: [
      {
        build: (tx) =>
          tx.subscription
            .patch({ organizationId: current.organizationId, id: current.id })
            .set(changes)
            .remove(['expiryShard', 'expiryKey'])
            .where((a, op) =>
              [
                op.eq(a.version, current.version),
                `(${op.eq(a.status, 'active')} OR ${op.eq(a.status, 'trialing')})`,
                end.extra ? op.lte(a.endsAt, end.extra) : '',
              ]
                .filter(Boolean)
                .join(' AND '),
            )
            .commit({ response: 'all_old' }),
        onFail: versionedFailure(
          ctx,
          'Subscription',
          current.version,
          () => new DomainError('invalid_transition', 'The subscription has already ended'),
        ),
      },
      planStep(current.organizationId, current.planId, { live: -1 }),
      releaseUnique(
        current.organizationId,
        'live-subscription',
        liveKey(current.subscriberId, current.planId),
        current.id,
      ),
      auditStep(ctx, {
        entityType: 'subscription',
        entityId: current.id,
        action: end.action,
        before: toSubscription(current),
        after,
      }),
    ],
  };
};

const isLive = (item: SubscriptionItem) => LIVE_STATUSES.includes(item.status);

/**
 * Cancel now (`canceled`, `canceledAt` = `endsAt` = now) or at the period's end (stays live with
 * `cancelAtPeriodEnd`; the expirer ends it at `endsAt`). An ended subscription: `invalid_transition`.
 */
export const cancelSubscription = (ctx: OperationContext, id: string, atPeriodEnd: boolean) =>
  retryOnStale(async (): Promise<SubscriptionResource> => {
    const current = await readForWrite(ctx, 'Subscription', () => read(ctx.orgId, id));
    if (!isLive(current))
      throw new DomainError('invalid_transition', `The subscription is already ${current.status}`);
    const now = ctx.now.toISOString();
    if (!atPeriodEnd) {
      const { steps, after } = endSteps(ctx, current, {
        status: 'canceled',
        set: { canceledAt: now, endsAt: now, cancelAtPeriodEnd: false },
        action: 'subscription.canceled',
      });
      await commit(ctx, steps, { result: after });
      return after;
    }
    if (current.cancelAtPeriodEnd) return toSubscription(current);
    const next: SubscriptionItem = {
      ...current,
      cancelAtPeriodEnd: true,
      canceledAt: now,
      version: current.version + 1,
      updatedAt: now,
    };
    const after = toSubscription(next);
    await commit(
      ctx,
      [
        {
          build: (tx) =>
            tx.subscription
              .patch({ organizationId: ctx.orgId, id })
              .set({ cancelAtPeriodEnd: true, canceledAt: now, version: next.version, updatedAt: now })
              .where(
                (a, op) =>
                  `${op.eq(a.version, current.version)} AND (${op.eq(a.status, 'active')} OR ${op.eq(a.status, 'trialing')})`,
              )
              .commit({ response: 'all_old' }),
          onFail: versionedFailure(
            ctx,
            'Subscription',
            current.version,
            () => new DomainError('invalid_transition', 'The subscription has already ended'),
          ),
        },
        auditStep(ctx, {
          entityType: 'subscription',
          entityId: id,
          action: 'subscription.canceled',
          before: toSubscription(current),
          after,
        }),
      ],
      { result: after },
    );
    return after;
  });

export const getSubscription = async (ctx: OperationContext, id: string) =>
  toSubscription(found(await read(ctx.orgId, id), 'Subscription'));

/** Newest first; the plan or subscriber index when one is named, the status index otherwise. */
export const listSubscriptions = (ctx: OperationContext, input: ListSubscriptionsInput) => {
  const org = { organizationId: ctx.orgId };
  const query = input.subscriberId
    ? db.subscription.query.bySubscriber({ ...org, subscriberId: input.subscriberId })
    : input.planId
      ? db.subscription.query.byPlan({ ...org, planId: input.planId })
      : input.status
        ? db.subscription.query.byStatus({ ...org, status: input.status })
        : db.subscription.query.primary(org);
  const filtered = query.where((a, op) =>
    [
      input.status ? op.eq(a.status, input.status) : '',
      input.subscriberId && input.planId ? op.eq(a.planId, input.planId) : '',
    ]
      .filter(Boolean)
      .join(' AND '),
  );
  return page(filtered, {
    scope: `${ctx.orgId}/subscriptions/${input.status ?? ''}/${input.planId ?? ''}/${input.subscriberId ?? ''}`,
    limit: input.limit,
    cursor: input.cursor,
    map: toSubscription,
  });
};

export { read as readSubscription };
