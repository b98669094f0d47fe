import * as z from 'zod';
import { crudSchemas, nullableText } from '../common/schemas.ts';
import { resourceNamed } from '../resources.ts';

const fields = {
  name: z.string().min(1).max(100),
  description: nullableText(1000),
};

/** A plan group's params, create, update, list, the group and its page. */
export const planGroupSchemas = crudSchemas(resourceNamed('plan-groups'), fields);

export type PlanGroupResource = z.infer<typeof planGroupSchemas.item>;
