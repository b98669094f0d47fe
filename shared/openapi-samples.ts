/**
 * Example values for the OpenAPI document, generated from its finished JSON Schemas so they
 * follow them.
 */
import type { Json } from './openapi-components.ts';

/** Sample values by property name, tried first (each is checked against the property's schema). */
const SAMPLES: Record<string, unknown> = {
  organizationId: 'demo',
  orgId: 'demo',
  slug: 'pro-monthly',
  code: 'GOLD',
  currency: 'USD',
  username: 'ada',
  email: 'ada@example.com',
  user: 'ada@example.com',
  name: 'Pro',
  amount: 1900,
  tier: 1,
  version: 3,
  nextCursor: null,
  description: null,
  entityType: 'plan',
  action: 'plan.published',
  at: '2026-01-15T09:30:00.000Z',
  sub: 'user-1',
  status: 'active',
  nickname: 'Monthly',
  cycle: 'monthly',
  billingCycle: 'monthly',
  defaultCycle: 'monthly',
  legalName: 'Example Ltd',
  taxId: 'GB123456789',
};
const ULID = '01JH5Z8K2W3X4Y5V6T7S8R9Q0P';
/** The id prefix of each resource schema, and of each reference field, for sample ids. */
const ID_PREFIXES: Record<string, string> = {
  Package: 'pkg',
  Offer: 'off',
  Plan: 'plan',
  CatalogPlan: 'plan',
  PlanGroup: 'pgrp',
  Company: 'comp',
  Product: 'prod',
  Price: 'price',
  Subscriber: 'sbr',
  Subscription: 'sub',
  AuditEvent: 'evt',
  packageId: 'pkg',
  offerId: 'off',
  planId: 'plan',
  groupId: 'pgrp',
  companyId: 'comp',
  productId: 'prod',
  parentId: 'prod',
  priceId: 'price',
  subscriberId: 'sbr',
  subscriptionId: 'sub',
  entityId: 'plan',
  eventId: 'evt',
};
const INSTANT = '2026-01-15T09:30:00.000Z';

const fits = (schema: Json, value: unknown): boolean => {
  if (typeof value !== 'string') return true;
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
  if (typeof schema.minLength === 'number' && value.length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return false;
  return true;
};

const sampleString = (schema: Json): string => {
  if (schema.format === 'date-time') return INSTANT;
  if (schema.format === 'email') return 'ada@example.com';
  const pattern = typeof schema.pattern === 'string' ? schema.pattern : '';
  const id = /^\^([a-z]+)_\[/.exec(pattern);
  if (id) return `${id[1]}_${ULID}`;
  for (const candidate of ['demo', 'GOLD', 'USD', 'pro-monthly', 'ada', 'Pro', INSTANT]) {
    if (fits(schema, candidate)) return candidate;
  }
  return 'x'.repeat(typeof schema.minLength === 'number' ? schema.minLength : 1);
};

/**
 * An example value of a generated JSON Schema: every property filled, with the sample for its
 * name where that fits, and the first choice of every union. Redocly's `no-invalid-media-type-examples`
 * (test/unit/openapi.test.ts) checks each against its schema.
 */
export const sample = (schema: Json, doc: Json, name?: string, depth = 0, resource?: string): unknown => {
  if (depth > 8) return null;
  if (typeof schema.$ref === 'string') {
    const refName = schema.$ref.split('/').pop() ?? '';
    const target = (doc.components as { schemas: Record<string, Json> }).schemas[refName];
    return target ? sample(target, doc, name, depth + 1, refName) : null;
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) {
    const named = name === undefined ? undefined : SAMPLES[name];
    return schema.enum.includes(named) ? named : schema.enum[0];
  }
  const choices = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (choices) {
    const named = name !== undefined && name in SAMPLES ? SAMPLES[name] : undefined;
    if (named === null && choices.some((c) => c.type === 'null')) return null;
    const choice = choices.find((c) => c.type !== 'null') ?? choices[0];
    return choice ? sample(choice, doc, name, depth + 1, resource) : null;
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  const prefix = name === undefined ? undefined : ID_PREFIXES[name === 'id' ? (resource ?? '') : name];
  if (type === 'string' && prefix && fits(schema, `${prefix}_${ULID}`)) return `${prefix}_${ULID}`;
  if (name !== undefined && name in SAMPLES && SAMPLES[name] !== null && fits(schema, SAMPLES[name])) {
    const value = SAMPLES[name];
    if (typeof value === (type === 'integer' ? 'number' : type)) return value;
  }
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(properties)) {
        out[key] = sample(value, doc, key, depth + 1, resource);
      }
      if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object') {
        out.users = sample(schema.additionalProperties as Json, doc, 'users', depth + 1);
      }
      return out;
    }
    case 'array':
      // An array of ids is named after them: `planIds`, `packageIds`.
      return [sample((schema.items ?? {}) as Json, doc, name?.replace(/Ids$/, 'Id'), depth + 1, resource)];
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
      const max = typeof schema.maximum === 'number' ? schema.maximum : Number.MAX_SAFE_INTEGER;
      return Math.min(Math.max(min, 1), max);
    }
    case 'boolean':
      return true;
    case 'string':
      return sampleString(schema);
    case 'null':
      return null;
    default:
      return null;
  }
};
