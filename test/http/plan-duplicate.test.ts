/**
 * Contract tests for `POST /orgs/{orgId}/plans/{planId}/duplicate` (API.md, "Plans"), over HTTP
 * against the local server: what the copy takes and what it leaves, its name and slug, and the
 * references it takes.
 */
import { describe, expect, it } from 'vitest';
import { expectProblem, newOrg, useApi } from '../support/api.ts';
import {
  auditEvents,
  createFullPlanRefs,
  createGroup,
  createItem,
  createPackage,
  createPlan,
  createProduct,
  fullPlanBody,
  listPlanIds,
  PLAN_ID,
  writableFields,
} from '../support/catalog.ts';
import { NEW_DRAFT, ok, planClient, planLifecycle } from '../support/plans.ts';

const api = useApi();
const { lifecycle, planIn, current } = planLifecycle(api);
const { deletePlan, patchPlan } = planClient(api);

describe('POST /orgs/{orgId}/plans/{planId}/duplicate', () => {
  /** A plan with every writable field set, an item whose product has a child, published. */
  const fullPlan = async (org: string) => {
    const refs = await createFullPlanRefs(api, org);
    const { product, group, company, pkg } = refs;
    const child = await createProduct(api, org, { name: 'Child', parentId: product.id });
    const plan = await createPlan(api, org, fullPlanBody(refs, { slug: 'team', publish: true }));
    expect(plan.items[0]?.childProductIds).toEqual([child.id]);
    return { plan, product, group, company, pkg };
  };

  it('creates a draft copy of every writable field: 201, Location, name " (Copy)", slug "-copy"', async () => {
    const org = newOrg();
    const { plan } = await fullPlan(org);
    const res = await lifecycle(org, plan.id, 'duplicate');
    const copy = ok(res, 201);
    expect(res.headers.get('location')).toBe(`/orgs/${org}/plans/${copy.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(copy.id).toMatch(PLAN_ID);
    expect(copy.id).not.toBe(plan.id);
    expect(writableFields(copy)).toEqual(writableFields(plan));
    expect(copy).toMatchObject({
      organizationId: org,
      name: 'Team (Copy)',
      slug: 'team-copy',
      ...NEW_DRAFT,
    });
    expect(copy.updatedAt).toBe(copy.createdAt);
    expect(await current(org, copy.id)).toEqual(copy);
    expect(await current(org, plan.id)).toEqual(plan);
  });

  it('records plan.duplicated for the copy, with before null and after the copy', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'draft');
    const copy = ok(await lifecycle(org, plan.id, 'duplicate'), 201);
    const events = (await auditEvents(api, org)).filter((e) => e.action === 'plan.duplicated');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: 'plan', entityId: copy.id, before: null });
    expect(events[0]?.after).toEqual(copy);
  });

  it('gives the copy its own references: the group, package and product stay in use after the original goes', async () => {
    const org = newOrg();
    const group = await createGroup(api, org);
    const pkg = await createPackage(api, org);
    const { product, item } = await createItem(api, org);
    const plan = await planIn(org, 'draft', { groupId: group.id, packageId: pkg.id, items: [item] });
    const copy = ok(await lifecycle(org, plan.id, 'duplicate'), 201);
    expect((await deletePlan(org, plan.id)).status).toBe(204);
    expect(await listPlanIds(api, org, `groupId=${group.id}`)).toEqual([copy.id]);
    expectProblem(
      await api.request('DELETE', `/orgs/${org}/plan-groups/${group.id}`),
      409,
      'group_not_empty',
    );
    expectProblem(await api.request('DELETE', `/orgs/${org}/packages/${pkg.id}`), 409, 'package_in_use');
    expectProblem(await api.request('DELETE', `/orgs/${org}/products/${product.id}`), 409, 'product_in_use');
  });

  it('takes -copy-2, then -copy-3, while the earlier copy slugs are taken', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'draft', { name: 'Pro', slug: 'pro' });
    const slugs: string[] = [];
    for (let i = 0; i < 3; i++) slugs.push(ok(await lifecycle(org, plan.id, 'duplicate'), 201).slug);
    expect(slugs).toEqual(['pro-copy', 'pro-copy-2', 'pro-copy-3']);
  });

  it('skips a copy slug that an unrelated plan holds', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'draft', { slug: 'pro' });
    await createPlan(api, org, { slug: 'pro-copy' });
    expect(ok(await lifecycle(org, plan.id, 'duplicate'), 201).slug).toBe('pro-copy-2');
  });

  it('takes -copy again once the plan holding it is deleted', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'draft', { slug: 'pro' });
    const first = ok(await lifecycle(org, plan.id, 'duplicate'), 201);
    ok(await lifecycle(org, plan.id, 'duplicate'), 201);
    expect((await deletePlan(org, first.id)).status).toBe(204);
    expect(ok(await lifecycle(org, plan.id, 'duplicate'), 201).slug).toBe('pro-copy');
  });

  it('duplicates a copy as "(Copy) (Copy)" and "-copy-copy"', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'draft', { name: 'Pro', slug: 'pro' });
    const copy = ok(await lifecycle(org, plan.id, 'duplicate'), 201);
    const again = ok(await lifecycle(org, copy.id, 'duplicate'), 201);
    expect(again).toMatchObject({ name: 'Pro (Copy) (Copy)', slug: 'pro-copy-copy' });
  });

  it.each([
    { length: 255, kept: 248 },
    { length: 250, kept: 248 },
    { length: 248, kept: 248 },
    { length: 10, kept: 10 },
  ])('cuts a name of $length characters to $kept so that the copy fits 255', async ({ length, kept }) => {
    const org = newOrg();
    const name = Array.from({ length }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    const plan = await planIn(org, 'draft', { name });
    const copy = ok(await lifecycle(org, plan.id, 'duplicate'), 201);
    expect(copy.name).toBe(`${name.slice(0, kept)} (Copy)`);
    expect(copy.name.length).toBe(kept + 7);
    expect(copy.name.length).toBeLessThanOrEqual(255);
  });

  it('cuts a name between whole characters: an emoji at the cut is dropped, never split', async () => {
    const org = newOrg();
    // 247 + 4 × 2 UTF-16 units = 255: keeping 248 units would split the first emoji in two.
    const name = `${'a'.repeat(247)}${'\u{1F600}'.repeat(4)}`;
    expect(name).toHaveLength(255);
    const plan = await planIn(org, 'draft', { name });
    const copy = ok(await lifecycle(org, plan.id, 'duplicate'), 201);
    expect(copy.name.isWellFormed(), JSON.stringify(copy.name.slice(240))).toBe(true);
    expect(copy.name.endsWith(' (Copy)')).toBe(true);
    expect(copy.name.length).toBeLessThanOrEqual(255);
    expect(name.startsWith(copy.name.slice(0, -' (Copy)'.length))).toBe(true);
    // What the API answered, it accepts back.
    ok(await patchPlan(org, copy.id, { name: copy.name }));
  });

  it('cuts a slug of 100 characters so that -copy, -copy-2 and -copy-3 fit 100', async () => {
    const org = newOrg();
    const slug = Array.from({ length: 100 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    const plan = await planIn(org, 'draft', { slug });
    const copies: string[] = [];
    for (let i = 0; i < 3; i++) copies.push(ok(await lifecycle(org, plan.id, 'duplicate'), 201).slug);
    expect(copies).toEqual([
      `${slug.slice(0, 95)}-copy`,
      `${slug.slice(0, 93)}-copy-2`,
      `${slug.slice(0, 93)}-copy-3`,
    ]);
    for (const s of copies) expect(s).toHaveLength(100);
  });

  it('cuts a slug of 97 characters so that -copy fits 100', async () => {
    const org = newOrg();
    const slug = 's'.repeat(97);
    const plan = await planIn(org, 'draft', { slug });
    expect(ok(await lifecycle(org, plan.id, 'duplicate'), 201).slug).toBe(`${'s'.repeat(95)}-copy`);
  });

  it.each(['active', 'archived'] as const)('duplicates an %s plan as a draft', async (status) => {
    const org = newOrg();
    const plan = await planIn(org, status);
    const copy = ok(await lifecycle(org, plan.id, 'duplicate'), 201);
    expect(copy).toMatchObject({ status: 'draft', publishedAt: null, archivedAt: null, version: 1 });
    expect((await current(org, plan.id)).status).toBe(status);
  });

  it('answers a retry with the same Idempotency-Key with the same copy, making no second one', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'draft');
    const headers = { 'idempotency-key': 'dup-1' };
    const first = await lifecycle(org, plan.id, 'duplicate', { headers });
    const again = await lifecycle(org, plan.id, 'duplicate', { headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await listPlanIds(api, org)).toEqual([first.body.id, plan.id]);
  });
});
