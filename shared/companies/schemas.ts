import * as z from 'zod';
import { crudSchemas, nullableText } from '../common/schemas.ts';
import { resourceNamed } from '../resources.ts';

const fields = {
  name: z.string().min(1).max(200),
  legalName: nullableText(200),
  taxId: nullableText(64),
};

/** A company's params, create, update, list, the company and its page. */
export const companySchemas = crudSchemas(resourceNamed('companies'), fields);

export type CompanyResource = z.infer<typeof companySchemas.item>;
