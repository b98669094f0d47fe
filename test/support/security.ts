/**
 * The security tests' maps (`test/security/`), written from API.md: a body every write route would
 * accept, the contract's fields per resource, what each write route's body may set, and a detector
 * for internal attributes in a JSON body. The seeded org and paths are in `security-seed.ts`, the
 * tokens and snapshots in `security-checks.ts`.
 *
 * Everything is keyed by the route table, and throws for a route it does not know: a new route
 * fails the security tests until it is described here, instead of going untested.
 */
import { RESOURCES } from '../../shared/resources.ts';
import { type Route, routeKey } from '../../shared/routes.ts';
import { offerBody, pkgBody, rand } from './fixtures.ts';
import { hasBody, type Seed } from './security-seed.ts';

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

/** The body to send on `route` (undefined for GET and DELETE). */
export const sampleBody = (route: Route, seed: Seed): Record<string, unknown> | undefined => {
  if (!hasBody(route)) return undefined;
  const make = SAMPLE_BODIES[routeKey(route)];
  if (!make) throw new Error(`No sample body for ${routeKey(route)}: add one to test/support/security.ts`);
  return make(seed);
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
