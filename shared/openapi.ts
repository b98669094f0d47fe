import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type * as z from 'zod';
import { ERROR_CODES, type ErrorCode } from './errors.ts';
import type { RouteHandler } from './http/handler.ts';
import { RETRY_AFTER, STATUS, TITLES } from './http/problem.ts';
import { HEADERS, type Json, PARAMETERS, PROBLEM, ref } from './openapi-components.ts';
import { sample } from './openapi-samples.ts';
import { describeOperation, TAGS } from './openapi-text.ts';
import { ROUTES, type Route } from './routes.ts';

const usesCursor = (query: z.ZodType): boolean =>
  'shape' in query && typeof query.shape === 'object' && query.shape !== null && 'cursor' in query.shape;

const hasVersion = (schema: z.ZodType | undefined): boolean =>
  !!schema &&
  'shape' in schema &&
  typeof schema.shape === 'object' &&
  schema.shape !== null &&
  'version' in schema.shape;

/**
 * Every code a route can answer: the request pipeline's (derived from the route and its spec) and
 * the route's own domain codes (`Route.errors`), by status.
 */
export const errorCodesOf = (route: Route, spec: RouteHandler['spec']): Map<number, ErrorCode[]> => {
  const readsData = route.path.startsWith('/orgs/');
  const codes = new Set<ErrorCode>(['validation_failed', ...route.errors]);
  if (spec.body)
    for (const c of ['invalid_json', 'payload_too_large', 'unsupported_media_type'] as const) codes.add(c);
  if (usesCursor(spec.query)) codes.add('invalid_cursor');
  if (route.auth) for (const c of ['unauthorized', 'forbidden'] as const) codes.add(c);
  if (readsData) for (const c of ['not_found', 'unavailable'] as const) codes.add(c);
  if (route.method === 'POST' && route.auth) {
    for (const c of ['idempotency_in_progress', 'idempotency_key_reused'] as const) codes.add(c);
  }
  if (route.ifMatch) codes.add('version_mismatch');
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of ERROR_CODES) {
    if (!codes.has(code)) continue;
    const status = STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
};

const problemExample = (status: number, code: ErrorCode) => ({
  type: 'about:blank',
  status,
  code,
  title: TITLES[code],
});

type Method = 'get' | 'post' | 'patch' | 'delete';
type Operation = {
  parameters?: Json[];
  responses: Record<string, { content?: Record<string, Json> }>;
};

/**
 * The OpenAPI 3.1 document, generated from the route table (`shared/routes.ts`: paths, access,
 * `If-Match`, domain error codes) and the zod schemas each route's handler declares (`handler.spec`):
 * nothing here is written by hand twice. What every route shares (headers, parameters, the problem
 * body) is a component, referenced where the API sends or honours it.
 */
export const buildOpenApi = async (options: { serverUrl?: string } = {}) => {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  registry.registerComponent('schemas', 'ErrorCode', {
    type: 'string',
    enum: [...ERROR_CODES],
    description: 'Every stable code of a problem answer (API.md, Errors).',
  });
  registry.registerComponent('schemas', 'Problem', PROBLEM);
  for (const [name, header] of Object.entries(HEADERS)) registry.registerComponent('headers', name, header);
  for (const [name, parameter] of Object.entries(PARAMETERS)) {
    registry.registerComponent('parameters', name, parameter as never);
  }

  // The handlers as the functions run them, imported only now (shared modules read TABLE_NAME when they load).
  const { loadHandler } = await import('./local/handlers.ts');
  const specs = await Promise.all(ROUTES.map(async (route) => (await loadHandler(route)).spec));

  ROUTES.forEach((route, index) => {
    const spec = specs[index] as RouteHandler['spec'];
    const isPost = route.method === 'POST';
    const isList = usesCursor(spec.query);
    // Headers of every answer of the route (shared/http/response.ts withStandardHeaders, handler.ts Dry-Run).
    const common: Json = {
      'X-Content-Type-Options': ref('headers', 'X-Content-Type-Options'),
      ...(route.auth ? { 'Cache-Control': ref('headers', 'Cache-Control-No-Store') } : {}),
      ...(route.access === 'write' ? { 'Dry-Run': ref('headers', 'Dry-Run') } : {}),
    };
    const publicCache = spec.cacheControl ? { 'Cache-Control': ref('headers', 'Cache-Control-Public') } : {};
    const success = (status: number): Json => ({
      ...common,
      ...publicCache,
      ...(hasVersion(spec.response) ? { ETag: ref('headers', 'ETag') } : {}),
      ...(status === 201 && spec.location ? { Location: ref('headers', 'Location') } : {}),
      ...(isPost && route.auth ? { 'Idempotent-Replayed': ref('headers', 'Idempotent-Replayed') } : {}),
    });
    const successResponse = (status: number) =>
      status === 204
        ? { description: 'No content', headers: success(status) }
        : {
            description: status === 201 ? 'Created' : 'Success',
            headers: success(status),
            content: { 'application/json': { schema: spec.response ?? { type: 'object' } } },
          };

    const responses: Record<string, unknown> = {
      [spec.status]: successResponse(spec.status),
      ...(spec.alsoStatus ? { [spec.alsoStatus]: successResponse(spec.alsoStatus) } : {}),
    };
    for (const [status, codes] of errorCodesOf(route, spec)) {
      const retries = codes.some((code) => RETRY_AFTER[code]);
      responses[status] = {
        description: codes.map((code) => `\`${code}\`: ${TITLES[code]}`).join('; '),
        headers: {
          ...common,
          ...(status === 404 ? publicCache : {}),
          ...(retries ? { 'Retry-After': ref('headers', 'Retry-After') } : {}),
        },
        content: {
          'application/problem+json': {
            schema: {
              allOf: [
                ref('schemas', 'Problem'),
                { type: 'object', properties: { status: { const: status }, code: { enum: codes } } },
              ],
            },
            example: problemExample(status, codes[0] as ErrorCode),
          },
        },
      };
    }

    registry.registerPath({
      method: route.method.toLowerCase() as Method,
      path: route.path,
      operationId: route.handler.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
      summary: route.summary,
      description: describeOperation(route, isList),
      tags: [route.tag],
      security: route.auth ? [{ bearer: [] }] : [],
      request: {
        params: spec.params as z.ZodObject,
        query: spec.query as z.ZodObject,
        ...(spec.body
          ? { body: { required: !spec.bodyOptional, content: { 'application/json': { schema: spec.body } } } }
          : {}),
      },
      responses: responses as never,
    });
  });

  const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Subscription Admin API',
      version: '1.0.0',
      description:
        'Admin API for packages, offers, plans, subscribers and subscriptions. Errors are `application/problem+json` with a stable `code`; single resources carry an `ETag` for `If-Match`; every `POST` takes `Idempotency-Key`; every write takes `?dryRun=true`. See README.md.',
      license: { name: 'MIT', identifier: 'MIT' },
      // No invented address: the project publishes none yet; a fork that does adds its url or email here.
      contact: { name: 'Subscription Admin maintainers' },
    },
    // Relative by default: the server that serves this document (`npm start`, or a deployment's own URL).
    servers: [{ url: options.serverUrl ?? '/' }],
    tags: [...new Set(ROUTES.map((route) => route.tag))].map((name) => {
      const description = TAGS[name];
      if (!description)
        throw new Error(`OpenAPI tag '${name}' has no description in shared/openapi-text.ts TAGS`);
      return { name, description };
    }),
  });

  // What the generator cannot take from zod: the shared parameters by reference, and the examples
  // (generated from the finished schemas, so they follow them).
  ROUTES.forEach((route) => {
    const op = (doc.paths?.[route.path] as Record<Method, Operation> | undefined)?.[
      route.method.toLowerCase() as Method
    ];
    if (!op) throw new Error(`OpenAPI: no operation for ${route.method} ${route.path}`);
    op.parameters = [
      ...(op.parameters ?? []),
      ...(route.ifMatch ? [ref('parameters', 'IfMatch')] : []),
      ...(route.method === 'POST' ? [ref('parameters', 'IdempotencyKey')] : []),
      ...(route.access === 'write' ? [ref('parameters', 'DryRun')] : []),
    ];
    for (const response of Object.values(op.responses)) {
      const media = response.content?.['application/json'];
      if (media && !('example' in media))
        media.example = sample(media.schema as Json, doc as unknown as Json);
    }
  });
  return doc;
};
