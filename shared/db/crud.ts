/**
 * A standard CRUD resource (declared `crud: true` in shared/resources.ts) as its five generic routes run
 * it (functions/crud/, shared/http/crud.ts): its schemas and its operations. `defineCrud` derives all of
 * it from the declaration, the entity and the schemas, and the generic operations below run it; a
 * resource with rules of its own (offers, products) gives its own `operations` instead.
 *
 * The generic operations are separate functions, not members of the resource, so that a route's bundle
 * holds only its own (a get bundles no transaction code). A resource that gives its own `operations`
 * (offers, products) brings all five into each of its bundles (about 20 KB more, unminified): the
 * price of keeping their rules in one module.
 */
import type { Entity, EntityItem } from 'electrodb';
import type * as z from 'zod';
import { type CrudSchemas, resourceFields } from '../common/schemas.ts';
import type { OperationContext } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { capitalized, type Resource } from '../resources.ts';
import { GO } from './client.ts';
import { type Page, type PageableQuery, page } from './pagination.ts';
import { createResource, deleteResource, found, type ResourceSpec, updateResource } from './resource.ts';
import type { TxEntities, TxItem } from './steps.ts';

/** `limit` and `cursor`, which every list takes. */
export interface ListInput {
  limit: number;
  cursor?: string | undefined;
}

/** The five operations of a CRUD resource. */
export interface CrudOperations<Api = unknown> {
  get(ctx: OperationContext, id: string): Promise<Api>;
  list(ctx: OperationContext, input: ListInput): Promise<Page<Api>>;
  create(ctx: OperationContext, input: object): Promise<Api>;
  update(ctx: OperationContext, id: string, input: object): Promise<Api>;
  delete(ctx: OperationContext, id: string): Promise<void>;
}

interface CrudBase {
  readonly resource: Resource;
  /** Its ElectroDB entity: in `db` when other resources' writes touch it, else only here. */
  readonly entity: object;
  readonly schemas: CrudSchemas;
}

/** A CRUD resource run by the generic operations (`defineCrud`). */
export interface DerivedCrud<Api = unknown> extends CrudBase {
  /** How the generic create, update and delete treat it (shared/db/resource.ts). */
  // biome-ignore lint/suspicious/noExplicitAny: the item type is the resource's own
  readonly spec: ResourceSpec<any, Api> & Required<Pick<ResourceSpec<any, Api>, 'create' | 'delete'>>;
  /** The list's query for `input`, and the scope its cursors are valid for. */
  listing(orgId: string, input: ListInput): { query: PageableQuery<unknown>; scope: string };
  /** The attributes a create stores for `input`, besides those every item has. */
  attributes(input: object): object;
  /** Attributes that follow from the fields, set on every update too. */
  derive?: (item: never) => Record<string, unknown>;
}

/** A CRUD resource with operations of its own. */
export interface OwnCrud<Api = unknown> extends CrudBase {
  readonly operations: CrudOperations<Api>;
}

/** What the generic handlers of a CRUD resource take. */
export type Crud<Api = unknown> = DerivedCrud<Api> | OwnCrud<Api>;

type Key = { organizationId: string; id: string };
type Where = (
  attributes: Record<string, unknown>,
  operations: { eq(a: unknown, b: unknown): string },
) => string;

/** What the generic writes need of an entity inside a transaction. */
interface TxEntity {
  create(item: object): { commit(): TxItem };
  patch(key: Key): {
    set(values: object): {
      remove(fields: string[]): { where(where: Where): { commit(options: { response: 'all_old' }): TxItem } };
    };
  };
  delete(key: Key): { where(where: Where): { commit(options: { response: 'all_old' }): TxItem } };
}

/** What the generic reads need of an entity. */
interface ReadEntity<Item> {
  get(key: Key): { go(options: object): Promise<{ data: Item | null }> };
  query: { primary(key: { organizationId: string }): PageableQuery<Item> };
}

// biome-ignore lint/suspicious/noExplicitAny: any ElectroDB entity, whatever its attributes and indexes
type AnyEntity = Entity<any, any, any, any>;

/** Attributes every item has. */
type Stored = { id: string; organizationId: string; version: number; createdAt: string; updatedAt: string };

export interface CrudOptions<E extends AnyEntity, S extends CrudSchemas> {
  /** Its declaration (`resourceNamed('coupons')`). */
  resource: Resource;
  entity: E;
  /** Its schemas, usually `crudSchemas(resource, fields, filters)` (shared/common/schemas.ts). */
  schemas: S;
  /**
   * The list's query and the scope its cursors are valid for, when it has filters (default: the
   * primary index, newest first, scope `<orgId>/<collection>`).
   */
  list?: (
    orgId: string,
    input: z.output<S['list']>,
  ) => { query: PageableQuery<EntityItem<E>>; scope: string };
  /** Attributes that follow from the fields, set on create and on every update (lower-cased index keys). */
  derive?: (item: EntityItem<E>) => Record<string, unknown>;
  /**
   * For a resource that others reference: it counts them in `refCount` (0 when created; shared/db/references.ts),
   * and a delete requires 0, else this error (`package_in_use`).
   */
  inUse?: (id: string) => DomainError;
}

/** The fields of a create that hold a value: `null` (none) is simply not stored. */
const present = (input: object) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));

/**
 * A CRUD resource whose operations all derive: create (a new id, its unique values claimed), get, list
 * (one page of one Query), partial update and delete, each write one transaction with its audit event
 * (shared/db/resource.ts). The API shows an item's fields as the schema lists them, `null` for none.
 */
export const defineCrud = <E extends AnyEntity, S extends CrudSchemas>(options: CrudOptions<E, S>) => {
  type Item = EntityItem<E> & Stored;
  type Api = z.output<S['item']>;
  const { resource, inUse, derive } = options;
  const entity = options.entity as unknown as ReadEntity<Item>;
  const own = Object.keys(options.schemas.item.shape).filter((name) => !(name in resourceFields));

  const toApi = (item: Item): Api =>
    ({
      id: item.id,
      organizationId: item.organizationId,
      ...Object.fromEntries(own.map((name) => [name, (item as Record<string, unknown>)[name] ?? null])),
      version: item.version,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
    }) as Api;

  const read = async (orgId: string, id: string) =>
    (await entity.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

  const tx = (entities: TxEntities) =>
    (entities as unknown as Record<string, TxEntity>)[resource.key] as TxEntity;
  const spec = {
    resource,
    entities: { [resource.key]: options.entity },
    read,
    toApi,
    create: (entities, item) => tx(entities).create(item).commit(),
    patch: (entities, key, changes, version) =>
      tx(entities)
        .patch(key)
        .set(changes.set)
        .remove(changes.remove)
        .where((a, op) => op.eq(a.version, version))
        .commit({ response: 'all_old' }),
    // With references counted, the count is checked in the delete's own condition.
    delete: (entities, key, version) =>
      tx(entities)
        .delete(key)
        .where((a, op) =>
          inUse ? `${op.eq(a.version, version)} AND ${op.eq(a.refCount, 0)}` : op.eq(a.version, version),
        )
        .commit({ response: 'all_old' }),
    ...(inUse ? { inUse: (id: string) => inUse(id) } : {}),
  } satisfies ResourceSpec<Item, Api>;

  const listing =
    options.list ??
    ((orgId: string) => ({
      query: entity.query.primary({ organizationId: orgId }),
      scope: `${orgId}/${resource.collection}`,
    }));

  return {
    resource,
    entity: options.entity,
    schemas: options.schemas,
    spec,
    listing: listing as DerivedCrud<Api>['listing'],
    /** The fields given (`null` is none), a reference count at 0, what derives from them. */
    attributes: (input: object) => {
      const fields = present(input) as EntityItem<E>;
      return { ...fields, ...(inUse ? { refCount: 0 } : {}), ...derive?.(fields) };
    },
    ...(derive ? { derive: derive as DerivedCrud<Api>['derive'] } : {}),
  } satisfies DerivedCrud<Api>;
};

const what = (crud: CrudBase) => capitalized(crud.resource.singular);

/** One item, as the API shows it; `not_found` when absent. */
export const getOne = async <Api>(crud: DerivedCrud<Api>, ctx: OperationContext, id: string): Promise<Api> =>
  crud.spec.toApi(found(await crud.spec.read(ctx.orgId, id), what(crud)));

/** One page of the list, newest first: one Query. */
export const listPage = <Api>(
  crud: DerivedCrud<Api>,
  ctx: OperationContext,
  input: ListInput,
): Promise<Page<Api>> => {
  const { query, scope } = crud.listing(ctx.orgId, input);
  return page(query, { scope, limit: input.limit, cursor: input.cursor, map: crud.spec.toApi });
};

/** A create: a unique value taken is its `*_taken` code, nothing written. */
export const createOne = <Api>(crud: DerivedCrud<Api>, ctx: OperationContext, input: object): Promise<Api> =>
  createResource(crud.spec, ctx, crud.attributes(input) as never);

/** A partial update: a change of a unique value frees the old one and claims the new, in one transaction. */
export const updateOne = <Api>(
  crud: DerivedCrud<Api>,
  ctx: OperationContext,
  id: string,
  input: object,
): Promise<Api> =>
  updateResource(crud.spec, ctx, id, input, crud.derive ? { derive: crud.derive as never } : {});

/** A delete, conditioned on the version (and on no reference, when counted); its unique values freed. */
export const deleteOne = (crud: DerivedCrud, ctx: OperationContext, id: string): Promise<void> =>
  deleteResource(crud.spec, ctx, id);
