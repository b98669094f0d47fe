import { createCompany } from '../../shared/companies/operations.ts';
import { CompanySchema, CreateCompanyBody } from '../../shared/companies/schemas.ts';
import { handle } from '../../shared/http/handler.ts';

export const handler = handle(
  {
    body: CreateCompanyBody,
    status: 201,
    response: CompanySchema,
    location: 'companies',
  },
  ({ body, ctx }) => createCompany(ctx, body),
);
