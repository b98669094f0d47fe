import { handle } from '../../shared/http/handler.ts';
import { deleteSubscriber } from '../../shared/subscribers/operations.ts';
import { SubscriberParams } from '../../shared/subscribers/schemas.ts';

export const handler = handle({ params: SubscriberParams, status: 204 }, ({ params, ctx }) =>
  deleteSubscriber(ctx, params.subscriberId),
);
