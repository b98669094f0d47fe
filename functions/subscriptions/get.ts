import { handle } from '../../shared/http/handler.ts';
import { getSubscription } from '../../shared/subscriptions/operations.ts';
import { SubscriptionParams, SubscriptionSchema } from '../../shared/subscriptions/schemas.ts';

export const handler = handle(
  { params: SubscriptionParams, response: SubscriptionSchema },
  ({ params, ctx }) => getSubscription(ctx, params.subscriptionId),
);
