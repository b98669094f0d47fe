/**
 * Grants beyond a plain bind: the bind's `extend` mode, the extend route and bulk bind. An
 * extension moves a live subscription's end (and its expiry index key) in one write conditioned on
 * its version and on still being live, so it and the expirer can never both win: whichever commits
 * first changes what the other's condition requires.
 */
import { auditStep } from '../audit/record.ts';
import { type OperationContext, plainContext } from '../context.ts';
import { readTogether } from '../db/batch.ts';
import { commit, retryOnStale, type TxStep } from '../db/commit.ts';
import { readForWrite } from '../db/resource.ts';
import type { PlanItem } from '../entities/plan.ts';
import type { SubscriptionItem } from '../entities/subscription.ts';
import { normalizeUnique } from '../entities/unique-guard.ts';
import { DomainError, type ErrorCode, validationFailed } from '../errors.ts';
import { logger } from '../log.ts';
import { readPlan } from '../plans/reads.ts';
import { addDays, latestEnd, periodEnd } from './calendar.ts';
import { liveIndexKeys } from './keys.ts';
import {
  activePlan,
  createSubscription,
  type GrantLength,
  grantTerms,
  isLive,
  liveGuardPart,
  liveWrite,
  noticeDaysOf,
  ownersByUser,
  planPart,
  readBindTargets,
  readSubscription,
  type SubscriberRef,
  toSubscription,
  userGuardPart,
} from './operations.ts';
import type {
  BindInput,
  BulkBindInput,
  BulkBindResult,
  ExtendInput,
  SubscriptionResource,
} from './schemas.ts';

/** How much longer: `cycles` of the subscription's own cycle or `days`, from its current end, or a later `endsAt`. */
type Extension = Pick<ExtendInput, 'cycles' | 'days' | 'endsAt'>;

/** The new end of `current` after `extension`; an `endsAt` not later than the current end is `validation_failed`. */
const extendedEnd = (
  ctx: OperationContext,
  current: SubscriptionItem,
  extension: Extension,
  customDays: number | null,
): string => {
  const from = new Date(current.endsAt);
  if (extension.endsAt !== undefined) {
    const until = new Date(extension.endsAt);
    const problems = [];
    if (until.getTime() <= from.getTime())
      problems.push({ path: 'endsAt', message: `must be later than the current end (${current.endsAt})` });
    if (until.getTime() > latestEnd(ctx.now).getTime())
      problems.push({ path: 'endsAt', message: 'must lie at most 10 years ahead' });
    if (problems.length > 0) throw validationFailed(problems, 'The subscription cannot be extended');
    return until.toISOString();
  }
  if (extension.days !== undefined) return addDays(from, extension.days).toISOString();
  return periodEnd(from, current.billingCycle, customDays, extension.cycles ?? 1).toISOString();
};

const alreadyEnded = (status: unknown) =>
  new DomainError('invalid_transition', `The subscription is already ${String(status)}`);

/**
 * The write of an extension: the new end and its index keys, `active` if it was `trialing` (its
 * `trialEndsAt` stays), the notice cleared so the new end gets its own, and the audit event.
 */
const extensionSteps = (
  ctx: OperationContext,
  current: SubscriptionItem,
  endsAt: string,
): { after: SubscriptionResource; steps: TxStep[] } => {
  const keys = liveIndexKeys(current.organizationId, current.id, endsAt, noticeDaysOf(current));
  const set = {
    endsAt,
    status: 'active' as const,
    ...keys,
    version: current.version + 1,
    updatedAt: ctx.now.toISOString(),
  };
  const remove: ('expiryNoticeAt' | 'noticeShard' | 'noticeKey')[] = [
    'expiryNoticeAt',
    ...(keys.noticeKey ? [] : (['noticeShard', 'noticeKey'] as const)),
  ];
  const next: SubscriptionItem = { ...current, ...set };
  for (const field of remove) delete next[field];
  const after = toSubscription(next);
  return {
    after,
    steps: [
      liveWrite(ctx, current, { set, remove }),
      auditStep(ctx, {
        entityType: 'subscription',
        entityId: current.id,
        action: 'subscription.extended',
        before: toSubscription(current),
        after,
      }),
    ],
  };
};

/** A `custom` cycle's length: stored on the subscription since bind, else (older ones) the plan's. */
const customDaysOf = async (current: SubscriptionItem, plan?: PlanItem): Promise<number | null> => {
  if (current.billingCycle !== 'custom') return null;
  if (current.customDays !== undefined) return current.customDays;
  const source = plan ?? (await readPlan(current.organizationId, current.planId));
  return source?.customDays ?? null;
};

/** Extends subscription `id` (the extend route, and a bind in `extend` mode), honouring the expected version. */
const extendById = (ctx: OperationContext, id: string, extension: Extension, plan?: PlanItem) =>
  retryOnStale(async (): Promise<SubscriptionResource> => {
    const current = await readForWrite(ctx, 'Subscription', () => readSubscription(ctx.orgId, id));
    if (!isLive(current)) throw alreadyEnded(current.status);
    const endsAt = extendedEnd(ctx, current, extension, await customDaysOf(current, plan));
    const { after, steps } = extensionSteps(ctx, current, endsAt);
    await commit(ctx, steps, { result: after });
    return after;
  });

/** `POST /subscriptions/{id}/extend`: exactly one of `cycles`, `days` or `endsAt`. */
export const extendSubscription = (ctx: OperationContext, id: string, input: ExtendInput) =>
  extendById(ctx, id, input);

/** The subscription that holds the live guard of a subscriber and a plan, if any (one GetItem). */
const liveHolder = async (orgId: string, subscriberId: string, planId: string): Promise<string | null> => {
  const [guards] = await readTogether([liveGuardPart(orgId, [subscriberId], planId)]);
  return guards[0]?.ownerId ?? null;
};

/** What a grant answers: the subscription, and whether it is new (`201`) or an extension (`200`). */
export interface Granted {
  subscription: SubscriptionResource;
  created: boolean;
}

/**
 * A grant to one subscriber of an active plan whose terms were judged: a new subscription, or in
 * `extend` mode more time on the live one (`cycles` of its own cycle from its end, or the given
 * `endsAt`). `live` is the live guard's holder when already read (bulk bind reads them together).
 * A live subscription that ends or appears meanwhile sends the grant down the other path.
 */
const grantTo = async (
  ctx: OperationContext,
  subscriber: SubscriberRef,
  plan: PlanItem,
  input: GrantLength & { mode?: 'new' | 'extend' | undefined; note?: string | null | undefined },
  live?: string | null,
): Promise<Granted> => {
  const fresh = { subscriber, plan, grant: input, note: input.note };
  if (input.mode !== 'extend') return { subscription: await createSubscription(ctx, fresh), created: true };
  // An extension made by a grant is not the write an `If-Match` names (binds do not honour it).
  const plain = ctx.onCommit ? { ...plainContext(ctx), onCommit: ctx.onCommit } : plainContext(ctx);
  let holder = live === undefined ? await liveHolder(ctx.orgId, subscriber.id, plan.id) : live;
  for (let attempt = 0; ; attempt++) {
    try {
      if (holder) {
        const extension =
          input.endsAt !== undefined ? { endsAt: input.endsAt } : { cycles: input.cycles ?? 1 };
        return { subscription: await extendById(plain, holder, extension, plan), created: false };
      }
      return { subscription: await createSubscription(ctx, fresh), created: true };
    } catch (error) {
      const raced =
        error instanceof DomainError &&
        (holder ? error.code === 'invalid_transition' : error.code === 'already_subscribed');
      if (!raced || attempt >= 3) throw error;
      holder = await liveHolder(ctx.orgId, subscriber.id, plan.id);
    }
  }
};

/**
 * Manual bind (Code Router's "Manual Bind"), in `new` mode (the default) or `extend` mode. The plan
 * must be active and the grant's terms fit it before anything is written.
 */
export const grantSubscription = async (ctx: OperationContext, input: BindInput): Promise<Granted> => {
  const { subscriber, plan } = await readBindTargets(ctx.orgId, input);
  const active = activePlan(plan, input.planId);
  grantTerms(ctx, active, input);
  return grantTo(ctx, subscriber, active, input);
};

/** A bind's subscription (the tests' and seeders' shorthand for `grantSubscription`). */
export const bindSubscription = async (ctx: OperationContext, input: BindInput) =>
  (await grantSubscription(ctx, input)).subscription;

/** How many users a bulk bind grants to at once. */
const BULK_CONCURRENCY = 8;

/**
 * Binds (or in `extend` mode extends) one plan for up to 100 users, each on its own: one user's
 * refusal is that user's `code` and never blocks the others; results keep the order of `users`.
 * One BatchGet reads the plan with every user's guard (and, in `extend` mode, one more reads their
 * live guards), so each user then costs only its own transaction. A plan that does not exist or is
 * not active, or terms it does not offer, refuse the whole request and bind nobody.
 */
export const bulkBind = async (ctx: OperationContext, input: BulkBindInput): Promise<BulkBindResult> => {
  const [guards, plans] = await readTogether([
    userGuardPart(ctx.orgId, input.users),
    planPart(ctx.orgId, input.planId),
  ]);
  const plan = activePlan(plans[0], input.planId);
  grantTerms(ctx, plan, input);
  const owners = ownersByUser(guards);
  const subscriberOf = (user: string) => owners.get(normalizeUnique(user));
  let lives: Map<string, string> | undefined;
  if (input.mode === 'extend') {
    const ids = [...new Set(input.users.flatMap((user) => subscriberOf(user) ?? []))];
    const [held] = await readTogether([liveGuardPart(ctx.orgId, ids, plan.id)]);
    lives = new Map(held.map((guard) => [guard.value.split('#')[0] ?? '', guard.ownerId]));
  }
  // Each grant is its own write: the bulk answer as a whole is what an `Idempotency-Key` remembers.
  const inner = plainContext(ctx);
  const outcomes: ({ subscriptionId: string } | { code: ErrorCode })[] = new Array(input.users.length);
  let next = 0;
  const worker = async () => {
    while (next < input.users.length) {
      const i = next++;
      const user = input.users[i] as string;
      const id = subscriberOf(user);
      if (!id) {
        outcomes[i] = { code: 'reference_not_found' };
        continue;
      }
      try {
        const live = lives ? (lives.get(normalizeUnique(id)) ?? null) : undefined;
        const granted = await grantTo(inner, { id, field: 'user' }, plan, input, live);
        outcomes[i] = { subscriptionId: granted.subscription.id };
      } catch (error) {
        if (!(error instanceof DomainError))
          logger.error('bulk bind failed for a user', { error: String(error) });
        outcomes[i] = { code: error instanceof DomainError ? error.code : 'internal_error' };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, input.users.length) }, worker));
  return {
    succeeded: input.users.flatMap((user, i) => {
      const outcome = outcomes[i];
      return outcome && 'subscriptionId' in outcome ? [{ user, subscriptionId: outcome.subscriptionId }] : [];
    }),
    skipped: input.users.flatMap((user, i) => {
      const outcome = outcomes[i];
      return outcome && 'code' in outcome ? [{ user, code: outcome.code }] : [];
    }),
  };
};
