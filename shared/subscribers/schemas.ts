import * as z from 'zod';
import { nullableText, pageOf, pageQuery, paramsWith, resourceFields } from '../common/schemas.ts';

/** Longest address SMTP can carry (RFC 5321 path limit less the angle brackets). */
export const EMAIL_MAX = 254;

const fields = {
  username: z.string().regex(/^[A-Za-z0-9_.-]{3,64}$/, { message: 'must be 3-64 of A-Z a-z 0-9 _ . -' }),
  email: z.email({ message: 'must be a valid email address' }).max(EMAIL_MAX),
  name: nullableText(200),
};

export const SubscriberParams = paramsWith('subscriberId', 'sbr');

export const CreateSubscriberBody = z.strictObject({ ...fields, name: fields.name.optional() });
export type CreateSubscriberInput = z.infer<typeof CreateSubscriberBody>;

export const UpdateSubscriberBody = z.strictObject(fields).partial();
export type UpdateSubscriberInput = z.infer<typeof UpdateSubscriberBody>;

/**
 * Exact-match filters, ignoring case. Any non-empty text is accepted (a value that is not a valid
 * username or email simply matches nothing); the bound only keeps index keys small.
 */
const filter = z.string().min(1).max(320);

export const ListSubscribersQuery = z.strictObject({
  ...pageQuery,
  username: filter.optional(),
  email: filter.optional(),
});
export type ListSubscribersInput = z.infer<typeof ListSubscribersQuery>;

export const SubscriberSchema = z.object({ ...resourceFields, ...fields }).meta({ id: 'Subscriber' });
export type SubscriberResource = z.infer<typeof SubscriberSchema>;

export const SubscriberPage = pageOf(SubscriberSchema);
