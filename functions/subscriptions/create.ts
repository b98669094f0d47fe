import { Answer, handle } from '../../shared/http/handler.ts';
import { grantSubscription } from '../../shared/subscriptions/grants.ts';
import { BindBody, SubscriptionSchema } from '../../shared/subscriptions/schemas.ts';

/** Manual bind: `201` with a new subscription, or `200` when `mode: "extend"` extended the live one. */
export const handler = handle(
  { body: BindBody, status: 201, alsoStatus: 200, response: SubscriptionSchema, location: 'subscriptions' },
  async ({ body, ctx }) => {
    const { subscription, created } = await grantSubscription(ctx, body);
    return new Answer(created ? 201 : 200, subscription);
  },
);
