import { defineCrud } from '../db/crud.ts';
import { Company } from '../entities/company.ts';
import { DomainError } from '../errors.ts';
import { resourceNamed } from '../resources.ts';
import { companySchemas } from './schemas.ts';

/** Companies bill plans and products, which count on them (`companyReference`): one still used cannot go. */
export const crud = defineCrud({
  resource: resourceNamed('companies'),
  entity: Company,
  schemas: companySchemas,
  inUse: (id) => new DomainError('company_in_use', `Company '${id}' is referenced by a plan or a product`),
});
