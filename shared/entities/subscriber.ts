import { Entity, type EntityItem } from 'electrodb';
import { orgIndex, primaryIndex, resourceAttributes, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';

/**
 * A user who holds subscriptions. Username and email are unique in the org ignoring case
 * (guards); the lower-cased copies index the exact-match list filters.
 */
export const Subscriber = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'subscriber', version: '1', service: SERVICE },
        attributes: {
          ...resourceAttributes,
          username: { type: 'string', required: true },
          email: { type: 'string', required: true },
          name: { type: 'string' },
          /** Lower-cased `username` / `email` for the list filters. Internal. */
          usernameKey: { type: 'string', required: true },
          emailKey: { type: 'string', required: true },
          /** Subscriptions it has ever held; delete requires 0 (`subscriber_in_use`). Internal. */
          refCount: { type: 'number', required: true, default: 0 },
        },
        indexes: {
          primary: primaryIndex,
          byUsername: orgIndex(1, 'usernameKey'),
          byEmail: orgIndex(2, 'emailKey'),
        },
      },
      tableBinding(),
    ),
);

export type SubscriberItem = EntityItem<typeof Subscriber>;
