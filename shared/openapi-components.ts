/**
 * The components every route shares in the OpenAPI document: the response headers, the request
 * parameters and the problem+json body, each referenced where the API sends or honours it.
 */

export type Json = Record<string, unknown>;

/** A `$ref` to a component of `kind`. */
export const ref = (kind: 'schemas' | 'headers' | 'parameters', name: string) => ({
  $ref: `#/components/${kind}/${name}`,
});

export const HEADERS: Record<string, Json> = {
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

export const PARAMETERS: Record<string, Json> = {
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

export const PROBLEM: Json = {
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
