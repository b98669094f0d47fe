/**
 * Contract tests for `GET /orgs/{orgId}/plans` (API.md, "Plans" and "Conventions"), over HTTP against
 * the local server: order, filters, paging, cursors and tenancy.
 */
import { describe, expect, it } from 'vitest';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import { expectInvalidField, expectProblem, newOrg, useApi, walkPages } from '../support/api.ts';
import {
  createCompany,
  createGroup,
  createPackage,
  createPlan,
  listPlanIds,
  MISSING,
} from '../support/catalog.ts';
import { planClient } from '../support/plans.ts';

const api = useApi();
const { getPlan, listPlans } = planClient(api);

describe('GET /orgs/{orgId}/plans', () => {
  /**
   * One org holding six plans (oldest first):
   * p0 draft public standard, group g, company c
   * p1 active private promotional, group g, package k
   * p2 active public custom, company c, package k
   * p3 draft private standard, group g, company c, package k
   * p4 active public standard
   * p5 archived public promotional, group g
   */
  const seed = async () => {
    const org = newOrg();
    const group = await createGroup(api, org);
    const company = await createCompany(api, org);
    const pkg = await createPackage(api, org);
    const specs: Record<string, unknown>[] = [
      { groupId: group.id, companyId: company.id },
      { publish: true, visibility: 'private', type: 'promotional', groupId: group.id, packageId: pkg.id },
      { publish: true, type: 'custom', companyId: company.id, packageId: pkg.id },
      { visibility: 'private', groupId: group.id, companyId: company.id, packageId: pkg.id },
      { publish: true },
      { publish: true, type: 'promotional', groupId: group.id },
    ];
    const plans: PlanResource[] = [];
    for (const spec of specs) plans.push(await createPlan(api, org, spec));
    const archived = await api.request('POST', `/orgs/${org}/plans/${plans[5]?.id}/archive`);
    expect(archived.status, archived.text).toBe(200);
    const id = (i: number) => plans[i]?.id as string;
    return { org, group, company, pkg, id };
  };

  it('lists newest first with every field and nextCursor null on the last page', async () => {
    const { org, id } = await seed();
    const res = await listPlans(org);
    expect(res.status).toBe(200);
    expect(res.body.items.map((p) => p.id)).toEqual([5, 4, 3, 2, 1, 0].map(id));
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items[5]).toEqual((await getPlan(org, id(0))).body);
  });

  it('filters by each field alone and by several at once', async () => {
    const { org, group, company, pkg, id } = await seed();
    const cases: [string, number[]][] = [
      ['status=draft', [3, 0]],
      ['status=active', [4, 2, 1]],
      ['status=archived', [5]],
      ['visibility=private', [3, 1]],
      ['visibility=public', [5, 4, 2, 0]],
      ['type=promotional', [5, 1]],
      ['type=custom', [2]],
      ['type=standard', [4, 3, 0]],
      [`groupId=${group.id}`, [5, 3, 1, 0]],
      [`companyId=${company.id}`, [3, 2, 0]],
      [`packageId=${pkg.id}`, [3, 2, 1]],
      [`status=active&visibility=public`, [4, 2]],
      [`groupId=${group.id}&status=draft`, [3, 0]],
      [`companyId=${company.id}&type=standard`, [3, 0]],
      [`packageId=${pkg.id}&groupId=${group.id}`, [3, 1]],
      [`groupId=${group.id}&visibility=private&type=promotional`, [1]],
      [`companyId=${company.id}&status=archived`, []],
    ];
    for (const [query, expected] of cases) {
      expect(await listPlanIds(api, org, query), query).toEqual(expected.map(id));
    }
  });

  it('lists nothing for a group, company or package no plan references', async () => {
    const { org } = await seed();
    expect(await listPlanIds(api, org, `groupId=${MISSING.group}`)).toEqual([]);
    expect(await listPlanIds(api, org, `companyId=${MISSING.company}`)).toEqual([]);
    expect(await listPlanIds(api, org, `packageId=${MISSING.package}`)).toEqual([]);
  });

  it('pages with limit and cursor through every plan, newest first, without repeats', async () => {
    const { org, id } = await seed();
    const { items, pages } = await walkPages((query) => listPlans(org, query), 2, 20);
    expect(items.map((p) => p.id)).toEqual([5, 4, 3, 2, 1, 0].map(id));
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('pages a filtered list with its cursor', async () => {
    const { org, group, id } = await seed();
    expect(await listPlanIds(api, org, `groupId=${group.id}&limit=3`)).toEqual([5, 3, 1, 0].map(id));
    expect(await listPlanIds(api, org, `status=active&visibility=public&limit=1`)).toEqual([4, 2].map(id));
  });

  it('refuses a tampered cursor with 400 invalid_cursor', async () => {
    const org = newOrg();
    await createPlan(api, org);
    await createPlan(api, org);
    const first = await listPlans(org, 'limit=1');
    const cursor = first.body.nextCursor ?? '';
    expect(cursor).not.toBe('');
    const tampered = `${cursor.slice(0, -2)}${cursor.endsWith('A') ? 'B' : 'A'}x`;
    expectProblem(
      await listPlans(org, `limit=1&cursor=${encodeURIComponent(tampered)}`),
      400,
      'invalid_cursor',
    );
    // A cursor of one list does not work for another.
    expectProblem(
      await listPlans(org, `status=active&limit=1&cursor=${encodeURIComponent(cursor)}`),
      400,
      'invalid_cursor',
    );
  });

  it.each([
    { query: 'status=deleted', path: 'status' },
    { query: 'visibility=hidden', path: 'visibility' },
    { query: 'type=enterprise', path: 'type' },
    { query: 'limit=0', path: 'limit' },
    { query: 'limit=101', path: 'limit' },
    { query: 'colour=blue', path: 'colour' },
  ])('refuses the query $query with 400 validation_failed', async ({ query, path }) => {
    expectInvalidField(await listPlans(newOrg(), query), path);
  });

  it("never lists another org's plans", async () => {
    await createPlan(api, newOrg());
    const org = newOrg();
    expect(await listPlanIds(api, org)).toEqual([]);
  });
});
