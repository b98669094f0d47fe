import { handle } from '../../shared/http/handler.ts';
import { createSubscriber } from '../../shared/subscribers/operations.ts';
import { CreateSubscriberBody, SubscriberSchema } from '../../shared/subscribers/schemas.ts';

export const handler = handle(
  {
    body: CreateSubscriberBody,
    status: 201,
    response: SubscriberSchema,
    location: 'subscribers',
  },
  ({ body, ctx }) => createSubscriber(ctx, body),
);
