import { historyAt } from '../../shared/audit/history.ts';
import { HistoryParams, HistoryQuery, HistorySchema } from '../../shared/audit/schemas.ts';
import { handle } from '../../shared/http/handler.ts';

export const handler = handle(
  { params: HistoryParams, query: HistoryQuery, response: HistorySchema },
  ({ params, query, ctx }) => historyAt(ctx, { ...params, ...query }),
);
