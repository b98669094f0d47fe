/**
 * Contract tests for the plan bulk routes (API.md, "Plans": bulk-archive, bulk-delete, bulk-move),
 * over HTTP against the local server: request validation, each plan on its own, and
 * `Idempotency-Key`.
 */
import { describe, expect, it } from 'vitest';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import { errorPaths, expectProblem, newOrg, useApi } from '../support/api.ts';
import { auditEvents, createGroup, createPlan, listPlanIds, MISSING } from '../support/catalog.ts';
import { ISO_MS } from '../support/fixtures.ts';
import { ok, planClient, planLifecycle } from '../support/plans.ts';

const api = useApi();
const { planIn, current, actions } = planLifecycle(api);
const { getPlan } = planClient(api);

type BulkRoute = 'bulk-archive' | 'bulk-delete' | 'bulk-move';

interface BulkResult {
  succeeded: string[];
  skipped: { id: string; code: string }[];
}

const bulk = (org: string, route: BulkRoute, body: unknown, headers?: Record<string, string>) =>
  api.request<BulkResult>('POST', `/orgs/${org}/plans/${route}`, { body, ...(headers ? { headers } : {}) });

/** `n` distinct well-formed plan ids that no org holds. */
const missingIds = (n: number) =>
  Array.from({ length: n }, (_, i) => `plan_01ARZ3NDEKTSV4RRFFQ69G${i.toString().padStart(4, '0')}`);

/**
 * A mixed batch for a route that takes plans of one status (bulk-archive: active, bulk-delete: draft):
 * asserts it takes `a` and `b` and skips, in request order, a well-formed id no plan has and a
 * malformed one as not_found, and a plan in the other status and an archived one as
 * invalid_transition, leaving those two unchanged.
 */
const mixedBatch = async (org: string, route: 'bulk-archive' | 'bulk-delete', takes: 'active' | 'draft') => {
  const a = await planIn(org, takes, { slug: 'a' });
  const other = await planIn(org, takes === 'active' ? 'draft' : 'active');
  const b = await planIn(org, takes, { slug: 'b' });
  const archived = await planIn(org, 'archived');
  const planIds = [MISSING.plan, a.id, other.id, b.id, archived.id, 'not-a-plan-id'];
  const result = ok(await bulk(org, route, { planIds }));
  expect(result).toEqual({
    succeeded: [a.id, b.id],
    skipped: [
      { id: MISSING.plan, code: 'not_found' },
      { id: other.id, code: 'invalid_transition' },
      { id: archived.id, code: 'invalid_transition' },
      { id: 'not-a-plan-id', code: 'not_found' },
    ],
  });
  expect(await current(org, other.id)).toEqual(other);
  expect(await current(org, archived.id)).toEqual(archived);
  return { a, b };
};

describe('bulk routes: request validation', () => {
  const routes: BulkRoute[] = ['bulk-archive', 'bulk-delete', 'bulk-move'];
  const extra = (route: BulkRoute) => (route === 'bulk-move' ? { groupId: null } : {});

  it.each(routes)('%s refuses an empty planIds with 400 validation_failed', async (route) => {
    const org = newOrg();
    const problem = expectProblem(
      await bulk(org, route, { planIds: [], ...extra(route) }),
      400,
      'validation_failed',
    );
    expect(errorPaths(problem)).toContain('planIds');
  });

  it.each(routes)('%s refuses 101 planIds with 400 validation_failed, changing nothing', async (route) => {
    const org = newOrg();
    const plan = await planIn(org, route === 'bulk-archive' ? 'active' : 'draft');
    const planIds = [plan.id, ...missingIds(100)];
    const problem = expectProblem(
      await bulk(org, route, { planIds, ...extra(route) }),
      400,
      'validation_failed',
    );
    expect(errorPaths(problem)).toContain('planIds');
    expect(await current(org, plan.id)).toEqual(plan);
  });

  it.each(routes)('%s refuses a repeated id with 400 validation_failed, changing nothing', async (route) => {
    const org = newOrg();
    const plan = await planIn(org, route === 'bulk-archive' ? 'active' : 'draft');
    const problem = expectProblem(
      await bulk(org, route, { planIds: [plan.id, MISSING.plan, plan.id], ...extra(route) }),
      400,
      'validation_failed',
    );
    expect(errorPaths(problem).some((p) => p.startsWith('planIds'))).toBe(true);
    expect(await current(org, plan.id)).toEqual(plan);
  });

  it.each(routes)('%s refuses a body without planIds with 400 validation_failed', async (route) => {
    const problem = expectProblem(await bulk(newOrg(), route, { ...extra(route) }), 400, 'validation_failed');
    expect(errorPaths(problem)).toContain('planIds');
  });

  it('accepts 100 ids, skipping each unknown one as not_found', async () => {
    const org = newOrg();
    const planIds = missingIds(100);
    const result = ok(await bulk(org, 'bulk-archive', { planIds }));
    expect(result.succeeded).toEqual([]);
    expect(result.skipped).toEqual(planIds.map((id) => ({ id, code: 'not_found' })));
  });
});

describe('POST /orgs/{orgId}/plans/bulk-archive', () => {
  it('archives each active plan and skips the others with the single operation codes, in request order', async () => {
    const org = newOrg();
    const { a, b } = await mixedBatch(org, 'bulk-archive', 'active');
    for (const plan of [a, b]) {
      const now = await current(org, plan.id);
      expect(now).toMatchObject({
        status: 'archived',
        archivedAt: expect.stringMatching(ISO_MS),
        version: 2,
      });
      const [event] = await auditEvents(api, org, plan.id);
      expect(event).toMatchObject({ action: 'plan.archived', entityId: plan.id });
      expect(event?.before).toEqual(plan);
      expect(event?.after).toEqual(now);
    }
    expect((await actions(org)).filter((x) => x === 'plan.archived')).toHaveLength(3);
  });

  it('keeps the request order across many plans', async () => {
    const org = newOrg();
    const plans: PlanResource[] = [];
    for (let i = 0; i < 12; i++) plans.push(await planIn(org, i % 4 === 0 ? 'draft' : 'active'));
    const order = [7, 2, 11, 0, 5, 9, 1, 10, 4, 8, 3, 6];
    const planIds = order.map((i) => plans[i]?.id as string);
    const result = ok(await bulk(org, 'bulk-archive', { planIds }));
    expect(result.succeeded).toEqual(order.filter((i) => i % 4 !== 0).map((i) => plans[i]?.id));
    expect(result.skipped).toEqual(
      order.filter((i) => i % 4 === 0).map((i) => ({ id: plans[i]?.id, code: 'invalid_transition' })),
    );
  });

  it("skips another org's plan as not_found and leaves it alone", async () => {
    const other = newOrg();
    const foreign = await planIn(other, 'active');
    const org = newOrg();
    const mine = await planIn(org, 'active');
    const result = ok(await bulk(org, 'bulk-archive', { planIds: [foreign.id, mine.id] }));
    expect(result).toEqual({ succeeded: [mine.id], skipped: [{ id: foreign.id, code: 'not_found' }] });
    expect((await current(other, foreign.id)).status).toBe('active');
  });
});

describe('POST /orgs/{orgId}/plans/bulk-delete', () => {
  it('deletes each draft and skips the others with the single operation codes, in request order', async () => {
    const org = newOrg();
    const { a, b } = await mixedBatch(org, 'bulk-delete', 'draft');
    for (const plan of [a, b]) {
      expectProblem(await getPlan(org, plan.id), 404, 'not_found');
      const [event] = await auditEvents(api, org, plan.id);
      expect(event).toMatchObject({ action: 'plan.deleted', entityId: plan.id, after: null });
      expect(event?.before).toEqual(plan);
    }
    // Deleted slugs are free again.
    await createPlan(api, org, { slug: 'a' });
    await createPlan(api, org, { slug: 'b' });
  });
});

describe('POST /orgs/{orgId}/plans/bulk-move', () => {
  it('moves plans of any status into a group, skipping unknown ids, each recorded as plan.updated', async () => {
    const org = newOrg();
    const group = await createGroup(api, org);
    const draft = await planIn(org, 'draft');
    const active = await planIn(org, 'active');
    const archived = await planIn(org, 'archived');
    const planIds = [active.id, MISSING.plan, draft.id, archived.id];
    const result = ok(await bulk(org, 'bulk-move', { planIds, groupId: group.id }));
    expect(result).toEqual({
      succeeded: [active.id, draft.id, archived.id],
      skipped: [{ id: MISSING.plan, code: 'not_found' }],
    });
    expect(await listPlanIds(api, org, `groupId=${group.id}`)).toEqual([archived.id, active.id, draft.id]);
    for (const plan of [draft, active, archived]) {
      const now = await current(org, plan.id);
      expect(now).toMatchObject({ groupId: group.id, status: plan.status, version: plan.version + 1 });
      const [event] = await auditEvents(api, org, plan.id);
      expect(event).toMatchObject({
        action: 'plan.updated',
        entityId: plan.id,
        before: { groupId: null },
        after: { groupId: group.id },
      });
      expect(event?.after).toEqual(now);
    }
    expectProblem(
      await api.request('DELETE', `/orgs/${org}/plan-groups/${group.id}`),
      409,
      'group_not_empty',
    );
  });

  it('moves plans from one group to another, emptying the first', async () => {
    const org = newOrg();
    const from = await createGroup(api, org);
    const to = await createGroup(api, org);
    const a = await planIn(org, 'draft', { groupId: from.id });
    const b = await planIn(org, 'active', { groupId: from.id });
    ok(await bulk(org, 'bulk-move', { planIds: [a.id, b.id], groupId: to.id }));
    expect(await listPlanIds(api, org, `groupId=${from.id}`)).toEqual([]);
    expect(await listPlanIds(api, org, `groupId=${to.id}`)).toEqual([b.id, a.id]);
    expect((await api.request('DELETE', `/orgs/${org}/plan-groups/${from.id}`)).status).toBe(204);
  });

  it('takes plans out of their group with groupId null', async () => {
    const org = newOrg();
    const group = await createGroup(api, org);
    const a = await planIn(org, 'draft', { groupId: group.id });
    const b = await planIn(org, 'archived', { groupId: group.id });
    const result = ok(await bulk(org, 'bulk-move', { planIds: [a.id, b.id], groupId: null }));
    expect(result).toEqual({ succeeded: [a.id, b.id], skipped: [] });
    expect((await current(org, a.id)).groupId).toBeNull();
    expect((await current(org, b.id)).groupId).toBeNull();
    expect(await listPlanIds(api, org, `groupId=${group.id}`)).toEqual([]);
    expect((await api.request('DELETE', `/orgs/${org}/plan-groups/${group.id}`)).status).toBe(204);
  });

  it('refuses a group that does not exist with 422 reference_not_found, moving nothing', async () => {
    const org = newOrg();
    const group = await createGroup(api, org);
    const a = await planIn(org, 'draft', { groupId: group.id });
    const b = await planIn(org, 'active');
    const before = await actions(org);
    const problem = expectProblem(
      await bulk(org, 'bulk-move', { planIds: [a.id, b.id], groupId: MISSING.group }),
      422,
      'reference_not_found',
    );
    expect(errorPaths(problem)).toContain('groupId');
    expect(await current(org, a.id)).toEqual(a);
    expect(await current(org, b.id)).toEqual(b);
    expect(await actions(org)).toEqual(before);
  });
});

describe('Idempotency-Key on bulk routes', () => {
  it.each([
    { route: 'bulk-archive', status: 'active' },
    { route: 'bulk-delete', status: 'draft' },
    { route: 'bulk-move', status: 'draft' },
  ] as const)('$route: a retry answers the same body and changes nothing more', async ({ route, status }) => {
    const org = newOrg();
    const group = await createGroup(api, org);
    const a = await planIn(org, status);
    const b = await planIn(org, status);
    const body = {
      planIds: [a.id, MISSING.plan, b.id],
      ...(route === 'bulk-move' ? { groupId: group.id } : {}),
    };
    const headers = { 'idempotency-key': `retry-${route}` };
    const first = await bulk(org, route, body, headers);
    expect(first.status, first.text).toBe(200);
    expect(first.body.succeeded).toEqual([a.id, b.id]);
    const events = await actions(org);
    const plans = await listPlanIds(api, org);
    const versions = await Promise.all(plans.map(async (id) => (await current(org, id)).version));
    const again = await bulk(org, route, body, headers);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await actions(org)).toEqual(events);
    expect(await listPlanIds(api, org)).toEqual(plans);
    expect(await Promise.all(plans.map(async (id) => (await current(org, id)).version))).toEqual(versions);
  });
});
