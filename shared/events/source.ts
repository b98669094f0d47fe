/**
 * The constants that both the deployed stream filter (infra/constructs/change-events.ts) and the code
 * (shared/events/envelope.ts, the audit entity) rely on, in a module light enough for CDK to import.
 */

/** Every change event's `source`. */
export const EVENT_SOURCE = 'subscription-admin';

/** The ElectroDB entity name of audit items, which DynamoDB stores in `__edb_e__`. */
export const AUDIT_ENTITY = 'auditEvent';

/** The item attribute that names an item's entity (ElectroDB's identifier). */
export const ENTITY_ATTRIBUTE = '__edb_e__';
