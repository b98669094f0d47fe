import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { page } from '../db/pagination.ts';
import { createResource, deleteResource, found, type ResourceSpec, updateResource } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { CompanyItem } from '../entities/company.ts';
import { DomainError } from '../errors.ts';
import { resourceNamed } from '../resources.ts';
import type {
  CompanyResource,
  CreateCompanyInput,
  ListCompaniesInput,
  UpdateCompanyInput,
} from './schemas.ts';

/** The public shape of a company: the internal `refCount` never leaves. */
export const toCompany = (item: CompanyItem): CompanyResource => ({
  id: item.id,
  organizationId: item.organizationId,
  name: item.name,
  legalName: item.legalName ?? null,
  taxId: item.taxId ?? null,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const read = async (orgId: string, id: string) =>
  (await db.company.get({ organizationId: orgId, id }).go({ consistent: true, ...GO })).data;

export const createCompany = (ctx: OperationContext, input: CreateCompanyInput): Promise<CompanyResource> =>
  createResource(companies, ctx, {
    name: input.name,
    legalName: input.legalName ?? undefined,
    taxId: input.taxId ?? undefined,
    refCount: 0,
  });

export const getCompany = async (ctx: OperationContext, id: string): Promise<CompanyResource> =>
  toCompany(found(await read(ctx.orgId, id), 'Company'));

export const listCompanies = (ctx: OperationContext, input: ListCompaniesInput) =>
  page(db.company.query.primary({ organizationId: ctx.orgId }), {
    scope: `${ctx.orgId}/companies`,
    limit: input.limit,
    cursor: input.cursor,
    map: toCompany,
  });

/** How the generic update and delete treat companies. */
const companies = {
  resource: resourceNamed('companies'),
  read,
  toApi: toCompany,
  create: (tx, item) => tx.company.create(item).commit(),
  patch: (tx, key, changes, version) =>
    tx.company
      .patch(key)
      .set(changes.set)
      .remove(changes.remove as ('legalName' | 'taxId')[])
      .where((a, op) => op.eq(a.version, version))
      .commit({ response: 'all_old' }),
  // Only a company no plan or product references; the count is checked in the delete's own condition.
  delete: (tx, key, version) =>
    tx.company
      .delete(key)
      .where((a, op) => `${op.eq(a.version, version)} AND ${op.eq(a.refCount, 0)}`)
      .commit({ response: 'all_old' }),
  inUse: (id) => new DomainError('company_in_use', `Company '${id}' is referenced by a plan or a product`),
} satisfies ResourceSpec<CompanyItem, CompanyResource>;

export const updateCompany = (ctx: OperationContext, id: string, input: UpdateCompanyInput) =>
  updateResource(companies, ctx, id, input);

export const deleteCompany = (ctx: OperationContext, id: string) => deleteResource(companies, ctx, id);
