/**
 * The bench's own DynamoDB Local and table, and in-process invocation of the real handlers.
 * Import this before anything under shared/ that reads TABLE_NAME or DYNAMODB_ENDPOINT: call
 * `startBenchDatabase()` first, then import handler modules (dynamically).
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { RouteHandler } from '../../shared/http/handler.ts';
import type { HttpResponse } from '../../shared/http/response.ts';
import { ensureTable, freePort, startDynamoLocal } from '../../shared/local/dynamo.ts';
import { gatewayEvent, lambdaContext } from '../../shared/local/event.ts';
import type { Route } from '../../shared/routes.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BenchDatabase {
  endpoint: string;
  tableName: string;
  pid: number | undefined;
  stop: () => void;
}

/**
 * An in-memory DynamoDB Local on a free port with the table CDK deploys, and the process
 * environment pointing at it (as the Lambda environment would).
 */
export const startBenchDatabase = async (tableName = 'bench'): Promise<BenchDatabase> => {
  const port = await freePort();
  const dynamo = await startDynamoLocal({ port });
  await ensureTable(dynamo.endpoint, tableName);
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.TABLE_NAME = tableName;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  return { endpoint: dynamo.endpoint, tableName, pid: dynamo.pid, stop: dynamo.stop };
};

/** A request to one route, as the bench scenarios describe it. */
export interface BenchRequest {
  pathParameters: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The claims API Gateway passes for an admin (or viewer) of `org`. */
export const claimsFor = (org: string, role: 'admin' | 'viewer' = 'admin'): Record<string, string> => ({
  sub: `bench-${role}`,
  'cognito:groups': `[${role}]`,
  'custom:orgs': org,
});

/** The path with its parameters filled in. */
export const pathOf = (route: Route, params: Record<string, string>): string =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route.path}: no value for {${name}}`);
    return encodeURIComponent(value);
  });

/** The Lambda event for `request` to `route` by an admin of `org` (the org path parameter). */
export const eventFor = (route: Route, request: BenchRequest): APIGatewayProxyEventV2 => {
  const org = request.pathParameters.orgId;
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  return gatewayEvent({
    route,
    rawPath: pathOf(route, request.pathParameters),
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...request.headers,
    },
    ...(request.query ? { query: request.query } : {}),
    pathParameters: request.pathParameters,
    ...(body !== undefined ? { body } : {}),
    ...(route.auth && org ? { claims: claimsFor(org) } : {}),
    requestId: randomUUID(),
  });
};

const handlers = new Map<string, RouteHandler>();

/** The route's real handler, as its function runs it (shared/local/handlers.ts), loaded once. */
export const handlerOf = async (route: Route): Promise<RouteHandler> => {
  let handler = handlers.get(route.handler);
  if (!handler) {
    // Imported only now: shared modules read TABLE_NAME and DYNAMODB_ENDPOINT when they load.
    const { loadHandler } = await import('../../shared/local/handlers.ts');
    handler = await loadHandler(route);
    handlers.set(route.handler, handler);
  }
  return handler;
};

/**
 * One invocation of the route's handler, with its event and context built beforehand: `run()` is
 * what Lambda's runtime hands to our code, and all that a warm timing should include.
 */
export const prepareInvocation = async (
  route: Route,
  request: BenchRequest,
): Promise<{ run: () => Promise<HttpResponse> }> => {
  const handler = await handlerOf(route);
  const event = eventFor(route, request);
  const context = lambdaContext(event.requestContext.requestId, route.handler.replace('/', '-'));
  return { run: async () => (await handler(event, context)) as HttpResponse };
};

/** Invokes the route's handler in this process, as Lambda would. */
export const invoke = async (route: Route, request: BenchRequest): Promise<HttpResponse> =>
  (await prepareInvocation(route, request)).run();

/** The JSON body of a response (or throws with the status when it is not the expected one). */
export const expectStatus = (
  response: HttpResponse,
  status: number,
  what: string,
): Record<string, unknown> => {
  if (response.statusCode !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.statusCode}: ${String(response.body)}`);
  }
  return response.body ? (JSON.parse(String(response.body)) as Record<string, unknown>) : {};
};
