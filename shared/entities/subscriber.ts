import { Entity, type EntityItem } from 'electrodb';
import { key, primaryIndex, resourceAttributes, SERVICE } from './common.ts';
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
          byUsername: {
            index: 'gsi1',
            pk: key('gsi1pk', ['organizationId', 'usernameKey']),
            sk: key('gsi1sk', ['id']),
          },
          byEmail: {
            index: 'gsi2',
            pk: key('gsi2pk', ['organizationId', 'emailKey']),
            sk: key('gsi2sk', ['id']),
          },
        },
      },
      tableBinding(),
    ),
);

export type SubscriberItem = EntityItem<typeof Subscriber>;
