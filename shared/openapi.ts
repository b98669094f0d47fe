import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type * as z from 'zod';
import { ERROR_CODES, type ErrorCode } from './errors.ts';
import type { RouteHandler } from './http/handler.ts';
import { RETRY_AFTER, STATUS, TITLES } from './http/problem.ts';
import { RESOURCES, resourceNamed, withArticle } from './resources.ts';
import { ROUTES, type Route } from './routes.ts';

type Json = Record<string, unknown>;
const ref = (kind: 'schemas' | 'headers' | 'parameters', name: string) => ({
  $ref: `#/components/${kind}/${name}`,
});

/**
 * Every route's tag and its description: each resource's (shared/resources.ts `description`), and the
 * areas that are not a resource.
 */
const TAGS: Record<string, string> = {
  Health: 'Liveness of the API (no token, no database).',
  ...Object.fromEntries(RESOURCES.map((resource) => [resource.tag, resource.description])),
  Entitlements: 'What a subscriber may use at an instant, resolved from their subscriptions.',
  History: 'A resource as it was at an instant, rebuilt from the audit trail.',
  Audit: 'The immutable audit trail of every change.',
  Catalog: 'The public catalog of published plans: no token, cacheable.',
};

/** What an operation does, beyond its summary (the generic part is added by `describe`). */
const NOTES: Record<string, string> = {
  health: 'Answers `200 {"status":"ok"}`.',
  'prices/update':
    'Only `nickname` and `active` can be changed; `amount`, `currency` and `cycle` are fixed at create.',
  'plans/create': 'Starts `draft`, or `active` with `"publish": true`.',
  'plans/delete': 'Only a `draft` plan that never had a subscription and that no offer references.',
  'plans/publish': '`draft → active`. Takes no body (none, or `{}`).',
  'plans/unpublish':
    '`active → draft`: no new subscriptions; existing ones continue. Takes no body (none, or `{}`).',
  'plans/archive': '`active → archived`, refused while the plan has a live subscription. Takes no body.',
  'plans/restore': '`archived → active`. Takes no body (none, or `{}`).',
  'plans/duplicate':
    'A new `draft` with every writable field of the original, `(Copy)` name and `-copy` slug.',
  'plans/bulk-archive':
    'Each plan on its own: `skipped` lists the code a single archive would have answered.',
  'plans/bulk-delete': 'Each plan on its own: `skipped` lists the code a single delete would have answered.',
  'plans/bulk-move': 'Each plan on its own; a group that does not exist moves nothing.',
  'subscriptions/create':
    'Exactly one of `user` and `subscriberId`. `201` with a new subscription; with `"mode": "extend"` and a live subscription to the plan, `200` with it extended.',
  'subscriptions/bulk-bind':
    'Each user on its own: `skipped` lists the code a single bind of that user would have answered.',
  'subscriptions/cancel': 'Now (default), or at period end with `"atPeriodEnd": true`.',
  'subscriptions/extend':
    'Exactly one of `cycles`, `days` and `endsAt`; a trialing subscription becomes active.',
  'redemptions/create':
    'Exactly one of `user` and `subscriberId`. `201` with the new subscription (`source` `offer`).',
  'audit-events/list': 'Filters `entityType`, `entityId`.',
  'history/get': 'Query `at` (required): the state after the last event at or before it, or null.',
  'entitlements/get':
    'Query: exactly one of `user` and `subscriberId` (OpenAPI cannot say so for parameters), optional `at`.',
  'catalog/list': 'Active public plans, with `Cache-Control: public, max-age=60`.',
  'catalog/get': 'One active plan by slug, public or private; anything else is `404`.',
};

const CRUD_NOTES: Record<string, (singular: string) => string> = {
  create: (one) => `Creates ${withArticle(one)}: \`201\` with it and its \`Location\`.`,
  list: () => 'Newest first, as `{ items, nextCursor }`.',
  get: (one) => `One ${one}, with its \`ETag\`.`,
  update: () => 'Partial: send only the fields to change; `null` clears an optional field.',
  delete: () => '`204`, permanent.',
};

const describe = (route: Route, isList: boolean): string => {
  const [collection = '', verb = ''] = route.handler.split('/');
  const crud = CRUD_NOTES[verb];
  const note = NOTES[route.handler] ?? (crud ? crud(resourceNamed(collection).singular) : route.summary);
  const lines = [note];
  if (isList && !note.includes('Newest first')) lines.push('Newest first, as `{ items, nextCursor }`.');
  if (isList) lines.push("`limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.");
  lines.push(
    !route.auth
      ? 'No token needed; a token sent is ignored.'
      : route.access === 'write'
        ? 'Needs an `admin` token.'
        : 'Needs an `admin` or `viewer` token.',
  );
  if (route.ifMatch)
    lines.push('Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.');
  if (route.method === 'POST') {
    lines.push(
      'With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).',
    );
  }
  if (route.access === 'write') {
    lines.push(
      '`?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.',
    );
  }
  return lines.join('\n\n');
};

const HEADERS: Record<string, Json> = {
  ETag: {
    description: "The resource's version in quotes: send it back as `If-Match`.",
    schema: { type: 'string', pattern: '^"[0-9]+"$' },
    example: '"3"',
  },
  Location: {
    description: 'The path of the created resource.',
    schema: { type: 'string' },
    example: '/orgs/demo/plans/plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P',
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', minimum: 0 },
    example: 1,
  },
  'Idempotent-Replayed': {
    description:
      'The stored answer of an earlier request with the same `Idempotency-Key`: nothing was written.',
    schema: { type: 'string', enum: ['true'] },
  },
  'Dry-Run': {
    description: 'The request was a dry run (`?dryRun=true`): nothing was written.',
    schema: { type: 'string', enum: ['true'] },
  },
  'Cache-Control-No-Store': {
    description: "An authenticated answer is one caller's data: never cached.",
    schema: { type: 'string', enum: ['no-store'] },
  },
  'Cache-Control-Public': {
    description: 'The public catalog may be cached by browsers and shared caches for 60 seconds.',
    schema: { type: 'string', enum: ['public, max-age=60'] },
  },
  'X-Content-Type-Options': {
    description: 'Always `nosniff`.',
    schema: { type: 'string', enum: ['nosniff'] },
  },
};

const PARAMETERS: Record<string, Json> = {
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.',
    schema: { type: 'string', pattern: '^\\s*(\\*|(W/)?"?[0-9]{1,15}"?)\\s*$' },
    example: '"3"',
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.',
    schema: { type: 'string', minLength: 1, maxLength: 255 },
    example: '4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55',
  },
  DryRun: {
    name: 'dryRun',
    in: 'query',
    required: false,
    description:
      '`true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing.',
    schema: { type: 'string', enum: ['true', 'false'] },
  },
};

const PROBLEM: Json = {
  type: 'object',
  description: 'RFC 9457 problem details with the stable `code`.',
  properties: {
    type: { type: 'string' },
    status: { type: 'integer' },
    code: ref('schemas', 'ErrorCode'),
    title: { type: 'string' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, message: { type: 'string' } },
        required: ['path', 'message'],
      },
    },
  },
  required: ['type', 'status', 'code', 'title'],
};

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
const sample = (schema: Json, doc: Json, name?: string, depth = 0, resource?: string): unknown => {
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
      description: describe(route, isList),
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
      contact: { name: 'Subscription Admin maintainers', url: 'https://opensource.org/license/mit' },
    },
    // Relative by default: the server that serves this document (`npm start`, or a deployment's own URL).
    servers: [{ url: options.serverUrl ?? '/' }],
    tags: [...new Set(ROUTES.map((route) => route.tag))].map((name) => {
      const description = TAGS[name];
      if (!description) throw new Error(`OpenAPI tag '${name}' has no description in shared/openapi.ts TAGS`);
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

/** A self-contained docs page (no CDN): lists every operation of `/openapi.json` with its schemas. */
export const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Subscription Admin API</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
details{border:1px solid #ddd;border-radius:6px;margin:.4rem 0;padding:.4rem .8rem}summary{cursor:pointer}
.m{display:inline-block;width:4.5rem;font-weight:600}.GET{color:#0a7}.POST{color:#06c}.PATCH{color:#b60}.DELETE{color:#c22}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;font-size:12px}h2{margin-top:2rem}</style></head>
<body><h1>Subscription Admin API</h1><p>Generated from the route table and zod schemas. Raw document: <a href="/openapi.json">/openapi.json</a>.</p>
<div id="ops">Loading…</div>
<script>
fetch('/openapi.json').then(r=>r.json()).then(doc=>{
  const byTag={};
  for(const [path,item] of Object.entries(doc.paths)) for(const [method,op] of Object.entries(item)){
    (byTag[(op.tags||['Other'])[0]] ||= []).push({path,method:method.toUpperCase(),op});
  }
  const esc=s=>String(s).replace(/[&<>]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;'}[c]));
  const out=[];
  for(const [tag,ops] of Object.entries(byTag)){
    out.push('<h2>'+esc(tag)+'</h2>');
    for(const {path,method,op} of ops){
      out.push('<details><summary><span class="m '+method+'">'+method+'</span><code>'+esc(path)+'</code> — '+esc(op.summary||'')+'</summary><pre>'+esc(JSON.stringify({parameters:op.parameters,requestBody:op.requestBody,responses:op.responses},null,2))+'</pre></details>');
    }
  }
  out.push('<h2>Schemas</h2><pre>'+esc(JSON.stringify(doc.components&&doc.components.schemas,null,2))+'</pre>');
  document.getElementById('ops').innerHTML=out.join('');
});
</script></body></html>`;
