/**
 * Contract tests for the plan lifecycle (API.md, "Plans": publish, archive, restore, delete,
 * duplicate and the bulk routes), over HTTP against the local server.
 *
 * Not covered: "archive refused with 409 plan_in_use while the plan has live subscriptions" needs
 * subscriptions, which this API does not serve yet.
 */
import { describe, expect, it } from 'vitest';
import { errorPaths, expectProblem, newOrg, useApi } from '../support/api.ts';
import {
  auditEvents,
  createItem,
  createPlan,
  createProduct,
  listPlanIds,
  MISSING,
} from '../support/catalog.ts';
import { ISO_MS } from '../support/fixtures.ts';
import { ok, planClient, planLifecycle } from '../support/plans.ts';

const api = useApi();
const { lifecycle, planIn, current, actions } = planLifecycle(api);
const { getPlan, deletePlan, patchPlan } = planClient(api);

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
