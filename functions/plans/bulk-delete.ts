import { handle } from '../../shared/http/handler.ts';
import { bulkDelete } from '../../shared/plans/lifecycle.ts';
import { BulkPlansBody, BulkResultSchema } from '../../shared/plans/schemas.ts';

export const handler = handle({ body: BulkPlansBody, response: BulkResultSchema }, ({ body, ctx }) =>
  bulkDelete(ctx, body.planIds),
);
