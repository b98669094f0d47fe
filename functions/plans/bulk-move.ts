import { handle } from '../../shared/http/handler.ts';
import { bulkMove } from '../../shared/plans/lifecycle.ts';
import { BulkMoveBody, BulkResultSchema } from '../../shared/plans/schemas.ts';

export const handler = handle({ body: BulkMoveBody, response: BulkResultSchema }, ({ body, ctx }) =>
  bulkMove(ctx, body.planIds, body.groupId),
);
