import middy from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import * as z from 'zod';
import { OrgParams } from '../common/schemas.ts';
import type { OperationContext } from '../context.ts';
import { asDryRun } from '../db/dry-run.ts';
import { DomainError, type FieldError } from '../errors.ts';
import { logger } from '../log.ts';
import { findRoute, type Route } from '../routes.ts';
import { authorize, type Principal } from './auth.ts';
import { assertObject, checkBody, unsafeValues } from './body.ts';
import { beginIdempotent, type IdempotencyLock } from './idempotency.ts';
import { toProblem } from './problem.ts';
import { type HttpResponse, json, noContent, withStandardHeaders } from './response.ts';

/** What a route declares; the factory does everything else. */
export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  /** Path parameters (default `{ orgId }`). A malformed id is a `404`: no such resource can exist. */
  params?: P;
  /** Query parameters (default: none allowed). */
  query?: Q;
  /** The JSON body, validated strictly. Routes without one get no JSON parser. */
  body?: B;
  /** A missing body counts as `{}` (lifecycle POSTs). */
  bodyOptional?: boolean;
  /** Success status (default 200). */
  status?: 200 | 201 | 204;
  /**
   * Another success status the route answers through `Answer` (a bind that extended: `200`), for the
   * OpenAPI document.
   */
  alsoStatus?: 200;
  /** The success body's schema, for the OpenAPI document. */
  response?: z.ZodType;
  /** For creates: the collection below `/orgs/{orgId}/` whose `/{id}` becomes the `Location`. */
  location?: string;
  /**
   * The route's own `Cache-Control`, on its successes and its `404`s (public catalog: `PUBLIC_CACHE`).
   * Set by the route itself, so no default of the factory replaces it.
   */
  cacheControl?: string;
}

/** What the public catalog's answers may be cached for, by browsers and shared caches (API.md). */
export const PUBLIC_CACHE = 'public, max-age=60';

export interface RouteInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  ctx: OperationContext;
}

const NoQuery = z.strictObject({});
const NoBody = z.undefined();

const READ_ONLY = new Set(['id', 'version', 'createdAt', 'updatedAt', 'organizationId']);

const valueAt = (data: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );

/**
 * Every zod issue as a contract field error: unknown (and read-only) fields one by one, and a
 * missing required field as "is required" whatever its type.
 */
export const fieldErrors = (error: z.ZodError, input: unknown): FieldError[] =>
  error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...base, key].join('.'),
        message: READ_ONLY.has(key) ? 'is read-only' : 'is not a known field',
      }));
    }
    const missing = issue.path.length > 0 && valueAt(input, issue.path) === undefined;
    return [{ path: base.join('.') || '(body)', message: missing ? 'is required' : issue.message }];
  });

/** The methods that write, and so take `?dryRun=` (API.md "Dry run"). */
const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PATCH', 'DELETE']);

/**
 * A write route's `dryRun` query parameter, taken out of the query the route's own schema sees:
 * `true`, `false` (or absent: a normal request), anything else a field error.
 */
const takeDryRun = (
  method: string,
  query: Record<string, string | undefined>,
): { dryRun: boolean; rest: Record<string, string | undefined>; error?: FieldError } => {
  if (!WRITE_METHODS.has(method) || !('dryRun' in query)) return { dryRun: false, rest: query };
  const { dryRun, ...rest } = query;
  if (dryRun === 'true' || dryRun === 'false') return { dryRun: dryRun === 'true', rest };
  return { dryRun: false, rest, error: { path: 'dryRun', message: 'must be true or false' } };
};

/** Whether an event asks for a dry run (its answer, whatever it is, carries `Dry-Run: true`). */
const asksDryRun = (event: APIGatewayProxyEventV2): boolean =>
  WRITE_METHODS.has(event.requestContext?.http?.method ?? event.routeKey?.split(' ')[0] ?? '') &&
  event.queryStringParameters?.dryRun === 'true';

const IF_MATCH = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/;

const principals = new WeakMap<APIGatewayProxyEventV2, Principal>();

const routeOf = (event: APIGatewayProxyEventV2): Route => {
  const route = findRoute(event.routeKey);
  if (!route) throw new Error(`No route for ${event.routeKey}`);
  return route;
};

/** A result answered with another success status than the route's (a bind that extended: `200`). */
export class Answer<T> {
  constructor(
    readonly status: 200 | 201,
    readonly body: T,
  ) {}
}

/**
 * Builds a Lambda handler for one route: auth, body checks and JSON parsing, strict zod
 * validation of path, query and body (every problem listed at once), `If-Match`,
 * `Idempotency-Key`, response shaping (`ETag`, `Location`) and the one error mapper.
 * The route's function only calls its operation.
 */
export const handle = <
  R,
  P extends z.ZodType = typeof OrgParams,
  Q extends z.ZodType = typeof NoQuery,
  B extends z.ZodType = typeof NoBody,
>(
  spec: RouteSpec<P, Q, B>,
  run: (input: RouteInput<P, Q, B>) => Promise<R>,
) => {
  const paramsSchema = spec.params ?? OrgParams;
  const querySchema = spec.query ?? NoQuery;
  const status = spec.status ?? 200;

  const shape = (outcome: unknown): HttpResponse => {
    if (status === 204) return noContent();
    const answered = outcome instanceof Answer ? outcome.status : status;
    const result = outcome instanceof Answer ? outcome.body : outcome;
    const headers: Record<string, string> = {};
    const version = (result as { version?: unknown } | null)?.version;
    if (typeof version === 'number') headers.etag = `"${version}"`;
    const created = result as { id?: unknown; organizationId?: unknown } | null;
    if (spec.location && answered === 201 && typeof created?.id === 'string') {
      headers.location = `/orgs/${String(created.organizationId)}/${spec.location}/${created.id}`;
    }
    if (spec.cacheControl) headers['cache-control'] = spec.cacheControl;
    return json(answered, result, headers);
  };

  const core = async (event: APIGatewayProxyEventV2): Promise<HttpResponse> => {
    const route = routeOf(event);
    const errors: FieldError[] = [];

    const params = paramsSchema.safeParse(event.pathParameters ?? {});
    if (!params.success) throw new DomainError('not_found', 'No such resource in this organization');

    const { dryRun, rest, error: dryRunError } = takeDryRun(route.method, event.queryStringParameters ?? {});
    if (dryRunError) errors.push(dryRunError);
    const query = querySchema.safeParse(rest);
    if (!query.success) errors.push(...fieldErrors(query.error, rest));

    let body: z.ZodSafeParseResult<unknown> = { success: true, data: undefined };
    if (spec.body) {
      const input = assertObject(event.body);
      body = spec.body.safeParse(input);
      if (!body.success) errors.push(...fieldErrors(body.error, input));
      errors.push(...unsafeValues(input));
    }

    const headers = event.headers ?? {};
    let ifMatch: number | undefined;
    const ifMatchHeader = headers['if-match'];
    // Only where the route honours it (shared/routes.ts `ifMatch`); elsewhere it is ignored, malformed or not.
    if (ifMatchHeader !== undefined && ifMatchHeader.trim() !== '*' && route.ifMatch) {
      const match = IF_MATCH.exec(ifMatchHeader);
      if (match?.[1]) ifMatch = Number(match[1]);
      else errors.push({ path: 'If-Match', message: 'must be a version in quotes, e.g. "3"' });
    }
    const idempotencyKey = route.method === 'POST' ? headers['idempotency-key'] : undefined;
    if (idempotencyKey !== undefined && (idempotencyKey.length < 1 || idempotencyKey.length > 255)) {
      errors.push({ path: 'Idempotency-Key', message: 'must be 1 to 255 characters' });
    }
    if (errors.length > 0 || !query.success || !body.success)
      throw new DomainError('validation_failed', 'The request is not valid', errors);

    const principal = principals.get(event);
    const ctx: OperationContext = {
      // A public route (no principal) serves the org in its path, which the params schema checked.
      orgId: principal?.orgId ?? (params.data as { orgId?: string }).orgId ?? '',
      actor: principal?.actor ?? { sub: 'anonymous', email: null },
      now: new Date(),
      ...(ifMatch !== undefined ? { expectedVersion: ifMatch } : {}),
      ...(dryRun ? { dryRun: true } : {}),
    };

    if (dryRun) {
      // Judged, never written: no idempotency record is looked up or stored for a dry run.
      const input = { params: params.data, query: query.data, body: body.data, ctx } as RouteInput<P, Q, B>;
      return shape(await asDryRun(() => run(input)));
    }

    let lock: IdempotencyLock | undefined;
    if (idempotencyKey !== undefined && principal) {
      const start = await beginIdempotent({
        orgId: principal.orgId,
        sub: principal.actor.sub,
        key: idempotencyKey,
        method: route.method,
        path: event.rawPath,
        body: body.data,
        now: ctx.now,
        shape,
      });
      if (start.kind === 'replay') return start.response;
      lock = start.lock;
      ctx.onCommit = lock;
    }

    try {
      const response = shape(
        await run({ params: params.data, query: query.data, body: body.data, ctx } as RouteInput<P, Q, B>),
      );
      await lock?.complete(response);
      return response;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  };

  const handler = middy<APIGatewayProxyEventV2, HttpResponse, Error, Context>(core, {
    // No early answer: middy's would race a handler it cannot stop, so a write could commit after
    // a "failed" answer. The SDK's request timeouts (shared/db/client.ts) end slow calls instead.
    timeoutEarlyInMillis: 0,
  })
    .use({
      onError: async (request) => {
        request.response = toProblem(request.error, (error) =>
          logger.error('Unhandled error', error instanceof Error ? error : String(error)),
        );
        // "Not found" is as cacheable as the answer it stands for; other refusals and 5xx are not.
        if (spec.cacheControl && request.response.statusCode === 404) {
          request.response.headers['cache-control'] = spec.cacheControl;
        }
      },
    })
    .use({
      before: async (request) => {
        const route = routeOf(request.event);
        if (route.auth) principals.set(request.event, authorize(request.event, route.access));
        if (spec.body) checkBody(request.event, spec.bodyOptional ?? false);
      },
    });
  if (spec.body) {
    // Runs after checkBody, which applied the one Content-Type rule (jsonContentTypeProblem), decoded the
    // body to text and handed the parser the canonical `application/json` (its own check is case- and
    // space-sensitive): so any failure here is malformed JSON.
    handler.use(httpJsonBodyParser()).use({
      onError: async (request) => {
        const cause = (request.error as { cause?: { package?: string } } | null)?.cause;
        if (cause?.package === '@middy/http-json-body-parser') {
          request.error = new DomainError('invalid_json', 'The body is not valid JSON');
        }
      },
    });
  }
  /**
   * One log line per request: route, org, request id, status, error code and latency. Server errors
   * are logged as errors (their cause was logged by the error mapper), everything else as info.
   */
  const logged = async (event: APIGatewayProxyEventV2, context: Context): Promise<HttpResponse> => {
    const started = performance.now();
    logger.addContext(context);
    const response = withStandardHeaders(
      await handler(event, context),
      findRoute(event.routeKey)?.auth ?? true,
    );
    if (asksDryRun(event)) response.headers = { ...response.headers, 'dry-run': 'true' };
    const status = response.statusCode;
    const line = {
      route: event.routeKey,
      orgId: event.pathParameters?.orgId,
      requestId: event.requestContext?.requestId ?? context.awsRequestId,
      status,
      ...(status >= 400 ? { code: problemCode(response) } : {}),
      latencyMs: Math.round((performance.now() - started) * 100) / 100,
    };
    if (status >= 500) logger.error('request', line);
    else logger.info('request', line);
    return response;
  };

  return Object.assign(logged, {
    spec: {
      params: paramsSchema,
      query: querySchema,
      body: spec.body,
      bodyOptional: spec.bodyOptional,
      status,
      alsoStatus: spec.alsoStatus,
      response: spec.response,
      location: spec.location,
      cacheControl: spec.cacheControl,
    },
  });
};

export type RouteHandler = ReturnType<typeof handle>;

/** The `code` of a problem+json answer (for the request log). */
const problemCode = (response: HttpResponse): string | undefined => {
  try {
    return (JSON.parse(response.body ?? '{}') as { code?: string }).code;
  } catch {
    return undefined;
  }
};
