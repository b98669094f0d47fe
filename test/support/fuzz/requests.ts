/** Whole requests for a route: path ids, query strings, cursors and headers, with a body from `bodies.ts`. */
import fc from 'fast-check';
import { localToken, signToken } from '../../../shared/local/jwt.ts';
import { type BodyCase, bodyCaseArb } from './bodies.ts';
import { type FuzzCase, printable } from './case.ts';
import type { Fixtures } from './fixtures.ts';
import { toJson } from './json.ts';
import type { LoadedRoute } from './routes.ts';
import { allIds, idArb, idPrefixOf, PREFIXES, SPECIAL_KEYS, validArb } from './values.ts';

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
  const forged = fx.forgedCursors.length ? fx.forgedCursors.map((f) => f.cursor) : real;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real).map(enc) },
    // Correctly signed, but a position no query issued (missing, empty, foreign or extra key attributes).
    { weight: 2, arbitrary: fc.constantFrom(...forged).map(enc) },
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
  // Public routes of an org (the catalog) get the same tokens, which they must ignore, and fuzzed paths.
  const orgRoute = lr.route.path.includes('{orgId}');
  const auth: fc.Arbitrary<{ kind: string; value?: string }> =
    lr.route.auth || orgRoute ? authArb(fx.org) : fc.constant({ kind: '' });
  const path = lr.route.auth || orgRoute ? pathArb(lr, fx) : fc.constant({ kind: '', path: lr.route.path });
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
