/**
 * THE route table. CDK builds one Lambda function per entry (`infra/admin-api-stack.ts`), the
 * local server routes by it (`shared/local/server.ts`), the handler factory reads `access` from
 * it, and the OpenAPI document is generated from it. Add a route here and everything follows.
 *
 * Pure data: importing it pulls in no handler code.
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface Route {
  method: HttpMethod;
  /** API Gateway path syntax: `/orgs/{orgId}/packages/{packageId}`. */
  path: string;
  /** Handler entry below `functions/`, without extension: `packages/create` → `functions/packages/create.ts`. */
  handler: string;
  /** `read` routes get read-only table access and are open to viewers; `write` routes need `admin`. */
  access: 'read' | 'write';
  /** False only for `/health`: no JWT authorizer in front of it. */
  auth: boolean;
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
  opts: { auth?: boolean } = {},
): Route => ({
  method,
  path,
  handler,
  access: method === 'GET' ? 'read' : 'write',
  auth: opts.auth ?? true,
  summary,
  tag,
});

const ORG = '/orgs/{orgId}';

export const ROUTES: readonly Route[] = [
  r('GET', '/health', 'health', 'Liveness check', 'Health', { auth: false }),

  r('POST', `${ORG}/packages`, 'packages/create', 'Create a package', 'Packages'),
  r('GET', `${ORG}/packages`, 'packages/list', 'List packages', 'Packages'),
  r('GET', `${ORG}/packages/{packageId}`, 'packages/get', 'Get a package', 'Packages'),
  r('PATCH', `${ORG}/packages/{packageId}`, 'packages/update', 'Update a package', 'Packages'),
  r('DELETE', `${ORG}/packages/{packageId}`, 'packages/delete', 'Delete a package', 'Packages'),

  r('POST', `${ORG}/offers`, 'offers/create', 'Create an offer', 'Offers'),
  r('GET', `${ORG}/offers`, 'offers/list', 'List offers', 'Offers'),
  r('GET', `${ORG}/offers/{offerId}`, 'offers/get', 'Get an offer', 'Offers'),
  r('PATCH', `${ORG}/offers/{offerId}`, 'offers/update', 'Update an offer', 'Offers'),
  r('DELETE', `${ORG}/offers/{offerId}`, 'offers/delete', 'Delete an offer', 'Offers'),

  r('POST', `${ORG}/plan-groups`, 'plan-groups/create', 'Create a plan group', 'Plan groups'),
  r('GET', `${ORG}/plan-groups`, 'plan-groups/list', 'List plan groups', 'Plan groups'),
  r('GET', `${ORG}/plan-groups/{groupId}`, 'plan-groups/get', 'Get a plan group', 'Plan groups'),
  r('PATCH', `${ORG}/plan-groups/{groupId}`, 'plan-groups/update', 'Update a plan group', 'Plan groups'),
  r('DELETE', `${ORG}/plan-groups/{groupId}`, 'plan-groups/delete', 'Delete a plan group', 'Plan groups'),

  r('POST', `${ORG}/companies`, 'companies/create', 'Create a company', 'Companies'),
  r('GET', `${ORG}/companies`, 'companies/list', 'List companies', 'Companies'),
  r('GET', `${ORG}/companies/{companyId}`, 'companies/get', 'Get a company', 'Companies'),
  r('PATCH', `${ORG}/companies/{companyId}`, 'companies/update', 'Update a company', 'Companies'),
  r('DELETE', `${ORG}/companies/{companyId}`, 'companies/delete', 'Delete a company', 'Companies'),

  r('POST', `${ORG}/products`, 'products/create', 'Create a product', 'Products'),
  r('GET', `${ORG}/products`, 'products/list', 'List products', 'Products'),
  r('GET', `${ORG}/products/{productId}`, 'products/get', 'Get a product', 'Products'),
  r('PATCH', `${ORG}/products/{productId}`, 'products/update', 'Update a product', 'Products'),
  r('DELETE', `${ORG}/products/{productId}`, 'products/delete', 'Delete a product', 'Products'),
  r('POST', `${ORG}/products/{productId}/prices`, 'prices/create', 'Create a price of a product', 'Prices'),
  r('GET', `${ORG}/products/{productId}/prices`, 'prices/list', "List a product's prices", 'Prices'),
  r('GET', `${ORG}/prices/{priceId}`, 'prices/get', 'Get a price', 'Prices'),
  r('PATCH', `${ORG}/prices/{priceId}`, 'prices/update', 'Update a price (nickname, active)', 'Prices'),

  r('POST', `${ORG}/plans`, 'plans/create', 'Create a plan (draft, or active with publish: true)', 'Plans'),
  r('GET', `${ORG}/plans`, 'plans/list', 'List plans', 'Plans'),
  r('GET', `${ORG}/plans/{planId}`, 'plans/get', 'Get a plan', 'Plans'),
  r('PATCH', `${ORG}/plans/{planId}`, 'plans/update', 'Update a plan', 'Plans'),
  r('DELETE', `${ORG}/plans/{planId}`, 'plans/delete', 'Delete a draft plan', 'Plans'),
  r('POST', `${ORG}/plans/{planId}/publish`, 'plans/publish', 'Publish a draft plan', 'Plans'),
  r('POST', `${ORG}/plans/{planId}/archive`, 'plans/archive', 'Archive an active plan', 'Plans'),
  r('POST', `${ORG}/plans/{planId}/restore`, 'plans/restore', 'Restore an archived plan', 'Plans'),
  r('POST', `${ORG}/plans/{planId}/duplicate`, 'plans/duplicate', 'Duplicate a plan as a new draft', 'Plans'),
  r('POST', `${ORG}/plans/bulk-archive`, 'plans/bulk-archive', 'Archive many plans', 'Plans'),
  r('POST', `${ORG}/plans/bulk-delete`, 'plans/bulk-delete', 'Delete many draft plans', 'Plans'),
  r('POST', `${ORG}/plans/bulk-move`, 'plans/bulk-move', 'Move many plans to a group', 'Plans'),

  r('POST', `${ORG}/subscribers`, 'subscribers/create', 'Create a subscriber', 'Subscribers'),
  r('GET', `${ORG}/subscribers`, 'subscribers/list', 'List subscribers', 'Subscribers'),
  r('GET', `${ORG}/subscribers/{subscriberId}`, 'subscribers/get', 'Get a subscriber', 'Subscribers'),
  r('PATCH', `${ORG}/subscribers/{subscriberId}`, 'subscribers/update', 'Update a subscriber', 'Subscribers'),
  r(
    'DELETE',
    `${ORG}/subscribers/{subscriberId}`,
    'subscribers/delete',
    'Delete a subscriber',
    'Subscribers',
  ),

  r(
    'POST',
    `${ORG}/subscriptions`,
    'subscriptions/create',
    'Manual bind: subscribe a user to a plan',
    'Subscriptions',
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
  ),

  r('GET', `${ORG}/audit-events`, 'audit-events/list', 'List audit events', 'Audit'),
];

/** API Gateway's route key, also what the local server puts in `event.routeKey`. */
export const routeKey = (route: Pick<Route, 'method' | 'path'>): string => `${route.method} ${route.path}`;

const byKey = new Map(ROUTES.map((route) => [routeKey(route), route]));

/** The route an event was routed by, or undefined for an unknown route key. */
export const findRoute = (key: string): Route | undefined => byKey.get(key);
