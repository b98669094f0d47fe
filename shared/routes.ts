/**
 * THE route table. CDK builds one Lambda function per entry (`infra/admin-api-stack.ts`), the
 * local server routes by it (`shared/local/server.ts`), the handler factory reads `access` from
 * it, and the OpenAPI document is generated from it. Add a route here and everything follows.
 *
 * Pure data: importing it pulls in no handler code. Resources declared with `crud: true` in
 * shared/resources.ts get their five standard routes from `crudRoutes` (a new one needs no line
 * here); everything else is listed here.
 */
import type { ErrorCode } from './errors.ts';
import { RESOURCES, resourceNamed, withArticle } from './resources.ts';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface Route {
  method: HttpMethod;
  /** API Gateway path syntax: `/orgs/{orgId}/packages/{packageId}`. */
  path: string;
  /**
   * The route's name, `<collection>/<op>`: `packages/create`. Its function's construct id (and so its
   * logical ids), its log and bench name and its OpenAPI operation id derive from it.
   */
  handler: string;
  /**
   * The code Lambda runs, below `functions/` without extension: `handler` itself
   * (`functions/plans/publish.ts`), or for a CRUD route the generic entry of its op (`crud/create`).
   */
  entry: string;
  /**
   * For a CRUD route: the collection whose module (`crudModule`, shared/resources.ts) its entry is
   * built with.
   */
  crud?: string;
  /** `read` routes get read-only table access and are open to viewers; `write` routes need `admin`. */
  access: 'read' | 'write';
  /**
   * False for the public routes (`/health` and the public catalog): no JWT authorizer in front of
   * them, and a token sent is ignored.
   */
  auth: boolean;
  /**
   * Whether `If-Match` applies: PATCH, DELETE and the lifecycle POSTs on one resource
   * (`…/{id}/publish`, `/archive`, `/restore`, `/cancel`, …). Everywhere else (creates, bulk routes,
   * duplicate, bind) the header is ignored, whatever its value: those routes change no existing
   * version a caller could name.
   */
  ifMatch: boolean;
  /**
   * The domain codes this route can refuse with (API.md, per resource), for the OpenAPI document. The
   * request pipeline's codes (validation, auth, `not_found`, idempotency, `version_mismatch`,
   * `unavailable`, …) are derived from the route itself and not listed here.
   */
  errors: readonly ErrorCode[];
  /** One-line summary for the OpenAPI document. */
  summary: string;
  /** OpenAPI tag. */
  tag: string;
}

const r = (
  method: HttpMethod,
  path: string,
  handler: string,
  summary: string,
  tag: string,
  opts: { auth?: boolean; ifMatch?: boolean; errors?: readonly ErrorCode[] } = {},
): Route => ({
  method,
  path,
  handler,
  entry: handler,
  access: method === 'GET' ? 'read' : 'write',
  auth: opts.auth ?? true,
  ifMatch:
    opts.ifMatch ??
    (method === 'PATCH' || method === 'DELETE' || (method === 'POST' && LIFECYCLE.test(path))),
  errors: opts.errors ?? [],
  summary,
  tag,
});

/**
 * A POST on one resource's verb, e.g. `/plans/{planId}/publish`: a lifecycle step of that resource, so
 * `If-Match` applies (unless the route says otherwise, as creates below a resource and duplicate do).
 */
const LIFECYCLE = /\/\{(?!orgId\})\w+\}\/[a-z-]+$/;

const ORG = '/orgs/{orgId}';

/**
 * The five standard routes of a resource declared with `crud: true` (shared/resources.ts): create,
 * list, get, update and delete, each its own function, built from the generic entry of its op
 * (`functions/crud/<op>.ts`) with the resource's module.
 */
const crudRoutes = (
  collection: string,
  more: { create?: ErrorCode[]; update?: ErrorCode[]; delete?: ErrorCode[] } = {},
): Route[] => {
  const resource = resourceNamed(collection);
  if (!resource.crud) throw new Error(`${collection} is not declared with crud: true`);
  // A create or update can take a unique value already taken; `more` are the resource's own codes.
  const taken = resource.unique.map((unique) => unique.code);
  const errors = {
    create: [...taken, ...(more.create ?? [])],
    update: [...taken, ...(more.update ?? [])],
    delete: more.delete,
  };
  const one = withArticle(resource.singular);
  const base = `${ORG}/${collection}`;
  const item = `${base}/{${resource.idParam}}`;
  const crud = (route: Route): Route => ({
    ...route,
    entry: `crud/${route.handler.slice(collection.length + 1)}`,
    crud: collection,
  });
  return [
    r('POST', base, `${collection}/create`, `Create ${one}`, resource.tag, { errors: errors.create }),
    r('GET', base, `${collection}/list`, `List ${resource.plural}`, resource.tag),
    r('GET', item, `${collection}/get`, `Get ${one}`, resource.tag),
    r('PATCH', item, `${collection}/update`, `Update ${one}`, resource.tag, { errors: errors.update }),
    r('DELETE', item, `${collection}/delete`, `Delete ${one}`, resource.tag, { errors: errors.delete }),
  ].map(crud);
};

/**
 * The routes in the order of the OpenAPI document. The CRUD routes of the resources placed here keep
 * their place, with the codes of their own beyond their unique fields'; every other resource declared
 * `crud: true` gets its routes after these (`ROUTES`).
 */
const LISTED: readonly Route[] = [
  r('GET', '/health', 'health', 'Liveness check', 'Health', { auth: false }),

  ...crudRoutes('packages', { delete: ['package_in_use'] }),

  ...crudRoutes('offers', {
    create: ['reference_not_found'],
    update: ['reference_not_found'],
    delete: ['offer_in_use'],
  }),

  ...crudRoutes('plan-groups', { delete: ['group_not_empty'] }),

  ...crudRoutes('companies', { delete: ['company_in_use'] }),

  ...crudRoutes('products', {
    create: ['reference_not_found'],
    update: ['reference_not_found'],
    delete: ['product_in_use'],
  }),
  r('POST', `${ORG}/products/{productId}/prices`, 'prices/create', 'Create a price of a product', 'Prices', {
    ifMatch: false, // a create below its product, not a step of the product
  }),
  r('GET', `${ORG}/products/{productId}/prices`, 'prices/list', "List a product's prices", 'Prices'),
  r('GET', `${ORG}/prices/{priceId}`, 'prices/get', 'Get a price', 'Prices'),
  r('PATCH', `${ORG}/prices/{priceId}`, 'prices/update', 'Update a price (nickname, active)', 'Prices'),

  r('POST', `${ORG}/plans`, 'plans/create', 'Create a plan (draft, or active with publish: true)', 'Plans', {
    errors: ['slug_taken', 'reference_not_found'],
  }),
  r('GET', `${ORG}/plans`, 'plans/list', 'List plans', 'Plans'),
  r('GET', `${ORG}/plans/{planId}`, 'plans/get', 'Get a plan', 'Plans'),
  r('PATCH', `${ORG}/plans/{planId}`, 'plans/update', 'Update a plan', 'Plans', {
    errors: ['slug_taken', 'reference_not_found'],
  }),
  r('DELETE', `${ORG}/plans/{planId}`, 'plans/delete', 'Delete a draft plan', 'Plans', {
    errors: ['invalid_transition', 'plan_in_use'],
  }),
  r('POST', `${ORG}/plans/{planId}/publish`, 'plans/publish', 'Publish a draft plan', 'Plans', {
    errors: ['invalid_transition'],
  }),
  r(
    'POST',
    `${ORG}/plans/{planId}/unpublish`,
    'plans/unpublish',
    'Unpublish an active plan (back to draft; its subscriptions continue)',
    'Plans',
    { errors: ['invalid_transition'] },
  ),
  r('POST', `${ORG}/plans/{planId}/archive`, 'plans/archive', 'Archive an active plan', 'Plans', {
    errors: ['invalid_transition', 'plan_in_use'],
  }),
  r('POST', `${ORG}/plans/{planId}/restore`, 'plans/restore', 'Restore an archived plan', 'Plans', {
    errors: ['invalid_transition'],
  }),
  r(
    'POST',
    `${ORG}/plans/{planId}/duplicate`,
    'plans/duplicate',
    'Duplicate a plan as a new draft',
    'Plans',
    {
      // It creates a copy and leaves the original as it is: no version of it to guard.
      ifMatch: false,
    },
  ),
  r('POST', `${ORG}/plans/bulk-archive`, 'plans/bulk-archive', 'Archive many plans', 'Plans'),
  r('POST', `${ORG}/plans/bulk-delete`, 'plans/bulk-delete', 'Delete many draft plans', 'Plans'),
  r('POST', `${ORG}/plans/bulk-move`, 'plans/bulk-move', 'Move many plans to a group', 'Plans', {
    errors: ['reference_not_found'],
  }),

  ...crudRoutes('subscribers', { delete: ['subscriber_in_use'] }),

  r(
    'POST',
    `${ORG}/subscriptions`,
    'subscriptions/create',
    'Manual bind: subscribe a user to a plan',
    'Subscriptions',
    { errors: ['reference_not_found', 'plan_not_active', 'already_subscribed'] },
  ),
  r(
    'POST',
    `${ORG}/subscriptions/bulk-bind`,
    'subscriptions/bulk-bind',
    'Bind one plan for many users',
    'Subscriptions',
    { errors: ['reference_not_found', 'plan_not_active'] },
  ),
  r('GET', `${ORG}/subscriptions`, 'subscriptions/list', 'List subscriptions', 'Subscriptions'),
  r(
    'GET',
    `${ORG}/subscriptions/{subscriptionId}`,
    'subscriptions/get',
    'Get a subscription',
    'Subscriptions',
  ),
  r(
    'POST',
    `${ORG}/subscriptions/{subscriptionId}/cancel`,
    'subscriptions/cancel',
    'Cancel a subscription now or at period end',
    'Subscriptions',
    { errors: ['invalid_transition'] },
  ),
  r(
    'POST',
    `${ORG}/subscriptions/{subscriptionId}/extend`,
    'subscriptions/extend',
    'Extend a live subscription',
    'Subscriptions',
    { errors: ['invalid_transition'] },
  ),
  r('POST', `${ORG}/redemptions`, 'redemptions/create', 'Redeem an offer by its code', 'Subscriptions', {
    errors: [
      'reference_not_found',
      'offer_not_redeemable',
      'offer_exhausted',
      'already_redeemed',
      'plan_not_active',
      'already_subscribed',
    ],
  }),

  r('GET', `${ORG}/audit-events`, 'audit-events/list', 'List audit events', 'Audit'),

  r('GET', `${ORG}/history/{entityId}`, 'history/get', 'A resource as it was at an instant', 'History'),

  r(
    'GET',
    `${ORG}/entitlements`,
    'entitlements/get',
    'What a subscriber may use at an instant',
    'Entitlements',
  ),

  r('GET', `${ORG}/catalog/plans`, 'catalog/list', 'List the published public plans (no token)', 'Catalog', {
    auth: false,
  }),
  r(
    'GET',
    `${ORG}/catalog/plans/{slug}`,
    'catalog/get',
    'Get a published plan by slug (no token)',
    'Catalog',
    {
      auth: false,
    },
  ),
];

/** Every route: those listed, then the five of each other resource declared `crud: true`. */
export const ROUTES: readonly Route[] = [
  ...LISTED,
  ...RESOURCES.filter(
    (resource) => resource.crud && !LISTED.some((route) => route.crud === resource.collection),
  ).flatMap((resource) => crudRoutes(resource.collection)),
];

/** API Gateway's route key, also what the local server puts in `event.routeKey`. */
export const routeKey = (route: Pick<Route, 'method' | 'path'>): string => `${route.method} ${route.path}`;

const byKey = new Map(ROUTES.map((route) => [routeKey(route), route]));

/** The route an event was routed by, or undefined for an unknown route key. */
export const findRoute = (key: string): Route | undefined => byKey.get(key);

/** A route's path as a pattern of request paths, and the names of its parameters in order. */
export const routePattern = (route: Pick<Route, 'path'>): { pattern: RegExp; names: string[] } => {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  return { pattern, names };
};
