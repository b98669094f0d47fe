import { isDeepStrictEqual } from 'node:util';
import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { type DomainError, notFound, versionMismatch } from '../errors.ts';
import { newId } from '../ids.ts';
import { capitalized, type Resource } from '../resources.ts';
import {
  commit,
  retryOnStale,
  type TxEntities,
  type TxItem,
  type TxStep,
  versionedFailure,
} from './commit.ts';
import { claimUniques, moveUniques, releaseUniques } from './guards.ts';

/**
 * A resource read for a write: `not_found` when absent, `version_mismatch` when the caller expects
 * another version. Reads are strongly consistent so the version we condition on is current.
 */
export const readForWrite = async <T extends { version: number }>(
  ctx: OperationContext,
  what: string,
  read: () => Promise<T | null>,
): Promise<T> => {
  const current = await read();
  if (!current) throw notFound(what);
  if (ctx.expectedVersion !== undefined && ctx.expectedVersion !== current.version) {
    throw versionMismatch(ctx.expectedVersion, current.version);
  }
  return current;
};

/** `not_found` when a read found nothing. */
export const found = <T>(item: T | null | undefined, what: string): T => {
  if (item === null || item === undefined) throw notFound(what);
  return item;
};

/**
 * What a partial update changes: `set` holds new values, `remove` the optional fields that
 * `null` clears. Fields equal to their current value are no change at all.
 */
export const diff = (current: object, input: object) => {
  const now = current as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined || isDeepStrictEqual(now[field] ?? null, value)) continue;
    if (value === null) remove.push(field);
    else set[field] = value;
  }
  return { set, remove, changed: Object.keys(set).length > 0 || remove.length > 0 };
};

/** The item as it will be after `diff`'s changes, with the next version stamped. */
export const applyDiff = <T extends { version: number; updatedAt: string }>(
  ctx: OperationContext,
  current: T,
  changes: { set: Record<string, unknown>; remove: string[] },
): T => {
  const next: Record<string, unknown> = {
    ...current,
    ...changes.set,
    version: current.version + 1,
    updatedAt: ctx.now.toISOString(),
  };
  for (const field of changes.remove) delete next[field];
  return next as T;
};

/** What the generic create, versioned update and delete need to know of one resource. */
export interface ResourceSpec<Item extends { version: number; updatedAt: string }, Api> {
  /** Its declaration (shared/resources.ts): names, audit entity type, id prefix, unique fields. */
  resource: Resource;
  /** Entities its steps use that are not in `db` (its own, for a resource only its own writes touch). */
  entities?: Readonly<Record<string, object>>;
  read: (orgId: string, id: string) => Promise<Item | null>;
  toApi: (item: Item) => Api;
  /** The entity's patch: `set` and `remove`, conditioned on `version` (commit with `response: 'all_old'`). */
  patch: (
    tx: TxEntities,
    key: { organizationId: string; id: string },
    changes: { set: Record<string, unknown>; remove: string[] },
    version: number,
  ) => TxItem;
  /** The entity's create (never overwrites: ElectroDB conditions it on the item not existing). */
  create?: (tx: TxEntities, item: Item) => TxItem;
  /** The entity's delete, conditioned on `version` and on whatever must hold for a delete. */
  delete?: (tx: TxEntities, key: { organizationId: string; id: string }, version: number) => TxItem;
  /** What a failed delete condition means when the version still matched (e.g. `company_in_use`). */
  inUse?: (id: string, current: Record<string, unknown>) => DomainError;
  /** What a failed patch condition means when the version still matched (a rule `patch` conditions on). */
  refused?: (current: Record<string, unknown>) => DomainError;
}

/**
 * A partial update (PATCH) of a resource: read, diff, one transaction conditioned on the version
 * read (re-read on a lost race without an expected version, `version_mismatch` with it), with its audit event, the
 * moves of its changed unique fields and the resource's own extra steps (references). A PATCH that changes nothing writes nothing.
 */
export const updateResource = <Item extends { version: number; updatedAt: string }, Api>(
  spec: ResourceSpec<Item, Api>,
  ctx: OperationContext,
  id: string,
  input: object,
  options: {
    /** Attributes that follow from the changes (e.g. lower-cased index keys). */
    derive?: (next: Item) => Record<string, unknown>;
    /** Rules judged on the resource as it would become (may read what it references); throws to refuse. */
    check?: (current: Item, next: Item) => Promise<void> | void;
    steps?: (current: Item, next: Item) => TxStep[];
  } = {},
): Promise<Api> =>
  retryOnStale(async () => {
    const current = await readForWrite(ctx, whatOf(spec.resource), () => spec.read(ctx.orgId, id));
    const changes = diff(current, input);
    if (!changes.changed) return spec.toApi(current);
    const changed = applyDiff(ctx, current, changes);
    const derived = options.derive?.(changed) ?? {};
    const next = { ...changed, ...derived } as Item;
    await options.check?.(current, next);
    const after = spec.toApi(next);
    const key = { organizationId: ctx.orgId, id };
    const set = { ...changes.set, ...derived, version: next.version, updatedAt: next.updatedAt };
    await commit(
      ctx,
      [
        {
          build: (tx) => spec.patch(tx, key, { set, remove: changes.remove }, current.version),
          onFail: versionedFailure(ctx, whatOf(spec.resource), current.version, spec.refused),
        },
        ...(options.steps?.(current, next) ?? []),
        ...moveUniques(ctx.orgId, spec.resource, current as unknown as { id: string }, input),
        auditStep(ctx, {
          entityType: spec.resource.entityType,
          entityId: id,
          action: `${spec.resource.entityType}.updated`,
          before: spec.toApi(current) as object,
          after: after as object,
        }),
      ],
      { result: after, ...own(spec) },
    );
    return after;
  });

/** Deletes a resource (204): one transaction conditioned on its version and `spec.delete`'s rule. */
export const deleteResource = <Item extends { version: number; updatedAt: string }, Api>(
  spec: ResourceSpec<Item, Api> & Required<Pick<ResourceSpec<Item, Api>, 'delete'>>,
  ctx: OperationContext,
  id: string,
  options: { check?: (current: Item) => void; steps?: (current: Item) => TxStep[] } = {},
): Promise<void> =>
  retryOnStale(async () => {
    const current = await readForWrite(ctx, whatOf(spec.resource), () => spec.read(ctx.orgId, id));
    options.check?.(current);
    await commit(
      ctx,
      [
        {
          build: (tx) => spec.delete(tx, { organizationId: ctx.orgId, id }, current.version),
          onFail: versionedFailure(
            ctx,
            whatOf(spec.resource),
            current.version,
            spec.inUse ? (now) => (spec.inUse as NonNullable<typeof spec.inUse>)(id, now) : undefined,
          ),
        },
        ...(options.steps?.(current) ?? []),
        ...releaseUniques(ctx.orgId, spec.resource, current as unknown as { id: string }),
        auditStep(ctx, {
          entityType: spec.resource.entityType,
          entityId: id,
          action: `${spec.resource.entityType}.deleted`,
          before: spec.toApi(current) as object,
          after: null,
        }),
      ],
      own(spec),
    );
  });

/** The commit option that hands a transaction the entities of `spec` that are not in `db`. */
const own = (spec: { entities?: Readonly<Record<string, object>> }) =>
  spec.entities ? { entities: spec.entities } : {};

/** `Plan group`: how messages name one of `resource`. */
const whatOf = (resource: Resource): string => capitalized(resource.singular);

/** The attributes every item has, which `createResource` sets. */
type Base = 'organizationId' | 'id' | 'version' | 'createdAt' | 'updatedAt';

/**
 * Creates a resource (201): a new id with its prefix, version 1 and timestamps, in one transaction
 * with the claims of its unique fields, the resource's own extra steps (references) and its audit
 * event. A clash on a unique field is its `*_taken` code; nothing is written.
 */
export const createResource = async <Item extends { id: string; version: number; updatedAt: string }, Api>(
  spec: ResourceSpec<Item, Api> & Required<Pick<ResourceSpec<Item, Api>, 'create'>>,
  ctx: OperationContext,
  fields: Omit<Item, Base>,
  options: { steps?: (item: Item) => TxStep[] } = {},
): Promise<Api> => {
  const now = ctx.now.toISOString();
  const item = {
    ...fields,
    organizationId: ctx.orgId,
    id: newId(spec.resource.idPrefix),
    version: 1,
    createdAt: now,
    updatedAt: now,
  } as unknown as Item;
  const created = spec.toApi(item);
  await commit(
    ctx,
    [
      { build: (tx) => spec.create(tx, item) },
      ...(options.steps?.(item) ?? []),
      ...claimUniques(ctx.orgId, spec.resource, item),
      auditStep(ctx, {
        entityType: spec.resource.entityType,
        entityId: item.id,
        action: `${spec.resource.entityType}.created`,
        before: null,
        after: created as object,
      }),
    ],
    { result: created, ...own(spec) },
  );
  return created;
};
