/**
 * Property-based fuzzing of every route of the table (`shared/routes.ts`), with fast-check.
 *
 * Nothing here names a route: the routes come from `ROUTES`, their body, query and path schemas
 * from each handler's `spec` (turned into JSON Schema with `z.toJSONSchema`), so a route added to
 * the table is fuzzed by the next run. Requests go to the real local server over raw `node:http`
 * (exact bytes, content types and paths, no client-side normalisation), and every answer is held
 * to three properties:
 *
 * (a) never a 5xx;
 * (b) every non-2xx answer is `application/problem+json` with `type`, `title`, `status` equal to
 *     the HTTP status and a `code` from the contract's error table whose status is that status
 *     (and every 2xx answer is the route's declared status with a body its response schema accepts);
 * (c) a refused request (4xx) leaves the table exactly as it was: a full Scan dump (sorted by
 *     pk/sk) before and after must be identical. A 2xx answer resets the baseline; a read route
 *     never changes it, whatever it answers.
 *
 * Each test file takes a table of its own (`useOwnTable`), so the Scan sees nothing but its own
 * requests, and empties it between routes so a Scan stays small.
 */
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import * as z from 'zod';
import type { RouteHandler } from '../../shared/http/handler.ts';
import { ID_PREFIXES } from '../../shared/ids.ts';
import { localToken, signToken } from '../../shared/local/jwt.ts';
import { ROUTES, type Route, routeKey } from '../../shared/routes.ts';
import type { ApiClient } from './api.ts';

// ---------------------------------------------------------------------------------------------
// The contract's error table (API.md), written out here rather than imported: it is the oracle.

/** Every `code` the contract names, with its status. */
export const CONTRACT_CODES: Readonly<Record<string, number>> = {
  invalid_json: 400,
  validation_failed: 400,
  invalid_cursor: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  code_taken: 409,
  slug_taken: 409,
  username_taken: 409,
  email_taken: 409,
  invalid_transition: 409,
  plan_in_use: 409,
  package_in_use: 409,
  product_in_use: 409,
  company_in_use: 409,
  group_not_empty: 409,
  subscriber_in_use: 409,
  plan_not_active: 409,
  already_subscribed: 409,
  idempotency_in_progress: 409,
  version_mismatch: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  reference_not_found: 422,
  idempotency_key_reused: 422,
  unavailable: 503,
};

/** Fields every resource carries that a create or update body must not send (API.md, Requests). */
export const READ_ONLY_FIELDS = ['id', 'version', 'createdAt', 'updatedAt', 'organizationId'];

// ---------------------------------------------------------------------------------------------
// Routes and their schemas.

/** The subset of JSON Schema that `z.toJSONSchema` produces for this API's schemas. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: Array<string | number | boolean | null>;
  const?: string | number | boolean | null;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

type Spec = RouteHandler['spec'];

export interface LoadedRoute {
  route: Route;
  key: string;
  spec: Spec;
  /** Input JSON Schema of the body, if the route takes one. */
  body?: JsonSchema;
  query: JsonSchema;
  params: JsonSchema;
  /** Top-level fields of the success body that the request body does not accept (read-only). */
  responseOnly: string[];
  pattern: RegExp;
}

const FUNCTIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'functions');

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;

const routePattern = (path: string) => new RegExp(`^${path.replace(/\{\w+\}/g, '([^/]+)')}$`);

/** Every route of the table with its handler's spec, imported exactly as the local server imports it. */
export const loadRoutes = async (): Promise<LoadedRoute[]> =>
  Promise.all(
    ROUTES.map(async (route) => {
      const module = (await import(pathToFileURL(join(FUNCTIONS_DIR, `${route.handler}.ts`)).href)) as {
        handler: RouteHandler;
      };
      const spec = module.handler.spec;
      const body = spec.body ? toSchema(spec.body, 'input') : undefined;
      const response = spec.response ? toSchema(spec.response, 'output') : undefined;
      const accepted = new Set(Object.keys(body?.properties ?? {}));
      const responseOnly = Object.keys(response?.properties ?? {}).filter((k) => !accepted.has(k));
      return {
        route,
        key: routeKey(route),
        spec,
        ...(body ? { body } : {}),
        query: toSchema(spec.query, 'input'),
        params: toSchema(spec.params, 'input'),
        responseOnly,
        pattern: routePattern(route.path),
      };
    }),
  );

/**
 * Which fuzz file covers a route: reads (every GET) in one file, the write routes alternating
 * between two so the two workers share the work. A route added to the table lands in one of them.
 */
export type FuzzPartition = 'reads' | 'writes-a' | 'writes-b';

export const partitionOf = (route: Route): FuzzPartition => {
  if (route.method === 'GET') return 'reads';
  const writes = ROUTES.filter((r) => r.method !== 'GET');
  return writes.indexOf(route) % 2 === 0 ? 'writes-a' : 'writes-b';
};

/** The route the local server would pick for this method and raw path (after URL normalisation). */
export const resolveRoute = (
  routes: readonly LoadedRoute[],
  method: string,
  rawPath: string,
): LoadedRoute | undefined => {
  let pathname: string;
  try {
    pathname = new URL(rawPath, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
  return routes.find((r) => r.route.method === method && r.pattern.test(pathname));
};

// ---------------------------------------------------------------------------------------------
// JSON values with raw tokens (so a body can carry `-0`, `NaN`, `1e400`, duplicate keys…).

/** Text spliced into the JSON as is. */
export class RawJson {
  constructor(readonly text: string) {}
}

export type Json = null | boolean | number | string | RawJson | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** A null-prototype object, so `__proto__` and `constructor` are plain keys. */
export const obj = (entries: Iterable<readonly [string, Json]> = []): JsonObject => {
  const o = Object.create(null) as JsonObject;
  for (const [k, v] of entries) o[k] = v;
  return o;
};

const isObject = (v: Json): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RawJson);

/** JSON text of a value; strings go through `JSON.stringify` (lone surrogates become `\ud800` escapes). */
export const toJson = (value: Json): string => {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
      .join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value);
};

const clone = (value: Json): Json => {
  if (Array.isArray(value)) return value.map(clone);
  if (isObject(value)) return obj(Object.entries(value).map(([k, v]) => [k, clone(v)] as const));
  return value;
};

type PathStep = string | number;

/** `body` with the value at `path` replaced (containers created as needed), or removed if `value` is undefined. */
export const setAt = (body: Json, path: readonly PathStep[], value: Json | undefined): Json => {
  const [head, ...rest] = path;
  if (head === undefined) return value === undefined ? body : value;
  if (typeof head === 'number') {
    const arr = Array.isArray(body) ? body.map(clone) : [];
    const next = setAt(arr[head] ?? (typeof rest[0] === 'number' ? [] : obj()), rest, value);
    if (value === undefined && rest.length === 0) arr.splice(head, 1);
    else arr[Math.min(head, arr.length)] = next;
    return arr;
  }
  const o = isObject(body) ? (clone(body) as JsonObject) : obj();
  if (value === undefined && rest.length === 0) {
    delete o[head];
    return o;
  }
  o[head] = setAt(o[head] ?? (typeof rest[0] === 'number' ? [] : obj()), rest, value);
  return o;
};

// ---------------------------------------------------------------------------------------------
// Fixtures: a small, fully linked catalog in one org, so generated references can exist.

export interface Fixtures {
  org: string;
  /** Ids of existing resources by prefix (`pkg`, `plan`, …). */
  ids: Map<string, string[]>;
  /** Every string value of every fixture (ids, codes, slugs, usernames, emails, currencies…). */
  strings: string[];
  /** `nextCursor`s of real list pages (of this org's lists). */
  cursors: string[];
}

const harvestStrings = (value: unknown, into: Set<string>) => {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) harvestStrings(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) harvestStrings(v, into);
};

let fixtureCounter = 0;

/**
 * Creates, over HTTP, a package, an offer, a company, a plan group, a root product with a child and
 * a price, a draft, an active and an archived plan, two subscribers and a subscription; `extra`
 * adds a second of each simple resource so every list has more than one page at `limit=1`.
 */
export const seedFixtures = async (api: ApiClient, org: string, extra = false): Promise<Fixtures> => {
  const ids = new Map<string, string[]>();
  const strings = new Set<string>();
  const n = ++fixtureCounter;
  const create = async (path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const res = await api.request('POST', `/orgs/${org}${path}`, { body, org });
    if (res.status !== 201 && res.status !== 200) {
      throw new Error(`fixture POST ${path} answered ${res.status}: ${res.text}`);
    }
    const id = res.body.id;
    if (typeof id === 'string') {
      const prefix = id.slice(0, id.indexOf('_'));
      const known = ids.get(prefix) ?? [];
      if (!known.includes(id)) ids.set(prefix, [...known, id]);
    }
    harvestStrings(res.body, strings);
    return res.body;
  };
  const rounds = extra ? [0, 1] : [0];
  const root = async () => {
    const company = await create('/companies', { name: 'Company', legalName: 'Legal', taxId: 'T1' });
    const product = await create('/products', { name: 'Root', companyId: company.id });
    const [price] = await Promise.all([
      create(`/products/${String(product.id)}/prices`, { amount: 1000, currency: 'USD', cycle: 'monthly' }),
      create('/products', { name: 'Child', parentId: product.id }),
      ...(extra ? [create(`/products/${String(product.id)}/prices`, { amount: 5, currency: 'EUR' })] : []),
    ]);
    return { company, product, price };
  };
  const [{ company, product, price }, [pkg], [group]] = await Promise.all([
    root(),
    Promise.all(
      rounds.map(async (i) => {
        const p = await create('/packages', { status: 'active', code: `FZ${n}x${i}`, name: 'Pkg', tier: 1 });
        await create('/offers', { status: 'active', code: `FO${n}x${i}`, name: 'Offer', packageId: p.id });
        return p;
      }),
    ),
    Promise.all(rounds.map((i) => create('/plan-groups', { name: `Group ${i}` }))),
    // Spares nothing refers to, so a delete (or an archive, or a bind) can succeed once.
    create('/companies', { name: 'Spare company' }),
    create('/plan-groups', { name: 'Spare group' }),
    create('/packages', { status: 'inactive', code: `FS${n}`, name: 'Spare', tier: 0 }),
    create('/products', { name: 'Spare product' }),
    create('/plans', { name: 'Open', slug: `open-${n}`, publish: true }),
    create('/plans', { name: 'Open 2', slug: `open-${n}-2`, publish: true, visibility: 'private' }),
  ]);
  const planAndSubscribers = async () => {
    const [active, sbr] = await Promise.all([
      create('/plans', {
        name: 'Active',
        slug: `active-${n}`,
        publish: true,
        trialDays: 7,
        price: { amount: 900, currency: 'EUR' },
        availableCycles: ['monthly', 'annual', 'custom'],
        customDays: 10,
        features: ['a', 'b'],
        limits: { users: 5 },
      }),
      create('/subscribers', { username: `fz-user-${n}`, email: `fz${n}@example.com` }),
      create('/subscribers', { username: `fz-idle-${n}`, email: `idle${n}@example.com`, name: 'Idle' }),
    ]);
    await create('/subscriptions', { subscriberId: sbr.id, planId: active.id, note: 'fixture' });
    if (extra) await create('/subscriptions', { user: `fz-idle-${n}`, planId: active.id, trial: true });
  };
  // Several plans in each state: a lifecycle step succeeds once per plan, and a refusal that wrote
  // anyway (a step taken before the body was refused) must still find a plan it could change.
  await Promise.all([
    create('/plans', {
      name: 'Draft',
      slug: `draft-${n}`,
      groupId: group?.id,
      packageId: pkg?.id,
      companyId: company.id,
      items: [{ productId: product.id, priceId: price?.id }],
    }),
    ...[1, 2].map((i) => create('/plans', { name: `Draft ${i}`, slug: `draft-${n}-${i}` })),
    ...[1, 2].map((i) =>
      create('/plans', { name: `Archived ${i}`, slug: `archived-${n}-${i}`, publish: true }).then(
        (archived) => create(`/plans/${String(archived.id)}/archive`, {}),
      ),
    ),
    planAndSubscribers(),
  ]);

  const cursors: string[] = [];
  if (extra) {
    for (const r of ROUTES) {
      if (r.method !== 'GET' || !r.path.startsWith('/orgs/{orgId}') || /\{\w+Id\}$/.test(r.path)) continue;
      const path = r.path.replace('{orgId}', org).replace('{productId}', String(product.id));
      const res = await api.request('GET', `${path}?limit=1`, { org });
      if (typeof res.body.nextCursor === 'string') cursors.push(res.body.nextCursor);
    }
  }
  return { org, ids, strings: [...strings], cursors };
};

// ---------------------------------------------------------------------------------------------
// Value generators derived from a JSON Schema.

const ID_PATTERN = /^\^([a-z]+)_\[/;
const PREFIXES: readonly string[] = Object.values(ID_PREFIXES);
const NAME_PREFIX = new Map<string, string>(Object.entries(ID_PREFIXES));
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const missingId = (prefix: string) =>
  fc
    .array(fc.constantFrom(...CROCKFORD), { minLength: 26, maxLength: 26 })
    .map((chars) => `${prefix}_${chars.join('')}`);

const idPrefixOf = (schema: JsonSchema): string | undefined => ID_PATTERN.exec(schema.pattern ?? '')?.[1];

/** Every fixture id, whatever its prefix. */
const allIds = (fx: Fixtures) => [...fx.ids.values()].flat();

/** An id of this prefix: mostly an existing one, sometimes a well-formed missing one or another kind's. */
export const idArb = (fx: Fixtures, prefix: string): fc.Arbitrary<string> => {
  const own = fx.ids.get(prefix) ?? [];
  const others = allIds(fx).filter((id) => !id.startsWith(`${prefix}_`));
  return fc.oneof(
    ...(own.length ? [{ weight: 8, arbitrary: fc.constantFrom(...own) }] : []),
    { weight: 2, arbitrary: missingId(prefix) },
    ...(others.length ? [{ weight: 1, arbitrary: fc.constantFrom(...others) }] : []),
  );
};

const SPECIAL_KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype'];

/** Plausible, often valid values for a schema (the baseline that mutations then break). */
export const validArb = (schema: JsonSchema, fx: Fixtures, name = '', depth = 0): fc.Arbitrary<Json> => {
  if (schema.anyOf) {
    const branches = schema.anyOf.map((s) => ({
      weight: s.type === 'null' ? 1 : 4,
      arbitrary: validArb(s, fx, name, depth),
    }));
    return fc.oneof(...branches);
  }
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1_000_000;
      const max = Math.min(schema.maximum ?? 1_000_000, Number.MAX_SAFE_INTEGER);
      const small = fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) });
      return fc.oneof({ weight: 4, arbitrary: small }, { weight: 1, arbitrary: fc.constantFrom(min, max) });
    }
    case 'string': {
      const prefix = idPrefixOf(schema) ?? (schema.pattern ? undefined : NAME_PREFIX.get(name));
      if (prefix) return idArb(fx, prefix);
      const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
      const min = schema.minLength ?? 0;
      const max = schema.maxLength ?? 200;
      const known = fx.strings.filter(
        (s) => s.length >= min && s.length <= max && (!pattern || pattern.test(s)),
      );
      const fresh =
        schema.format === 'email'
          ? fc.stringMatching(/^[a-z0-9]{1,10}(\.[a-z0-9]{1,5})?@(example|test)\.(com|org)$/)
          : pattern
            ? fc.stringMatching(pattern)
            : fc.string({ minLength: min, maxLength: Math.min(max, 40), unit: 'grapheme' });
      return known.length
        ? fc.oneof({ weight: 3, arbitrary: fresh }, { weight: 2, arbitrary: fc.constantFrom(...known) })
        : fresh;
    }
    case 'array': {
      const itemName = name.endsWith('Ids') ? name.slice(0, -3) : name;
      const item = validArb(schema.items ?? {}, fx, itemName, depth + 1);
      const minLength = schema.minItems ?? 0;
      return fc.array(item, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, 4)) });
    }
    case 'object': {
      if (depth > 4) return fc.constant(obj());
      const required = new Set(schema.required ?? []);
      const props = Object.entries(schema.properties ?? {});
      const parts = props.map(([key, s]) => {
        const value = validArb(s, fx, key, depth + 1).map((v) => [key, v] as const);
        return required.has(key)
          ? value
          : fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value });
      });
      const extra = schema.additionalProperties;
      const record =
        extra && typeof extra === 'object'
          ? fc.array(
              fc.tuple(
                fc.oneof(
                  {
                    weight: 4,
                    arbitrary: schema.propertyNames?.pattern
                      ? fc.stringMatching(new RegExp(schema.propertyNames.pattern))
                      : fc.string({ minLength: 1, maxLength: 12 }),
                  },
                  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_KEYS) },
                ),
                validArb(extra, fx, '', depth + 1),
              ),
              { maxLength: 4 },
            )
          : fc.constant([] as Array<[string, Json]>);
      return fc
        .tuple(fc.tuple(...parts), record)
        .map(([entries, more]) => obj([...entries.filter((e) => e !== null), ...more]));
    }
    default:
      return fc.oneof(fc.constant(null), fc.string({ maxLength: 8 }), fc.integer(), fc.constant(obj()));
  }
};

/** Every path in a schema that a body can address, with its schema (array items as index 0). */
export const schemaPaths = (
  schema: JsonSchema,
  base: PathStep[] = [],
  depth = 0,
): Array<{ path: PathStep[]; schema: JsonSchema }> => {
  if (depth > 4) return [];
  const out: Array<{ path: PathStep[]; schema: JsonSchema }> = [];
  const branches = schema.anyOf ? schema.anyOf.filter((s) => s.type !== 'null') : [schema];
  for (const s of branches) {
    for (const [key, sub] of Object.entries(s.properties ?? {})) {
      out.push({ path: [...base, key], schema: sub });
      out.push(...schemaPaths(sub, [...base, key], depth + 1));
    }
    if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      out.push({ path: [...base, 'users'], schema: s.additionalProperties });
    }
    if (s.items) {
      out.push({ path: [...base, 0], schema: s.items });
      out.push(...schemaPaths(s.items, [...base, 0], depth + 1));
    }
  }
  return out;
};

const typeOf = (schema: JsonSchema): string | undefined =>
  schema.type ?? schema.anyOf?.find((s) => s.type !== 'null')?.type;

const boundsOf = (schema: JsonSchema): JsonSchema => schema.anyOf?.find((s) => s.type !== 'null') ?? schema;

// ---------------------------------------------------------------------------------------------
// Hostile values.

const nested = (depth: number, open: string, close: string, leaf = '1') =>
  new RawJson(`${open.repeat(depth)}${leaf}${close.repeat(depth)}`);

/** Strings that have broken parsers, databases and case folding before. */
export const NASTY_STRINGS = [
  '😀',
  '👨‍👩‍👧‍👦',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  'שלום',
  'e\u0301',
  'Z̷̢̛̗a̸l̴g̷o̵',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'a\ud83d',
  '\ud83dx',
  '\udc00\ud800',
  '\ufeff',
  '\u200b',
  '\uffff',
  '\u{10FFFF}',
  'İ',
  'ß',
  '\u212A',
  '\r\n',
  '\t',
  ' ',
  '<script>alert(1)</script>',
  "'; DROP TABLE t; --",
  '$\u{7B}process.env}',
  '%s%n%x',
  '../../etc/passwd',
  '\\',
  '"',
  'null',
  'undefined',
  '__proto__',
  'true',
  '1e308',
  'NaN',
  '#pk',
  ':pk',
  'pk',
  '$[0]',
];

/** Values of every JSON type, several of them almost right. */
const WRONG_TYPES: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  '',
  'x',
  '1',
  'true',
  'null',
  [],
  [1],
  ['x'],
  [null],
  obj(),
  obj([['a', 1]]),
  new RawJson('[{}]'),
];

/** Numbers at and around every edge, some only expressible as raw JSON. */
const numberEdges = (schema: JsonSchema): Json[] => {
  const b = boundsOf(schema);
  const min = b.minimum ?? 0;
  const max = b.maximum ?? Number.MAX_SAFE_INTEGER;
  return [
    -1,
    0,
    min - 1,
    min,
    max,
    max + 1,
    1.5,
    min + 0.5,
    'NaN',
    '1',
    1e308,
    -1e308,
    2 ** 53,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER - 1,
    1e-7,
    new RawJson('-0'),
    new RawJson('-0.0'),
    new RawJson('1.0'),
    new RawJson('1E2'),
    new RawJson('1e400'),
    new RawJson('-1e400'),
    new RawJson('1e-400'),
    new RawJson('123456789012345678901234567890'),
    new RawJson('0.1e1'),
  ];
};

/** Strings at the length edges of a schema, in one-unit, two-unit (emoji) and multi-byte characters. */
const lengthEdges = (schema: JsonSchema): fc.Arbitrary<Json> => {
  const b = boundsOf(schema);
  const min = b.minLength ?? 0;
  const max = b.maxLength ?? 256;
  const lengths = [...new Set([0, 1, Math.max(0, min - 1), min, max - 1, max, max + 1, max * 2 + 1])];
  return fc
    .tuple(fc.constantFrom(...lengths), fc.constantFrom('a', 'Z', '9', '😀', 'é', 'e\u0301', '\u0000', 'ﷺ'))
    .map(([n, ch]) => {
      if (ch === '😀') return '😀'.repeat(Math.ceil(n / 2)).slice(0, n);
      if (ch === 'e\u0301') return 'e\u0301'.repeat(Math.ceil(n / 2)).slice(0, n);
      return ch.repeat(n);
    });
};

const unicodeArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: 'grapheme-ascii', maxLength: 8 }))
      .map(([a, b]) => `${b}${a}${b}`),
  },
);

const deepArb: fc.Arbitrary<Json> = fc
  .tuple(fc.constantFrom(1000, 1001, 2000, 5000, 20_000), fc.constantFrom('object', 'array'))
  .map(([depth, kind]) => (kind === 'object' ? nested(depth, '{"a":', '}') : nested(depth, '[', ']')));

const hugeArrayArb = (items: fc.Arbitrary<Json>): fc.Arbitrary<Json> =>
  fc
    .tuple(items, fc.constantFrom(10_000, 10_001, 50_000))
    .map(([item, n]) => new RawJson(`[${Array.from({ length: n }, () => toJson(item)).join(',')}]`));

// ---------------------------------------------------------------------------------------------
// Request cases.

/** What one generated request sends, and how it is printed in a counterexample. */
export interface FuzzCase {
  /** What was done to it, for the counterexample (e.g. `wrong-type:price.amount id:long:8000`). */
  kind: string;
  /** The categories of `kind` (`wrong-type`, `id`…), for the counts. */
  tags?: string[];
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const short = (text: string, max = 240) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

const printable = (c: FuzzCase): FuzzCase & { [fc.toStringMethod]: () => string } =>
  Object.assign(c, {
    [fc.toStringMethod]: () => {
      const body =
        c.body === undefined
          ? ''
          : typeof c.body === 'string'
            ? ` body=${JSON.stringify(short(c.body))}`
            : ` body=<${c.body.length} bytes: ${short(c.body.toString('hex'), 80)}>`;
      const headers = Object.entries(c.headers)
        .filter(([k]) => k !== 'authorization')
        .map(([k, v]) => `${k}: ${short(v, 60)}`)
        .join('; ');
      const auth = c.headers.authorization === undefined ? 'no auth' : 'auth';
      return `[${c.kind}] ${c.method} ${short(c.path)} {${auth}; ${headers}}${body}`;
    },
  });

interface BodyCase {
  kind: string;
  /** Undefined: no body at all. */
  body?: string | Buffer;
  /** Undefined: `application/json` when there is a body; null: no Content-Type header. */
  contentType?: string | null;
}

const json = (kind: string, value: Json): BodyCase => ({ kind, body: toJson(value) });

const CONTENT_TYPES = [
  null,
  '',
  'text/plain',
  'text/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/jsonp',
  'application/json-patch+json',
  'application/problem+json',
  'APPLICATION/JSON',
  'application/json; charset=utf-16',
  'application/json;',
  'application/json ; charset=utf-8',
  ' application/json',
  'application/ json',
  'application',
  '*/*',
  'application/*',
  'json',
];

const MALFORMED = [
  '{',
  '}',
  '{"a":}',
  '{"a"}',
  "{'a':1}",
  '{"a":1,}',
  '[1,]',
  '{a:1}',
  '\ufeff{}',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":undefined}',
  '/* comment */{}',
  '{}// comment',
  '{"a":1}{"b":2}',
  '{} x',
  '{"a":"\\x41"}',
  '{"a":"\\u12"}',
  '{"a":"\u0001"}',
  '{"a":01}',
  '{"a":.5}',
  '{"a":+1}',
  '{"a":0x10}',
  '{"a":"',
  '"',
  'nul',
  'tru',
  '{"a":[}',
  '{"a":1}\u0000',
];

const NON_OBJECTS = ['[]', '[{}]', 'null', '0', '-0', '1', '1e400', '"x"', '""', 'true', 'false', '"{}"'];

/** Bodies over the 256 KiB limit (and just at it), some in multi-byte characters. */
const oversizeArb = (base: fc.Arbitrary<Json>): fc.Arbitrary<BodyCase> =>
  fc
    .tuple(base, fc.constantFrom(256 * 1024 - 64, 256 * 1024 + 1, 300 * 1024, 1024 * 1024), fc.boolean())
    .map(([value, bytes, emoji]) => {
      const head = toJson(setAt(value, ['pad'], ''));
      const room = Math.max(0, bytes - Buffer.byteLength(head));
      const pad = emoji ? '😀'.repeat(Math.ceil(room / 4)) : 'x'.repeat(room);
      return { kind: `oversize:${bytes}`, body: toJson(setAt(value, ['pad'], pad)) };
    });

/**
 * Bodies for a route: valid-ish ones from its schema, then the same broken in every way the
 * contract names (wrong types, missing and unknown fields, read-only fields, edges of lengths and
 * numbers, hostile Unicode, deep nesting, huge arrays), and bodies that are not JSON objects at all
 * (non-objects, malformed JSON, wrong content types, oversized, empty).
 */
export const bodyCaseArb = (lr: LoadedRoute, fx: Fixtures): fc.Arbitrary<BodyCase> => {
  const schema: JsonSchema = lr.body ?? { type: 'object', properties: {}, additionalProperties: false };
  const base = validArb(schema, fx);
  // A body with no fields (lifecycle POSTs take `{}`) is broken at a field it must not have.
  const schemaFields = schemaPaths(schema);
  const paths = schemaFields.length ? schemaFields : [{ path: ['x'], schema: {} }];
  const required = schema.required ?? [];
  const readOnly = [...new Set([...READ_ONLY_FIELDS, ...lr.responseOnly])];

  const atPath = (
    kind: string,
    valueFor: (s: JsonSchema) => fc.Arbitrary<Json | undefined>,
  ): fc.Arbitrary<BodyCase> =>
    fc
      .tuple(base, fc.constantFrom(...paths))
      .chain(([b, p]) =>
        valueFor(p.schema).map((v) => json(`${kind}:${p.path.join('.')}`, setAt(b, p.path, v))),
      );

  const arbs: Array<{ weight: number; arbitrary: fc.Arbitrary<BodyCase> }> = [
    { weight: 14, arbitrary: base.map((b) => json('valid-ish', b)) },
    { weight: 12, arbitrary: atPath('wrong-type', () => fc.constantFrom(...WRONG_TYPES)) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...(required.length ? required : ['(none)'])))
        .map(([b, key]) => json(`missing:${key}`, setAt(b, [key], undefined))),
    },
    { weight: 4, arbitrary: atPath('missing-nested', () => fc.constant(undefined)) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          base,
          fc.array(
            fc.tuple(
              fc.oneof(fc.string({ minLength: 0, maxLength: 16 }), fc.constantFrom(...SPECIAL_KEYS)),
              fc.constantFrom(...WRONG_TYPES),
            ),
            { minLength: 1, maxLength: 3 },
          ),
        )
        .map(([b, extra]) =>
          json(
            'unknown-field',
            extra.reduce<Json>((acc, [k, v]) => setAt(acc, [k], v), b),
          ),
        ),
    },
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          base,
          fc.constantFrom(...readOnly),
          fc.constantFrom<Json>(1, 'x', null, new Date().toISOString()),
        )
        .map(([b, key, v]) => json(`read-only:${key}`, setAt(b, [key], v))),
    },
    { weight: 8, arbitrary: atPath('length-edge', lengthEdges) },
    { weight: 8, arbitrary: atPath('number-edge', (s) => fc.constantFrom(...numberEdges(s))) },
    { weight: 8, arbitrary: atPath('unicode', () => unicodeArb) },
    { weight: 3, arbitrary: atPath('null', () => fc.constant(null)) },
    { weight: 3, arbitrary: atPath('deep', () => deepArb) },
    {
      weight: 3,
      arbitrary: atPath('huge-array', (s) =>
        hugeArrayArb(
          typeOf(s) === 'array' && s.items ? validArb(s.items, fx) : fc.constantFrom<Json>(1, 'x', obj()),
        ),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(10_000, 20_000).map((n) => ({
        kind: `many-keys:${n}`,
        body: `{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}}`,
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...[...required, ...paths.map((p) => String(p.path[0]))], 'a'))
        .map(([b, key]) => {
          const text = toJson(b);
          const dup = `${JSON.stringify(key)}:123`;
          return {
            kind: `duplicate-key:${key}`,
            body: text === '{}' ? `{${dup}}` : `{${dup},${text.slice(1)}`,
          };
        }),
    },
    { weight: 2, arbitrary: deepArb.map((d) => json('deep-body', d)) },
    { weight: 4, arbitrary: fc.constantFrom(...NON_OBJECTS).map((body) => ({ kind: 'non-object', body })) },
    {
      weight: 6,
      arbitrary: fc.oneof(
        fc.constantFrom(...MALFORMED).map((body) => ({ kind: 'malformed', body })),
        base.chain((b) => {
          const text = toJson(b);
          return fc.nat({ max: Math.max(0, text.length - 1) }).map((n) => ({
            kind: 'malformed:truncated',
            body: text.slice(0, n) || '{',
          }));
        }),
        fc
          .string({ unit: 'binary', minLength: 1, maxLength: 40 })
          .map((body) => ({ kind: 'malformed:random', body })),
        fc
          .constantFrom(
            Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
            Buffer.from('{"a":"\xff\xfe"}', 'latin1'),
            Buffer.from([0xc0, 0x80]),
          )
          .map((body) => ({ kind: 'malformed:invalid-utf8', body })),
      ),
    },
    {
      weight: 5,
      arbitrary: fc.tuple(base, fc.constantFrom(...CONTENT_TYPES)).map(([b, contentType]) => ({
        kind: `content-type:${String(contentType)}`,
        body: toJson(b),
        contentType,
      })),
    },
    { weight: 2, arbitrary: oversizeArb(base) },
    {
      weight: 3,
      arbitrary: fc.constantFrom<BodyCase>(
        { kind: 'empty:none' },
        { kind: 'empty:zero-bytes', body: '' },
        { kind: 'empty:whitespace', body: ' \n\t ' },
        { kind: 'empty:object', body: '{}' },
      ),
    },
  ];
  return fc.oneof(...arbs);
};

/** Every UTF-8 byte percent-encoded (never throws, unlike `encodeURIComponent` on a lone surrogate). */
const pctAll = (s: string) =>
  [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** `encodeURIComponent`, falling back to `pctAll` for strings it refuses. */
const pct = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return pctAll(s);
  }
};

/** A path segment of hostile or wrong ids. */
const idSegmentArb = (
  fx: Fixtures,
  prefix: string | undefined,
): fc.Arbitrary<{ kind: string; segment: string }> => {
  const valid = prefix ? idArb(fx, prefix) : fc.constantFrom(...allIds(fx));
  return fc.oneof(
    { weight: 30, arbitrary: valid.map((segment) => ({ kind: '', segment })) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(...allIds(fx)).map((id) => ({ kind: 'id:other-prefix', segment: id })),
    },
    { weight: 2, arbitrary: valid.map((id) => ({ kind: 'id:lower-case', segment: id.toLowerCase() })) },
    { weight: 2, arbitrary: valid.map((id) => ({ kind: 'id:percent-encoded', segment: pctAll(id) })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, fc.constantFrom('A', 'x', '%20', '%00', '0', ';a=1', '.json'))
        .map(([id, s]) => ({
          kind: 'id:suffixed',
          segment: `${id}${s}`,
        })),
    },
    {
      weight: 3,
      arbitrary: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
        .map((s) => ({ kind: 'id:random', segment: pctAll(s) })),
    },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(
          '%2F',
          '%2f..%2f',
          '%00',
          '%',
          '%zz',
          '%E0%A4%A',
          '%ED%A0%80',
          '%C0%AF',
          '%2e%2e',
          '.',
          '..',
          '%252F',
          "'",
          '*',
          '$',
          '~',
          '%F0%9F%98%80',
          '%E2%80%AE',
          'null',
          'undefined',
          '__proto__',
          'constructor',
          '0',
          '-1',
          ...PREFIXES.map((p) => `${p}_`),
          ...PREFIXES.map((p) => `${p}_00000000000000000000000000`),
          ...PREFIXES.map((p) => `${p}_ZZZZZZZZZZZZZZZZZZZZZZZZZZ`),
          ...PREFIXES.map((p) => `${p}_01ARZ3NDEKTSV4RRFFQ69G5FAVX`),
          ...PREFIXES.map((p) => `${p}_01ARZ3NDEKTSV4RRFFQ69G5FAI`),
        )
        .map((segment) => ({ kind: 'id:crafted', segment })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(100, 1000, 4000, 8000), fc.constantFrom('a', 'A', '0', '%41'))
        // At most 8000 characters: API Gateway refuses a request line and headers over 10 KiB itself
        // (and Node's HTTP server, the local stand-in, over 16 KiB with a bare 431) before any handler runs.
        .map(([n, ch]) => ({ kind: `id:long:${n}`, segment: ch.repeat(Math.floor(n / ch.length)) })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'id:empty', segment: '' }) },
  );
};

const orgSegmentArb = (org: string): fc.Arbitrary<{ kind: string; segment: string }> =>
  fc.oneof(
    { weight: 40, arbitrary: fc.constant({ kind: '', segment: org }) },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(
          org.toUpperCase(),
          `${org}x`,
          `-${org}`,
          'a'.repeat(63),
          'a'.repeat(64),
          'other-org',
          '*',
          '%2A',
          [...org].map((c) => `%${c.charCodeAt(0).toString(16)}`).join(''),
          `${org}%00`,
          '%',
          '',
        )
        .map((segment) => ({ kind: 'org', segment })),
    },
  );

const QUERY_VALUES = [
  '',
  '0',
  '-1',
  '1',
  '25',
  '100',
  '101',
  '1.5',
  '1e2',
  '0x10',
  '+5',
  '05',
  '%205',
  '5%20',
  '+',
  'NaN',
  'Infinity',
  '-0',
  '%D9%A3',
  '9'.repeat(30),
  'abc',
  'null',
  '%00',
  '%',
  '%zz',
  '%F0%9F%98%80',
  '%ED%A0%80',
  'a'.repeat(400),
  'x'.repeat(5000),
];

/** A query string: mostly plausible for the route's query schema, often not. */
export const queryArb = (lr: LoadedRoute, fx: Fixtures): fc.Arbitrary<{ kind: string; query: string }> => {
  const props = Object.entries(lr.query.properties ?? {});
  const enc = pct;
  const known = props.map(([name, s]) =>
    fc
      .oneof(
        {
          weight: 4,
          arbitrary: validArb(s, fx, name).map((v) => (typeof v === 'string' ? enc(v) : toJson(v))),
        },
        { weight: 3, arbitrary: fc.constantFrom(...QUERY_VALUES) },
        ...(name === 'cursor'
          ? [
              { weight: 3, arbitrary: cursorArb(fx) },
              { weight: 1, arbitrary: fc.constantFrom(...QUERY_VALUES) },
            ]
          : []),
      )
      .map((v) => `${name}=${v}`),
  );
  const unknown = fc
    .tuple(
      fc.oneof(
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }).map(enc),
        fc.constantFrom(...SPECIAL_KEYS),
      ),
      fc.constantFrom(...QUERY_VALUES),
    )
    .map(([k, v]) => `${k}=${v}`);
  const part = fc.oneof(
    ...(known.length ? [{ weight: 6, arbitrary: fc.oneof(...known) }] : []),
    { weight: 2, arbitrary: unknown },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', '=', '&', 'limit', 'limit=', '=1', '%zz=1', 'a[b]=1', 'limit[]=1'),
    },
  );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant({ kind: '', query: '' }) },
    {
      weight: 8,
      arbitrary: fc
        .array(part, { minLength: 1, maxLength: 4 })
        // Kept under 8000 characters, like long ids (see idSegmentArb).
        .map((parts) => ({ kind: 'query', query: `?${parts.join('&')}`.slice(0, 8000) })),
    },
  );
};

/** A well-formed JWT (three dot-separated segments) where a cursor belongs. */
const jwtShaped = (scope: string, payload: string) =>
  signToken({ s: scope, p: payload }, { secret: 'guess' });

/** Garbage and tampered cursors, plus real ones (possibly from another list). */
export const cursorArb = (fx: Fixtures): fc.Arbitrary<string> => {
  const real = fx.cursors.length ? fx.cursors : ['eyJzIjoieCIsImMiOiJ5In0.AAAAAAAAAAAAAAAAAAAAAA'];
  const enc = pct;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real).map(enc) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...real), fc.nat(), fc.constantFrom('A', 'a', '_', '-', '.', '='))
        .map(([c, i, ch]) => {
          const at = i % c.length;
          return enc(`${c.slice(0, at)}${ch}${c.slice(at + 1)}`);
        }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...real), fc.nat()).map(([c, n]) => enc(c.slice(0, n % c.length))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...real), fc.constantFrom(...real))
        .map(([a, b]) => enc(`${a.split('.')[0]}.${b.split('.')[1] ?? ''}`)),
    },
    { weight: 2, arbitrary: fc.base64String({ maxLength: 200 }).map(enc) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 22 }))
        .map(([v, sig]) => enc(`${Buffer.from(JSON.stringify(v) ?? 'null').toString('base64url')}.${sig}`)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 }))
        .map(([scope, payload]) => enc(jwtShaped(scope, payload))),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '.',
        '..',
        'a.b.c',
        'a.',
        '.b',
        '%',
        '%00',
        'x'.repeat(4097),
        'x'.repeat(5000),
      ),
    },
  );
};

const IF_MATCH = [
  '"1"',
  '"2"',
  '"999999"',
  '*',
  'W/"1"',
  '1',
  '"abc"',
  '""',
  '"-1"',
  '"1.5"',
  `"${'9'.repeat(20)}"`,
  ' "1" ',
  '"1", "2"',
  '',
];

const IDEMPOTENCY_KEYS = fc.oneof(
  fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'fuzz-key-3', '', 'x'.repeat(255), 'x'.repeat(256), ' '),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }),
);

/** The Authorization header: the org's admin token, sometimes none or one that must be refused. */
const authArb = (org: string): fc.Arbitrary<{ kind: string; value?: string }> => {
  const admin = localToken({ org, role: 'admin', sub: 'fuzzer' });
  return fc.oneof(
    { weight: 40, arbitrary: fc.constant({ kind: '', value: `Bearer ${admin}` }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        { kind: 'auth:none' },
        { kind: 'auth:garbage', value: 'Bearer x.y.z' },
        { kind: 'auth:basic', value: 'Basic Zm9vOmJhcg==' },
        { kind: 'auth:viewer', value: `Bearer ${localToken({ org, role: 'viewer' })}` },
        { kind: 'auth:other-org', value: `Bearer ${localToken({ org: 'someone-else', role: 'admin' })}` },
        {
          kind: 'auth:wrong-secret',
          value: `Bearer ${signToken({ sub: 'x', 'custom:orgs': '*' }, { secret: 'nope' })}`,
        },
      ),
    },
  );
};

/** Fills `{orgId}` and every `{…Id}` of a route's path with generated segments. */
const pathArb = (lr: LoadedRoute, fx: Fixtures): fc.Arbitrary<{ kind: string; path: string }> => {
  const names = [...lr.route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  const parts = names.map((name) => {
    if (name === 'orgId') return orgSegmentArb(fx.org);
    const schema = lr.params.properties?.[name];
    return idSegmentArb(fx, schema ? idPrefixOf(schema) : undefined);
  });
  return fc.tuple(...parts).map((segments) => {
    let i = 0;
    const path = lr.route.path.replace(/\{\w+\}/g, () => segments[i++]?.segment ?? '');
    return {
      kind: segments
        .map((s) => s.kind)
        .filter(Boolean)
        .join(','),
      path,
    };
  });
};

/** Whole requests for a route: path, query, headers and body generated together. */
export const caseArb = (lr: LoadedRoute, fx: Fixtures): fc.Arbitrary<FuzzCase> => {
  const write = lr.route.access === 'write';
  const query = write
    ? fc.oneof(
        { weight: 12, arbitrary: fc.constant({ kind: '', query: '' }) },
        { weight: 1, arbitrary: queryArb(lr, fx) },
      )
    : queryArb(lr, fx);
  const body: fc.Arbitrary<BodyCase> = write
    ? lr.spec.body
      ? bodyCaseArb(lr, fx)
      : fc.oneof(
          { weight: 8, arbitrary: fc.constant<BodyCase>({ kind: '' }) },
          { weight: 2, arbitrary: bodyCaseArb(lr, fx) },
        )
    : fc.oneof(
        { weight: 12, arbitrary: fc.constant<BodyCase>({ kind: '' }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom<BodyCase>(
            { kind: 'get-body', body: '{"a":1}' },
            { kind: 'get-body', body: 'x' },
          ),
        },
      );
  const sometimes = <T>(arb: fc.Arbitrary<T>, weight: number): fc.Arbitrary<T | null> =>
    fc.oneof({ weight: 100 - weight, arbitrary: fc.constant(null) }, { weight, arbitrary: arb });
  const ifMatch =
    write && lr.route.method !== 'POST' ? sometimes(fc.constantFrom(...IF_MATCH), 15) : fc.constant(null);
  const idemKey = lr.route.method === 'POST' ? sometimes(IDEMPOTENCY_KEYS, 15) : fc.constant(null);
  const auth: fc.Arbitrary<{ kind: string; value?: string }> = lr.route.auth
    ? authArb(fx.org)
    : fc.constant({ kind: '' });
  const path = lr.route.auth ? pathArb(lr, fx) : fc.constant({ kind: '', path: lr.route.path });
  return fc.tuple(path, query, body, ifMatch, idemKey, auth).map(([p, q, b, im, key, a]) => {
    const headers: Record<string, string> = {};
    if (a.value !== undefined) headers.authorization = a.value;
    if (b.body !== undefined) {
      if (b.contentType === undefined) headers['content-type'] = 'application/json';
      else if (b.contentType !== null) headers['content-type'] = b.contentType;
    }
    if (im !== null) headers['if-match'] = im;
    if (key !== null) headers['idempotency-key'] = key;
    const parts = [
      b.kind,
      ...p.kind.split(','),
      q.kind,
      a.kind,
      im !== null ? 'if-match' : '',
      key !== null ? 'idem' : '',
    ];
    const kind = parts.filter(Boolean).join(' ');
    const tags = parts.filter(Boolean).map((k) => k.split(':')[0] ?? k);
    return printable({
      kind: kind || 'plain',
      tags: tags.length ? tags : ['plain'],
      method: lr.route.method,
      path: `${p.path}${q.query}`,
      headers,
      ...(b.body !== undefined ? { body: b.body } : {}),
    });
  });
};

// ---------------------------------------------------------------------------------------------
// Sending, and the properties.

export interface FuzzResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/** Sends a case exactly as generated: no default headers, no path normalisation. */
export const send = (baseUrl: string, c: FuzzCase): Promise<FuzzResponse> =>
  new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...c.headers };
    if (c.body !== undefined) headers['content-length'] = String(Buffer.byteLength(c.body));
    const url = new URL(baseUrl);
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: c.method, path: c.path, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(c.body);
  });

/**
 * Properties (a) and (b): throws, naming what broke, unless the answer is a 2xx of the route's
 * declared status and response schema, or a contract problem+json with status < 500.
 */
export const checkAnswer = (routes: readonly LoadedRoute[], c: FuzzCase, res: FuzzResponse): void => {
  const where = `${res.status} ${short(res.text, 400)}`;
  if (res.status >= 500) throw new Error(`(a) a 5xx answer: ${where}`);
  if (res.status >= 200 && res.status < 300) {
    const route = resolveRoute(routes, c.method, c.path.split('?')[0] ?? '');
    if (!route) throw new Error(`a 2xx answer for a request that matches no route: ${where}`);
    if (res.status !== route.spec.status) {
      throw new Error(`a 2xx other than ${route.key}'s declared ${route.spec.status}: ${where}`);
    }
    if (res.status === 204) {
      if (res.text !== '') throw new Error(`a 204 with a body: ${where}`);
      return;
    }
    if (!/^application\/json/.test(res.headers['content-type'] ?? '')) {
      throw new Error(
        `a 2xx that is not application/json (${String(res.headers['content-type'])}): ${where}`,
      );
    }
    const parsed = route.spec.response?.safeParse(JSON.parse(res.text));
    if (parsed && !parsed.success) {
      throw new Error(
        `a 2xx body that ${route.key}'s response schema refuses: ${parsed.error.message}\n${where}`,
      );
    }
    return;
  }
  if (!/^application\/problem\+json(\s*;.*)?$/.test(res.headers['content-type'] ?? '')) {
    throw new Error(
      `(b) a ${res.status} that is not application/problem+json (${String(res.headers['content-type'])}): ${where}`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    throw new Error(`(b) a problem body that is not JSON: ${where}`);
  }
  const p = body as { type?: unknown; status?: unknown; title?: unknown; code?: unknown };
  if (typeof p.type !== 'string' || p.type === '') throw new Error(`(b) a problem without type: ${where}`);
  if (typeof p.title !== 'string' || p.title === '') throw new Error(`(b) a problem without title: ${where}`);
  if (p.status !== res.status)
    throw new Error(`(b) problem status ${String(p.status)} ≠ HTTP ${res.status}: ${where}`);
  if (typeof p.code !== 'string' || CONTRACT_CODES[p.code] === undefined) {
    throw new Error(`(b) a code the contract does not name (${String(p.code)}): ${where}`);
  }
  if (CONTRACT_CODES[p.code] !== res.status) {
    throw new Error(
      `(b) ${p.code} is a ${String(CONTRACT_CODES[p.code])} in the contract, answered as ${res.status}: ${where}`,
    );
  }
};

// DynamoDB through the SDK's CommonJS build (as shared/local/dynamo.ts does: faster to load in tests).
const require = createRequire(import.meta.url);
const sdk = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');

let dynamo: InstanceType<typeof sdk.DynamoDBClient> | undefined;
const ddb = () => {
  dynamo ??= new sdk.DynamoDBClient({
    endpoint: process.env.DYNAMODB_ENDPOINT ?? '',
    region: process.env.AWS_REGION || 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return dynamo;
};

type Item = Record<string, import('@aws-sdk/client-dynamodb').AttributeValue>;

const scanAll = async (): Promise<Item[]> => {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await ddb().send(
      new sdk.ScanCommand({
        TableName: process.env.TABLE_NAME ?? '',
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

/** Stable text of a value with object keys sorted. */
const stable = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
};

const keyOf = (item: Item) => `${item.pk?.S ?? ''}\u0000${item.sk?.S ?? ''}`;

/** The whole table as one comparable value: one line per item, sorted by pk then sk. */
export interface TableDump {
  lines: Map<string, string>;
}

export const dumpTable = async (): Promise<TableDump> => {
  const items = await scanAll();
  items.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return { lines: new Map(items.map((item) => [keyOf(item), stable(item)])) };
};

/** Empty when equal; else what was added, removed and changed (keys and a short diff). */
export const diffDumps = (before: TableDump, after: TableDump): string => {
  const out: string[] = [];
  for (const [k, v] of after.lines) {
    const was = before.lines.get(k);
    if (was === undefined) out.push(`+ ${k.replace('\u0000', ' | ')}: ${short(v, 300)}`);
    else if (was !== v) out.push(`~ ${k.replace('\u0000', ' | ')}: ${short(was, 200)} → ${short(v, 300)}`);
  }
  for (const k of before.lines.keys()) if (!after.lines.has(k)) out.push(`- ${k.replace('\u0000', ' | ')}`);
  return out.join('\n');
};

/** Deletes every item of the file's own table (never the shared one). */
export const clearTable = async (): Promise<void> => {
  const table = process.env.TABLE_NAME ?? '';
  if (!/-fuzz-/.test(table)) throw new Error(`refusing to clear ${table}: not a fuzz table`);
  const items = await scanAll();
  for (let i = 0; i < items.length; i += 25) {
    const batch = items.slice(i, i + 25).map((item) => ({
      DeleteRequest: { Key: { pk: item.pk ?? { S: '' }, sk: item.sk ?? { S: '' } } },
    }));
    let pending: Record<string, import('@aws-sdk/client-dynamodb').WriteRequest[]> | undefined = {
      [table]: batch,
    };
    while (pending && Object.keys(pending).length > 0) {
      const res: import('@aws-sdk/client-dynamodb').BatchWriteItemCommandOutput = await ddb().send(
        new sdk.BatchWriteItemCommand({ RequestItems: pending }),
      );
      pending = res.UnprocessedItems;
    }
  }
};

// ---------------------------------------------------------------------------------------------
// Counting.

interface RouteCount {
  cases: number;
  ok: number;
  refused: number;
  failed: number;
  codes: Map<string, number>;
}

/** Cases tried and answers got, per route, for the file's summary line. */
export class FuzzStats {
  readonly perRoute = new Map<string, RouteCount>();

  readonly kinds = new Map<string, number>();

  record(route: string, c: FuzzCase, res: FuzzResponse) {
    for (const tag of c.tags ?? [c.kind]) this.kinds.set(tag, (this.kinds.get(tag) ?? 0) + 1);
    const s = this.perRoute.get(route) ?? { cases: 0, ok: 0, refused: 0, failed: 0, codes: new Map() };
    s.cases += 1;
    if (res.status < 300) s.ok += 1;
    else {
      if (res.status >= 500) s.failed += 1;
      else s.refused += 1;
      let code = String(res.status);
      try {
        code = String((JSON.parse(res.text) as { code?: unknown }).code ?? res.status);
      } catch {
        // Not JSON: the status stands for it.
      }
      s.codes.set(code, (s.codes.get(code) ?? 0) + 1);
    }
    this.perRoute.set(route, s);
  }

  /** One line for the file, then one per route. */
  summary(file: string, seed: number): string {
    const all = [...this.perRoute.values()];
    const sum = (pick: (s: RouteCount) => number) => all.reduce((n, s) => n + pick(s), 0);
    const cases = sum((s) => s.cases);
    const codes = new Map<string, number>();
    for (const s of all) for (const [c, n] of s.codes) codes.set(c, (codes.get(c) ?? 0) + n);
    const top = [...codes.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
    const perRoute = Math.round(cases / Math.max(1, this.perRoute.size));
    return [
      `fuzz ${file}: seed ${seed}, ${this.perRoute.size} routes × ~${perRoute} cases = ${cases} requests; ` +
        `2xx ${sum((s) => s.ok)}, 4xx ${sum((s) => s.refused)}, 5xx ${sum((s) => s.failed)} [${top.join(', ')}]`,
      `  request kinds: ${[...this.kinds.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
      ...[...this.perRoute.entries()].map(
        ([r, s]) => `  ${r}: ${s.cases} cases, 2xx ${s.ok}, 4xx ${s.refused}, 5xx ${s.failed}`,
      ),
    ].join('\n');
  }
}

/** A per-route seed derived from the file's seed, so a route reproduces on its own. */
export const routeSeed = (seed: number, key: string): number => {
  let h = seed | 0;
  for (const ch of key) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
};

export interface FuzzRunOptions {
  baseUrl: string;
  routes: readonly LoadedRoute[];
  route: LoadedRoute;
  fixtures: Fixtures;
  stats: FuzzStats;
  seed: number;
  numRuns: number;
  /** Also require that the table never changes, whatever the answer (read routes). */
  neverWrites?: boolean;
}

/**
 * Runs the three properties over `numRuns` generated requests to one route. The table is dumped
 * once at the start and after every request; a 2xx answer to a write route moves the baseline.
 */
export const fuzzRoute = async (options: FuzzRunOptions): Promise<void> => {
  const { baseUrl, routes, route, fixtures, stats, seed, numRuns } = options;
  let baseline = await dumpTable();
  await fc.assert(
    // Shrinking re-sends requests (and some bodies are 1 MB): a bounded number of steps is enough.
    fc.asyncProperty(fc.limitShrink(caseArb(route, fixtures), 80), async (c) => {
      const res = await send(baseUrl, c);
      stats.record(route.key, c, res);
      checkAnswer(routes, c, res);
      const after = await dumpTable();
      const ok = res.status >= 200 && res.status < 300;
      if (ok && !options.neverWrites) {
        baseline = after;
        return;
      }
      const diff = diffDumps(baseline, after);
      baseline = after;
      if (diff) {
        throw new Error(
          `(c) a ${ok ? 'read' : `refused (${res.status})`} request changed the table: ${short(res.text, 300)}\n${diff}`,
        );
      }
    }),
    { seed: routeSeed(seed, route.key), numRuns, verbose: 0 },
  );
};
