import { handle } from '../../shared/http/handler.ts';
import { redeemOffer } from '../../shared/redemptions/operations.ts';
import { RedeemBody, SubscriptionSchema } from '../../shared/subscriptions/schemas.ts';

/** A learner activates an offer by its code: `201` with the new subscription. */
export const handler = handle(
  { body: RedeemBody, status: 201, response: SubscriptionSchema, location: 'subscriptions' },
  ({ body, ctx }) => redeemOffer(ctx, body),
);
