/**
 * Concurrency contract of plans (API.md, "Conventions: Concurrency" — invariants hold under any
 * interleaving — and the uniqueness, lifecycle and reference rules of "Plans"), over HTTP against
 * the local server. Each race runs several rounds in fresh orgs and checks the invariants after each.
 */
import { describe, expect, it } from 'vitest';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import {
  type ApiResponse,
  errorPaths,
  expectProblem,
  newOrg,
  resourceClient,
  useApi,
} from '../support/api.ts';
import {
  auditEvents,
  createGroup,
  createItem,
  createPackage,
  createPlan,
  listPlanIds,
  planBody,
} from '../support/catalog.ts';

const api = useApi();

const ROUNDS = 5;

const { get: getPlan } = resourceClient<PlanResource>(api, 'plans');

const step = (org: string, id: string, verb: 'publish' | 'archive' | 'restore' | 'duplicate') =>
  api.request<PlanResource>('POST', `/orgs/${org}/plans/${id}/${verb}`);

const exists = async (org: string, path: string) => {
  const res = await api.request('GET', `/orgs/${org}/${path}`);
  expect([200, 404], res.text).toContain(res.status);
  return res.status === 200;
};

const code = (res: ApiResponse<unknown>) => (res.body as { code?: string } | null)?.code;

const planActions = async (org: string, id: string) =>
  (await auditEvents(api, org, id)).map((e) => e.action).reverse();

describe('plan races', () => {
  it('lets exactly one of 20 concurrent creates of one slug win; the rest get 409 slug_taken', async () => {
    for (let round = 0; round < 3; round++) {
      const org = newOrg();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api.request<PlanResource>('POST', `/orgs/${org}/plans`, {
            body: planBody({ slug: 'pro', name: `P${i}` }),
          }),
        ),
      );
      const won = results.filter((r) => r.status === 201);
      expect(won).toHaveLength(1);
      for (const r of results.filter((x) => x.status !== 201)) {
        expect(r.status, r.text).toBe(409);
        expect(code(r)).toBe('slug_taken');
      }
      expect(await listPlanIds(api, org)).toEqual([won[0]?.body.id]);
      expect((await auditEvents(api, org)).map((e) => e.action)).toEqual(['plan.created']);
    }
  });

  it('lets only one of two plans take the same new slug at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg();
      const a = await createPlan(api, org, { slug: 'a' });
      const b = await createPlan(api, org, { slug: 'b' });
      const [ra, rb] = await Promise.all([
        api.request('PATCH', `/orgs/${org}/plans/${a.id}`, { body: { slug: 'same' } }),
        api.request('PATCH', `/orgs/${org}/plans/${b.id}`, { body: { slug: 'same' } }),
      ]);
      expect([ra.status, rb.status].sort()).toEqual([200, 409]);
      const slugs = await Promise.all([a, b].map(async (p) => (await getPlan(org, p.id)).body.slug));
      expect(slugs.filter((s) => s === 'same')).toHaveLength(1);
      // The loser kept its own slug, still guarded.
      const loserSlug = ra.status === 409 ? 'a' : 'b';
      expect(slugs).toContain(loserSlug);
      const clash = await api.request('POST', `/orgs/${org}/plans`, { body: planBody({ slug: loserSlug }) });
      expect(code(clash)).toBe('slug_taken');
    }
  });

  it('applies publish, archive and restore racing on one draft in some valid order, never a stale one', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg();
      const plan = await createPlan(api, org);
      const [published, archived, restored] = await Promise.all([
        step(org, plan.id, 'publish'),
        step(org, plan.id, 'archive'),
        step(org, plan.id, 'restore'),
      ]);
      for (const r of [published, archived, restored]) {
        expect([200, 409], r.text).toContain(r.status);
        if (r.status === 409) expect(code(r)).toBe('invalid_transition');
      }
      // Only publish can leave draft; restore needs archive first.
      expect(published.status).toBe(200);
      if (restored.status === 200) expect(archived.status).toBe(200);
      const final = (await getPlan(org, plan.id)).body;
      const wins = [published, archived, restored].filter((r) => r.status === 200).length;
      expect(final.version).toBe(1 + wins);
      const expected: PlanResource['status'] =
        archived.status === 200 && restored.status !== 200 ? 'archived' : 'active';
      expect(final.status).toBe(expected);
      expect(final.archivedAt === null).toBe(expected === 'active');
      expect(final.publishedAt).not.toBeNull();
      const expectedActions = [
        'plan.created',
        'plan.published',
        ...(archived.status === 200 ? ['plan.archived'] : []),
        ...(restored.status === 200 ? ['plan.restored'] : []),
      ];
      expect(await planActions(org, plan.id)).toEqual(expectedActions);
    }
  });

  it('lets exactly one of several concurrent archives of an active plan win', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg();
      const plan = await createPlan(api, org, { publish: true });
      const results = await Promise.all(Array.from({ length: 5 }, () => step(org, plan.id, 'archive')));
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      for (const r of results.filter((x) => x.status !== 200)) expect(code(r)).toBe('invalid_transition');
      const final = (await getPlan(org, plan.id)).body;
      expect(final).toMatchObject({ status: 'archived', version: 2 });
      expect(await planActions(org, plan.id)).toEqual(['plan.created', 'plan.archived']);
    }
  });

  it('applies archive and restore racing on an active plan in a valid order', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg();
      const plan = await createPlan(api, org, { publish: true });
      const [archived, restored] = await Promise.all([
        step(org, plan.id, 'archive'),
        step(org, plan.id, 'restore'),
      ]);
      // restore needs archived: it can only win after archive did.
      expect(archived.status, archived.text).toBe(200);
      expect([200, 409]).toContain(restored.status);
      const final = (await getPlan(org, plan.id)).body;
      expect(final.status).toBe(restored.status === 200 ? 'active' : 'archived');
      expect(final.version).toBe(restored.status === 200 ? 3 : 2);
    }
  });

  it('never lets a product delete and a plan PATCH adding that product both succeed', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg();
      const { product, item } = await createItem(api, org);
      const plan = await createPlan(api, org);
      const [patched, deleted] = await Promise.all([
        api.request<PlanResource>('PATCH', `/orgs/${org}/plans/${plan.id}`, { body: { items: [item] } }),
        api.request('DELETE', `/orgs/${org}/products/${product.id}`),
      ]);
      const productExists = await exists(org, `products/${product.id}`);
      const final = (await getPlan(org, plan.id)).body;
      if (deleted.status === 204) {
        const problem = expectProblem(patched, 422, 'reference_not_found');
        expect(errorPaths(problem).some((p) => p.startsWith('items.0.'))).toBe(true);
        expect(productExists).toBe(false);
        expect(final.items).toEqual([]);
        expect(final.version).toBe(1);
      } else {
        expect(deleted.status, deleted.text).toBe(409);
        expect(code(deleted)).toBe('product_in_use');
        expect(patched.status, patched.text).toBe(200);
        expect(productExists).toBe(true);
        expect(final.items.map((i) => i.productId)).toEqual([product.id]);
      }
      if (!productExists) expect(final.items.some((i) => i.productId === product.id)).toBe(false);
    }
  });

  it('never lets a group delete and a plan create in that group both succeed', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg();
      const group = await createGroup(api, org);
      const [created, deleted] = await Promise.all([
        api.request<PlanResource>('POST', `/orgs/${org}/plans`, { body: planBody({ groupId: group.id }) }),
        api.request('DELETE', `/orgs/${org}/plan-groups/${group.id}`),
      ]);
      const groupExists = await exists(org, `plan-groups/${group.id}`);
      const plans = await listPlanIds(api, org);
      if (deleted.status === 204) {
        expect(errorPaths(expectProblem(created, 422, 'reference_not_found'))).toContain('groupId');
        expect(groupExists).toBe(false);
        expect(plans).toEqual([]);
      } else {
        expect(deleted.status, deleted.text).toBe(409);
        expect(code(deleted)).toBe('group_not_empty');
        expect(created.status, created.text).toBe(201);
        expect(groupExists).toBe(true);
        expect(await listPlanIds(api, org, `groupId=${group.id}`)).toEqual([created.body.id]);
      }
    }
  });

  it('never lets a package delete and a plan PATCH setting that package both succeed', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg();
      const pkg = await createPackage(api, org);
      const plan = await createPlan(api, org);
      const [patched, deleted] = await Promise.all([
        api.request<PlanResource>('PATCH', `/orgs/${org}/plans/${plan.id}`, { body: { packageId: pkg.id } }),
        api.request('DELETE', `/orgs/${org}/packages/${pkg.id}`),
      ]);
      const packageExists = await exists(org, `packages/${pkg.id}`);
      const final = (await getPlan(org, plan.id)).body;
      if (deleted.status === 204) {
        expect(errorPaths(expectProblem(patched, 422, 'reference_not_found'))).toContain('packageId');
        expect(packageExists).toBe(false);
        expect(final.packageId).toBeNull();
      } else {
        expect(deleted.status, deleted.text).toBe(409);
        expect(code(deleted)).toBe('package_in_use');
        expect(patched.status, patched.text).toBe(200);
        expect(packageExists).toBe(true);
        expect(final.packageId).toBe(pkg.id);
      }
    }
  });

  it('gives two concurrent duplicates of one plan different slugs: -copy and -copy-2', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = newOrg();
      const plan = await createPlan(api, org, { slug: 'pro' });
      const results = await Promise.all([step(org, plan.id, 'duplicate'), step(org, plan.id, 'duplicate')]);
      for (const r of results) expect(r.status, r.text).toBe(201);
      expect(results.map((r) => r.body.slug).sort()).toEqual(['pro-copy', 'pro-copy-2']);
      expect(await listPlanIds(api, org)).toHaveLength(3);
      const duplicated = (await auditEvents(api, org)).filter((e) => e.action === 'plan.duplicated');
      expect(duplicated).toHaveLength(2);
    }
  });
});
