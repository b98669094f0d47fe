import { handle } from '../../shared/http/handler.ts';
import { listSubscribers } from '../../shared/subscribers/operations.ts';
import { ListSubscribersQuery, SubscriberPage } from '../../shared/subscribers/schemas.ts';

export const handler = handle({ query: ListSubscribersQuery, response: SubscriberPage }, ({ query, ctx }) =>
  listSubscribers(ctx, query),
);
