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

  r('GET', `${ORG}/audit-events`, 'audit-events/list', 'List audit events', 'Audit'),
];

/** API Gateway's route key, also what the local server puts in `event.routeKey`. */
export const routeKey = (route: Pick<Route, 'method' | 'path'>): string => `${route.method} ${route.path}`;

const byKey = new Map(ROUTES.map((route) => [routeKey(route), route]));

/** The route an event was routed by, or undefined for an unknown route key. */
export const findRoute = (key: string): Route | undefined => byKey.get(key);
