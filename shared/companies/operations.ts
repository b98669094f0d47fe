import { auditStep } from '../audit/record.ts';
import type { OperationContext } from '../context.ts';
import { commit, retryOnStale, versionedFailure } from '../db/commit.ts';
import { page } from '../db/pagination.ts';
import { applyDiff, diff, found, readForWrite } from '../db/resource.ts';
import { db } from '../db/service.ts';
import type { CompanyItem } from '../entities/company.ts';
import { ApiError } from '../errors.ts';
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
  (await db.company.get({ organizationId: orgId, id }).go({ consistent: true })).data;

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

export const updateCompany = (ctx: OperationContext, id: string, input: UpdateCompanyInput) =>
  retryOnStale(async (): Promise<CompanyResource> => {
    const current = await readForWrite(ctx, 'Company', () => read(ctx.orgId, id));
    const changes = diff(current, input);
    if (!changes.changed) return toCompany(current);
    const next = applyDiff(ctx, current, changes);
    const after = toCompany(next);
    await commit(
      ctx,
      [
        {
          build: (tx) =>
            tx.company
              .patch({ organizationId: ctx.orgId, id })
              .set({ ...changes.set, version: next.version, updatedAt: next.updatedAt })
              .remove(changes.remove as ('legalName' | 'taxId')[])
              .where((a, op) => op.eq(a.version, current.version))
              .commit({ response: 'all_old' }),
          onFail: versionedFailure(ctx, 'Company', current.version),
        },
        auditStep(ctx, {
          entityType: 'company',
          entityId: id,
          action: 'company.updated',
          before: toCompany(current),
          after,
        }),
      ],
      { result: after },
    );
    return after;
  });

/** Deletes a company no plan or product references; the count is checked in the delete's own condition. */
export const deleteCompany = (ctx: OperationContext, id: string) =>
  retryOnStale(async (): Promise<void> => {
    const current = await readForWrite(ctx, 'Company', () => read(ctx.orgId, id));
    await commit(ctx, [
      {
        build: (tx) =>
          tx.company
            .delete({ organizationId: ctx.orgId, id })
            .where((a, op) => `${op.eq(a.version, current.version)} AND ${op.eq(a.refCount, 0)}`)
            .commit({ response: 'all_old' }),
        onFail: versionedFailure(
          ctx,
          'Company',
          current.version,
          () => new ApiError('company_in_use', `Company '${id}' is referenced by a plan or a product`),
        ),
      },
      auditStep(ctx, {
        entityType: 'company',
        entityId: id,
        action: 'company.deleted',
        before: toCompany(current),
        after: null,
      }),
    ]);
  });
