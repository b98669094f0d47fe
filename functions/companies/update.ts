import { updateCompany } from '../../shared/companies/operations.ts';
import { CompanyParams, CompanySchema, UpdateCompanyBody } from '../../shared/companies/schemas.ts';
import { handle } from '../../shared/http/handler.ts';

export const handler = handle(
  { params: CompanyParams, body: UpdateCompanyBody, response: CompanySchema },
  ({ params, body, ctx }) => updateCompany(ctx, params.companyId, body),
);
