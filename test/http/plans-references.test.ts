/**
 * A plan's slug and references (API.md, "Plans", "Plan groups", "Companies" and "Products and
 * prices"), over HTTP against the local server: unique slugs per org, unknown packages, groups and
 * companies, and the deletes a plan's references refuse until it lets go of them.
 */
import { describe, expect, it } from 'vitest';
import { errorPaths, expectProblem, newOrg, useApi } from '../support/api.ts';
import {
  auditEvents,
  createCompany,
  createGroup,
  createItem,
  createPackage,
  createPlan,
  listPlanIds,
  MISSING,
  planBody,
} from '../support/catalog.ts';
import { expectMissingRef, planClient } from '../support/plans.ts';

const api = useApi();
const { postPlan, getPlan, patchPlan, deletePlan, expectNoPlanWritten } = planClient(api);

describe('plan slugs', () => {
  it('refuses a slug already used in the org with 409 slug_taken naming slug', async () => {
    const org = newOrg();
    const first = await createPlan(api, org, { slug: 'pro' });
    const problem = expectProblem(await postPlan(org, planBody({ slug: 'pro' })), 409, 'slug_taken');
    expect(problem.errors?.[0]?.path).toBe('slug');
    expect(await listPlanIds(api, org)).toEqual([first.id]);
    expect((await auditEvents(api, org)).filter((e) => e.entityType === 'plan')).toHaveLength(1);
  });

  it('lets two orgs use the same slug', async () => {
    await createPlan(api, newOrg(), { slug: 'shared' });
    const plan = await createPlan(api, newOrg(), { slug: 'shared' });
    expect(plan.slug).toBe('shared');
  });

  it('frees the slug of a deleted plan', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { slug: 'gone' });
    expect((await deletePlan(org, plan.id)).status).toBe(204);
    const again = await createPlan(api, org, { slug: 'gone' });
    expect(again.id).not.toBe(plan.id);
  });

  it('moves the slug on a slug change: the old one is free, the new one taken', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { slug: 'old' });
    const res = await patchPlan(org, plan.id, { slug: 'new' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.slug).toBe('new');
    await createPlan(api, org, { slug: 'old' });
    expectProblem(await postPlan(org, planBody({ slug: 'new' })), 409, 'slug_taken');
  });

  it('refuses a PATCH to a slug another plan holds with 409 slug_taken, changing nothing', async () => {
    const org = newOrg();
    await createPlan(api, org, { slug: 'taken' });
    const plan = await createPlan(api, org, { slug: 'mine' });
    const problem = expectProblem(await patchPlan(org, plan.id, { slug: 'taken' }), 409, 'slug_taken');
    expect(problem.errors?.[0]?.path).toBe('slug');
    const got = (await getPlan(org, plan.id)).body;
    expect(got.slug).toBe('mine');
    expect(got.version).toBe(1);
    // The plan still holds its own slug.
    expectProblem(await postPlan(org, planBody({ slug: 'mine' })), 409, 'slug_taken');
  });

  it('accepts a PATCH that sends the plan its own slug', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { slug: 'same' });
    const res = await patchPlan(org, plan.id, { slug: 'same', name: 'Renamed' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ slug: 'same', name: 'Renamed' });
  });
});

describe('plan references', () => {
  it.each([
    { field: 'packageId', id: MISSING.package },
    { field: 'groupId', id: MISSING.group },
    { field: 'companyId', id: MISSING.company },
  ])('refuses an unknown $field on create with 422 reference_not_found naming it', async ({ field, id }) => {
    const org = newOrg();
    expectMissingRef(await postPlan(org, planBody({ [field]: id })), field);
    await expectNoPlanWritten(org);
  });

  it.each([
    { field: 'packageId', id: MISSING.package },
    { field: 'groupId', id: MISSING.group },
    { field: 'companyId', id: MISSING.company },
  ])(
    'refuses an unknown $field on PATCH with 422 reference_not_found, changing nothing',
    async ({ field, id }) => {
      const org = newOrg();
      const plan = await createPlan(api, org);
      expectMissingRef(await patchPlan(org, plan.id, { [field]: id }), field);
      expect((await getPlan(org, plan.id)).body).toEqual(plan);
    },
  );

  it("refuses another org's package, group and company as unknown", async () => {
    const other = newOrg();
    const pkg = await createPackage(api, other);
    const group = await createGroup(api, other);
    const company = await createCompany(api, other);
    const org = newOrg();
    const res = await postPlan(
      org,
      planBody({ packageId: pkg.id, groupId: group.id, companyId: company.id }),
    );
    const problem = expectProblem(res, 422, 'reference_not_found');
    expect(errorPaths(problem).length).toBeGreaterThanOrEqual(1);
    for (const path of errorPaths(problem)) expect(['packageId', 'groupId', 'companyId']).toContain(path);
    await expectNoPlanWritten(org);
  });

  it('sets package, group and company by PATCH and clears them with null', async () => {
    const org = newOrg();
    const pkg = await createPackage(api, org);
    const group = await createGroup(api, org);
    const company = await createCompany(api, org);
    const plan = await createPlan(api, org);
    const set = await patchPlan(org, plan.id, {
      packageId: pkg.id,
      groupId: group.id,
      companyId: company.id,
    });
    expect(set.status, set.text).toBe(200);
    expect(set.body).toMatchObject({
      packageId: pkg.id,
      groupId: group.id,
      companyId: company.id,
      version: 2,
    });
    expect(await listPlanIds(api, org, `groupId=${group.id}`)).toEqual([plan.id]);
    const cleared = await patchPlan(org, plan.id, { packageId: null, groupId: null, companyId: null });
    expect(cleared.status, cleared.text).toBe(200);
    expect(cleared.body).toMatchObject({ packageId: null, groupId: null, companyId: null, version: 3 });
    expect((await getPlan(org, plan.id)).body).toEqual(cleared.body);
    expect(await listPlanIds(api, org, `groupId=${group.id}`)).toEqual([]);
  });

  it('refuses to delete a package while a plan references it (409 package_in_use), and allows it after', async () => {
    const org = newOrg();
    const pkg = await createPackage(api, org);
    const plan = await createPlan(api, org, { packageId: pkg.id });
    expectProblem(await api.request('DELETE', `/orgs/${org}/packages/${pkg.id}`), 409, 'package_in_use');
    expect((await patchPlan(org, plan.id, { packageId: null })).status).toBe(200);
    expect((await api.request('DELETE', `/orgs/${org}/packages/${pkg.id}`)).status).toBe(204);
  });

  it('refuses to delete a group while a plan is in it (409 group_not_empty), and allows it after', async () => {
    const org = newOrg();
    const group = await createGroup(api, org);
    const plan = await createPlan(api, org, { groupId: group.id });
    expectProblem(
      await api.request('DELETE', `/orgs/${org}/plan-groups/${group.id}`),
      409,
      'group_not_empty',
    );
    expect((await patchPlan(org, plan.id, { groupId: null })).status).toBe(200);
    expect((await api.request('DELETE', `/orgs/${org}/plan-groups/${group.id}`)).status).toBe(204);
  });

  it('refuses to delete a company while a plan references it (409 company_in_use), and allows it after', async () => {
    const org = newOrg();
    const company = await createCompany(api, org);
    const plan = await createPlan(api, org, { companyId: company.id });
    expectProblem(await api.request('DELETE', `/orgs/${org}/companies/${company.id}`), 409, 'company_in_use');
    expect((await patchPlan(org, plan.id, { companyId: null })).status).toBe(200);
    expect((await api.request('DELETE', `/orgs/${org}/companies/${company.id}`)).status).toBe(204);
  });

  it('refuses to delete a product a plan item uses (409 product_in_use), and allows it after', async () => {
    const org = newOrg();
    const { product, item } = await createItem(api, org);
    const plan = await createPlan(api, org, { items: [item] });
    expectProblem(await api.request('DELETE', `/orgs/${org}/products/${product.id}`), 409, 'product_in_use');
    expect((await patchPlan(org, plan.id, { items: [] })).status).toBe(200);
    expect((await api.request('DELETE', `/orgs/${org}/products/${product.id}`)).status).toBe(204);
  });

  it('frees every reference when a draft plan is deleted', async () => {
    const org = newOrg();
    const pkg = await createPackage(api, org);
    const group = await createGroup(api, org);
    const { product, item } = await createItem(api, org);
    const plan = await createPlan(api, org, { packageId: pkg.id, groupId: group.id, items: [item] });
    expect((await deletePlan(org, plan.id)).status).toBe(204);
    expect((await api.request('DELETE', `/orgs/${org}/packages/${pkg.id}`)).status).toBe(204);
    expect((await api.request('DELETE', `/orgs/${org}/plan-groups/${group.id}`)).status).toBe(204);
    expect((await api.request('DELETE', `/orgs/${org}/products/${product.id}`)).status).toBe(204);
  });

  it('keeps a product in use while another plan still uses it', async () => {
    const org = newOrg();
    const { product, item } = await createItem(api, org);
    const a = await createPlan(api, org, { items: [item] });
    await createPlan(api, org, { items: [item] });
    expect((await patchPlan(org, a.id, { items: [] })).status).toBe(200);
    expectProblem(await api.request('DELETE', `/orgs/${org}/products/${product.id}`), 409, 'product_in_use');
  });
});
