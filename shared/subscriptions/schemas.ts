import * as z from 'zod';
import {
  Id,
  Instant,
  pageOf,
  pageQuery,
  paramsWith,
  resourceFields,
  SkippedCode,
  Timestamp,
} from '../common/schemas.ts';
import { SUBSCRIPTION_SOURCES, SUBSCRIPTION_STATUSES } from '../entities/subscription.ts';
import { Cycle, Money } from '../plans/schemas.ts';

export const SubscriptionParams = paramsWith('subscriptionId', 'sub');

/**
 * "Exactly one of `user` and `subscriberId`" in JSON Schema, for the OpenAPI document (the refinement
 * below is what validates).
 */
export const ONE_SUBSCRIBER = { oneOf: [{ required: ['user'] }, { required: ['subscriberId'] }] };

/** `user` (a username or an email) or `subscriberId`: exactly one. */
const oneSubscriber = (body: { user?: unknown; subscriberId?: unknown }, ctx: z.RefinementCtx) => {
  if (body.user === undefined && body.subscriberId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['user'], message: 'is required (or subscriberId)' });
  }
  if (body.user !== undefined && body.subscriberId !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['subscriberId'],
      message: 'send either user or subscriberId, not both',
    });
  }
};

/** How long a grant runs: `cycles` periods, or up to an explicit `endsAt`; never both, never with a trial. */
const grantFields = {
  billingCycle: Cycle.optional(),
  cycles: z.number().int().min(1).max(36).optional(),
  endsAt: Instant.optional(),
  mode: z.enum(['new', 'extend']).optional(),
  note: z.string().max(500).nullable().optional(),
};

const oneLength = (body: { cycles?: number; endsAt?: string; trial?: boolean }, ctx: z.RefinementCtx) => {
  if (body.endsAt !== undefined && body.cycles !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'cannot be combined with cycles' });
  }
  if (body.trial === true && body.endsAt !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['trial'], message: 'cannot be combined with endsAt' });
  }
  if (body.trial === true && body.cycles !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['trial'], message: 'cannot be combined with cycles' });
  }
};

/** Manual bind: a subscriber, a plan and the grant's length and mode. */
export const BindBody = z
  .strictObject({
    user: z.string().min(1).max(254).optional(),
    subscriberId: Id('sbr').optional(),
    planId: Id('plan'),
    trial: z.boolean().optional(),
    ...grantFields,
  })
  .superRefine((body, ctx) => {
    oneSubscriber(body, ctx);
    oneLength(body, ctx);
  })
  .meta(ONE_SUBSCRIBER);
export type BindInput = z.infer<typeof BindBody>;

/** Bulk bind: one plan, 1 to 100 users (distinct ignoring case), the same grant for each. */
export const BulkBindBody = z
  .strictObject({
    planId: Id('plan'),
    users: z
      .array(z.string().min(1).max(254))
      .min(1)
      .max(100)
      .refine((users) => new Set(users.map((u) => u.toLowerCase())).size === users.length, {
        message: 'must not repeat a user (ignoring letter case)',
      })
      // JSON Schema compares exactly: a weaker rule than ours (which ignores letter case), never a stricter one.
      .meta({ uniqueItems: true }),
    ...grantFields,
  })
  .superRefine(oneLength);
export type BulkBindInput = z.infer<typeof BulkBindBody>;

export const BulkBindResultSchema = z
  .object({
    succeeded: z.array(z.object({ user: z.string(), subscriptionId: z.string() })),
    skipped: z.array(z.object({ user: z.string(), code: SkippedCode })),
  })
  .meta({ id: 'BulkBindResult' });
export type BulkBindResult = z.infer<typeof BulkBindResultSchema>;

/** Extend: exactly one of `cycles`, `days` and `endsAt`. */
export const ExtendBody = z
  .strictObject({
    cycles: z.number().int().min(1).max(36).optional(),
    days: z.number().int().min(1).max(3650).optional(),
    endsAt: Instant.optional(),
  })
  .superRefine((body, ctx) => {
    const given = (['cycles', 'days', 'endsAt'] as const).filter((f) => body[f] !== undefined);
    if (given.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['cycles'], message: 'send one of cycles, days or endsAt' });
    }
    for (const field of given.slice(1)) {
      ctx.addIssue({ code: 'custom', path: [field], message: 'send only one of cycles, days or endsAt' });
    }
  })
  .meta({ oneOf: [{ required: ['cycles'] }, { required: ['days'] }, { required: ['endsAt'] }] });
export type ExtendInput = z.infer<typeof ExtendBody>;

/** A learner redeems an offer by its code (any letter case). */
export const RedeemBody = z
  .strictObject({
    code: z.string().min(1).max(64),
    user: z.string().min(1).max(254).optional(),
    subscriberId: Id('sbr').optional(),
  })
  .superRefine(oneSubscriber)
  .meta(ONE_SUBSCRIBER);
export type RedeemInput = z.infer<typeof RedeemBody>;

export const CancelBody = z.strictObject({ atPeriodEnd: z.boolean().optional() });

export const ListSubscriptionsQuery = z.strictObject({
  ...pageQuery,
  status: z.enum(SUBSCRIPTION_STATUSES).optional(),
  planId: Id('plan').optional(),
  subscriberId: Id('sbr').optional(),
  offerId: Id('off').optional(),
});
export type ListSubscriptionsInput = z.infer<typeof ListSubscriptionsQuery>;

export const PlanSnapshot = z.object({
  name: z.string(),
  slug: z.string(),
  price: Money.nullable(),
  includedQuota: z.number().int().nullable(),
  packageId: z.string().nullable(),
  features: z.array(z.string()),
  limits: z.record(z.string(), z.number().int()),
  expiryNoticeDays: z.number().int(),
});
export type PlanSnapshotValue = z.infer<typeof PlanSnapshot>;

export const SubscriptionSchema = z
  .object({
    ...resourceFields,
    subscriberId: z.string(),
    planId: z.string(),
    status: z.enum(SUBSCRIPTION_STATUSES),
    billingCycle: Cycle,
    startedAt: Timestamp,
    trialEndsAt: Timestamp.nullable(),
    endsAt: Timestamp,
    cancelAtPeriodEnd: z.boolean(),
    canceledAt: Timestamp.nullable(),
    expiredAt: Timestamp.nullable(),
    expiryNoticeAt: Timestamp.nullable(),
    quotaAllowance: z.number().int().nullable(),
    plan: PlanSnapshot,
    source: z.enum(SUBSCRIPTION_SOURCES),
    offerId: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Subscription' });
export type SubscriptionResource = z.infer<typeof SubscriptionSchema>;

export const SubscriptionPage = pageOf(SubscriptionSchema);
