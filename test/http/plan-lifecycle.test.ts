/**
 * Contract tests for the plan lifecycle (API.md, "Plans": publish, archive, restore, delete,
 * duplicate and the bulk routes), over HTTP against the local server.
 *
 * Not covered: "archive refused with 409 plan_in_use while the plan has live subscriptions" needs
 * subscriptions, which this API does not serve yet.
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
  createCompany,
  createGroup,
  createItem,
  createPackage,
  createPlan,
  createProduct,
  listPlanIds,
  MISSING,
  PLAN_ID,
  writableFields,
} from '../support/catalog.ts';
import { ISO_MS } from '../support/fixtures.ts';

const api = useApi();

type Verb = 'publish' | 'archive' | 'restore' | 'duplicate';
type Status = PlanResource['status'];
type BulkRoute = 'bulk-archive' | 'bulk-delete' | 'bulk-move';

interface BulkResult {
  succeeded: string[];
  skipped: { id: string; code: string }[];
}

const lifecycle = (
  org: string,
  id: string,
  verb: Verb,
  options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {},
) => api.request<PlanResource>('POST', `/orgs/${org}/plans/${id}/${verb}`, options);

const { get: getPlan, remove: deletePlan, patch: patchPlan } = resourceClient<PlanResource>(api, 'plans');

const bulk = (org: string, route: BulkRoute, body: unknown, headers?: Record<string, string>) =>
  api.request<BulkResult>('POST', `/orgs/${org}/plans/${route}`, { body, ...(headers ? { headers } : {}) });

const ok = <T>(res: ApiResponse<T>, status = 200): T => {
  expect(res.status, res.text).toBe(status);
  return res.body;
};

/** A plan brought to `status` through the lifecycle routes. */
const planIn = async (org: string, status: Status, overrides: Record<string, unknown> = {}) => {
  const plan = await createPlan(api, org, { ...overrides, ...(status === 'draft' ? {} : { publish: true }) });
  if (status !== 'archived') return plan;
  return ok(await lifecycle(org, plan.id, 'archive'));
};

/** The plan as it is now: asserts it still exists. */
const current = async (org: string, id: string) => ok(await getPlan(org, id));

const actions = async (org: string, entityId?: string) =>
  (await auditEvents(api, org, entityId)).map((e) => e.action);

/** `n` distinct well-formed plan ids that no org holds. */
const missingIds = (n: number) =>
  Array.from({ length: n }, (_, i) => `plan_01ARZ3NDEKTSV4RRFFQ69G${i.toString().padStart(4, '0')}`);

describe('POST /orgs/{orgId}/plans/{planId}/publish', () => {
  it('publishes a draft: 200, active, publishedAt set, version 2 and its ETag, recorded as plan.published', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'draft');
    const res = await lifecycle(org, plan.id, 'publish');
    const published = ok(res);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(published).toEqual({
      ...plan,
      status: 'active',
      publishedAt: expect.stringMatching(ISO_MS),
      version: 2,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(await current(org, plan.id)).toEqual(published);
    const [event] = await auditEvents(api, org, plan.id);
    expect(event).toMatchObject({ entityType: 'plan', entityId: plan.id, action: 'plan.published' });
    expect(event?.before).toEqual(plan);
    expect(event?.after).toEqual(published);
  });
});

describe('POST /orgs/{orgId}/plans/{planId}/archive', () => {
  it('archives an active plan: archived with archivedAt, publishedAt kept, recorded as plan.archived', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'active');
    const res = await lifecycle(org, plan.id, 'archive');
    const archived = ok(res);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(archived).toEqual({
      ...plan,
      status: 'archived',
      archivedAt: expect.stringMatching(ISO_MS),
      version: 2,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(archived.publishedAt).toBe(plan.publishedAt);
    expect(await current(org, plan.id)).toEqual(archived);
    const [event] = await auditEvents(api, org, plan.id);
    expect(event).toMatchObject({ entityId: plan.id, action: 'plan.archived' });
    expect(event?.before).toEqual(plan);
    expect(event?.after).toEqual(archived);
  });
});

describe('POST /orgs/{orgId}/plans/{planId}/restore', () => {
  it('restores an archived plan: active again with archivedAt null, recorded as plan.restored', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'archived');
    const res = await lifecycle(org, plan.id, 'restore');
    const restored = ok(res);
    expect(res.headers.get('etag')).toBe('"3"');
    expect(restored).toEqual({
      ...plan,
      status: 'active',
      archivedAt: null,
      publishedAt: expect.stringMatching(ISO_MS),
      version: 3,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(await current(org, plan.id)).toEqual(restored);
    const [event] = await auditEvents(api, org, plan.id);
    expect(event).toMatchObject({ entityId: plan.id, action: 'plan.restored' });
    expect(event?.before).toEqual(plan);
    expect(event?.after).toEqual(restored);
  });
});

describe('DELETE /orgs/{orgId}/plans/{planId} (lifecycle)', () => {
  it('deletes a draft: 204, gone, recorded as plan.deleted with before and after null', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'draft');
    const res = await deletePlan(org, plan.id);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expectProblem(await getPlan(org, plan.id), 404, 'not_found');
    const [event] = await auditEvents(api, org, plan.id);
    expect(event).toMatchObject({
      entityType: 'plan',
      entityId: plan.id,
      action: 'plan.deleted',
      after: null,
    });
    expect(event?.before).toEqual(plan);
  });

  it('records plan.deleted with the plan exactly as it was, child products of its items included', async () => {
    const org = newOrg();
    const { product, item } = await createItem(api, org);
    const child = await createProduct(api, org, { name: 'Child', parentId: product.id });
    const plan = await current(org, (await createPlan(api, org, { items: [item] })).id);
    expect(plan.items[0]?.childProductIds).toEqual([child.id]);
    expect((await deletePlan(org, plan.id)).status).toBe(204);
    const [event] = await auditEvents(api, org, plan.id);
    expect(event?.action).toBe('plan.deleted');
    expect(event?.before).toEqual(plan);
  });

  it.each(['active', 'archived'] as const)(
    'refuses to delete an %s plan with 409 invalid_transition, changing nothing',
    async (status) => {
      const org = newOrg();
      const plan = await planIn(org, status);
      const before = await actions(org);
      expectProblem(await deletePlan(org, plan.id), 409, 'invalid_transition');
      expect(await current(org, plan.id)).toEqual(plan);
      expect(await actions(org)).toEqual(before);
    },
  );
});

describe('forbidden transitions', () => {
  it.each([
    { verb: 'publish', from: 'active' },
    { verb: 'publish', from: 'archived' },
    { verb: 'archive', from: 'draft' },
    { verb: 'archive', from: 'archived' },
    { verb: 'restore', from: 'draft' },
    { verb: 'restore', from: 'active' },
  ] as const)(
    'refuses to $verb a $from plan with 409 invalid_transition, changing nothing',
    async ({ verb, from }) => {
      const org = newOrg();
      const plan = await planIn(org, from);
      const before = await actions(org);
      expectProblem(await lifecycle(org, plan.id, verb), 409, 'invalid_transition');
      expect(await current(org, plan.id)).toEqual(plan);
      expect(await actions(org)).toEqual(before);
    },
  );

  it.each(['publish', 'archive', 'restore', 'duplicate'] as const)(
    'answers 404 not_found to %s of an unknown or malformed plan id',
    async (verb) => {
      const org = newOrg();
      expectProblem(await lifecycle(org, MISSING.plan, verb), 404, 'not_found');
      expectProblem(await lifecycle(org, 'nope', verb), 404, 'not_found');
    },
  );

  it("answers 404 not_found to a lifecycle step on another org's plan, leaving it alone", async () => {
    const owner = newOrg();
    const plan = await planIn(owner, 'draft');
    expectProblem(await lifecycle(newOrg(), plan.id, 'publish'), 404, 'not_found');
    expect((await current(owner, plan.id)).status).toBe('draft');
  });
});

describe('lifecycle request bodies', () => {
  const steps = [
    { verb: 'publish', from: 'draft', status: 200 },
    { verb: 'archive', from: 'active', status: 200 },
    { verb: 'restore', from: 'archived', status: 200 },
    { verb: 'duplicate', from: 'draft', status: 201 },
  ] as const;

  it.each(steps)('accepts $verb without a body', async ({ verb, from, status }) => {
    const org = newOrg();
    const plan = await planIn(org, from);
    ok(await lifecycle(org, plan.id, verb), status);
  });

  it.each(steps)('accepts $verb with an empty JSON object', async ({ verb, from, status }) => {
    const org = newOrg();
    const plan = await planIn(org, from);
    ok(await lifecycle(org, plan.id, verb, { body: {} }), status);
  });

  it.each(steps)(
    'refuses $verb with a non-empty body (400 validation_failed), changing nothing',
    async ({ verb, from }) => {
      const org = newOrg();
      const plan = await planIn(org, from);
      const problem = expectProblem(
        await lifecycle(org, plan.id, verb, { body: { reason: 'spring cleanup' } }),
        400,
        'validation_failed',
      );
      expect(errorPaths(problem)).toContain('reason');
      expect(await current(org, plan.id)).toEqual(plan);
      expect(await listPlanIds(api, org)).toEqual([plan.id]);
    },
  );

  it('refuses a lifecycle body that is not a JSON object with 400 invalid_json', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'draft');
    expectProblem(await lifecycle(org, plan.id, 'publish', { body: [] }), 400, 'invalid_json');
    expectProblem(
      await lifecycle(org, plan.id, 'publish', { raw: '{', headers: { 'content-type': 'application/json' } }),
      400,
      'invalid_json',
    );
    expect((await current(org, plan.id)).status).toBe('draft');
  });
});

describe('If-Match on lifecycle steps', () => {
  const steps = [
    { verb: 'publish', from: 'draft' },
    { verb: 'archive', from: 'active' },
    { verb: 'restore', from: 'archived' },
  ] as const;

  it.each(steps)(
    'answers $verb with a stale If-Match with 412 version_mismatch, changing nothing',
    async ({ verb, from }) => {
      const org = newOrg();
      const plan = await planIn(org, from);
      const stale = `"${plan.version - 1 || 99}"`;
      expectProblem(
        await lifecycle(org, plan.id, verb, { headers: { 'if-match': stale } }),
        412,
        'version_mismatch',
      );
      expect(await current(org, plan.id)).toEqual(plan);
    },
  );

  it.each(steps)('applies $verb whose If-Match names the current version', async ({ verb, from }) => {
    const org = newOrg();
    const plan = await planIn(org, from);
    const res = await lifecycle(org, plan.id, verb, { headers: { 'if-match': `"${plan.version}"` } });
    expect(ok(res).version).toBe(plan.version + 1);
    expect(res.headers.get('etag')).toBe(`"${plan.version + 1}"`);
  });

  it('answers a delete with a stale If-Match with 412 and deletes with the current one', async () => {
    const org = newOrg();
    const plan = await planIn(org, 'draft');
    ok(await patchPlan(org, plan.id, { name: 'Renamed' }));
    expectProblem(await deletePlan(org, plan.id, { 'if-match': '"1"' }), 412, 'version_mismatch');
    expect((await current(org, plan.id)).version).toBe(2);
    expect((await deletePlan(org, plan.id, { 'if-match': '"2"' })).status).toBe(204);
  });
});

describe('POST /orgs/{orgId}/plans/{planId}/duplicate', () => {
  /** A plan with every writable field set, an item whose product has a child, published. */
  const fullPlan = async (org: string) => {
    const company = await createCompany(api, org);
    const group = await createGroup(api, org);
    const pkg = await createPackage(api, org);
    const { product, item } = await createItem(api, org, { companyId: company.id });
    const child = await createProduct(api, org, { name: 'Child', parentId: product.id });
    const plan = await createPlan(api, org, {
      name: 'Team',
      slug: 'team',
      description: 'For teams',
      type: 'promotional',
      visibility: 'private',
      defaultCycle: 'annual',
      availableCycles: ['annual', 'monthly', 'custom'],
      customDays: 45,
      trialDays: 14,
      price: { amount: 4900, currency: 'EUR' },
      includedQuota: 1000,
      features: ['SSO', 'Audit log'],
      limits: { users: 10, apiRequestsPerDay: 5000 },
      items: [{ ...item, quantity: 3, included: false }],
      packageId: pkg.id,
      groupId: group.id,
      companyId: company.id,
      publish: true,
    });
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
      status: 'draft',
      publishedAt: null,
      archivedAt: null,
      liveSubscriptionCount: 0,
      subscriptionCount: 0,
      version: 1,
      createdAt: expect.stringMatching(ISO_MS),
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
    const a = await planIn(org, 'active');
    const draft = await planIn(org, 'draft');
    const b = await planIn(org, 'active');
    const archived = await planIn(org, 'archived');
    const planIds = [a.id, draft.id, MISSING.plan, b.id, archived.id, 'not-a-plan-id'];
    const result = ok(await bulk(org, 'bulk-archive', { planIds }));
    expect(result).toEqual({
      succeeded: [a.id, b.id],
      skipped: [
        { id: draft.id, code: 'invalid_transition' },
        { id: MISSING.plan, code: 'not_found' },
        { id: archived.id, code: 'invalid_transition' },
        { id: 'not-a-plan-id', code: 'not_found' },
      ],
    });
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
    expect(await current(org, draft.id)).toEqual(draft);
    expect(await current(org, archived.id)).toEqual(archived);
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
    const a = await planIn(org, 'draft', { slug: 'a' });
    const active = await planIn(org, 'active');
    const b = await planIn(org, 'draft', { slug: 'b' });
    const archived = await planIn(org, 'archived');
    const planIds = [MISSING.plan, a.id, active.id, b.id, archived.id, 'x'];
    const result = ok(await bulk(org, 'bulk-delete', { planIds }));
    expect(result).toEqual({
      succeeded: [a.id, b.id],
      skipped: [
        { id: MISSING.plan, code: 'not_found' },
        { id: active.id, code: 'invalid_transition' },
        { id: archived.id, code: 'invalid_transition' },
        { id: 'x', code: 'not_found' },
      ],
    });
    for (const plan of [a, b]) {
      expectProblem(await getPlan(org, plan.id), 404, 'not_found');
      const [event] = await auditEvents(api, org, plan.id);
      expect(event).toMatchObject({ action: 'plan.deleted', entityId: plan.id, after: null });
      expect(event?.before).toEqual(plan);
    }
    expect(await current(org, active.id)).toEqual(active);
    expect(await current(org, archived.id)).toEqual(archived);
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
