import * as z from 'zod';
import {
  Id,
  pageOf,
  pageQuery,
  paramsWith,
  resourceFields,
  SkippedCode,
  Timestamp,
} from '../common/schemas.ts';
import { PLAN_STATUSES, PLAN_TYPES, PLAN_VISIBILITIES } from '../entities/plan.ts';
import { CYCLES } from '../entities/price.ts';

/** ISO-4217 codes as the runtime knows them (Intl), so `XYZ` is refused while `EUR` passes. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const Cycle = z.enum(CYCLES);
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'must be an upper-case ISO-4217 code' })
  .refine((c) => CURRENCIES.has(c), { message: 'must be an ISO-4217 currency code' });

export const Money = z.strictObject({
  amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: Currency,
});

const distinct = <T>(values: T[]) => new Set(values).size === values.length;

/** A `limits` entry's name. */
const LIMIT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export const PlanItemInput = z.strictObject({
  productId: Id('prod'),
  priceId: Id('price'),
  quantity: z.number().int().min(1).max(1_000_000).default(1),
  included: z.boolean().default(true),
});

const fields = {
  name: z.string().min(1).max(255),
  slug: z.string().regex(/^[a-z0-9-]{1,100}$/, { message: 'must be 1-100 of a-z 0-9 -' }),
  description: z.string().max(5000).nullable(),
  type: z.enum(PLAN_TYPES),
  visibility: z.enum(PLAN_VISIBILITIES),
  defaultCycle: Cycle,
  availableCycles: z
    .array(Cycle)
    .min(1)
    .refine(distinct, { message: 'must not repeat a cycle' })
    .meta({ uniqueItems: true }),
  customDays: z.number().int().min(1).max(3650).nullable(),
  trialDays: z.number().int().min(0).max(90),
  price: Money.nullable(),
  includedQuota: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
  features: z
    .array(z.string().min(1).max(200))
    .max(100)
    .refine(distinct, { message: 'must not repeat a feature' })
    .meta({ uniqueItems: true }),
  limits: z
    .record(z.string().regex(LIMIT_NAME), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER))
    .refine((l) => Object.keys(l).length <= 50, { message: 'must have at most 50 entries' })
    // zod's record emits no `propertyNames` for its key schema: say it here, with the entry bound.
    .meta({ propertyNames: { pattern: LIMIT_NAME.source }, maxProperties: 50 }),
  items: z.array(PlanItemInput).max(50),
  packageId: Id('pkg').nullable(),
  groupId: Id('pgrp').nullable(),
  companyId: Id('comp').nullable(),
  expiryNoticeDays: z.number().int().min(0).max(30),
};

/** The writable fields, in the order responses list them. */
export const PLAN_FIELDS = Object.keys(fields) as (keyof typeof fields)[];

/** The writable fields that `null` clears (stored as absent). */
export const PLAN_OPTIONAL_FIELDS = PLAN_FIELDS.filter((field) => fields[field].safeParse(null).success);

/**
 * A plan's writable state, with the contract's defaults for what a create leaves out: the one place
 * they are written (`availableCycles` defaults to `[defaultCycle]`). Operations check their rules on it.
 */
export const PlanStateSchema = z
  .object({
    ...fields,
    description: fields.description.default(null),
    type: fields.type.default('standard'),
    visibility: fields.visibility.default('public'),
    defaultCycle: fields.defaultCycle.default('monthly'),
    availableCycles: fields.availableCycles.optional(),
    customDays: fields.customDays.default(null),
    trialDays: fields.trialDays.default(0),
    price: fields.price.default(null),
    includedQuota: fields.includedQuota.default(null),
    features: fields.features.default([]),
    limits: fields.limits.default({}),
    items: fields.items.default([]),
    packageId: fields.packageId.default(null),
    groupId: fields.groupId.default(null),
    companyId: fields.companyId.default(null),
    expiryNoticeDays: fields.expiryNoticeDays.default(0),
  })
  .transform((state) => ({ ...state, availableCycles: state.availableCycles ?? [state.defaultCycle] }));
export type PlanState = z.output<typeof PlanStateSchema>;

export const PlanParams = paramsWith('planId', 'plan');

/** Partial: `null` clears an optional field; `status` and the counters are read-only. */
export const UpdatePlanBody = z.strictObject(fields).partial();
export type UpdatePlanInput = z.infer<typeof UpdatePlanBody>;

/** Everything writable is optional on create except name and slug; `publish: true` creates it active. */
export const CreatePlanBody = UpdatePlanBody.extend({
  name: fields.name,
  slug: fields.slug,
  publish: z.boolean().optional(),
});
export type CreatePlanInput = z.infer<typeof CreatePlanBody>;

/** Lifecycle POSTs take no body, or `{}`. */
export const EmptyBody = z.strictObject({});

export const ListPlansQuery = z.strictObject({
  ...pageQuery,
  status: z.enum(PLAN_STATUSES).optional(),
  visibility: fields.visibility.optional(),
  type: fields.type.optional(),
  groupId: Id('pgrp').optional(),
  companyId: Id('comp').optional(),
  packageId: Id('pkg').optional(),
});
export type ListPlansInput = z.infer<typeof ListPlansQuery>;

/** Ids in a bulk request: a malformed one is skipped as `not_found`, like an unknown one. */
const planIds = z
  .array(z.string().min(1).max(100))
  .min(1)
  .max(100)
  .refine(distinct, { message: 'must not repeat an id' })
  .meta({ uniqueItems: true });

export const BulkPlansBody = z.strictObject({ planIds });
export const BulkMoveBody = z.strictObject({ planIds, groupId: Id('pgrp').nullable() });

export const PlanSchema = z
  .object({
    ...resourceFields,
    name: fields.name,
    slug: fields.slug,
    description: fields.description,
    type: fields.type,
    visibility: fields.visibility,
    status: z.enum(PLAN_STATUSES),
    defaultCycle: fields.defaultCycle,
    availableCycles: z.array(Cycle),
    customDays: fields.customDays,
    trialDays: fields.trialDays,
    price: Money.nullable(),
    includedQuota: fields.includedQuota,
    features: z.array(z.string()),
    limits: z.record(z.string(), z.number()),
    items: z.array(
      z.object({
        productId: z.string(),
        priceId: z.string(),
        quantity: z.number().int(),
        included: z.boolean(),
        childProductIds: z.array(z.string()),
      }),
    ),
    packageId: z.string().nullable(),
    groupId: z.string().nullable(),
    companyId: z.string().nullable(),
    expiryNoticeDays: fields.expiryNoticeDays,
    publishedAt: Timestamp.nullable(),
    archivedAt: Timestamp.nullable(),
    liveSubscriptionCount: z.number().int(),
    subscriptionCount: z.number().int(),
  })
  .meta({ id: 'Plan' });
export type PlanResource = z.infer<typeof PlanSchema>;

export const PlanPage = pageOf(PlanSchema);

export const BulkResultSchema = z
  .object({
    succeeded: z.array(z.string()),
    skipped: z.array(z.object({ id: z.string(), code: SkippedCode })),
  })
  .meta({ id: 'BulkResult' });
export type BulkResult = z.infer<typeof BulkResultSchema>;
