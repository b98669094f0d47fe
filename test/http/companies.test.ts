/**
 * Contract tests for `/orgs/{orgId}/companies` (API.md, "Companies"), over HTTP against the local
 * server. Products reference companies over HTTP; a plan's reference is the `companyReference` step
 * its write takes, which tests take directly.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import { companyReference } from '../../shared/companies/references.ts';
import type { CompanyResource } from '../../shared/companies/schemas.ts';
import type { OperationContext } from '../../shared/context.ts';
import { commit } from '../../shared/db/commit.ts';
import type { Page } from '../../shared/db/pagination.ts';
import type { ProductResource } from '../../shared/products/schemas.ts';
import {
  type ApiResponse,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  useApi,
} from '../support/api.ts';
import { ISO_MS, sleep } from '../support/fixtures.ts';

const COMPANY_ID = /^comp_[0-9A-HJKMNP-TV-Z]{26}$/;
const MISSING_COMPANY = 'comp_01ARZ3NDEKTSV4RRFFQ69G5FAV';

const api = useApi();

const createCompany = async (org: string, body: Record<string, unknown> = {}): Promise<CompanyResource> => {
  const res = await api.request<CompanyResource>('POST', `/orgs/${org}/companies`, {
    body: { name: 'Acme', ...body },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const getCompany = (org: string, id: string) =>
  api.request<CompanyResource>('GET', `/orgs/${org}/companies/${id}`);

const patchCompany = (
  org: string,
  id: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) =>
  api.request<CompanyResource>('PATCH', `/orgs/${org}/companies/${id}`, {
    body,
    ...(headers ? { headers } : {}),
  });

const deleteCompany = (org: string, id: string, headers?: Record<string, string>) =>
  api.request('DELETE', `/orgs/${org}/companies/${id}`, headers ? { headers } : {});

const listCompanies = (org: string, query = '') =>
  api.request<Page<CompanyResource>>('GET', `/orgs/${org}/companies${query ? `?${query}` : ''}`);

const createProduct = async (org: string, body: Record<string, unknown>): Promise<ProductResource> => {
  const res = await api.request<ProductResource>('POST', `/orgs/${org}/products`, {
    body: { name: 'Product', ...body },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const auditEvents = async (org: string): Promise<AuditEventResource[]> => {
  const res = await api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events?limit=100`);
  expect(res.status, res.text).toBe(200);
  return res.body.items;
};

/** What a plan write does to its company: one more (or one fewer) plan billed by it. */
const planOfCompany = (org: string, companyId: string, delta: 1 | -1) => {
  const ctx: OperationContext = { orgId: org, actor: { sub: 'test', email: null }, now: new Date() };
  return commit(ctx, [companyReference(org, companyId, delta)]);
};

describe('POST /orgs/{orgId}/companies', () => {
  it('creates a company: 201 with every field, Location and ETag "1", recorded as company.created', async () => {
    const org = newOrg();
    const res = await api.request<CompanyResource>('POST', `/orgs/${org}/companies`, {
      body: { name: 'Acme', legalName: 'Acme Holdings Ltd', taxId: 'GB123456789' },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(COMPANY_ID),
      organizationId: org,
      name: 'Acme',
      legalName: 'Acme Holdings Ltd',
      taxId: 'GB123456789',
      version: 1,
      createdAt: expect.stringMatching(ISO_MS),
      updatedAt: res.body.createdAt,
    });
    expect(res.headers.get('location')).toBe(`/orgs/${org}/companies/${res.body.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect((await getCompany(org, res.body.id)).body).toEqual(res.body);
    expect((await auditEvents(org))[0]).toMatchObject({
      entityType: 'company',
      entityId: res.body.id,
      action: 'company.created',
      before: null,
      after: res.body,
    });
  });

  it('answers null for the optional fields not given', async () => {
    const company = await createCompany(newOrg());
    expect(company).toMatchObject({ legalName: null, taxId: null });
  });

  it.each([
    { label: 'name of 200 characters', body: { name: 'n'.repeat(200) } },
    { label: 'legalName of 200 characters', body: { legalName: 'l'.repeat(200) } },
    { label: 'taxId of 64 characters', body: { taxId: 't'.repeat(64) } },
    { label: 'empty legalName and taxId', body: { legalName: '', taxId: '' } },
    { label: 'null legalName and taxId', body: { legalName: null, taxId: null } },
  ])('accepts $label', async ({ body }) => {
    expect(await createCompany(newOrg(), body)).toMatchObject(body);
  });

  it.each([
    { label: 'missing name', body: { name: undefined }, path: 'name' },
    { label: 'empty name', body: { name: '' }, path: 'name' },
    { label: 'name of 201 characters', body: { name: 'n'.repeat(201) }, path: 'name' },
    { label: 'legalName of 201 characters', body: { legalName: 'l'.repeat(201) }, path: 'legalName' },
    { label: 'taxId of 65 characters', body: { taxId: 't'.repeat(65) }, path: 'taxId' },
    { label: 'numeric taxId', body: { taxId: 123 }, path: 'taxId' },
    { label: 'unknown field', body: { country: 'GB' }, path: 'country' },
    { label: 'read-only createdAt', body: { createdAt: '2024-01-01T00:00:00.000Z' }, path: 'createdAt' },
  ])(
    'refuses $label with 400 validation_failed naming the field, writing nothing',
    async ({ body, path }) => {
      const org = newOrg();
      const res = await api.request('POST', `/orgs/${org}/companies`, { body: { name: 'Acme', ...body } });
      expectInvalidField(res, path);
      expect((await listCompanies(org)).body.items).toEqual([]);
      expect(await auditEvents(org)).toEqual([]);
    },
  );
});

describe('GET /orgs/{orgId}/companies', () => {
  it('lists newest first and pages with limit and cursor', async () => {
    const org = newOrg();
    const made: CompanyResource[] = [];
    for (let i = 0; i < 4; i++) made.push(await createCompany(org, { name: `C${i}` }));
    expect((await listCompanies(org)).body).toEqual({ items: [...made].reverse(), nextCursor: null });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: ApiResponse<Page<CompanyResource>> = await listCompanies(
        org,
        `limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status, res.text).toBe(200);
      seen.push(...res.body.items.map((c) => c.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...made].reverse().map((c) => c.id));
    expectProblem(await listCompanies(org, 'cursor=nope'), 400, 'invalid_cursor');
  });

  it('answers 404 not_found for a company that does not exist here', async () => {
    const company = await createCompany(newOrg());
    expectProblem(await getCompany(newOrg(), company.id), 404, 'not_found');
    expectProblem(await getCompany(newOrg(), MISSING_COMPANY), 404, 'not_found');
  });
});

describe('PATCH /orgs/{orgId}/companies/{companyId}', () => {
  it('changes and clears fields, bumping the version and recording company.updated', async () => {
    const org = newOrg();
    const company = await createCompany(org, { legalName: 'Acme Ltd', taxId: 'X1' });
    await sleep(5);
    const res = await patchCompany(org, company.id, { name: 'Acme 2', taxId: null });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      ...company,
      name: 'Acme 2',
      taxId: null,
      version: 2,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(res.headers.get('etag')).toBe('"2"');
    expect((await getCompany(org, company.id)).body).toEqual(res.body);
    expect((await auditEvents(org))[0]).toMatchObject({
      action: 'company.updated',
      before: company,
      after: res.body,
    });
  });

  it('refuses invalid fields all at once, changing nothing', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const res = await patchCompany(org, company.id, { name: null, legalName: 'l'.repeat(201), refCount: 0 });
    expect(errorPaths(expectProblem(res, 400, 'validation_failed'))).toEqual(
      expect.arrayContaining(['name', 'legalName', 'refCount']),
    );
    expect((await getCompany(org, company.id)).body).toEqual(company);
  });

  it('refuses a stale If-Match with 412 version_mismatch', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    await patchCompany(org, company.id, { name: 'B' });
    expectProblem(
      await patchCompany(org, company.id, { name: 'C' }, { 'if-match': '"1"' }),
      412,
      'version_mismatch',
    );
    expect((await getCompany(org, company.id)).body.name).toBe('B');
  });

  it('answers 404 not_found for a company that does not exist', async () => {
    expectProblem(await patchCompany(newOrg(), MISSING_COMPANY, { name: 'x' }), 404, 'not_found');
  });
});

describe('DELETE /orgs/{orgId}/companies/{companyId}', () => {
  it('answers 204 and the company is gone, recorded as company.deleted', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const res = await deleteCompany(org, company.id);
    expect(res.status, res.text).toBe(204);
    expectProblem(await getCompany(org, company.id), 404, 'not_found');
    expect((await auditEvents(org))[0]).toMatchObject({
      entityType: 'company',
      action: 'company.deleted',
      before: company,
      after: null,
    });
    expectProblem(await deleteCompany(org, company.id), 404, 'not_found');
  });

  it('refuses a company a product references with 409 company_in_use until the product is deleted', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const product = await createProduct(org, { companyId: company.id });
    expectProblem(await deleteCompany(org, company.id), 409, 'company_in_use');
    expect((await getCompany(org, company.id)).body).toEqual(company);
    expect((await api.request('DELETE', `/orgs/${org}/products/${product.id}`)).status).toBe(204);
    expect((await deleteCompany(org, company.id)).status).toBe(204);
  });

  it('counts a child product, which takes its parent company, as a reference too', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const parent = await createProduct(org, { companyId: company.id });
    const child = await createProduct(org, { parentId: parent.id });
    expect(child.companyId).toBe(company.id);
    expect((await api.request('DELETE', `/orgs/${org}/products/${child.id}`)).status).toBe(204);
    expectProblem(await deleteCompany(org, company.id), 409, 'company_in_use');
    expect((await api.request('DELETE', `/orgs/${org}/products/${parent.id}`)).status).toBe(204);
    expect((await deleteCompany(org, company.id)).status).toBe(204);
  });

  it('frees a company when its product moves to another company or to none', async () => {
    const org = newOrg();
    const a = await createCompany(org, { name: 'A' });
    const b = await createCompany(org, { name: 'B' });
    const p1 = await createProduct(org, { companyId: a.id });
    const p2 = await createProduct(org, { companyId: a.id });
    const moved = await api.request<ProductResource>('PATCH', `/orgs/${org}/products/${p1.id}`, {
      body: { companyId: b.id },
    });
    expect(moved.body.companyId).toBe(b.id);
    const cleared = await api.request<ProductResource>('PATCH', `/orgs/${org}/products/${p2.id}`, {
      body: { companyId: null },
    });
    expect(cleared.body.companyId).toBeNull();
    expect((await deleteCompany(org, a.id)).status).toBe(204);
    expectProblem(await deleteCompany(org, b.id), 409, 'company_in_use');
  });

  it('refuses a company a plan references with 409 company_in_use', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    await planOfCompany(org, company.id, 1);
    expectProblem(await deleteCompany(org, company.id), 409, 'company_in_use');
    await planOfCompany(org, company.id, -1);
    expect((await deleteCompany(org, company.id)).status).toBe(204);
    await expect(planOfCompany(org, company.id, 1)).rejects.toMatchObject({ code: 'reference_not_found' });
  });

  it('refuses a stale If-Match with 412 version_mismatch', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    await patchCompany(org, company.id, { name: 'B' });
    expectProblem(await deleteCompany(org, company.id, { 'if-match': '"1"' }), 412, 'version_mismatch');
    expect((await deleteCompany(org, company.id, { 'if-match': '"2"' })).status).toBe(204);
  });
});
