import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { GO } from '../db/client.ts';
import { commit } from '../db/commit.ts';
import { page } from '../db/pagination.ts';
import { deleteResource, found, type ResourceSpec, updateResource } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { CompanyItem } from '../entities/company.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
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

export const createCompany = async (
  ctx: OperationContext,
  input: CreateCompanyInput,
): Promise<CompanyResource> => {
  const now = ctx.now.toISOString();
  const item: CompanyItem = {
    name: input.name,
    legalName: input.legalName ?? undefined,
    taxId: input.taxId ?? undefined,
    organizationId: ctx.orgId,
    id: newId('comp'),
    version: 1,
    createdAt: now,
    updatedAt: now,
    refCount: 0,
  };
  const created = toCompany(item);
  await commit(
    ctx,
    [
      { build: (tx) => tx.company.create(item).commit() },
      auditStep(ctx, {
        entityType: 'company',
        entityId: item.id,
        action: 'company.created',
        before: null,
        after: created,
      }),
    ],
    { result: created },
  );
  return created;
};

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
  what: 'Company',
  entityType: 'company',
  read,
  toApi: toCompany,
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
