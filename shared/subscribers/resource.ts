import type { OperationContext } from '../context.ts';
import { createOne, defineCrud } from '../db/crud.ts';
import { Subscriber } from '../entities/subscriber.ts';
import { normalizeUnique } from '../entities/unique-guard.ts';
import { DomainError } from '../errors.ts';
import { resourceNamed } from '../resources.ts';
import { type CreateSubscriberInput, subscriberSchemas } from './schemas.ts';

/**
 * Subscribers: username and email unique in the org ignoring case (guards, moved atomically on a
 * change), with lower-cased copies that index the list's exact-match filters. Their subscriptions
 * count on them (`subscriberReference`): one who ever held a subscription cannot be deleted.
 */
export const crud = defineCrud({
  resource: resourceNamed('subscribers'),
  entity: Subscriber,
  schemas: subscriberSchemas,
  derive: (subscriber) => ({
    usernameKey: normalizeUnique(subscriber.username),
    emailKey: normalizeUnique(subscriber.email),
  }),
  /**
   * Newest first. The filters are exact matches ignoring case on the lower-cased index keys: a
   * username filter queries its index (and filters by email when both are given), an email filter
   * alone queries the email index.
   */
  list: (orgId, input) => {
    const org = { organizationId: orgId };
    const usernameKey = input.username === undefined ? undefined : normalizeUnique(input.username);
    const emailKey = input.email === undefined ? undefined : normalizeUnique(input.email);
    const query =
      usernameKey !== undefined
        ? Subscriber.query
            .byUsername({ ...org, usernameKey })
            .where((a, op) => (emailKey !== undefined ? op.eq(a.emailKey, emailKey) : ''))
        : emailKey !== undefined
          ? Subscriber.query.byEmail({ ...org, emailKey })
          : Subscriber.query.primary(org);
    return {
      query,
      scope: `${orgId}/subscribers/${JSON.stringify([usernameKey ?? null, emailKey ?? null])}`,
    };
  },
  inUse: (id) => new DomainError('subscriber_in_use', `Subscriber '${id}' has subscriptions`),
});

/** The create by name, for callers other than the generic routes. */
export const createSubscriber = (ctx: OperationContext, input: CreateSubscriberInput) =>
  createOne(crud, ctx, input);
