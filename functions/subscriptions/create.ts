import { handle } from '../../shared/http/handler.ts';
import { bindSubscription } from '../../shared/subscriptions/operations.ts';
import { BindBody, SubscriptionSchema } from '../../shared/subscriptions/schemas.ts';

/** Manual bind. */
export const handler = handle(
  { body: BindBody, status: 201, response: SubscriptionSchema, location: 'subscriptions' },
  ({ body, ctx }) => bindSubscription(ctx, body),
);
