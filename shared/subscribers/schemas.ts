import * as z from 'zod';
import { crudSchemas, nullableText } from '../common/schemas.ts';
import { resourceNamed } from '../resources.ts';

/** Longest address SMTP can carry (RFC 5321 path limit less the angle brackets). */
export const EMAIL_MAX = 254;

const fields = {
  username: z.string().regex(/^[A-Za-z0-9_.-]{3,64}$/, { message: 'must be 3-64 of A-Z a-z 0-9 _ . -' }),
  email: z.email({ message: 'must be a valid email address' }).max(EMAIL_MAX),
  name: nullableText(200),
};

/**
 * Exact-match filters, ignoring case. Any non-empty text is accepted (a value that is not a valid
 * username or email simply matches nothing); the bound only keeps index keys small.
 */
const filter = z.string().min(1).max(320);

/** A subscriber's params, create, update, list (filtered by username and email), the subscriber and its page. */
export const subscriberSchemas = crudSchemas(resourceNamed('subscribers'), fields, {
  username: filter.optional(),
  email: filter.optional(),
});

export type CreateSubscriberInput = z.infer<typeof subscriberSchemas.create>;
export type SubscriberResource = z.infer<typeof subscriberSchemas.item>;
