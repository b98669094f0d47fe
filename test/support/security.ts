/**
 * Shared pieces of the security tests (`test/security/`): an org seeded over HTTP with one of every
 * resource, a real path for every route of `ROUTES`, a body every write route would accept, the
 * tokens that must not get in, snapshots that prove a refused request wrote nothing, the contract's
 * fields per resource (API.md) and a detector for internal attributes in a JSON body.
 *
 * Everything is keyed by the route table, and throws for a route it does not know: a new route
 * fails the security tests until it is described here, instead of going untested.
 */
import { expect } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import { signToken } from '../../shared/local/jwt.ts';
import type { OfferResource } from '../../shared/offers/schemas.ts';
import { RESOURCES } from '../../shared/resources.ts';
import { ROUTES, type Route, routeKey } from '../../shared/routes.ts';
import { type ApiClient, adminToken } from './api.ts';
import {
  createCompany,
  createGroup,
  createPackage,
  createPlan,
  createPrice,
  createProduct,
} from './catalog.ts';
import { offerBody, pkgBody, rand } from './fixtures.ts';
import { bind, createActivePlan, createSubscriber } from './subscriptions.ts';

/** A path parameter name (`orgId`, `planId`, …) → a real value. */
export type Params = Record<string, string>;

/** An org holding one of every resource, created over HTTP by an admin. */
export interface Seed {
  org: string;
  /** A value for every path parameter of `ROUTES`: `orgId` and one id per resource kind. */
  params: Params;
  /** `params.planId` is a draft plan with an item; this one is active and has a subscription. */
  activePlanId: string;
  /** A subscriber without any subscription (a bind of it to the active plan succeeds). */
  freeSubscriberId: string;
  /** The username of `params.subscriberId`. */
  username: string;
  /** The child of `params.productId`. */
  childProductId: string;
  /** The code of `params.offerId`, which grants the active plan. */
  offerCode: string;
  /** A subscriber without any subscription, for redemptions. */
  redeemerId: string;
}

const createOffer = async (
  api: ApiClient,
  org: string,
  packageId: string,
  planId: string,
): Promise<OfferResource> => {
  const res = await api.request<OfferResource>('POST', `/orgs/${org}/offers`, {
    body: offerBody(packageId, { planId }),
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

/**
 * Creates, in `org`: a package and an offer on it, a plan group, a company, a product of that
 * company with a child and a price, a draft plan using them all (item, package, group, company), an
 * active plan, two subscribers and a subscription of the first to the active plan.
 */
export const seedOrg = async (api: ApiClient, org: string): Promise<Seed> => {
  const [pkg, group, company, subscriber, freeSubscriber, redeemer] = await Promise.all([
    createPackage(api, org),
    createGroup(api, org),
    createCompany(api, org),
    createSubscriber(api, org),
    createSubscriber(api, org),
    createSubscriber(api, org),
  ]);
  const product = await createProduct(api, org, { companyId: company.id });
  const [child, price, active] = await Promise.all([
    createProduct(api, org, { name: 'Child', parentId: product.id }),
    createPrice(api, org, product.id),
    createActivePlan(api, org, { trialDays: 7, includedQuota: 100, packageId: pkg.id }),
  ]);
  const offer = await createOffer(api, org, pkg.id, active.id);
  const [plan, subscription] = await Promise.all([
    createPlan(api, org, {
      items: [{ productId: product.id, priceId: price.id }],
      packageId: pkg.id,
      groupId: group.id,
      companyId: company.id,
    }),
    bind(api, org, { subscriberId: subscriber.id, planId: active.id }),
  ]);
  return {
    org,
    params: {
      orgId: org,
      packageId: pkg.id,
      offerId: offer.id,
      groupId: group.id,
      companyId: company.id,
      productId: product.id,
      priceId: price.id,
      planId: plan.id,
      subscriberId: subscriber.id,
      subscriptionId: subscription.id,
      entityId: plan.id,
      // The public catalog's `{slug}`: the active plan's.
      slug: active.slug,
    },
    activePlanId: active.id,
    freeSubscriberId: freeSubscriber.id,
    username: subscriber.username,
    childProductId: child.id,
    offerCode: offer.code,
    redeemerId: redeemer.id,
  };
};

/** `path` (route syntax) with every `{param}` replaced by its value in `params`. */
export const pathOf = (path: string, params: Params): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${path}: add it to seedOrg()`);
    return encodeURIComponent(value);
  });

/** The query each route needs to succeed (most need none): entitlements name their subscriber. */
/** The query each read route needs to succeed (most need none). */
const SAMPLE_QUERIES: Record<string, (params: Params) => string> = {
  'GET /orgs/{orgId}/entitlements': (params) => `subscriberId=${params.subscriberId ?? ''}`,
  'GET /orgs/{orgId}/history/{entityId}': () => 'at=2100-01-01T00:00:00.000Z',
};

/** `route`'s path for `params`, with the query it needs (if any). */
export const requestPath = (route: Route, params: Params): string => {
  const query = SAMPLE_QUERIES[routeKey(route)]?.(params);
  return `${pathOf(route.path, params)}${query ? `?${query}` : ''}`;
};

/** The path parameters of a route other than `orgId`: the ids it takes. */
export const idParams = (route: Route): string[] =>
  [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').filter((name) => name !== 'orgId');

/** `["METHOD /path", route]` pairs, for `describe.each(…)('%s', …)`. */
export const named = (routes: readonly Route[]) => routes.map((route) => [routeKey(route), route] as const);

/** Write routes that take a JSON body (creates, updates, lifecycle steps, bind, cancel, bulk). */
export const hasBody = (route: Route): boolean => route.method === 'POST' || route.method === 'PATCH';

type BodyOf = (seed: Seed) => Record<string, unknown>;

const ORG = '/orgs/{orgId}';

/** A body each write route accepts from an admin of the seeded org (API.md, per resource). */
const SAMPLE_BODIES: Record<string, BodyOf> = {
  [`POST ${ORG}/packages`]: () => pkgBody(),
  [`PATCH ${ORG}/packages/{packageId}`]: () => ({ name: 'Renamed package' }),
  [`POST ${ORG}/offers`]: (s) => offerBody(s.params.packageId ?? ''),
  [`PATCH ${ORG}/offers/{offerId}`]: () => ({ name: 'Renamed offer' }),
  [`POST ${ORG}/plan-groups`]: () => ({ name: 'Group' }),
  [`PATCH ${ORG}/plan-groups/{groupId}`]: () => ({ name: 'Renamed group' }),
  [`POST ${ORG}/companies`]: () => ({ name: 'Company' }),
  [`PATCH ${ORG}/companies/{companyId}`]: () => ({ name: 'Renamed company' }),
  [`POST ${ORG}/products`]: () => ({ name: 'Product' }),
  [`PATCH ${ORG}/products/{productId}`]: () => ({ name: 'Renamed product' }),
  [`POST ${ORG}/products/{productId}/prices`]: () => ({ amount: 500, currency: 'EUR', cycle: 'annual' }),
  [`PATCH ${ORG}/prices/{priceId}`]: () => ({ nickname: 'Renamed price' }),
  [`POST ${ORG}/plans`]: () => ({ name: 'Plan', slug: `plan-${rand()}` }),
  [`PATCH ${ORG}/plans/{planId}`]: () => ({ name: 'Renamed plan' }),
  [`POST ${ORG}/plans/{planId}/publish`]: () => ({}),
  [`POST ${ORG}/plans/{planId}/unpublish`]: () => ({}),
  [`POST ${ORG}/plans/{planId}/archive`]: () => ({}),
  [`POST ${ORG}/plans/{planId}/restore`]: () => ({}),
  [`POST ${ORG}/plans/{planId}/duplicate`]: () => ({}),
  [`POST ${ORG}/plans/bulk-archive`]: (s) => ({ planIds: [s.params.planId] }),
  [`POST ${ORG}/plans/bulk-delete`]: (s) => ({ planIds: [s.params.planId] }),
  [`POST ${ORG}/plans/bulk-move`]: (s) => ({ planIds: [s.params.planId], groupId: null }),
  [`POST ${ORG}/subscribers`]: () => {
    const tag = rand();
    return { username: `user_${tag}`, email: `user.${tag}@example.com` };
  },
  [`PATCH ${ORG}/subscribers/{subscriberId}`]: () => ({ name: 'Renamed subscriber' }),
  [`POST ${ORG}/subscriptions`]: (s) => ({ subscriberId: s.freeSubscriberId, planId: s.activePlanId }),
  [`POST ${ORG}/subscriptions/{subscriptionId}/cancel`]: () => ({}),
  [`POST ${ORG}/subscriptions/bulk-bind`]: (s) => ({ planId: s.activePlanId, users: ['nobody-here'] }),
  [`POST ${ORG}/subscriptions/{subscriptionId}/extend`]: () => ({ days: 1 }),
  [`POST ${ORG}/redemptions`]: (s) => ({ code: s.offerCode.toLowerCase(), subscriberId: s.redeemerId }),
};

/** The query a read route needs besides its path (a required parameter), keyed like `SAMPLE_BODIES`. */

/** The body to send on `route` (undefined for GET and DELETE). */
export const sampleBody = (route: Route, seed: Seed): Record<string, unknown> | undefined => {
  if (!hasBody(route)) return undefined;
  const make = SAMPLE_BODIES[routeKey(route)];
  if (!make) throw new Error(`No sample body for ${routeKey(route)}: add one to test/support/security.ts`);
  return make(seed);
};

const b64json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Claims that would be let in everywhere, so each bad token below has exactly one defect. */
const adminEverywhere = () => ({
  sub: 'intruder',
  email: 'intruder@example.com',
  'cognito:groups': ['admin'],
  'custom:orgs': '*',
});

/** Tokens without a usable identity (API.md: "No or invalid token … `401 unauthorized`"). */
export const UNAUTHENTICATED: readonly { label: string; token: () => string | null }[] = [
  { label: 'no token', token: () => null },
  { label: 'a malformed token', token: () => 'not.a.jwt' },
  {
    label: 'a token signed with another secret',
    token: () => signToken(adminEverywhere(), { secret: 'not-the-local-secret' }),
  },
  {
    label: 'an alg: none token',
    token: () => {
      const now = Math.floor(Date.now() / 1000);
      const claims = { ...adminEverywhere(), iat: now, exp: now + 3600 };
      return `${b64json({ alg: 'none', typ: 'JWT' })}.${b64json(claims)}.`;
    },
  },
  { label: 'an expired token', token: () => signToken(adminEverywhere(), { expiresInSeconds: -60 }) },
  {
    label: 'a token without sub',
    token: () => signToken({ email: 'x@example.com', 'cognito:groups': ['admin'], 'custom:orgs': '*' }),
  },
];

/** A valid token for `org` whose groups are neither `admin` nor `viewer`. */
export const noGroupToken = (org: string) =>
  signToken({ sub: 'editor-1', 'cognito:groups': ['editor', 'billing'], 'custom:orgs': org });

/**
 * Runs `run` over `items`, `size` at a time. A failure is thrown only once its whole batch has
 * settled, so no request of a failed test is still in flight when the next test starts.
 */
export const inBatches = async <T, R>(
  items: readonly T[],
  size: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> => {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    const settled = await Promise.allSettled(items.slice(start, start + size).map(run));
    for (const outcome of settled) {
      if (outcome.status === 'rejected') throw outcome.reason;
      results.push(outcome.value);
    }
  }
  return results;
};

/** Every audit event of `org`, newest first, following `nextCursor`. */
export const auditTrail = async (api: ApiClient, org: string): Promise<AuditEventResource[]> => {
  const events: AuditEventResource[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages === 0 || cursor !== null; pages += 1) {
    expect(pages, 'audit pagination does not terminate').toBeLessThan(50);
    const query: string = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events?${query}`, {
      token: adminToken(org),
    });
    expect(res.status, res.text).toBe(200);
    events.push(...res.body.items);
    cursor = res.body.nextCursor;
  }
  return events;
};

const GET_PATHS = new Set(ROUTES.filter((r) => r.method === 'GET').map((r) => r.path));

/**
 * Where a write route's effect can be read back: the longest prefix of its path that is a GET
 * route (`POST …/plans/{planId}/publish` → `GET …/plans/{planId}`, `POST …/plans` → the list).
 */
export const readBackPath = (route: Route): string => {
  // A redemption creates a subscription.
  if (route.handler === 'redemptions/create') return route.path.replace(/redemptions$/, 'subscriptions');
  let path = route.path;
  while (!GET_PATHS.has(path)) {
    const cut = path.lastIndexOf('/');
    if (cut <= 0) throw new Error(`No GET route reads back ${routeKey(route)}`);
    path = path.slice(0, cut);
  }
  return path;
};

export interface Snapshot {
  /** The resource (or collection) the route writes, as an admin reads it. */
  target: unknown;
  /** The org's whole audit trail. */
  audit: AuditEventResource[];
}

/** What `route` would change in the org of `params`: to compare before and after a refused request. */
export const snapshot = async (api: ApiClient, route: Route, params: Params): Promise<Snapshot> => {
  const org = params.orgId ?? '';
  const path = readBackPath(route);
  const query = SAMPLE_QUERIES[`GET ${path}`]?.(params);
  const url = `${pathOf(path, params)}${query ? `?${query}` : path.endsWith('}') ? '' : '?limit=100'}`;
  const [target, audit] = await Promise.all([
    api.request('GET', url, { token: adminToken(org) }),
    auditTrail(api, org),
  ]);
  expect(target.status, `GET ${url}: ${target.text}`).toBe(200);
  return { target: target.body, audit };
};

/**
 * API.md's internal attributes: key attributes, ElectroDB's markers, counters, denormalised index
 * values and the TTL. None may appear anywhere in a response or an audit image.
 */
export const INTERNAL_KEY =
  /^(pk|sk|gsi\d+(pk|sk)|__edb_.*|refCount|planRefCount|priceCount|childIds|parentKey|companyKey|groupKey|packageKey|usernameKey|emailKey|expiryShard|expiryKey|pendingRelease|beforeGz|afterGz|ttl)$/;

/** The JSON paths of every key, at any depth, that matches `INTERNAL_KEY`. */
export const internalKeys = (value: unknown, path = '$'): string[] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => internalKeys(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => [
    ...(INTERNAL_KEY.test(key) ? [`${path}.${key}`] : []),
    ...internalKeys(v, `${path}.${key}`),
  ]);
};

/** Fields every resource carries and no body may set (API.md, "Resources" and "Requests"). */
export const COMMON_READ_ONLY = ['id', 'version', 'createdAt', 'updatedAt', 'organizationId'] as const;

/** The stored attributes that are not part of the contract (ElectroDB entities, table keys). */
export const INTERNAL_ATTRIBUTES = [
  'refCount',
  'planRefCount',
  'priceCount',
  'childIds',
  'parentKey',
  'companyKey',
  'groupKey',
  'packageKey',
  'usernameKey',
  'emailKey',
  'expiryShard',
  'expiryKey',
  'noticeShard',
  'noticeKey',
  'offerKey',
  'offerRefCount',
  'pendingRelease',
  'pk',
  'sk',
  'gsi1pk',
  'gsi1sk',
  'gsi4pk',
  'gsi4sk',
  '__edb_e__',
  '__edb_v__',
  'ttl',
] as const;

const PLAN_WRITABLE = [
  'name',
  'slug',
  'description',
  'type',
  'visibility',
  'defaultCycle',
  'availableCycles',
  'customDays',
  'trialDays',
  'price',
  'includedQuota',
  'features',
  'limits',
  'items',
  'packageId',
  'groupId',
  'companyId',
  'expiryNoticeDays',
];

const PACKAGE_FIELDS = ['status', 'code', 'name', 'tier', 'description'];
const OFFER_FIELDS = [
  'status',
  'code',
  'name',
  'packageId',
  'planId',
  'billingCycle',
  'maxRedemptions',
  'validFrom',
  'validUntil',
];
const GROUP_FIELDS = ['name', 'description'];
const COMPANY_FIELDS = ['name', 'legalName', 'taxId'];
const PRODUCT_FIELDS = ['name', 'description', 'parentId', 'companyId', 'status'];
const SUBSCRIBER_FIELDS = ['username', 'email', 'name'];

/** Each resource's own fields in API.md, besides `COMMON_READ_ONLY`; keyed like `Route.handler`. */
export const CONTRACT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  packages: PACKAGE_FIELDS,
  offers: [...OFFER_FIELDS, 'redemptionCount'],
  'plan-groups': GROUP_FIELDS,
  companies: COMPANY_FIELDS,
  products: PRODUCT_FIELDS,
  prices: ['productId', 'amount', 'currency', 'cycle', 'nickname', 'active'],
  plans: [
    ...PLAN_WRITABLE,
    'status',
    'publishedAt',
    'archivedAt',
    'liveSubscriptionCount',
    'subscriptionCount',
  ],
  subscribers: SUBSCRIBER_FIELDS,
  subscriptions: [
    'subscriberId',
    'planId',
    'status',
    'billingCycle',
    'startedAt',
    'trialEndsAt',
    'endsAt',
    'cancelAtPeriodEnd',
    'canceledAt',
    'expiredAt',
    'expiryNoticeAt',
    'quotaAllowance',
    'plan',
    'source',
    'offerId',
    'note',
  ],
};

/** What a redemption answers is a subscription. */
(CONTRACT_FIELDS as Record<string, readonly string[]>).redemptions = CONTRACT_FIELDS.subscriptions ?? [];

/** The resource of an audit event's `entityType`, as `CONTRACT_FIELDS` names it. */
export const RESOURCE_OF_ENTITY: Readonly<Record<string, string>> = Object.fromEntries(
  RESOURCES.map((resource) => [resource.entityType, resource.collection]),
);

/** What each write route's body may set, per API.md; everything else in the body is refused. */
const WRITABLE: Readonly<Record<string, readonly string[]>> = {
  'packages/create': PACKAGE_FIELDS,
  'packages/update': PACKAGE_FIELDS,
  'offers/create': OFFER_FIELDS,
  'offers/update': OFFER_FIELDS,
  'plan-groups/create': GROUP_FIELDS,
  'plan-groups/update': GROUP_FIELDS,
  'companies/create': COMPANY_FIELDS,
  'companies/update': COMPANY_FIELDS,
  'products/create': PRODUCT_FIELDS,
  'products/update': PRODUCT_FIELDS,
  // "amount … and currency (required, immutable after create) … Only nickname and active can be changed."
  'prices/create': ['amount', 'currency', 'cycle', 'nickname', 'active'],
  'prices/update': ['nickname', 'active'],
  'plans/create': [...PLAN_WRITABLE, 'publish'],
  'plans/update': PLAN_WRITABLE,
  // "Lifecycle POSTs take no body (none, or {})."
  'plans/publish': [],
  'plans/unpublish': [],
  'plans/archive': [],
  'plans/restore': [],
  'plans/duplicate': [],
  'plans/bulk-archive': ['planIds'],
  'plans/bulk-delete': ['planIds'],
  'plans/bulk-move': ['planIds', 'groupId'],
  'subscribers/create': SUBSCRIBER_FIELDS,
  'subscribers/update': SUBSCRIBER_FIELDS,
  'subscriptions/create': [
    'user',
    'subscriberId',
    'planId',
    'billingCycle',
    'trial',
    'cycles',
    'endsAt',
    'mode',
    'note',
  ],
  'subscriptions/bulk-bind': ['planId', 'users', 'billingCycle', 'cycles', 'endsAt', 'mode', 'note'],
  'subscriptions/extend': ['cycles', 'days', 'endsAt'],
  'subscriptions/cancel': ['atPeriodEnd'],
  'redemptions/create': ['code', 'user', 'subscriberId'],
};

/** The resource a route belongs to, as `CONTRACT_FIELDS` names it. */
export const resourceOf = (route: Route): string => route.handler.split('/')[0] ?? '';

/**
 * Every field a body of `route` must refuse: the common read-only fields, the internal attributes,
 * and the fields of its resource that this route does not let a client set (a plan's `status` and
 * counters, a subscription's dates, a price's amount on update, any field on a lifecycle step…).
 */
export const refusedFields = (route: Route): string[] => {
  const writable = WRITABLE[route.handler];
  const own = CONTRACT_FIELDS[resourceOf(route)];
  if (!writable || !own) {
    throw new Error(`No writable fields for ${routeKey(route)}: add them to test/support/security.ts`);
  }
  return [
    ...new Set([
      ...COMMON_READ_ONLY,
      ...INTERNAL_ATTRIBUTES,
      ...own.filter((field) => !writable.includes(field)),
    ]),
  ];
};

const FORGED_AT = '2000-01-01T00:00:00.000Z';

/** A plausible value for a forged field: what an attacker would send, of the right type. */
export const forgedValue = (field: string): unknown => {
  if (field.endsWith('At')) return FORGED_AT;
  if (/Count$|^version$|^ttl$|^quotaAllowance$|^tier$|^amount$|Days$|^includedQuota$/.test(field)) return 0;
  switch (field) {
    case 'id':
      return 'pkg_01ARZ3NDEKTSV4RRFFQ69G5FAV';
    case 'organizationId':
      return 'someone-else';
    case 'status':
      return 'archived';
    case 'childIds':
      return ['prod_01ARZ3NDEKTSV4RRFFQ69G5FAV'];
    case 'cancelAtPeriodEnd':
    case 'active':
      return true;
    case 'plan':
      return { name: 'Forged', slug: 'forged', price: null, includedQuota: null, packageId: null };
    case 'price':
      return { amount: 0, currency: 'USD' };
    case 'items':
    case 'features':
    case 'availableCycles':
      return [];
    case 'limits':
      return {};
    case 'source':
      return 'manual';
    case 'currency':
      return 'USD';
    case 'cycle':
    case 'billingCycle':
    case 'defaultCycle':
      return 'daily';
    default:
      return field.startsWith('__edb_') ? 'package' : `forged-${field}`;
  }
};
