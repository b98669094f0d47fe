import * as z from 'zod';
import { nullableText, pageOf, pageQuery, paramsWith, resourceFields } from '../common/schemas.ts';
import { CYCLES } from '../entities/price.ts';

const fields = {
  productId: z.string(),
  /** Minor units (cents). */
  amount: z.number().int().min(0),
  /** ISO 4217, upper case. */
  currency: z.string().regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code in upper case, e.g. USD' }),
  /** Billing cycle; null for a one-time price. */
  cycle: z.enum(CYCLES).nullable(),
  nickname: nullableText(100),
  active: z.boolean(),
};

export const PriceParams = paramsWith('priceId', 'price');

export const CreatePriceBody = z.strictObject({
  amount: fields.amount,
  currency: fields.currency,
  cycle: fields.cycle.optional(),
  nickname: fields.nickname.optional(),
  active: fields.active.default(true),
});
export type CreatePriceInput = z.infer<typeof CreatePriceBody>;

/**
 * A field fixed at create: present in an update body, it is refused with a message saying so
 * (rather than as an unknown field).
 */
const immutable = z
  .unknown()
  .refine(() => false, { message: 'cannot be changed after create' })
  .optional()
  // `not: {}`: no value is accepted, so a typed client cannot send it (rather than `unknown`).
  .meta({ not: {}, description: 'Immutable after create: an update carrying it is refused.' });

export const UpdatePriceBody = z.strictObject({
  nickname: fields.nickname.optional(),
  active: fields.active.optional(),
  amount: immutable,
  currency: immutable,
  cycle: immutable,
  productId: immutable,
});
export type UpdatePriceInput = Pick<z.infer<typeof UpdatePriceBody>, 'nickname' | 'active'>;

export const ListPricesQuery = z.strictObject(pageQuery);
export type ListPricesInput = z.infer<typeof ListPricesQuery>;

export const PriceSchema = z.object({ ...resourceFields, ...fields }).meta({ id: 'Price' });
export type PriceResource = z.infer<typeof PriceSchema>;

export const PricePage = pageOf(PriceSchema);
