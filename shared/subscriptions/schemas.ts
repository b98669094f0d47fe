import * as z from 'zod';
import { Id, pageOf, pageQuery, paramsWith, resourceFields, Timestamp } from '../common/schemas.ts';
import { SUBSCRIPTION_STATUSES } from '../entities/subscription.ts';
import { Cycle, Money } from '../plans/schemas.ts';

export const SubscriptionParams = paramsWith('subscriptionId', 'sub');

/** Manual bind: `user` (a username or an email) or `subscriberId`, exactly one. */
export const BindBody = z
  .strictObject({
    user: z.string().min(1).max(254).optional(),
    subscriberId: Id('sbr').optional(),
    planId: Id('plan'),
    billingCycle: Cycle.optional(),
    trial: z.boolean().optional(),
    note: z.string().max(500).nullable().optional(),
  })
  .superRefine((body, ctx) => {
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
  });
export type BindInput = z.infer<typeof BindBody>;

export const CancelBody = z.strictObject({ atPeriodEnd: z.boolean().optional() });

export const ListSubscriptionsQuery = z.strictObject({
  ...pageQuery,
  status: z.enum(SUBSCRIPTION_STATUSES).optional(),
  planId: Id('plan').optional(),
  subscriberId: Id('sbr').optional(),
});
export type ListSubscriptionsInput = z.infer<typeof ListSubscriptionsQuery>;

export const PlanSnapshot = z.object({
  name: z.string(),
  slug: z.string(),
  price: Money.nullable(),
  includedQuota: z.number().int().nullable(),
  packageId: z.string().nullable(),
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
    quotaAllowance: z.number().int().nullable(),
    plan: PlanSnapshot,
    source: z.literal('manual'),
    note: z.string().nullable(),
  })
  .meta({ id: 'Subscription' });
export type SubscriptionResource = z.infer<typeof SubscriptionSchema>;

export const SubscriptionPage = pageOf(SubscriptionSchema);
