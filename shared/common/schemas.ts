import * as z from 'zod';
import { ERROR_CODES } from '../errors.ts';
import { type IdPrefix, idPattern } from '../ids.ts';

/** `^[a-z0-9][a-z0-9-]{0,62}$`, as the contract says. */
export const ORG_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const OrgId = z.string().regex(ORG_ID_PATTERN);

/** A prefixed ULID such as `pkg_01J…`. */
export const Id = (prefix: IdPrefix) =>
  z.string().regex(idPattern(prefix), { message: `must be an id starting with ${prefix}_` });

/** Path parameters: `{ orgId }` plus the resource ids of the route. */
export const OrgParams = z.strictObject({ orgId: OrgId });

export const paramsWith = <K extends string>(name: K, prefix: IdPrefix) =>
  z.strictObject({ orgId: OrgId, [name]: Id(prefix) } as { orgId: typeof OrgId } & Record<
    K,
    ReturnType<typeof Id>
  >);

/**
 * `limit` of a list: a plain decimal integer from 1 to 100. Only digits: `Number()` (and so
 * `z.coerce`) would also read `0x10`, `1e1`, ` 10`, `+10` and `10.0`, which no client means as a limit.
 */
const Limit = z.preprocess(
  (value) => (typeof value === 'string' && /^[1-9][0-9]*$/.test(value) ? Number(value) : value),
  z.number({ error: 'must be an integer from 1 to 100' }).int().min(1).max(100),
);

/** `limit` and `cursor` of every list. */
export const pageQuery = {
  limit: Limit.default(25),
  /** Any string: whether it is a cursor this list issued is `page()`'s question (`400 invalid_cursor`). */
  cursor: z.string().optional(),
};

/** ISO-8601 UTC with milliseconds, as every timestamp is returned. */
export const Timestamp = z.iso.datetime();

/** An ISO-8601 instant in a request (`Z` or an offset); operations read it with `new Date`. */
export const Instant = z.iso.datetime({ offset: true });

/** Fields every resource carries, in responses only. */
export const resourceFields = {
  id: z.string(),
  organizationId: z.string(),
  version: z.number().int().min(1),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** `{ items, nextCursor }` of a list response. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** An optional text field that `null` clears. */
export const nullableText = (max: number) => z.string().max(max).nullable();

/** What the generic CRUD handlers validate and answer with (shared/http/crud.ts). */
export interface CrudSchemas {
  /** `{ orgId, <idParam> }`. */
  params: z.ZodType;
  create: z.ZodType;
  update: z.ZodType;
  /** `limit`, `cursor` and the list's filters. */
  list: z.ZodType;
  /** The resource as the API shows it (an OpenAPI component). */
  item: z.ZodObject;
  page: z.ZodType;
}

type Fields = Record<string, z.ZodType>;

/** A nullable field may be left out of a create (it is null then); every other field is required. */
type CreateShape<F extends Fields> = {
  [K in keyof F]: null extends z.output<F[K]> ? z.ZodOptional<F[K]> : F[K];
};

/** `plan group` → `PlanGroup`: the OpenAPI component of a resource. */
const componentName = (singular: string) =>
  singular
    .split(' ')
    .map((word) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`)
    .join('');

/**
 * The schemas of a CRUD resource, from its declaration and its writable `fields` (in the order the API
 * shows them): a create takes every field, nullable ones optional; an update any of them; a list
 * `limit`, `cursor` and `filters`; the resource is the common fields and `fields`.
 */
export const crudSchemas = <F extends Fields, L extends Fields = Record<never, never>>(
  resource: { idParam: string; idPrefix: string; singular: string },
  fields: F,
  filters: L = {} as L,
) => {
  const createShape = Object.fromEntries(
    Object.entries(fields).map(([name, schema]) => [
      name,
      schema.safeParse(null).success ? schema.optional() : schema,
    ]),
  ) as CreateShape<F>;
  const item = z.object({ ...resourceFields, ...fields }).meta({ id: componentName(resource.singular) });
  return {
    params: paramsWith(resource.idParam, resource.idPrefix as IdPrefix),
    create: z.strictObject(createShape),
    update: z.strictObject(fields).partial(),
    list: z.strictObject({ ...pageQuery, ...filters }),
    item,
    page: pageOf(item),
  } satisfies CrudSchemas;
};

/** Why a bulk route skipped one entry: the code that single operation would have answered. */
export const SkippedCode = z
  .enum(ERROR_CODES)
  .describe('The error code the single operation would have answered for this entry');
