import { listAuditEvents } from '../../shared/audit/operations.ts';
import { AuditEventPage, ListAuditEventsQuery } from '../../shared/audit/schemas.ts';
import { handle } from '../../shared/http/handler.ts';

export const handler = handle({ query: ListAuditEventsQuery, response: AuditEventPage }, ({ query, ctx }) =>
  listAuditEvents(ctx, query),
);
