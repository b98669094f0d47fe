import { handle } from '../../shared/http/handler.ts';
import { getSubscriber } from '../../shared/subscribers/operations.ts';
import { SubscriberParams, SubscriberSchema } from '../../shared/subscribers/schemas.ts';

export const handler = handle({ params: SubscriberParams, response: SubscriberSchema }, ({ params, ctx }) =>
  getSubscriber(ctx, params.subscriberId),
);
