/**
 * The contract every standard CRUD resource keeps (API.md, "Conventions"), written once (the parts: crud-contract/*.ts): create,
 * get, list with cursors, update, delete, optimistic concurrency, unique values, viewers and the
 * audit trail. A resource's test file calls `crudContract` with what differs for it (a valid body,
 * a change, its required fields, what a body needs to exist first) and keeps only the tests of what
 * is special about it. Names, id prefixes, entity types and unique fields come from the resource's
 * declaration in shared/resources.ts.
 */
import { expect } from 'vitest';
import { RESOURCES, resourceNamed, withArticle } from '../../../shared/resources.ts';
import { type ApiClient, auditEvents, newOrg, resourceClient, viewerToken } from '../api.ts';

/** What every stored resource answers besides its own fields. */
export interface Stored {
  id: string;
  organizationId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CrudContractOptions<C> {
  api: ApiClient;
  /** Creates what a valid body refers to in a fresh org (an offer's package); `body` receives it. */
  setup?: (org: string) => Promise<C>;
  /** A valid create body, with fresh (mixed-case) unique values on every call. */
  body: (ctx: C) => Record<string, unknown>;
  /** Every field a create of `body` answers besides id, organizationId, version and the timestamps. */
  fields: (body: Record<string, unknown>) => Record<string, unknown>;
  /** A valid change of a fresh item, a different one for each `n` (1, 2, …). */
  change: (n: number) => Record<string, unknown>;
  /** What an empty create body lacks. */
  required: readonly string[];
}

/** Well-formed ids with this prefix that no org holds. */
export const missingId = (prefix: string) => `${prefix}_01ARZ3NDEKTSV4RRFFQ69G5FAV`;

export const READ_ONLY = (prefix: string) => [
  { field: 'id', value: missingId(prefix) },
  { field: 'version', value: 1 },
  { field: 'createdAt', value: '2024-01-01T00:00:00.000Z' },
  { field: 'updatedAt', value: '2024-01-01T00:00:00.000Z' },
  { field: 'organizationId', value: 'someone-else' },
];

/** `Abc` → `aBc`-like: every other letter's case flipped. */
export const alternating = (value: string) =>
  [...value].map((ch, i) => (i % 2 ? ch.toLowerCase() : ch.toUpperCase())).join('');

/** The spellings of a value that count as the same value. */
export const spellings = (value: string) => [
  ...new Set([value, value.toLowerCase(), value.toUpperCase(), alternating(value)]),
];

/** Another spelling of a value with letters. */
export const otherCase = (value: string) =>
  value === value.toUpperCase() ? value.toLowerCase() : value.toUpperCase();

/** What the parts of the contract share for one resource: its declaration, client and helpers. */
export const contractKit = <T extends Stored, C>(collection: string, options: CrudContractOptions<C>) => {
  const resource = resourceNamed(collection);
  if (!resource.crud) throw new Error(`${collection} has no standard CRUD routes`);
  const { api } = options;
  const { singular, plural, entityType, idPrefix } = resource;
  const a = withArticle(singular);
  const client = resourceClient<T>(api, collection);
  const unique: readonly { field: string; code: string }[] = resource.unique;
  const MISSING = missingId(idPrefix);
  const ID = new RegExp(`^${idPrefix}_[0-9A-HJKMNP-TV-Z]{26}$`);
  const foreignPrefix = RESOURCES.find((r) => r.idPrefix !== idPrefix)?.idPrefix ?? 'x';
  // A list of another collection, for cursors: both take `{ name }` alone.
  const otherCollection = collection === 'plan-groups' ? 'companies' : 'plan-groups';

  /** A fresh org with what a body needs, and the audit events that took. */
  const fresh = async () => {
    const org = newOrg(collection);
    const ctx = options.setup ? await options.setup(org) : (undefined as C);
    const events = await auditEvents(api, org);
    return { org, ctx, events };
  };
  const create = (org: string, ctx: C, overrides: Record<string, unknown> = {}) =>
    client.create(org, { ...options.body(ctx), ...overrides });
  /** Asserts the org holds exactly `items` and no audit event besides `events`. */
  const expectOnly = async (org: string, items: T[], events: unknown[]) => {
    const list = await client.list(org);
    expect(list.status, list.text).toBe(200);
    expect(list.body.items).toStrictEqual(items);
    expect(await auditEvents(api, org)).toStrictEqual(events);
  };
  const textOf = (item: object, field: string) => {
    const value = (item as Record<string, unknown>)[field];
    if (typeof value !== 'string') throw new Error(`${collection}.${field} is not a string`);
    return value;
  };
  const viewer = (method: string, org: string, path: string, body?: unknown) =>
    api.request<T>(method, `/orgs/${org}/${collection}${path}`, {
      token: viewerToken(org),
      ...(body !== undefined ? { body } : {}),
    });

  return {
    collection,
    options,
    resource,
    api,
    singular,
    plural,
    entityType,
    idPrefix,
    a,
    client,
    unique,
    MISSING,
    ID,
    foreignPrefix,
    otherCollection,
    fresh,
    create,
    expectOnly,
    textOf,
    viewer,
  };
};

export type ContractKit<T extends Stored, C> = ReturnType<typeof contractKit<T, C>>;
