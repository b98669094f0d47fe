/** Hostile values: the broken, edge and oversized values that mutations splice into a body. */
import fc from 'fast-check';
import { type Json, obj, RawJson, toJson } from './json.ts';
import type { JsonSchema } from './routes.ts';
import { boundsOf } from './values.ts';

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
export const WRONG_TYPES: Json[] = [
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
export const numberEdges = (schema: JsonSchema): Json[] => {
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
export const lengthEdges = (schema: JsonSchema): fc.Arbitrary<Json> => {
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

export const unicodeArb: fc.Arbitrary<Json> = fc.oneof(
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

export const deepArb: fc.Arbitrary<Json> = fc
  .tuple(fc.constantFrom(1000, 1001, 2000, 5000, 20_000), fc.constantFrom('object', 'array'))
  .map(([depth, kind]) => (kind === 'object' ? nested(depth, '{"a":', '}') : nested(depth, '[', ']')));

export const hugeArrayArb = (items: fc.Arbitrary<Json>): fc.Arbitrary<Json> =>
  fc
    .tuple(items, fc.constantFrom(10_000, 10_001, 50_000))
    .map(([item, n]) => new RawJson(`[${Array.from({ length: n }, () => toJson(item)).join(',')}]`));
