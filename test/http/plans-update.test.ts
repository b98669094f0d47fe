/**
 * Contract tests for `PATCH /orgs/{orgId}/plans/{planId}` (API.md, "Plans" and "Conventions"), over
 * HTTP against the local server: partial updates, the cycle and field rules, read-only fields,
 * `If-Match` and the audit event.
 */
import { describe, expect, it } from 'vitest';
import { errorPaths, expectInvalidField, expectProblem, newOrg, useApi } from '../support/api.ts';
import { auditEvents, createItem, createPlan, MISSING } from '../support/catalog.ts';
import { ISO_MS, sleep } from '../support/fixtures.ts';
import { PLAN_READ_ONLY, planClient } from '../support/plans.ts';

const api = useApi();
const { getPlan, patchPlan } = planClient(api);

describe('PATCH /orgs/{orgId}/plans/{planId}', () => {
  it('changes only the fields sent, bumps the version and updatedAt, and answers with the ETag', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, {
      description: 'Before',
      features: ['A'],
      limits: { users: 1 },
      price: { amount: 100, currency: 'USD' },
    });
    await sleep(5);
    const res = await patchPlan(org, plan.id, { name: 'Renamed', trialDays: 7 });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body).toEqual({
      ...plan,
      name: 'Renamed',
      trialDays: 7,
      version: 2,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(res.body.updatedAt > plan.updatedAt).toBe(true);
    expect((await getPlan(org, plan.id)).body).toEqual(res.body);
  });

  it('clears optional fields sent as null', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, {
      description: 'x',
      price: { amount: 100, currency: 'USD' },
      includedQuota: 50,
      availableCycles: ['monthly', 'custom'],
      customDays: 10,
    });
    const res = await patchPlan(org, plan.id, {
      description: null,
      price: null,
      includedQuota: null,
      availableCycles: ['monthly'],
      customDays: null,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      description: null,
      price: null,
      includedQuota: null,
      availableCycles: ['monthly'],
      customDays: null,
    });
    expect((await getPlan(org, plan.id)).body).toEqual(res.body);
  });

  it('replaces features, limits and items as wholes', async () => {
    const org = newOrg();
    const a = await createItem(api, org, { name: 'A' });
    const b = await createItem(api, org, { name: 'B' });
    const plan = await createPlan(api, org, {
      features: ['A', 'B'],
      limits: { users: 1, seats: 2 },
      items: [a.item],
    });
    const res = await patchPlan(org, plan.id, { features: ['C'], limits: { projects: 3 }, items: [b.item] });
    expect(res.status, res.text).toBe(200);
    expect(res.body.features).toEqual(['C']);
    expect(res.body.limits).toEqual({ projects: 3 });
    expect(res.body.items.map((i) => i.productId)).toEqual([b.product.id]);
    // The product the plan no longer uses is free again.
    expect((await api.request('DELETE', `/orgs/${org}/products/${a.product.id}`)).status).toBe(204);
  });

  it('checks the cycle rules against the plan as it would become', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { availableCycles: ['monthly', 'annual'] });
    expectInvalidField(await patchPlan(org, plan.id, { availableCycles: ['annual'] }), 'availableCycles');
    expectInvalidField(
      await patchPlan(org, plan.id, { availableCycles: ['monthly', 'custom'] }),
      'customDays',
    );
    expectInvalidField(await patchPlan(org, plan.id, { customDays: 30 }), 'customDays');
    const ok = await patchPlan(org, plan.id, { defaultCycle: 'annual' });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.version).toBe(2);
  });

  it('refuses a field rule on PATCH with 400 validation_failed, changing nothing', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org);
    const res = await patchPlan(org, plan.id, { name: '', slug: 'UPPER', trialDays: 91 });
    expect(errorPaths(expectProblem(res, 400, 'validation_failed'))).toEqual(
      expect.arrayContaining(['name', 'slug', 'trialDays']),
    );
    expect((await getPlan(org, plan.id)).body).toEqual(plan);
  });

  it.each([...PLAN_READ_ONLY, { field: 'publish', value: true }])(
    'refuses $field on PATCH with 400 validation_failed naming it, changing nothing',
    async ({ field, value }) => {
      const org = newOrg();
      const plan = await createPlan(api, org);
      expectInvalidField(await patchPlan(org, plan.id, { [field]: value }), field);
      expect((await getPlan(org, plan.id)).body).toEqual(plan);
    },
  );

  it('answers a stale If-Match with 412 version_mismatch and changes nothing', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org);
    expect((await patchPlan(org, plan.id, { name: 'Second' })).status).toBe(200);
    expectProblem(
      await patchPlan(org, plan.id, { name: 'Third' }, { 'if-match': '"1"' }),
      412,
      'version_mismatch',
    );
    const got = (await getPlan(org, plan.id)).body;
    expect(got.name).toBe('Second');
    expect(got.version).toBe(2);
  });

  it('applies a PATCH whose If-Match names the current version', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org);
    const res = await patchPlan(org, plan.id, { name: 'Next' }, { 'if-match': '"1"' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.headers.get('etag')).toBe('"2"');
  });

  it('answers 404 not_found for an unknown plan', async () => {
    expectProblem(await patchPlan(newOrg(), MISSING.plan, { name: 'x' }), 404, 'not_found');
  });

  it('records plan.updated with the plan before and after', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org);
    const updated = (await patchPlan(org, plan.id, { name: 'After', visibility: 'private' })).body;
    const events = await auditEvents(api, org, plan.id);
    expect(events.map((e) => e.action)).toEqual(['plan.updated', 'plan.created']);
    const [event] = events;
    expect(event).toMatchObject({
      entityType: 'plan',
      entityId: plan.id,
      action: 'plan.updated',
      actor: { sub: expect.any(String) },
      before: { name: 'Plan', visibility: 'public', version: 1 },
      after: { name: 'After', visibility: 'private', version: 2 },
    });
    expect(event?.after).toEqual(updated);
    expect(event?.before).toEqual(plan);
  });
});
