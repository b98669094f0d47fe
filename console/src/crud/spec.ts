/**
 * What a simple resource's screens are made of (CrudPage, CrudDetail, ResourceDialog): its collection,
 * fields, columns and references, typed by the generated API types, and the calls they make.
 */
import type { ReactNode } from 'react';
import {
  type ApiClient,
  type GetPath,
  ifMatch,
  type ListItem,
  type ListParams,
  type ListPath,
  listAll,
  ok,
  type Page,
  type PathWith,
  withoutEmpty,
} from '../api.ts';

/**
 * The collections the generic screens serve: where their items are listed and created, and where one
 * item is read, changed and deleted, checked against the generated paths.
 */
export const COLLECTIONS = {
  packages: { list: '/packages', item: '/packages/{packageId}' },
  offers: { list: '/offers', item: '/offers/{offerId}' },
  'plan-groups': { list: '/plan-groups', item: '/plan-groups/{groupId}' },
  companies: { list: '/companies', item: '/companies/{companyId}' },
  products: { list: '/products', item: '/products/{productId}' },
  subscribers: { list: '/subscribers', item: '/subscribers/{subscriberId}' },
  prices: { list: '/products/{productId}/prices', item: '/prices/{priceId}' },
} as const satisfies Record<string, { list: ListPath & PathWith<'post'>; item: GetPath & PathWith<'patch'> }>;

export type Collection = keyof typeof COLLECTIONS;
type ListOf<C extends Collection> = (typeof COLLECTIONS)[C]['list'];

/** An item of a collection, as its list answers it (`Package` for `packages`). */
export type ItemOf<C extends Collection> = ListItem<ListOf<C>>;
/** An item of any of them: what the generic code handles (id, version and dates are common to all). */
export type CrudItem = ItemOf<Collection>;

/** The field names of a collection's items (per collection: a union over collections stays a union). */
export type FieldName<C extends Collection> = C extends Collection ? Extract<keyof ItemOf<C>, string> : never;
/** The filters a collection's list takes (its query parameters, paging aside). */
export type FilterName<C extends Collection> = C extends Collection
  ? Extract<keyof NonNullable<ListParams<ListOf<C>>['query']>, string>
  : never;

/** One choice of a `ref` field: another collection's item by id, shown by its label. */
export interface RefOption {
  value: string;
  label: string;
  /** Offered in the picker (e.g. root products only); every item still names its id in tables. */
  accepted: boolean;
}

/** A `ref` field's collection, loaded once per page (`path` identifies it). */
export interface RefSpec {
  path: ListPath;
  load: (api: ApiClient) => Promise<RefOption[]>;
}

/** A reference to the items of `path`, shown by `label`; `accept` narrows what the picker offers. */
export const refTo = <P extends ListPath>(
  path: P,
  label: (item: ListItem<P>) => string,
  accept?: (item: ListItem<P>) => boolean,
): RefSpec => ({
  path,
  load: async (api) =>
    (await listAll(api, path)).map((item) => ({
      value: (item as { id: string }).id,
      label: label(item),
      accepted: accept?.(item) ?? true,
    })),
});

/** One field of a simple resource: how it is edited, shown and sent. */
export interface FieldSpec<Name extends string = string> {
  name: Name;
  label: string;
  /** `datetime`: an ISO-8601 instant, edited in the admin's time zone. */
  kind: 'text' | 'textarea' | 'int' | 'select' | 'ref' | 'bool' | 'datetime';
  required?: boolean;
  /** An empty input means `null` (clears the field on edit). */
  nullable?: boolean;
  /** The values of a `select`. */
  options?: readonly string[];
  /** A `ref` picks an id of another collection, shown by its label. */
  ref?: RefSpec;
  /** Only sent on create (e.g. a price's amount). */
  createOnly?: boolean;
  defaultValue?: string;
  description?: string;
}

/** Names of the referenced items, by id. */
export type RefNames = Map<string, string>;

/**
 * A simple resource's screens. The callbacks are methods so that a spec of one collection is a spec of
 * any (`CrudSpec<'packages'>` is a `CrudSpec`): each is only ever called with items of its collection.
 */
export interface CrudSpec<C extends Collection = Collection> {
  title: string;
  /** The collection, also the console's route: `packages`. */
  collection: C;
  singular: string;
  newLabel: string;
  fields: FieldSpec<FieldName<C>>[];
  columns: { header: string; cell(item: ItemOf<C>, names: RefNames): ReactNode }[];
  /** List filters: `select` or `ref` fields named after the list's query parameters. */
  filters?: FieldSpec<FilterName<C>>[];
  /** How the delete confirmation names an item. */
  display(item: ItemOf<C>): string;
  deleteWarning?: string;
  /** The path parameters of the collection's list and create route (a product's prices: `{ productId }`). */
  within?: Record<string, string>;
  /** Extra content of the detail view, below the fields (e.g. a product's prices). */
  detailExtra?(item: ItemOf<C>): ReactNode;
  /** Read-only values shown in the detail view after the fields (e.g. an offer's redemption count). */
  readOnly?: { label: string; value(item: ItemOf<C>): ReactNode }[];
  /** Extra buttons beside "New …" on the list page; `reload` refreshes the list. */
  pageActions?(reload: () => void): ReactNode;
}

/** openapi-fetch's `request` without its per-path types (see crudCalls). */
type LooseRequest = (
  method: 'get' | 'post' | 'patch' | 'delete',
  path: string,
  init: { params: object; body?: unknown },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The id parameter of an item path: `packageId` of `/packages/{packageId}`. */
const idParam = (path: string) => /\{(\w+)\}$/.exec(path)?.[1] ?? 'id';

/**
 * The generic screens' calls. openapi-fetch types a call by its literal path, which code serving many
 * collections cannot write; so these take their paths from COLLECTIONS (checked above against the
 * generated paths) and go through `api.request`. Their bodies are the admin's input as typed
 * (crud/fields.tsx): the API judges them, and its field errors appear under the inputs.
 */
export const crudCalls = (api: ApiClient, spec: CrudSpec) => {
  const request = api.request.bind(api) as unknown as LooseRequest;
  const { list, item } = COLLECTIONS[spec.collection];
  const within = spec.within ?? {};
  const at = (id: string) => ({ ...within, [idParam(item)]: id });
  const versioned = (target: CrudItem) => ({
    path: at(target.id),
    header: { 'If-Match': ifMatch(target.version) },
  });
  return {
    page: (filters: Record<string, string>, cursor: string | undefined) => {
      const query = { ...withoutEmpty(filters), ...(cursor ? { cursor } : {}) };
      return ok(request('get', list, { params: { path: within, query } })) as Promise<Page<CrudItem>>;
    },
    get: (id: string) => ok(request('get', item, { params: { path: at(id) } })) as Promise<CrudItem>,
    create: (body: Record<string, unknown>, idempotencyKey: string) =>
      ok(
        request('post', list, {
          params: { path: within, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ) as Promise<CrudItem>,
    update: (target: CrudItem, body: Record<string, unknown>) =>
      ok(request('patch', item, { params: versioned(target), body })) as Promise<CrudItem>,
    remove: (target: CrudItem) => ok(request('delete', item, { params: versioned(target) })),
  };
};
