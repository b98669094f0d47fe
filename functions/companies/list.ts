import { listCompanies } from '../../shared/companies/operations.ts';
import { CompanyPage, ListCompaniesQuery } from '../../shared/companies/schemas.ts';
import { handle } from '../../shared/http/handler.ts';

export const handler = handle({ query: ListCompaniesQuery, response: CompanyPage }, ({ query, ctx }) =>
  listCompanies(ctx, query),
);
