/** Request bodies for a route: valid-ish ones from its schema, then the same broken every way. */
import fc from 'fast-check';
import type { Fixtures } from './fixtures.ts';
import { deepArb, hugeArrayArb, lengthEdges, numberEdges, unicodeArb, WRONG_TYPES } from './hostile.ts';
import { type Json, obj, setAt, toJson } from './json.ts';
import { READ_ONLY_FIELDS } from './oracle.ts';
import type { JsonSchema, LoadedRoute } from './routes.ts';
import { SPECIAL_KEYS, schemaPaths, typeOf, validArb } from './values.ts';

export interface BodyCase {
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
