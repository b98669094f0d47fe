import { handle } from '../../shared/http/handler.ts';
import { cancelSubscription } from '../../shared/subscriptions/operations.ts';
import { CancelBody, SubscriptionParams, SubscriptionSchema } from '../../shared/subscriptions/schemas.ts';

export const handler = handle(
  { params: SubscriptionParams, body: CancelBody, bodyOptional: true, response: SubscriptionSchema },
  ({ params, body, ctx }) => cancelSubscription(ctx, params.subscriptionId, body.atPeriodEnd ?? false),
);
