import { handle } from '../../shared/http/handler.ts';
import { bulkArchive } from '../../shared/plans/lifecycle.ts';
import { BulkPlansBody, BulkResultSchema } from '../../shared/plans/schemas.ts';

export const handler = handle({ body: BulkPlansBody, response: BulkResultSchema }, ({ body, ctx }) =>
  bulkArchive(ctx, body.planIds),
);
