import * as z from 'zod';
import { nullableText, pageOf, pageQuery, paramsWith, resourceFields } from '../common/schemas.ts';

const fields = {
  name: z.string().min(1).max(200),
  legalName: nullableText(200),
  taxId: nullableText(64),
};

export const CompanyParams = paramsWith('companyId', 'comp');

export const CreateCompanyBody = z.strictObject({
  name: fields.name,
  legalName: fields.legalName.optional(),
  taxId: fields.taxId.optional(),
});
export type CreateCompanyInput = z.infer<typeof CreateCompanyBody>;

export const UpdateCompanyBody = z.strictObject({
  name: fields.name.optional(),
  legalName: fields.legalName.optional(),
  taxId: fields.taxId.optional(),
});
export type UpdateCompanyInput = z.infer<typeof UpdateCompanyBody>;

export const ListCompaniesQuery = z.strictObject(pageQuery);
export type ListCompaniesInput = z.infer<typeof ListCompaniesQuery>;

export const CompanySchema = z.object({ ...resourceFields, ...fields }).meta({ id: 'Company' });
export type CompanyResource = z.infer<typeof CompanySchema>;

export const CompanyPage = pageOf(CompanySchema);
