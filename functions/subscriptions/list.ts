import { handle } from '../../shared/http/handler.ts';
import { listSubscriptions } from '../../shared/subscriptions/operations.ts';
import { ListSubscriptionsQuery, SubscriptionPage } from '../../shared/subscriptions/schemas.ts';

export const handler = handle(
  { query: ListSubscriptionsQuery, response: SubscriptionPage },
  ({ query, ctx }) => listSubscriptions(ctx, query),
);
