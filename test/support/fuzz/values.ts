/** Value generators derived from a JSON Schema: plausible, often valid values, and ids. */
import fc from 'fast-check';
import { ID_PREFIXES } from '../../../shared/ids.ts';
import type { Fixtures } from './fixtures.ts';
import { type Json, obj, type PathStep } from './json.ts';
import type { JsonSchema } from './routes.ts';

const ID_PATTERN = /^\^([a-z]+)_\[/;
export const PREFIXES: readonly string[] = Object.values(ID_PREFIXES);
const NAME_PREFIX = new Map<string, string>(Object.entries(ID_PREFIXES));
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const missingId = (prefix: string) =>
  fc
    .array(fc.constantFrom(...CROCKFORD), { minLength: 26, maxLength: 26 })
    .map((chars) => `${prefix}_${chars.join('')}`);

export const idPrefixOf = (schema: JsonSchema): string | undefined =>
  ID_PATTERN.exec(schema.pattern ?? '')?.[1];

/** Every fixture id, whatever its prefix. */
export const allIds = (fx: Fixtures) => [...fx.ids.values()].flat();

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

export const SPECIAL_KEYS = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  'prototype',
];

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

export const typeOf = (schema: JsonSchema): string | undefined =>
  schema.type ?? schema.anyOf?.find((s) => s.type !== 'null')?.type;

export const boundsOf = (schema: JsonSchema): JsonSchema =>
  schema.anyOf?.find((s) => s.type !== 'null') ?? schema;
