/**
 * The scenarios of every CRUD resource, derived from its declaration (shared/resources.ts): its
 * example bodies, unique fields and references. A resource declared `crud: true` needs nothing here;
 * what differs for one resource is an override (`CrudOverrides`).
 */
import { RESOURCES, type Resource, type ResourceDeclaration, resourceNamed } from '../../shared/resources.ts';
import type { BenchRequest } from '../lib/env.ts';
import {
  CREATE,
  call,
  DELETE,
  GET,
  idOf,
  type Json,
  LIST,
  org,
  rand,
  type Scenario,
  scenario,
  times,
  UPDATE,
} from './kit.ts';

type Verb = 'create' | 'list' | 'get' | 'update' | 'delete';

/** A scenario replacing the derived one of a verb. */
export type CrudOverrides = Partial<Record<Verb, Scenario>>;

const exampleOf = (resource: Resource) => {
  const { example } = resource as ResourceDeclaration;
  if (!example) throw new Error(`${resource.collection} is declared crud: true without an example`);
  return example;
};

const referencesOf = (resource: Resource): [string, string][] =>
  Object.entries(exampleOf(resource).references ?? {});

/** A unique value made this request's own: `PKG` → `PKG-3f9c…`, `ada@example.com` → `ada-3f9c…@example.com`. */
const own = (value: unknown) => String(value).replace(/^[^@]*/, (head) => `${head}-${rand()}`);

/**
 * A create body of `collection` for `o`: its example, every unique value fresh, and each reference
 * to a resource made for it first.
 */
export const createBody = async (collection: string, o: string): Promise<Json> => {
  const resource = resourceNamed(collection);
  const body: Json = { ...exampleOf(resource).create };
  for (const { field } of resource.unique) if (field in body) body[field] = own(body[field]);
  for (const [field, target] of referencesOf(resource)) body[field] = idOf(await createVia(target, o));
  return body;
};

/** Creates one of `collection` through its real create (its example, with `more` on top) and returns it. */
export const createVia = async (collection: string, o: string, more: Json = {}): Promise<Json> =>
  call(
    `${collection}/create`,
    { pathParameters: org(o), body: { ...(await createBody(collection, o)), ...more } },
    201,
  );

const fieldNames = (fields: readonly string[]) => fields.join(' and ');

/** What a create writes with the item: its unique-value guards and the counts on what it references. */
const createdWith = (resource: Resource): string => {
  const fields = resource.unique.map((unique) => unique.field);
  const parts = [
    ...(fields.length > 0 ? [`its ${fieldNames(fields)} guard${fields.length > 1 ? 's' : ''}`] : []),
    ...referencesOf(resource).map(([, target]) => {
      const one = resourceNamed(target).singular;
      return `the ${one}'s reference count (its condition is the ${one}'s existence)`;
    }),
  ];
  return parts.length > 0 ? `${parts.join(', ')} ` : '';
};

/** What a delete does besides the item: the counts on what it referenced lowered, its guards freed. */
const deletedWith = (resource: Resource): string => {
  const fields = resource.unique.map((unique) => unique.field);
  const parts = [
    ' and on what a delete requires of the item (no reference to it: a count on the item)',
    ...referencesOf(resource).map(([, target]) => ` the ${resourceNamed(target).singular}'s count lowered`),
    ...(fields.length > 0 ? [` the ${fieldNames(fields)} guard${fields.length > 1 ? 's' : ''} freed`] : []),
  ];
  return parts.join(',');
};

/** The five scenarios of a CRUD resource, each from fixtures made through its own create. */
export const crudScenarios = (resource: Resource, overrides: CrudOverrides = {}): Scenario[] => {
  const { collection, idParam } = resource;
  const one = async (o: string): Promise<BenchRequest> => ({
    pathParameters: org(o, { [idParam]: idOf(await createVia(collection, o)) }),
  });
  const derived: Record<Verb, Scenario> = {
    create: scenario(`${collection}/create`, 201, CREATE(createdWith(resource)), async (o) => ({
      pathParameters: org(o),
      body: await createBody(collection, o),
    })),
    list: scenario(`${collection}/list`, 200, LIST, async (o) => {
      await times(3, () => createVia(collection, o));
      return { pathParameters: org(o) };
    }),
    get: scenario(`${collection}/get`, 200, GET, one),
    update: scenario(`${collection}/update`, 200, UPDATE(), async (o) => ({
      ...(await one(o)),
      body: { ...exampleOf(resource).update },
    })),
    delete: scenario(`${collection}/delete`, 204, DELETE(deletedWith(resource)), one),
  };
  return (Object.keys(derived) as Verb[]).map((verb) => overrides[verb] ?? derived[verb]);
};

/** Every resource declared `crud: true`, in declaration order. */
export const CRUD_RESOURCES: readonly Resource[] = RESOURCES.filter((resource) => resource.crud);
