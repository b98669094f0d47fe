/**
 * What `POST /orgs/{orgId}/plans` refuses (API.md, "Plans" and "Conventions"), over HTTP against the
 * local server: every field rule, read-only and unknown fields, bodies that are not objects and
 * viewers, each writing nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  type ApiResponse,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  type Problem,
  useApi,
  viewerToken,
} from '../support/api.ts';
import { createItem, MISSING, planBody } from '../support/catalog.ts';
import { limitsOf, PLAN_READ_ONLY, planClient, strings } from '../support/plans.ts';

const api = useApi();
const { postPlan, expectNoPlanWritten } = planClient(api);

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

describe('POST /orgs/{orgId}/plans', () => {
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

  it.each(PLAN_READ_ONLY)(
    'refuses the read-only field $field on create, writing nothing',
    async ({ field, value }) => {
      const org = newOrg();
      expectInvalidField(await postPlan(org, planBody({ [field]: value })), field);
      await expectNoPlanWritten(org);
    },
  );

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
