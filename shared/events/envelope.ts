import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { toAuditEvent } from '../audit/operations.ts';
import type { AuditEventResource } from '../audit/schemas.ts';
import { db } from '../db/service.ts';
import { AUDIT_ENTITY, ENTITY_ATTRIBUTE, EVENT_SOURCE } from './source.ts';

export { AUDIT_ENTITY, EVENT_SOURCE } from './source.ts';

/**
 * A change event (API.md, Change events): EventBridge's envelope around an audit event as
 * `GET /audit-events` returns it (which carries `organizationId`).
 */
export interface ChangeEvent {
  /** The stream record's id: the same on every redelivery of the record. In AWS EventBridge assigns its own. */
  id: string;
  source: typeof EVENT_SOURCE;
  /** The audit event's `action`, e.g. `subscription.created`. */
  'detail-type': string;
  /** The audit event's `at`: when the change committed. */
  time: string;
  detail: AuditEventResource;
}

/** A DynamoDB stream record, as Lambda hands it over and as the DynamoDB Streams API returns it. */
export type StreamRecord = Pick<DynamoDBRecord, 'eventID' | 'eventName' | 'dynamodb'>;

/**
 * The change event of one stream record, or undefined when the record is not the insert of an audit
 * item (every other item of the table, and audit items are never updated or deleted). The same
 * function serves AWS (functions/events/publish.ts) and `npm start` (shared/local/webhook.ts), and the
 * item becomes the resource through the audit module's own mapping, exactly as the list does.
 */
export const changeEventOf = (record: StreamRecord): ChangeEvent | undefined => {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image || image[ENTITY_ATTRIBUTE]?.S !== AUDIT_ENTITY)
    return undefined;
  // The stream's attribute values have the same JSON shape as the SDK's (only the type names differ).
  const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
  const { data } = db.auditEvent.parse({ Item: item });
  if (!data) return undefined;
  const detail = toAuditEvent(data);
  return {
    id: record.eventID ?? detail.id,
    source: EVENT_SOURCE,
    'detail-type': detail.action,
    time: detail.at,
    detail,
  };
};

/** Events of one entity are delivered in commit order; this names that entity. */
export const orderingKeyOf = (event: ChangeEvent): string =>
  `${event.detail.organizationId}/${event.detail.entityId}`;
