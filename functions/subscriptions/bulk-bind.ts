import { handle } from '../../shared/http/handler.ts';
import { bulkBind } from '../../shared/subscriptions/grants.ts';
import { BulkBindBody, BulkBindResultSchema } from '../../shared/subscriptions/schemas.ts';

/** Binds one plan for up to 100 users, each on its own. */
export const handler = handle({ body: BulkBindBody, response: BulkBindResultSchema }, ({ body, ctx }) =>
  bulkBind(ctx, body),
);
