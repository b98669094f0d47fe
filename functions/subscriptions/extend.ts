import { handle } from '../../shared/http/handler.ts';
import { extendSubscription } from '../../shared/subscriptions/grants.ts';
import { ExtendBody, SubscriptionParams, SubscriptionSchema } from '../../shared/subscriptions/schemas.ts';

/** More time on a live subscription: `cycles`, `days` or a later `endsAt`. */
export const handler = handle(
  { params: SubscriptionParams, body: ExtendBody, response: SubscriptionSchema },
  ({ params, body, ctx }) => extendSubscription(ctx, params.subscriptionId, body),
);
