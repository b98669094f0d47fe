import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { commit, retryOnStale, versionedFailure } from '../db/commit.ts';
import { claimUnique, moveUnique, releaseUnique } from '../db/guards.ts';
import { page } from '../db/pagination.ts';
import { applyDiff, diff, found, readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { SubscriberItem } from '../entities/subscriber.ts';
import { normalizeUnique } from '../entities/unique-guard.ts';
import { ApiError } from '../errors.ts';
import { newId } from '../ids.ts';
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

const usernameTaken = (username: string) => ({
  code: 'username_taken' as const,
  field: 'username',
  detail: `A subscriber with username '${username}' already exists`,
});

const emailTaken = (email: string) => ({
  code: 'email_taken' as const,
  field: 'email',
  detail: `A subscriber with email '${email}' already exists`,
});

const read = async (orgId: string, id: string) =>
  (await db.subscriber.get({ organizationId: orgId, id }).go({ consistent: true })).data;

export const createSubscriber = async (
  ctx: OperationContext,
  input: CreateSubscriberInput,
): Promise<SubscriberResource> => {
  const now = ctx.now.toISOString();
  const item: SubscriberItem = {
    organizationId: ctx.orgId,
    id: newId('sbr'),
    username: input.username,
    email: input.email,
    name: input.name ?? undefined,
    usernameKey: normalizeUnique(input.username),
    emailKey: normalizeUnique(input.email),
    version: 1,
    createdAt: now,
    updatedAt: now,
    refCount: 0,
  };
  const created = toSubscriber(item);
  await commit(
    ctx,
    [
      { build: (tx) => tx.subscriber.create(item).commit() },
      claimUnique(ctx.orgId, 'subscriber-username', input.username, item.id, usernameTaken(input.username)),
      claimUnique(ctx.orgId, 'subscriber-email', input.email, item.id, emailTaken(input.email)),
      auditStep(ctx, {
        entityType: 'subscriber',
        entityId: item.id,
        action: 'subscriber.created',
        before: null,
        after: created,
      }),
    ],
    { result: created },
  );
  return created;
};

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

export const updateSubscriber = (ctx: OperationContext, id: string, input: UpdateSubscriberInput) =>
  retryOnStale(async (): Promise<SubscriberResource> => {
    const current = await readForWrite(ctx, 'Subscriber', () => read(ctx.orgId, id));
    const changes = diff(current, input);
    if (!changes.changed) return toSubscriber(current);
    const next = applyDiff(ctx, current, changes);
    const after = toSubscriber(next);
    // The index keys follow their fields on every write (a change of case keeps the same key).
    const keys = {
      ...(typeof changes.set.username === 'string'
        ? { usernameKey: normalizeUnique(changes.set.username) }
        : {}),
      ...(typeof changes.set.email === 'string' ? { emailKey: normalizeUnique(changes.set.email) } : {}),
    };
    await commit(
      ctx,
      [
        {
          build: (tx) =>
            tx.subscriber
              .patch({ organizationId: ctx.orgId, id })
              .set({ ...changes.set, ...keys, version: next.version, updatedAt: next.updatedAt })
              .remove(changes.remove as 'name'[])
              .where((a, op) => op.eq(a.version, current.version))
              .commit({ response: 'all_old' }),
          onFail: versionedFailure(ctx, 'Subscriber', current.version),
        },
        ...moveUnique(
          ctx.orgId,
          'subscriber-username',
          current.username,
          input.username,
          id,
          usernameTaken(input.username ?? ''),
        ),
        ...moveUnique(
          ctx.orgId,
          'subscriber-email',
          current.email,
          input.email,
          id,
          emailTaken(input.email ?? ''),
        ),
        auditStep(ctx, {
          entityType: 'subscriber',
          entityId: id,
          action: 'subscriber.updated',
          before: toSubscriber(current),
          after,
        }),
      ],
      { result: after },
    );
    return after;
  });

export const deleteSubscriber = (ctx: OperationContext, id: string) =>
  retryOnStale(async (): Promise<void> => {
    const current = await readForWrite(ctx, 'Subscriber', () => read(ctx.orgId, id));
    await commit(ctx, [
      {
        build: (tx) =>
          tx.subscriber
            .delete({ organizationId: ctx.orgId, id })
            .where((a, op) => `${op.eq(a.version, current.version)} AND ${op.eq(a.refCount, 0)}`)
            .commit({ response: 'all_old' }),
        onFail: versionedFailure(
          ctx,
          'Subscriber',
          current.version,
          () => new ApiError('subscriber_in_use', `Subscriber '${id}' has subscriptions`),
        ),
      },
      releaseUnique(ctx.orgId, 'subscriber-username', current.username, id),
      releaseUnique(ctx.orgId, 'subscriber-email', current.email, id),
      auditStep(ctx, {
        entityType: 'subscriber',
        entityId: id,
        action: 'subscriber.deleted',
        before: toSubscriber(current),
        after: null,
      }),
    ]);
  });
