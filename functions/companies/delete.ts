import { deleteCompany } from '../../shared/companies/operations.ts';
import { CompanyParams } from '../../shared/companies/schemas.ts';
import { handle } from '../../shared/http/handler.ts';

export const handler = handle({ params: CompanyParams, status: 204 }, ({ params, ctx }) =>
  deleteCompany(ctx, params.companyId),
);
