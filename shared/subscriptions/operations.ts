import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { batchPart, readTogether } from '../db/batch.ts';
import { GO } from '../db/client.ts';
import { commit, retryOnStale, type TxStep, versionedFailure } from '../db/commit.ts';
import { claimUnique, releaseUnique } from '../db/guards.ts';
import { page } from '../db/pagination.ts';
import { found, readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import { refKey } from '../entities/common.ts';
import type { PlanItem } from '../entities/plan.ts';
import type { Cycle } from '../entities/price.ts';
import { LIVE_STATUSES, type SubscriptionItem } from '../entities/subscription.ts';
import { normalizeUnique } from '../entities/unique-guard.ts';
import { DomainError, type FieldError, referenceNotFound, validationFailed } from '../errors.ts';
import { newId } from '../ids.ts';
import { readPlan } from '../plans/reads.ts';
import { stateOf } from '../plans/state.ts';
import { subscriberReference } from '../subscribers/references.ts';
import { addDays, latestEnd, periodEnd } from './calendar.ts';
import { liveIndexKeys } from './keys.ts';
import type {
  BindInput,
  ListSubscriptionsInput,
  PlanSnapshotValue,
  SubscriptionResource,
} from './schemas.ts';

export { EXPIRY_SHARDS, expiryKeyOf, expiryShardName, expiryShardOf } from './keys.ts';

/** A stored snapshot as the API shows it; snapshots from before features and limits were copied lack them. */
const snapshotOf = (item: SubscriptionItem): PlanSnapshotValue => {
  const stored = JSON.parse(item.plan) as Partial<PlanSnapshotValue>;
  return {
    name: stored.name ?? '',
    slug: stored.slug ?? '',
    price: stored.price ?? null,
    includedQuota: stored.includedQuota ?? null,
    packageId: stored.packageId ?? null,
    features: stored.features ?? [],
    limits: stored.limits ?? {},
    expiryNoticeDays: stored.expiryNoticeDays ?? 0,
  };
};

/** Days before its end that a subscription's expiry notice is due (its plan's, at bind time). */
export const noticeDaysOf = (item: SubscriptionItem): number => snapshotOf(item).expiryNoticeDays;

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
  expiryNoticeAt: item.expiryNoticeAt ?? null,
  quotaAllowance: item.quotaAllowance ?? null,
  plan: snapshotOf(item),
  source: item.source,
  offerId: item.offerId ?? null,
  note: item.note ?? null,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const read = async (orgId: string, id: string) =>
  (await db.subscription.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

/** The guard that makes "one live subscription per subscriber and plan" hold under races. */
export const liveKey = (subscriberId: string, planId: string) => `${subscriberId}#${planId}`;

/** The subscriber a request names: by id, or by `user` through its uniqueness guard. */
export interface SubscriberRef {
  id: string;
  /** The request field that named it (`user` or `subscriberId`): the path of its `reference_not_found`. */
  field: string;
}

/** The guard that resolves `user`: an email when it has an `@` (usernames cannot), else a username. */
export const userGuardPart = (orgId: string, users: string[]) =>
  batchPart(
    users.length
      ? db.guard.get(
          users.map((user) => ({
            organizationId: orgId,
            kind: user.includes('@') ? ('subscriber-email' as const) : ('subscriber-username' as const),
            value: normalizeUnique(user),
          })),
        )
      : { params: () => [] },
    (Item) => db.guard.parse({ Item })?.data,
  );

/** The live-subscription guards of `subscriberIds` for one plan (their `ownerId` is the live subscription). */
export const liveGuardPart = (orgId: string, subscriberIds: string[], planId: string) =>
  batchPart(
    subscriberIds.length
      ? db.guard.get(
          subscriberIds.map((id) => ({
            organizationId: orgId,
            kind: 'live-subscription' as const,
            value: normalizeUnique(liveKey(id, planId)),
          })),
        )
      : { params: () => [] },
    (Item) => db.guard.parse({ Item })?.data,
  );

/** The owners of the guards read by `userGuardPart`, by the normalized user. */
export const ownersByUser = (guards: { value: string; ownerId: string }[]) =>
  new Map(guards.map((guard) => [guard.value, guard.ownerId]));

export const planPart = (orgId: string, planId: string) =>
  batchPart(db.plan.get([{ organizationId: orgId, id: planId }]), (Item) => db.plan.parse({ Item })?.data);

/**
 * The subscriber a bind names and the plan, read together: by id (then only the plan is read, one
 * GetItem), or by `user` through its uniqueness guard, which one BatchGetItem reads with the plan:
 * no scan, one request.
 */
export const readBindTargets = async (
  orgId: string,
  input: Pick<BindInput, 'user' | 'subscriberId' | 'planId'>,
): Promise<{ subscriber: SubscriberRef; plan: PlanItem | null }> => {
  if (input.subscriberId) {
    return {
      subscriber: { id: input.subscriberId, field: 'subscriberId' },
      plan: await readPlan(orgId, input.planId),
    };
  }
  const user = input.user ?? '';
  const [guards, plans] = await readTogether([userGuardPart(orgId, [user]), planPart(orgId, input.planId)]);
  const guard = guards[0];
  if (!guard) throw referenceNotFound('user', 'Subscriber with username or email', user);
  return { subscriber: { id: guard.ownerId, field: 'user' }, plan: plans[0] ?? null };
};

export const planNotActive = (status: unknown) =>
  new DomainError('plan_not_active', `The plan is ${String(status)}; only active plans accept subscriptions`);

/** `reference_not_found` or `plan_not_active` for a plan a grant names. */
export const activePlan = (plan: PlanItem | null | undefined, planId: string): PlanItem => {
  if (!plan) throw referenceNotFound('planId', 'Plan', planId);
  if (plan.status !== 'active') throw planNotActive(plan.status);
  return plan;
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
    current ? planNotActive(current.status) : referenceNotFound('planId', 'Plan', planId),
});

/** How long a grant runs: a trial, `cycles` periods of its cycle (default 1), or up to `endsAt`. */
export interface GrantLength {
  billingCycle?: Cycle | undefined;
  trial?: boolean | undefined;
  cycles?: number | undefined;
  endsAt?: string | undefined;
}

/**
 * A grant's terms judged against the plan and the clock: the cycle the plan offers (default its
 * `defaultCycle`), a trial only where the plan has one, an explicit end after now and at most ten
 * years ahead. Every problem at once, as `validation_failed`.
 */
export const grantTerms = (ctx: OperationContext, plan: PlanItem, grant: GrantLength) => {
  const terms = stateOf(plan);
  const cycle = grant.billingCycle ?? terms.defaultCycle;
  const errors: FieldError[] = [];
  if (!terms.availableCycles.includes(cycle)) {
    errors.push({
      path: 'billingCycle',
      message: `must be one of the plan's cycles: ${terms.availableCycles.join(', ')}`,
    });
  }
  if (grant.trial && terms.trialDays === 0)
    errors.push({ path: 'trial', message: 'the plan offers no trial' });
  const endsAt = grant.endsAt === undefined ? undefined : new Date(grant.endsAt);
  if (endsAt && endsAt.getTime() <= ctx.now.getTime())
    errors.push({ path: 'endsAt', message: 'must lie after now' });
  if (endsAt && endsAt.getTime() > latestEnd(ctx.now).getTime())
    errors.push({ path: 'endsAt', message: 'must lie at most 10 years ahead' });
  if (errors.length > 0) throw validationFailed(errors, 'The subscription cannot be bound');
  return { terms, cycle, endsAt };
};

/** What a new subscription is made of, once its subscriber and plan are known and its terms judged. */
export interface NewSubscription {
  subscriber: SubscriberRef;
  plan: PlanItem;
  grant: GrantLength;
  note?: string | null | undefined;
  /** A redemption's offer (manual binds have none). */
  offerId?: string;
}

/**
 * The transaction of a new subscription, effective now, with the plan's terms copied onto it:
 * the subscriber must exist, `extra` steps (a redemption's offer and its guard) come next, then the
 * plan's status and counters and the one-live-subscription guard, in the order of the contract's
 * refusals, and the audit event.
 */
export const newSubscriptionSteps = (
  ctx: OperationContext,
  input: NewSubscription,
  extra: (subscriptionId: string) => TxStep[] = () => [],
): { created: SubscriptionResource; steps: TxStep[] } => {
  const { terms, cycle, endsAt: until } = grantTerms(ctx, input.plan, input.grant);
  const trialing = input.grant.trial === true;
  const startedAt = ctx.now.toISOString();
  const endsAt = (
    trialing
      ? addDays(ctx.now, terms.trialDays)
      : (until ?? periodEnd(ctx.now, cycle, terms.customDays, input.grant.cycles ?? 1))
  ).toISOString();
  const id = newId('sub');
  const snapshot: PlanSnapshotValue = {
    name: terms.name,
    slug: terms.slug,
    price: terms.price,
    includedQuota: terms.includedQuota,
    packageId: terms.packageId,
    features: terms.features,
    limits: terms.limits,
    expiryNoticeDays: terms.expiryNoticeDays,
  };
  const item: SubscriptionItem = {
    organizationId: ctx.orgId,
    id,
    subscriberId: input.subscriber.id,
    planId: input.plan.id,
    status: trialing ? 'trialing' : 'active',
    billingCycle: cycle,
    startedAt,
    ...(trialing ? { trialEndsAt: endsAt } : {}),
    endsAt,
    cancelAtPeriodEnd: false,
    ...(terms.includedQuota !== null ? { quotaAllowance: terms.includedQuota } : {}),
    plan: JSON.stringify(snapshot),
    ...(terms.customDays !== null ? { customDays: terms.customDays } : {}),
    source: input.offerId ? 'offer' : 'manual',
    ...(input.offerId ? { offerId: input.offerId } : {}),
    offerKey: refKey(input.offerId),
    ...(input.note ? { note: input.note } : {}),
    ...liveIndexKeys(ctx.orgId, id, endsAt, terms.expiryNoticeDays),
    version: 1,
    createdAt: startedAt,
    updatedAt: startedAt,
  };
  const created = toSubscription(item);
  return {
    created,
    steps: [
      { build: (tx) => tx.subscription.create(item).commit() },
      subscriberReference(ctx.orgId, input.subscriber.id, input.subscriber.field),
      ...extra(id),
      planStep(ctx.orgId, input.plan.id, { live: 1, ever: 1 }),
      claimUnique(ctx.orgId, 'live-subscription', liveKey(input.subscriber.id, input.plan.id), id, {
        code: 'already_subscribed',
        field: 'planId',
        detail: 'The subscriber already has an active or trialing subscription to this plan',
      }),
      auditStep(ctx, {
        entityType: 'subscription',
        entityId: id,
        action: 'subscription.created',
        before: null,
        after: created,
      }),
    ],
  };
};

/** Binds a new subscription in one transaction (with the context's commit hook). */
export const createSubscription = async (
  ctx: OperationContext,
  input: NewSubscription,
): Promise<SubscriptionResource> => {
  const { created, steps } = newSubscriptionSteps(ctx, input);
  await commit(ctx, steps, { result: created });
  return created;
};

/** Attributes a change of a live subscription may remove. */
type Removable = 'expiryShard' | 'expiryKey' | 'noticeShard' | 'noticeKey' | 'expiryNoticeAt';

/**
 * The write of one change to a live subscription (end, extension, cancel at period end, notice):
 * conditioned on the version read and on still being live, plus `also` (an end at most the pass's
 * clock, the same end, no notice yet). Gone is `not_found`; another version is `version_mismatch` or a
 * re-read; ended (or `also` failed) is `invalid_transition`.
 */
export const liveWrite = (
  ctx: OperationContext,
  current: SubscriptionItem,
  change: {
    set: Partial<SubscriptionItem>;
    remove?: Removable[];
    also?: { endsAtAtMost?: string; endsAt?: string; noNotice?: boolean };
  },
): TxStep => ({
  build: (tx) =>
    tx.subscription
      .patch({ organizationId: current.organizationId, id: current.id })
      .set(change.set)
      .remove(change.remove ?? [])
      .where((a, op) =>
        [
          op.eq(a.version, current.version),
          `(${op.eq(a.status, 'active')} OR ${op.eq(a.status, 'trialing')})`,
          change.also?.endsAtAtMost !== undefined ? op.lte(a.endsAt, change.also.endsAtAtMost) : '',
          change.also?.endsAt !== undefined ? op.eq(a.endsAt, change.also.endsAt) : '',
          change.also?.noNotice ? op.notExists(a.expiryNoticeAt) : '',
        ]
          .filter(Boolean)
          .join(' AND '),
      )
      .commit({ response: 'all_old' }),
  onFail: versionedFailure(
    ctx,
    'Subscription',
    current.version,
    (now) =>
      new DomainError('invalid_transition', `The subscription is already ${String(now.status)} or changed`),
  ),
});

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
  delete next.noticeShard;
  delete next.noticeKey;
  const after = toSubscription(next);
  return {
    after,
    steps: [
      liveWrite(ctx, current, {
        set: changes,
        remove: ['expiryShard', 'expiryKey', 'noticeShard', 'noticeKey'],
        ...(end.extra ? { also: { endsAtAtMost: end.extra } } : {}),
      }),
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

export const isLive = (item: SubscriptionItem) => LIVE_STATUSES.includes(item.status);

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
        liveWrite(ctx, current, {
          set: { cancelAtPeriodEnd: true, canceledAt: now, version: next.version, updatedAt: now },
        }),
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

/** Newest first; the subscriber, offer or plan index when one is named, the status index otherwise. */
export const listSubscriptions = (ctx: OperationContext, input: ListSubscriptionsInput) => {
  const org = { organizationId: ctx.orgId };
  const query = input.subscriberId
    ? db.subscription.query.bySubscriber({ ...org, subscriberId: input.subscriberId })
    : input.offerId
      ? db.subscription.query.byOffer({ ...org, offerKey: input.offerId })
      : input.planId
        ? db.subscription.query.byPlan({ ...org, planId: input.planId })
        : input.status
          ? db.subscription.query.byStatus({ ...org, status: input.status })
          : db.subscription.query.primary(org);
  const filtered = query.where((a, op) =>
    [
      input.status ? op.eq(a.status, input.status) : '',
      (input.subscriberId || input.offerId) && input.planId ? op.eq(a.planId, input.planId) : '',
      input.subscriberId && input.offerId ? op.eq(a.offerId, input.offerId) : '',
    ]
      .filter(Boolean)
      .join(' AND '),
  );
  return page(filtered, {
    scope: `${ctx.orgId}/subscriptions/${input.status ?? ''}/${input.planId ?? ''}/${input.subscriberId ?? ''}/${input.offerId ?? ''}`,
    limit: input.limit,
    cursor: input.cursor,
    map: toSubscription,
  });
};

export { read as readSubscription };
