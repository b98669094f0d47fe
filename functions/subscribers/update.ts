import { handle } from '../../shared/http/handler.ts';
import { updateSubscriber } from '../../shared/subscribers/operations.ts';
import {
  SubscriberParams,
  SubscriberSchema,
  UpdateSubscriberBody,
} from '../../shared/subscribers/schemas.ts';

export const handler = handle(
  { params: SubscriberParams, body: UpdateSubscriberBody, response: SubscriberSchema },
  ({ params, body, ctx }) => updateSubscriber(ctx, params.subscriberId, body),
);
