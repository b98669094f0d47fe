import * as z from 'zod';
import { Id, Instant, Timestamp } from '../common/schemas.ts';
import { SUBSCRIPTION_STATUSES } from '../entities/subscription.ts';

/** `user` (a username or an email) or `subscriberId`, exactly one; `at` an instant (default now). */
export const EntitlementsQuery = z
  .strictObject({
    user: z.string().min(1).max(254).optional(),
    subscriberId: Id('sbr').optional(),
    at: Instant.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.user === undefined && query.subscriberId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['user'], message: 'is required (or subscriberId)' });
    }
    if (query.user !== undefined && query.subscriberId !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['subscriberId'],
        message: 'send either user or subscriberId, not both',
      });
    }
  });
export type EntitlementsInput = z.infer<typeof EntitlementsQuery>;

export const EntitlementsSchema = z
  .object({
    subscriberId: z.string(),
    at: Timestamp,
    subscriptions: z.array(
      z.object({
        id: z.string(),
        planId: z.string(),
        status: z.enum(SUBSCRIPTION_STATUSES),
        startedAt: Timestamp,
        endsAt: Timestamp,
      }),
    ),
    features: z.array(z.string()),
    limits: z.record(z.string(), z.number().int()),
    quotaAllowance: z.number().int().nullable(),
    packageIds: z.array(z.string()),
  })
  .meta({ id: 'Entitlements' });
export type Entitlements = z.infer<typeof EntitlementsSchema>;
