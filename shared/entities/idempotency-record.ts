import { Entity, type EntityItem } from 'electrodb';
import { key, SERVICE } from './common.ts';
import { lazyEntity, tableBinding } from './lazy.ts';

export const IDEMPOTENCY_STATUSES = ['in_progress', 'completed'] as const;

/**
 * The lock and the remembered response of one `Idempotency-Key`. `scope` is a hash of the
 * caller and the key, so keys are per org and per caller and cannot collide through separators.
 */
export const IdempotencyRecord = lazyEntity(
  () =>
    new Entity(
      {
        model: { entity: 'idempotency', version: '1', service: SERVICE },
        attributes: {
          organizationId: { type: 'string', required: true, readOnly: true },
          scope: { type: 'string', required: true, readOnly: true },
          status: { type: IDEMPOTENCY_STATUSES, required: true },
          /** Hash of method, path and body: a different request with the same key is refused. */
          requestHash: { type: 'string', required: true },
          /** Owner of the in-progress lock; only the owner completes or releases it. */
          token: { type: 'string', required: true },
          /** Epoch ms after which an in-progress lock is considered abandoned. */
          lockExpiresAt: { type: 'number', required: true },
          /** Epoch seconds: DynamoDB TTL and the 24-hour replay window. */
          expiresAt: { type: 'number', required: true, field: 'ttl' },
          response: { type: 'any' },
        },
        indexes: {
          primary: {
            pk: key('pk', ['organizationId', 'scope']),
            sk: key('sk', []),
          },
        },
      },
      tableBinding(),
    ),
);

export type IdempotencyRecordItem = EntityItem<typeof IdempotencyRecord>;
