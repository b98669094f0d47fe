import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { page } from '../db/pagination.ts';
import { createResource, deleteResource, found, type ResourceSpec, updateResource } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { SubscriberItem } from '../entities/subscriber.ts';
import { normalizeUnique } from '../entities/unique-guard.ts';
import { DomainError } from '../errors.ts';
import { resourceNamed } from '../resources.ts';
import type {
  CreateSubscriberInput,
  ListSubscribersInput,
  SubscriberResource,
  UpdateSubscriberInput,
} from './schemas.ts';

/** The public shape of a subscriber: the index keys and `refCount` never leave. */
export const toSubscriber = (item: SubscriberItem): SubscriberResource => ({
  id: item.id,
  organizationId: item.organizationId,
  username: item.username,
  email: item.email,
  name: item.name ?? null,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const read = async (orgId: string, id: string) =>
  (await db.subscriber.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

export const createSubscriber = (
  ctx: OperationContext,
  input: CreateSubscriberInput,
): Promise<SubscriberResource> =>
  createResource(subscribers, ctx, {
    username: input.username,
    email: input.email,
    name: input.name ?? undefined,
    usernameKey: normalizeUnique(input.username),
    emailKey: normalizeUnique(input.email),
    refCount: 0,
  });

export const getSubscriber = async (ctx: OperationContext, id: string): Promise<SubscriberResource> =>
  toSubscriber(found(await read(ctx.orgId, id), 'Subscriber'));

/**
 * Newest first. The filters are exact matches ignoring case on the lower-cased index keys: a
 * username filter queries its index (and filters by email when both are given), an email filter
 * alone queries the email index.
 */
export const listSubscribers = (ctx: OperationContext, input: ListSubscribersInput) => {
  const org = { organizationId: ctx.orgId };
  const usernameKey = input.username === undefined ? undefined : normalizeUnique(input.username);
  const emailKey = input.email === undefined ? undefined : normalizeUnique(input.email);
  const query =
    usernameKey !== undefined
      ? db.subscriber.query
          .byUsername({ ...org, usernameKey })
          .where((a, op) => (emailKey !== undefined ? op.eq(a.emailKey, emailKey) : ''))
      : emailKey !== undefined
        ? db.subscriber.query.byEmail({ ...org, emailKey })
        : db.subscriber.query.primary(org);
  return page(query, {
    scope: `${ctx.orgId}/subscribers/${JSON.stringify([usernameKey ?? null, emailKey ?? null])}`,
    limit: input.limit,
    cursor: input.cursor,
    map: toSubscriber,
  });
};

/** How the generic update and delete treat subscribers. */
const subscribers = {
  resource: resourceNamed('subscribers'),
  read,
  toApi: toSubscriber,
  create: (tx, item) => tx.subscriber.create(item).commit(),
  patch: (tx, key, changes, version) =>
    tx.subscriber
      .patch(key)
      .set(changes.set)
      .remove(changes.remove as 'name'[])
      .where((a, op) => op.eq(a.version, version))
      .commit({ response: 'all_old' }),
  // Only a subscriber who never held a subscription: the count is checked in the delete's own condition.
  delete: (tx, key, version) =>
    tx.subscriber
      .delete(key)
      .where((a, op) => `${op.eq(a.version, version)} AND ${op.eq(a.refCount, 0)}`)
      .commit({ response: 'all_old' }),
  inUse: (id) => new DomainError('subscriber_in_use', `Subscriber '${id}' has subscriptions`),
} satisfies ResourceSpec<SubscriberItem, SubscriberResource>;

/** Username and email changes move their guards atomically; the index keys follow their fields. */
export const updateSubscriber = (ctx: OperationContext, id: string, input: UpdateSubscriberInput) =>
  updateResource(subscribers, ctx, id, input, {
    derive: (next) => ({
      usernameKey: normalizeUnique(next.username),
      emailKey: normalizeUnique(next.email),
    }),
  });

export const deleteSubscriber = (ctx: OperationContext, id: string) => deleteResource(subscribers, ctx, id);
