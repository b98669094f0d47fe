/**
 * Contract tests for `/orgs/{orgId}/companies` (API.md, "Companies"), over HTTP against the local
 * server. What every CRUD resource does is `crudContract`'s; this file keeps what is special about
 * companies: their fields and what references them. Products reference companies over HTTP; a
 * plan's reference is the `companyReference` step its write takes, which tests take directly.
 */
import { describe, expect, it } from 'vitest';
import { companyReference } from '../../shared/companies/references.ts';
import type { CompanyResource } from '../../shared/companies/schemas.ts';
import type { ProductResource } from '../../shared/products/schemas.ts';
import {
  auditEvents as auditEventsOf,
  errorPaths,
  expectProblem,
  newOrg,
  resourceClient,
  useApi,
} from '../support/api.ts';
import { crudContract, refusedCreates } from '../support/crud-contract.ts';
import { ISO_MS, sleep } from '../support/fixtures.ts';
import { commitSteps } from '../support/steps.ts';

const api = useApi();
const companies = resourceClient<CompanyResource>(api, 'companies');
const products = resourceClient<ProductResource>(api, 'products');
const { get: getCompany, patch: patchCompany, remove: deleteCompany } = companies;

crudContract<CompanyResource>('companies', {
  api,
  body: () => ({ name: 'Acme', legalName: 'Acme Holdings Ltd', taxId: 'GB123456789' }),
  fields: (body) => body,
  change: (n) => ({ name: `Acme ${n}` }),
  required: ['name'],
});

const createCompany = (org: string, body: Record<string, unknown> = {}) =>
  companies.create(org, { name: 'Acme', ...body });

const createProduct = (org: string, body: Record<string, unknown>) =>
  products.create(org, { name: 'Product', ...body });

const auditEvents = (org: string) => auditEventsOf(api, org);

/** What a plan write does to its company: one more (or one fewer) plan billed by it. */
const planOfCompany = (org: string, companyId: string, delta: 1 | -1) =>
  commitSteps(org, [companyReference(org, companyId, delta)]);

describe('POST /orgs/{orgId}/companies', () => {
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

  refusedCreates(api, 'companies', { name: 'Acme' }, [
    { label: 'missing name', body: { name: undefined }, path: 'name' },
    { label: 'empty name', body: { name: '' }, path: 'name' },
    { label: 'name of 201 characters', body: { name: 'n'.repeat(201) }, path: 'name' },
    { label: 'legalName of 201 characters', body: { legalName: 'l'.repeat(201) }, path: 'legalName' },
    { label: 'taxId of 65 characters', body: { taxId: 't'.repeat(65) }, path: 'taxId' },
    { label: 'numeric taxId', body: { taxId: 123 }, path: 'taxId' },
    { label: 'unknown field', body: { country: 'GB' }, path: 'country' },
  ]);
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
});

describe('DELETE /orgs/{orgId}/companies/{companyId}', () => {
  it('refuses a company a product references with 409 company_in_use until the product is deleted', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const product = await createProduct(org, { companyId: company.id });
    expectProblem(await deleteCompany(org, company.id), 409, 'company_in_use');
    expect((await getCompany(org, company.id)).body).toEqual(company);
    expect((await products.remove(org, product.id)).status).toBe(204);
    expect((await deleteCompany(org, company.id)).status).toBe(204);
  });

  it('counts a child product, which takes its parent company, as a reference too', async () => {
    const org = newOrg();
    const company = await createCompany(org);
    const parent = await createProduct(org, { companyId: company.id });
    const child = await createProduct(org, { parentId: parent.id });
    expect(child.companyId).toBe(company.id);
    expect((await products.remove(org, child.id)).status).toBe(204);
    expectProblem(await deleteCompany(org, company.id), 409, 'company_in_use');
    expect((await products.remove(org, parent.id)).status).toBe(204);
    expect((await deleteCompany(org, company.id)).status).toBe(204);
  });

  it('frees a company when its product moves to another company or to none', async () => {
    const org = newOrg();
    const a = await createCompany(org, { name: 'A' });
    const b = await createCompany(org, { name: 'B' });
    const p1 = await createProduct(org, { companyId: a.id });
    const p2 = await createProduct(org, { companyId: a.id });
    const moved = await products.patch(org, p1.id, { companyId: b.id });
    expect(moved.body.companyId).toBe(b.id);
    const cleared = await products.patch(org, p2.id, { companyId: null });
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
});
