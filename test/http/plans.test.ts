/**
 * Contract tests for `/orgs/{orgId}/plans` (API.md, "Plans", and the parts of "Plan groups",
 * "Companies", "Products and prices", "Audit events" and "Conventions" plans rely on), over HTTP
 * against the local server. Lifecycle routes are in plan-lifecycle.test.ts, races in plan-races.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from '../../shared/db/pagination.ts';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import {
  type ApiResponse,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  type Problem,
  resourceClient,
  useApi,
  viewerToken,
} from '../support/api.ts';
import {
  auditEvents,
  createCompany,
  createGroup,
  createItem,
  createItems,
  createPackage,
  createPlan,
  createPrice,
  createProduct,
  listPlanIds,
  MISSING,
  PLAN_ID,
  planBody,
} from '../support/catalog.ts';
import { ISO_MS, sleep } from '../support/fixtures.ts';

const api = useApi();

const {
  post: postPlan,
  get: getPlan,
  patch: patchPlan,
  remove: deletePlan,
  list: listPlans,
} = resourceClient<PlanResource>(api, 'plans');

/** Asserts 400 validation_failed with an error at `path` or below it (`availableCycles.1`). */
const expectInvalidAt = (res: ApiResponse<unknown>, path: string): Problem => {
  const problem = expectProblem(res, 400, 'validation_failed');
  const paths = errorPaths(problem);
  expect(
    paths.some((p) => p === path || p.startsWith(`${path}.`)),
    `an error at ${path} expected, got ${JSON.stringify(paths)}`,
  ).toBe(true);
  return problem;
};

/** Asserts 422 reference_not_found naming `path`. */
const expectMissingRef = (res: ApiResponse<unknown>, path: string) => {
  const problem = expectProblem(res, 422, 'reference_not_found');
  expect(errorPaths(problem)).toContain(path);
};

/** Asserts a refused write left a fresh org without plans or audit events of plans. */
const expectNoPlanWritten = async (org: string) => {
  expect(await listPlanIds(api, org)).toEqual([]);
  expect((await auditEvents(api, org)).filter((e) => e.entityType === 'plan')).toEqual([]);
};

const expectCreated = (res: ApiResponse<PlanResource>): PlanResource => {
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const CYCLES = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'custom'];

/** `n` distinct strings. */
const strings = (n: number, prefix = 'f') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const limitsOf = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`l${i}`, i]));

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
      status: 'draft',
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
      publishedAt: null,
      archivedAt: null,
      liveSubscriptionCount: 0,
      subscriptionCount: 0,
      version: 1,
      createdAt: expect.stringMatching(ISO_MS),
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
    const company = await createCompany(api, org);
    const group = await createGroup(api, org);
    const pkg = await createPackage(api, org);
    const { item } = await createItem(api, org, { companyId: company.id });
    const body = {
      name: 'Team',
      slug: 'team-2024',
      description: 'For teams',
      type: 'promotional',
      visibility: 'private',
      defaultCycle: 'annual',
      availableCycles: ['monthly', 'annual', 'custom'],
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
    };
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

  it.each([
    { label: 'a missing name', body: { name: undefined }, path: 'name' },
    { label: 'an empty name', body: { name: '' }, path: 'name' },
    { label: 'a name of 256 characters', body: { name: 'n'.repeat(256) }, path: 'name' },
    { label: 'a numeric name', body: { name: 7 }, path: 'name' },
    { label: 'a missing slug', body: { slug: undefined }, path: 'slug' },
    { label: 'an empty slug', body: { slug: '' }, path: 'slug' },
    { label: 'a slug of 101 characters', body: { slug: 's'.repeat(101) }, path: 'slug' },
    { label: 'a slug with upper case', body: { slug: 'Pro-Monthly' }, path: 'slug' },
    { label: 'a slug with a space', body: { slug: 'pro monthly' }, path: 'slug' },
    { label: 'a slug with an underscore', body: { slug: 'pro_monthly' }, path: 'slug' },
    { label: 'a slug with a dot', body: { slug: 'pro.monthly' }, path: 'slug' },
    {
      label: 'a description of 5001 characters',
      body: { description: 'd'.repeat(5001) },
      path: 'description',
    },
    { label: 'a type outside the enum', body: { type: 'enterprise' }, path: 'type' },
    { label: 'a null type', body: { type: null }, path: 'type' },
    { label: 'a visibility outside the enum', body: { visibility: 'hidden' }, path: 'visibility' },
    { label: 'a defaultCycle outside the enum', body: { defaultCycle: 'yearly' }, path: 'defaultCycle' },
    {
      label: 'an availableCycles entry outside the enum',
      body: { availableCycles: ['monthly', 'biweekly'] },
      path: 'availableCycles',
    },
    { label: 'empty availableCycles', body: { availableCycles: [] }, path: 'availableCycles' },
    {
      label: 'availableCycles with a repeat',
      body: { availableCycles: ['monthly', 'annual', 'monthly'] },
      path: 'availableCycles',
    },
    {
      label: 'availableCycles without the defaultCycle',
      body: { defaultCycle: 'annual', availableCycles: ['monthly'] },
      path: 'availableCycles',
    },
    {
      label: 'availableCycles without the default monthly cycle',
      body: { availableCycles: ['annual'] },
      path: 'availableCycles',
    },
    {
      label: 'custom available without customDays',
      body: { availableCycles: ['monthly', 'custom'] },
      path: 'customDays',
    },
    {
      label: 'custom as default cycle without customDays',
      body: { defaultCycle: 'custom' },
      path: 'customDays',
    },
    {
      label: 'custom available with a null customDays',
      body: { availableCycles: ['monthly', 'custom'], customDays: null },
      path: 'customDays',
    },
    { label: 'customDays without custom available', body: { customDays: 30 }, path: 'customDays' },
    {
      label: 'customDays 0',
      body: { availableCycles: ['monthly', 'custom'], customDays: 0 },
      path: 'customDays',
    },
    {
      label: 'customDays 3651',
      body: { availableCycles: ['monthly', 'custom'], customDays: 3651 },
      path: 'customDays',
    },
    {
      label: 'customDays 1.5',
      body: { availableCycles: ['monthly', 'custom'], customDays: 1.5 },
      path: 'customDays',
    },
    { label: 'trialDays -1', body: { trialDays: -1 }, path: 'trialDays' },
    { label: 'trialDays 91', body: { trialDays: 91 }, path: 'trialDays' },
    { label: 'trialDays 1.5', body: { trialDays: 1.5 }, path: 'trialDays' },
    { label: 'a null trialDays', body: { trialDays: null }, path: 'trialDays' },
    { label: 'a negative price amount', body: { price: { amount: -1, currency: 'USD' } }, path: 'price' },
    { label: 'a fractional price amount', body: { price: { amount: 9.99, currency: 'USD' } }, path: 'price' },
    { label: 'a string price amount', body: { price: { amount: '100', currency: 'USD' } }, path: 'price' },
    { label: 'a price without amount', body: { price: { currency: 'USD' } }, path: 'price' },
    { label: 'a price without currency', body: { price: { amount: 100 } }, path: 'price' },
    {
      label: 'a lower-case currency (usd)',
      body: { price: { amount: 100, currency: 'usd' } },
      path: 'price',
    },
    {
      label: 'a currency outside ISO-4217 (XYZ)',
      body: { price: { amount: 100, currency: 'XYZ' } },
      path: 'price',
    },
    { label: 'a two-letter currency', body: { price: { amount: 100, currency: 'US' } }, path: 'price' },
    {
      label: 'a price with an unknown field',
      body: { price: { amount: 100, currency: 'USD', cycle: 'monthly' } },
      path: 'price',
    },
    { label: 'a numeric price', body: { price: 100 }, path: 'price' },
    { label: 'includedQuota -1', body: { includedQuota: -1 }, path: 'includedQuota' },
    { label: 'includedQuota 1.5', body: { includedQuota: 1.5 }, path: 'includedQuota' },
    { label: '101 features', body: { features: strings(101) }, path: 'features' },
    { label: 'a repeated feature', body: { features: ['SSO', 'API', 'SSO'] }, path: 'features' },
    { label: 'an empty feature', body: { features: [''] }, path: 'features' },
    { label: 'a feature of 201 characters', body: { features: ['f'.repeat(201)] }, path: 'features' },
    { label: 'a numeric feature', body: { features: [5] }, path: 'features' },
    { label: 'features that are not an array', body: { features: 'SSO' }, path: 'features' },
    { label: '51 limits', body: { limits: limitsOf(51) }, path: 'limits' },
    { label: 'a limit name starting with a digit', body: { limits: { '2fa': 1 } }, path: 'limits' },
    { label: 'a limit name with a dash', body: { limits: { 'sub-accounts': 1 } }, path: 'limits' },
    {
      label: 'a limit name of 65 characters',
      body: { limits: { [`a${'b'.repeat(64)}`]: 1 } },
      path: 'limits',
    },
    { label: 'a negative limit', body: { limits: { users: -1 } }, path: 'limits' },
    { label: 'a fractional limit', body: { limits: { users: 1.5 } }, path: 'limits' },
    { label: 'a string limit', body: { limits: { users: '5' } }, path: 'limits' },
    { label: 'limits that are an array', body: { limits: [1] }, path: 'limits' },
    {
      label: '51 items',
      body: {
        items: Array.from({ length: 51 }, () => ({ productId: MISSING.product, priceId: MISSING.price })),
      },
      path: 'items',
    },
    {
      label: 'an item of quantity 0',
      body: { items: [{ productId: MISSING.product, priceId: MISSING.price, quantity: 0 }] },
      path: 'items.0.quantity',
    },
    {
      label: 'an item of quantity 1.5',
      body: { items: [{ productId: MISSING.product, priceId: MISSING.price, quantity: 1.5 }] },
      path: 'items.0.quantity',
    },
    {
      label: 'an item with a non-boolean included',
      body: { items: [{ productId: MISSING.product, priceId: MISSING.price, included: 'yes' }] },
      path: 'items.0.included',
    },
    {
      label: 'an item without priceId',
      body: { items: [{ productId: MISSING.product }] },
      path: 'items.0.priceId',
    },
    {
      label: 'an item without productId',
      body: { items: [{ priceId: MISSING.price }] },
      path: 'items.0.productId',
    },
    {
      label: 'an item with an unknown field',
      body: { items: [{ productId: MISSING.product, priceId: MISSING.price, note: 'x' }] },
      path: 'items.0.note',
    },
    { label: 'a non-boolean publish', body: { publish: 'yes' }, path: 'publish' },
  ])(
    'refuses $label with 400 validation_failed naming the field, writing nothing',
    async ({ body, path }) => {
      const org = newOrg();
      const problem = expectInvalidAt(await postPlan(org, planBody(body)), path);
      for (const e of problem.errors ?? []) expect(e.message).toEqual(expect.any(String));
      await expectNoPlanWritten(org);
    },
  );

  it('lists every problem of a body at once', async () => {
    const org = newOrg();
    const res = await postPlan(org, {
      name: '',
      slug: 'Not A Slug',
      type: 'enterprise',
      visibility: 'hidden',
      trialDays: 91,
      price: { amount: -1, currency: 'usd' },
      features: [''],
    });
    const paths = errorPaths(expectProblem(res, 400, 'validation_failed'));
    for (const field of ['name', 'slug', 'type', 'visibility', 'trialDays', 'price', 'features']) {
      expect(
        paths.some((p) => p === field || p.startsWith(`${field}.`)),
        `${field} in ${paths}`,
      ).toBe(true);
    }
    await expectNoPlanWritten(org);
  });

  it('lists both missing required fields of an empty body', async () => {
    const org = newOrg();
    const paths = errorPaths(expectProblem(await postPlan(org, {}), 400, 'validation_failed'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'slug']));
  });

  it('lists both cycle rules at once: default cycle missing and customDays missing', async () => {
    const org = newOrg();
    const res = await postPlan(org, planBody({ defaultCycle: 'annual', availableCycles: ['custom'] }));
    const paths = errorPaths(expectProblem(res, 400, 'validation_failed'));
    expect(paths).toEqual(expect.arrayContaining(['availableCycles', 'customDays']));
    await expectNoPlanWritten(org);
  });

  it('refuses an unknown field with 400 validation_failed naming it', async () => {
    const org = newOrg();
    expectInvalidField(await postPlan(org, planBody({ colour: 'blue' })), 'colour');
    await expectNoPlanWritten(org);
  });

  it.each([
    { field: 'status', value: 'active' },
    { field: 'liveSubscriptionCount', value: 0 },
    { field: 'subscriptionCount', value: 0 },
    { field: 'publishedAt', value: '2024-01-01T00:00:00.000Z' },
    { field: 'archivedAt', value: null },
    { field: 'id', value: MISSING.plan },
    { field: 'version', value: 1 },
    { field: 'createdAt', value: '2024-01-01T00:00:00.000Z' },
    { field: 'updatedAt', value: '2024-01-01T00:00:00.000Z' },
    { field: 'organizationId', value: 'another-org' },
  ])('refuses the read-only field $field on create, writing nothing', async ({ field, value }) => {
    const org = newOrg();
    expectInvalidField(await postPlan(org, planBody({ [field]: value })), field);
    await expectNoPlanWritten(org);
  });

  it("refuses an item's read-only childProductIds on create", async () => {
    const org = newOrg();
    const { item } = await createItem(api, org);
    const res = await postPlan(org, planBody({ items: [{ ...item, childProductIds: [] }] }));
    expectInvalidField(res, 'items.0.childProductIds');
    await expectNoPlanWritten(org);
  });

  it('refuses a JSON body that is not an object with 400 invalid_json', async () => {
    const org = newOrg();
    expectProblem(await postPlan(org, ['name', 'slug']), 400, 'invalid_json');
    await expectNoPlanWritten(org);
  });

  it('refuses a viewer with 403 forbidden, writing nothing', async () => {
    const org = newOrg();
    const res = await api.request('POST', `/orgs/${org}/plans`, {
      body: planBody(),
      token: viewerToken(org),
    });
    expectProblem(res, 403, 'forbidden');
    await expectNoPlanWritten(org);
  });
});

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

describe('plan items', () => {
  it('defaults quantity to 1 and included to true, and lists no children of a childless product', async () => {
    const org = newOrg();
    const { item } = await createItem(api, org);
    const plan = await createPlan(api, org, { items: [item] });
    expect(plan.items).toEqual([{ ...item, quantity: 1, included: true, childProductIds: [] }]);
  });

  it('keeps items in the order given', async () => {
    const org = newOrg();
    const a = await createItem(api, org, { name: 'A' });
    const b = await createItem(api, org, { name: 'B' });
    const plan = await createPlan(api, org, {
      items: [
        { ...b.item, quantity: 2 },
        { ...a.item, included: false },
      ],
    });
    expect(plan.items.map((i) => [i.productId, i.quantity, i.included])).toEqual([
      [b.product.id, 2, true],
      [a.product.id, 1, false],
    ]);
  });

  it("lists the item product's children in childProductIds, including a child added later", async () => {
    const org = newOrg();
    const { product, item } = await createItem(api, org);
    const first = await createProduct(api, org, { name: 'Child 1', parentId: product.id });
    const plan = await createPlan(api, org, { items: [item] });
    expect(plan.items[0]?.childProductIds).toEqual([first.id]);
    const second = await createProduct(api, org, { name: 'Child 2', parentId: product.id });
    const got = (await getPlan(org, plan.id)).body;
    expect([...(got.items[0]?.childProductIds ?? [])].sort()).toEqual([first.id, second.id].sort());
    const listed = (await listPlans(org)).body.items.find((p) => p.id === plan.id);
    expect([...(listed?.items[0]?.childProductIds ?? [])].sort()).toEqual([first.id, second.id].sort());
    expect((await api.request('DELETE', `/orgs/${org}/products/${first.id}`)).status).toBe(204);
    expect((await getPlan(org, plan.id)).body.items[0]?.childProductIds).toEqual([second.id]);
  });

  it('refuses a child product as an item with 400 validation_failed naming items.0.productId', async () => {
    const org = newOrg();
    const root = await createProduct(api, org);
    const child = await createProduct(api, org, { parentId: root.id });
    const price = await createPrice(api, org, child.id);
    const res = await postPlan(org, planBody({ items: [{ productId: child.id, priceId: price.id }] }));
    expectInvalidField(res, 'items.0.productId');
    await expectNoPlanWritten(org);
  });

  it('refuses a product that appears twice with 400 validation_failed naming the repeat', async () => {
    const org = newOrg();
    const { product, item } = await createItem(api, org);
    const other = await createPrice(api, org, product.id, { cycle: 'annual' });
    const res = await postPlan(
      org,
      planBody({ items: [item, { productId: product.id, priceId: other.id }] }),
    );
    expectInvalidField(res, 'items.1.productId');
    await expectNoPlanWritten(org);
  });

  it('refuses a price of another product with 400 validation_failed naming items.N.priceId', async () => {
    const org = newOrg();
    const a = await createItem(api, org, { name: 'A' });
    const b = await createItem(api, org, { name: 'B' });
    const res = await postPlan(
      org,
      planBody({ items: [a.item, { productId: b.product.id, priceId: a.price.id }] }),
    );
    expectInvalidField(res, 'items.1.priceId');
    await expectNoPlanWritten(org);
  });

  it("refuses a product of another company than the plan's with 400 validation_failed", async () => {
    const org = newOrg();
    const mine = await createCompany(api, org, { name: 'Mine' });
    const theirs = await createCompany(api, org, { name: 'Theirs' });
    const ok = await createItem(api, org, { companyId: mine.id });
    const other = await createItem(api, org, { companyId: theirs.id });
    const res = await postPlan(org, planBody({ companyId: mine.id, items: [ok.item, other.item] }));
    expectInvalidField(res, 'items.1.productId');
    await expectNoPlanWritten(org);
  });

  it('refuses a product without a company in a plan that has one with 400 validation_failed', async () => {
    const org = newOrg();
    const company = await createCompany(api, org);
    const { item } = await createItem(api, org);
    const res = await postPlan(org, planBody({ companyId: company.id, items: [item] }));
    expectInvalidField(res, 'items.0.productId');
    await expectNoPlanWritten(org);
  });

  it('accepts products of the same company as the plan', async () => {
    const org = newOrg();
    const company = await createCompany(api, org);
    const a = await createItem(api, org, { companyId: company.id, name: 'A' });
    const b = await createItem(api, org, { companyId: company.id, name: 'B' });
    const plan = await createPlan(api, org, { companyId: company.id, items: [a.item, b.item] });
    expect(plan.items.map((i) => i.productId)).toEqual([a.product.id, b.product.id]);
  });

  it('accepts products of any company in a plan without one', async () => {
    const org = newOrg();
    const c1 = await createCompany(api, org);
    const c2 = await createCompany(api, org);
    const a = await createItem(api, org, { companyId: c1.id, name: 'A' });
    const b = await createItem(api, org, { companyId: c2.id, name: 'B' });
    const plan = await createPlan(api, org, { items: [a.item, b.item] });
    expect(plan.companyId).toBeNull();
    expect(plan.items).toHaveLength(2);
  });

  it('refuses an unknown product with 422 reference_not_found naming items.N.productId', async () => {
    const org = newOrg();
    const { item, price } = await createItem(api, org);
    const res = await postPlan(
      org,
      planBody({ items: [item, { productId: MISSING.product, priceId: price.id }] }),
    );
    expectMissingRef(res, 'items.1.productId');
    await expectNoPlanWritten(org);
  });

  it('refuses an unknown price with 422 reference_not_found naming items.N.priceId', async () => {
    const org = newOrg();
    const { product } = await createItem(api, org);
    const res = await postPlan(org, planBody({ items: [{ productId: product.id, priceId: MISSING.price }] }));
    expectMissingRef(res, 'items.0.priceId');
    await expectNoPlanWritten(org);
  });

  it("refuses another org's product as unknown (422 reference_not_found)", async () => {
    const org = newOrg();
    const { item } = await createItem(api, newOrg());
    expectMissingRef(await postPlan(org, planBody({ items: [item] })), 'items.0.productId');
    await expectNoPlanWritten(org);
  });

  it('applies the item rules to a PATCH of items: a child product is refused', async () => {
    const org = newOrg();
    const { product, item } = await createItem(api, org);
    const plan = await createPlan(api, org, { items: [item] });
    const child = await createProduct(api, org, { parentId: product.id });
    const price = await createPrice(api, org, child.id);
    const res = await patchPlan(org, plan.id, { items: [item, { productId: child.id, priceId: price.id }] });
    expectInvalidField(res, 'items.1.productId');
    const got = (await getPlan(org, plan.id)).body;
    expect(got.items.map((i) => i.productId)).toEqual([product.id]);
    expect(got.version).toBe(1);
  });

  it('refuses a PATCH setting a company that the existing items do not belong to', async () => {
    const org = newOrg();
    const company = await createCompany(api, org);
    const { item } = await createItem(api, org);
    const plan = await createPlan(api, org, { items: [item] });
    expectInvalidField(await patchPlan(org, plan.id, { companyId: company.id }), 'items.0.productId');
    expect((await getPlan(org, plan.id)).body.companyId).toBeNull();
  });

  it('accepts a PATCH setting the company its items belong to', async () => {
    const org = newOrg();
    const company = await createCompany(api, org);
    const { item } = await createItem(api, org, { companyId: company.id });
    const plan = await createPlan(api, org, { items: [item] });
    const res = await patchPlan(org, plan.id, { companyId: company.id });
    expect(res.status, res.text).toBe(200);
    expect(res.body.companyId).toBe(company.id);
  });

  it('accepts 50 items on create, and a PATCH replacing them with 50 other products', async () => {
    const org = newOrg();
    const [first, second] = [await createItems(api, org, 50), await createItems(api, org, 50)];
    const plan = await createPlan(api, org, { items: first });
    expect(plan.items.map((i) => i.productId)).toEqual(first.map((i) => i.productId));
    const res = await patchPlan(org, plan.id, { items: second });
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.map((i) => i.productId)).toEqual(second.map((i) => i.productId));
    // The products it dropped are free again; the ones it took are in use.
    const dropped = first[0]?.productId ?? '';
    const taken = second[0]?.productId ?? '';
    expect((await api.request('DELETE', `/orgs/${org}/products/${dropped}`)).status).toBe(204);
    expectProblem(await api.request('DELETE', `/orgs/${org}/products/${taken}`), 409, 'product_in_use');
  });

  it('refuses an item quantity of 0 in a PATCH', async () => {
    const org = newOrg();
    const { item } = await createItem(api, org);
    const plan = await createPlan(api, org);
    expectInvalidField(
      await patchPlan(org, plan.id, { items: [{ ...item, quantity: 0 }] }),
      'items.0.quantity',
    );
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

  it.each([
    { field: 'status', value: 'active' },
    { field: 'liveSubscriptionCount', value: 0 },
    { field: 'subscriptionCount', value: 0 },
    { field: 'publishedAt', value: '2024-01-01T00:00:00.000Z' },
    { field: 'archivedAt', value: null },
    { field: 'id', value: MISSING.plan },
    { field: 'version', value: 1 },
    { field: 'createdAt', value: '2024-01-01T00:00:00.000Z' },
    { field: 'updatedAt', value: '2024-01-01T00:00:00.000Z' },
    { field: 'organizationId', value: 'another-org' },
    { field: 'publish', value: true },
  ])(
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
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res: ApiResponse<Page<PlanResource>> = await listPlans(org, query);
      expect(res.status, res.text).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((p) => p.id));
      cursor = res.body.nextCursor;
      pages += 1;
      expect(pages).toBeLessThan(20);
    } while (cursor !== null);
    expect(seen).toEqual([5, 4, 3, 2, 1, 0].map(id));
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
