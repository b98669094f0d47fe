import { getCompany } from '../../shared/companies/operations.ts';
import { CompanyParams, CompanySchema } from '../../shared/companies/schemas.ts';
import { handle } from '../../shared/http/handler.ts';

export const handler = handle({ params: CompanyParams, response: CompanySchema }, ({ params, ctx }) =>
  getCompany(ctx, params.companyId),
);
