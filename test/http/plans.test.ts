/**
 * Contract tests for `/orgs/{orgId}/plans` (API.md, "Plans", and the parts of "Plan groups",
 * "Companies", "Products and prices", "Audit events" and "Conventions" plans rely on), over HTTP
 * against the local server: create, get, delete and the audit trail. Refused creates are in
 * plans-validation.test.ts, items in plans-items.test.ts, slugs and references in
 * plans-references.test.ts, PATCH in plans-update.test.ts, the list in plans-list.test.ts.
 * Lifecycle routes are in plan-lifecycle.test.ts, races in plan-races.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import { type ApiResponse, expectProblem, newOrg, useApi } from '../support/api.ts';
import {
  auditEvents,
  createFullPlanRefs,
  createPlan,
  fullPlanBody,
  listPlanIds,
  MISSING,
  PLAN_ID,
  planBody,
} from '../support/catalog.ts';
import { ISO_MS } from '../support/fixtures.ts';
import { limitsOf, NEW_DRAFT, planClient, strings } from '../support/plans.ts';

const api = useApi();
const { postPlan, getPlan, patchPlan, deletePlan } = planClient(api);

const expectCreated = (res: ApiResponse<PlanResource>): PlanResource => {
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const CYCLES = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'custom'];

describe('POST /orgs/{orgId}/plans', () => {
  it('creates a draft from name and slug: 201, Location, ETag "1" and every default', async () => {
    const org = newOrg();
    const res = await postPlan(org, { name: 'Pro', slug: 'pro' });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const plan = res.body;
    expect(plan).toEqual({
      id: expect.stringMatching(PLAN_ID),
      organizationId: org,
      name: 'Pro',
      slug: 'pro',
      description: null,
      type: 'standard',
      visibility: 'public',
      defaultCycle: 'monthly',
      availableCycles: ['monthly'],
      customDays: null,
      trialDays: 0,
      price: null,
      includedQuota: null,
      features: [],
      limits: {},
      items: [],
      packageId: null,
      groupId: null,
      companyId: null,
      expiryNoticeDays: 0,
      ...NEW_DRAFT,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(plan.updatedAt).toBe(plan.createdAt);
    expect(res.headers.get('location')).toBe(`/orgs/${org}/plans/${plan.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    const got = await getPlan(org, plan.id);
    expect(got.body).toEqual(plan);
  });

  it('defaults availableCycles to [defaultCycle] when only the default cycle is given', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { defaultCycle: 'annual' });
    expect(plan.defaultCycle).toBe('annual');
    expect(plan.availableCycles).toEqual(['annual']);
  });

  it('creates the plan active with publishedAt when the body says publish: true', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { publish: true });
    expect(plan.status).toBe('active');
    expect(plan.publishedAt).toMatch(ISO_MS);
    expect(plan.archivedAt).toBeNull();
    expect((await getPlan(org, plan.id)).body.status).toBe('active');
  });

  it('creates a draft when the body says publish: false', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { publish: false });
    expect(plan.status).toBe('draft');
    expect(plan.publishedAt).toBeNull();
  });

  it('keeps every writable field a full body gives', async () => {
    const org = newOrg();
    const refs = await createFullPlanRefs(api, org);
    const { item } = refs;
    const body = fullPlanBody(refs);
    const plan = expectCreated(await postPlan(org, body));
    expect(plan).toMatchObject({
      ...body,
      items: [{ ...item, quantity: 3, included: false, childProductIds: [] }],
      status: 'draft',
    });
    expect((await getPlan(org, plan.id)).body).toEqual(plan);
  });

  it.each([
    { label: 'a name of 255 characters', body: { name: 'n'.repeat(255) } },
    { label: 'a name of 1 character', body: { name: 'n' } },
    { label: 'a slug of 100 characters', body: { slug: `a${'-'.repeat(98)}z` } },
    { label: 'a slug of 1 character', body: { slug: '7' } },
    { label: 'a description of 5000 characters', body: { description: 'd'.repeat(5000) } },
    { label: 'an empty description', body: { description: '' } },
    { label: 'a null description', body: { description: null } },
    { label: 'type custom', body: { type: 'custom' } },
    { label: 'type standard', body: { type: 'standard' } },
    { label: 'visibility private', body: { visibility: 'private' } },
    { label: 'every cycle available', body: { availableCycles: CYCLES, customDays: 10 } },
    {
      label: 'customDays 1 with custom available',
      body: { availableCycles: ['monthly', 'custom'], customDays: 1 },
    },
    {
      label: 'customDays 3650 with custom as default cycle',
      body: { defaultCycle: 'custom', customDays: 3650 },
    },
    { label: 'customDays null without custom', body: { customDays: null } },
    { label: 'trialDays 0', body: { trialDays: 0 } },
    { label: 'trialDays 90', body: { trialDays: 90 } },
    { label: 'a EUR price', body: { price: { amount: 1999, currency: 'EUR' } } },
    { label: 'a free price (amount 0)', body: { price: { amount: 0, currency: 'USD' } } },
    { label: 'a JPY price', body: { price: { amount: 500, currency: 'JPY' } } },
    { label: 'a null price', body: { price: null } },
    { label: 'includedQuota 0', body: { includedQuota: 0 } },
    { label: 'a null includedQuota', body: { includedQuota: null } },
    { label: '100 distinct features', body: { features: strings(100) } },
    { label: 'a feature of 200 characters', body: { features: ['f'.repeat(200)] } },
    { label: '50 limits', body: { limits: limitsOf(50) } },
    { label: 'a limit name of 64 characters', body: { limits: { [`a${'B_9'.repeat(21)}`]: 0 } } },
    { label: 'limit names with capitals, digits and _', body: { limits: { subAccounts: 3, max_2FA: 0 } } },
  ])('accepts $label', async ({ body }) => {
    const org = newOrg();
    const plan = expectCreated(await postPlan(org, planBody(body)));
    expect(plan).toMatchObject(body);
  });

  it('accepts limit names that are also names of built-in object properties', async () => {
    const org = newOrg();
    const limits = JSON.parse('{"constructor": 1, "toString": 2, "valueOf": 3}') as Record<string, number>;
    const res = await postPlan(org, planBody({ limits }));
    expect(res.status, res.text).toBe(201);
    expect(JSON.stringify(res.body.limits)).toBe(JSON.stringify(limits));
    const got = await getPlan(org, res.body.id);
    expect(JSON.stringify(got.body.limits)).toBe(JSON.stringify(limits));
  });
});

describe('GET /orgs/{orgId}/plans/{planId}', () => {
  it('returns the plan with its ETag', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { description: 'x' });
    const res = await getPlan(org, plan.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(plan);
    expect(res.headers.get('etag')).toBe('"1"');
  });

  it.each([
    { label: 'an unknown id', id: MISSING.plan },
    { label: 'a malformed id', id: 'not-a-plan' },
    { label: 'an id of another resource type', id: MISSING.package },
  ])('answers 404 not_found for $label', async ({ id }) => {
    expectProblem(await getPlan(newOrg(), id), 404, 'not_found');
  });

  it("answers 404 for another org's plan", async () => {
    const plan = await createPlan(api, newOrg());
    expectProblem(await getPlan(newOrg(), plan.id), 404, 'not_found');
  });
});

describe('DELETE /orgs/{orgId}/plans/{planId}', () => {
  it('deletes a draft plan: 204 with no body, then 404', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org);
    const res = await deletePlan(org, plan.id);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expectProblem(await getPlan(org, plan.id), 404, 'not_found');
    expect(await listPlanIds(api, org)).toEqual([]);
  });

  it('answers 404 not_found for an unknown plan', async () => {
    expectProblem(await deletePlan(newOrg(), MISSING.plan), 404, 'not_found');
  });
});

describe('plan audit events', () => {
  it('records plan.created with before null and after the plan', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { features: ['A'] });
    const events = await auditEvents(api, org, plan.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: 'plan',
      entityId: plan.id,
      action: 'plan.created',
      actor: { sub: expect.any(String) },
      before: null,
      at: expect.stringMatching(ISO_MS),
    });
    expect(events[0]?.after).toEqual(plan);
  });

  it('records nothing for a refused create or a refused PATCH', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { slug: 'one' });
    expectProblem(await postPlan(org, planBody({ slug: 'one' })), 409, 'slug_taken');
    expectProblem(await patchPlan(org, plan.id, { trialDays: 91 }), 400, 'validation_failed');
    expectProblem(await patchPlan(org, plan.id, { groupId: MISSING.group }), 422, 'reference_not_found');
    expect((await auditEvents(api, org)).map((e) => e.action)).toEqual(['plan.created']);
  });
});
