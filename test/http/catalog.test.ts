/**
 * Contract tests for the public catalog, `GET /orgs/{orgId}/catalog/plans` and
 * `GET /orgs/{orgId}/catalog/plans/{slug}` (API.md, "Public catalog"), over HTTP against the local
 * server: no token needed (and any token ignored), only `active` plans (the list: only `public`
 * ones), exactly the public fields, `Cache-Control: public, max-age=60`, pages and filters, and what
 * a page and a slug cost in DynamoDB requests.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogPlan } from '../../shared/catalog/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import { localToken, signToken } from '../../shared/local/jwt.ts';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import { adminToken, expectProblem, newOrg, useApi, viewerToken } from '../support/api.ts';
import {
  createCompany,
  createGroup,
  createItem,
  createPackage,
  createPlan,
  createPrice,
  createProduct,
} from '../support/catalog.ts';
import { countRequests } from '../support/request-counter.ts';

const api = useApi();
const counter = countRequests();

/** The public shape, written from API.md (not from the code): exactly these fields. */
const PUBLIC_FIELDS = [
  'id',
  'slug',
  'name',
  'description',
  'type',
  'visibility',
  'defaultCycle',
  'availableCycles',
  'customDays',
  'trialDays',
  'price',
  'includedQuota',
  'features',
  'limits',
  'items',
  'packageId',
  'groupId',
  'publishedAt',
].sort();

const CACHE = 'public, max-age=60';

/** Catalog requests go without a token unless one is given. */
const list = (org: string, query = '', token: string | null = null) =>
  api.request<Page<CatalogPlan>>('GET', `/orgs/${org}/catalog/plans${query ? `?${query}` : ''}`, { token });
const bySlug = (org: string, slug: string, token: string | null = null) =>
  api.request<CatalogPlan>('GET', `/orgs/${org}/catalog/plans/${slug}`, { token });

const listedIds = async (org: string, query = '') => {
  const res = await list(org, query);
  expect(res.status, res.text).toBe(200);
  return res.body.items.map((p) => p.id);
};

const post = async (org: string, path: string, body?: unknown) => {
  const res = await api.request<PlanResource>('POST', `/orgs/${org}/${path}`, body ? { body } : {});
  expect(res.status, `POST ${path}: ${res.text}`).toBe(200);
  return res.body;
};
const patch = async (org: string, planId: string, body: Record<string, unknown>) => {
  const res = await api.request<PlanResource>('PATCH', `/orgs/${org}/plans/${planId}`, { body });
  expect(res.status, res.text).toBe(200);
  return res.body;
};

/** The catalog view a plan should have: its public fields, as the admin API shows them. */
const publicView = (plan: PlanResource) =>
  Object.fromEntries(PUBLIC_FIELDS.map((field) => [field, plan[field as keyof PlanResource]]));

/** An org with one plan in each state: active public/private, draft, archived, unpublished. */
const mixedOrg = async () => {
  const org = newOrg('cat');
  const draft = await createPlan(api, org, { name: 'Draft' });
  const activePublic = await createPlan(api, org, { name: 'Active', publish: true });
  const activePrivate = await createPlan(api, org, { name: 'Private', publish: true, visibility: 'private' });
  const archived = await createPlan(api, org, { name: 'Archived', publish: true });
  await post(org, `plans/${archived.id}/archive`);
  const unpublished = await createPlan(api, org, { name: 'Unpublished', publish: true });
  await post(org, `plans/${unpublished.id}/unpublish`);
  const newestPublic = await createPlan(api, org, { name: 'Newest' });
  await post(org, `plans/${newestPublic.id}/publish`);
  return { org, draft, activePublic, activePrivate, archived, unpublished, newestPublic };
};

describe('GET /catalog/plans: what end users see', () => {
  it('lists only active public plans, newest first, without a token', async () => {
    const { org, activePublic, newestPublic } = await mixedOrg();
    const res = await list(org);
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.map((p) => p.id)).toEqual([newestPublic.id, activePublic.id]);
    expect(res.body.nextCursor).toBeNull();
  });

  it("never shows another org's plans; an org that does not exist has an empty catalog", async () => {
    const { org } = await mixedOrg();
    const other = newOrg('cat-other');
    await createPlan(api, other, { publish: true });
    expect(await listedIds(other)).toHaveLength(1);
    const ids = new Set(await listedIds(org));
    for (const id of await listedIds(other)) expect(ids.has(id)).toBe(false);
    const nobody = await list(newOrg('cat-nobody'));
    expect(nobody.status, nobody.text).toBe(200);
    expect(nobody.body).toEqual({ items: [], nextCursor: null });
  });

  it('shows exactly the public fields, items with childProductIds, and nothing internal', async () => {
    const org = newOrg('cat-shape');
    const [pkg, group] = await Promise.all([createPackage(api, org), createGroup(api, org)]);
    const company = await createCompany(api, org, { name: 'Acme' });
    const parent = await createProduct(api, org, { name: 'Seats', companyId: company.id });
    const child = await createProduct(api, org, { name: 'Seat add-on', parentId: parent.id });
    const price = await createPrice(api, org, parent.id);
    const plan = await createPlan(api, org, {
      name: 'Team',
      description: 'For teams',
      type: 'custom',
      defaultCycle: 'monthly',
      availableCycles: ['monthly', 'custom'],
      customDays: 45,
      trialDays: 14,
      price: { amount: 4900, currency: 'EUR' },
      includedQuota: 1000,
      features: ['SSO', 'Audit log'],
      limits: { users: 25 },
      items: [{ productId: parent.id, priceId: price.id, quantity: 3, included: false }],
      packageId: pkg.id,
      groupId: group.id,
      companyId: company.id,
      expiryNoticeDays: 5,
      publish: true,
    });
    const admin = (await api.request<PlanResource>('GET', `/orgs/${org}/plans/${plan.id}`)).body;
    expect(admin.items[0]?.childProductIds).toEqual([child.id]);

    const [listed] = (await list(org)).body.items;
    const single = (await bySlug(org, plan.slug)).body;
    for (const shown of [listed, single]) {
      expect(Object.keys(shown ?? {}).sort()).toEqual(PUBLIC_FIELDS);
      expect(shown).toEqual(publicView(admin));
      expect(shown?.items).toEqual([
        {
          productId: parent.id,
          priceId: price.id,
          quantity: 3,
          included: false,
          childProductIds: [child.id],
        },
      ]);
    }
    const text = JSON.stringify(listed);
    for (const hidden of [
      'companyId',
      'version',
      'liveSubscriptionCount',
      'organizationId',
      'status',
      'gsi',
      'Key"',
    ])
      expect(text).not.toContain(hidden);
    expect(text).not.toContain(company.id);
  });

  it('follows plans through their lifecycle and visibility changes', async () => {
    const org = newOrg('cat-life');
    const plan = await createPlan(api, org);
    expect(await listedIds(org)).toEqual([]);
    await post(org, `plans/${plan.id}/publish`);
    expect(await listedIds(org)).toEqual([plan.id]);
    // A change that leaves status and visibility keeps it listed, with the new values.
    await patch(org, plan.id, { name: 'Renamed' });
    expect((await list(org)).body.items.map((p) => p.name)).toEqual(['Renamed']);
    await patch(org, plan.id, { visibility: 'private' });
    expect(await listedIds(org)).toEqual([]);
    expect((await bySlug(org, plan.slug)).status).toBe(200);
    await patch(org, plan.id, { visibility: 'public' });
    expect(await listedIds(org)).toEqual([plan.id]);
    await post(org, `plans/${plan.id}/archive`);
    expect(await listedIds(org)).toEqual([]);
    await post(org, `plans/${plan.id}/restore`);
    expect(await listedIds(org)).toEqual([plan.id]);
    await post(org, `plans/${plan.id}/unpublish`);
    expect(await listedIds(org)).toEqual([]);
    // Bulk archive goes through the same lifecycle step.
    await post(org, `plans/${plan.id}/publish`);
    await post(org, 'plans/bulk-archive', { planIds: [plan.id] });
    expect(await listedIds(org)).toEqual([]);
  });

  it('carries Cache-Control: public, max-age=60, on pages, plans and not found', async () => {
    const { org, activePublic, draft } = await mixedOrg();
    const answers = [await list(org), await bySlug(org, activePublic.slug), await bySlug(org, draft.slug)];
    expect(answers.map((res) => res.status)).toEqual([200, 200, 404]);
    for (const res of answers) expect(res.headers.get('cache-control')).toBe(CACHE);
  });

  it('lets a storefront on any origin read it (Access-Control-Allow-Origin: *), errors included; admin routes do not', async () => {
    const { org, activePublic, draft } = await mixedOrg();
    const headers = { origin: 'https://shop.example.com' };
    const get = (path: string) => api.request('GET', `/orgs/${org}/${path}`, { token: null, headers });
    const answers = [
      await get('catalog/plans'),
      await get(`catalog/plans/${activePublic.slug}`),
      await get(`catalog/plans/${draft.slug}`),
      await get('catalog/plans?limit=0'),
    ];
    expect(answers.map((res) => res.status)).toEqual([200, 200, 404, 400]);
    for (const res of answers) expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const admin = await api.request('GET', `/orgs/${org}/plans`, { headers });
    expect(admin.status).toBe(200);
    expect(admin.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('ignores any token: none, malformed, forged, expired, another org, a viewer', async () => {
    const { org, activePublic } = await mixedOrg();
    const tokens = [
      null,
      'not-a-jwt',
      signToken({ sub: 'x', 'cognito:groups': ['admin'], 'custom:orgs': '*' }, { secret: 'wrong' }),
      signToken({ sub: 'x', 'cognito:groups': ['admin'] }, { expiresInSeconds: -3600 }),
      adminToken(newOrg('elsewhere')),
      viewerToken(org),
      localToken({ org: '*', role: 'admin' }),
    ];
    const expected = (await list(org)).body;
    const expectedPlan = (await bySlug(org, activePublic.slug)).body;
    for (const token of tokens) {
      const page = await list(org, '', token);
      expect(page.status, `${token}: ${page.text}`).toBe(200);
      expect(page.body).toEqual(expected);
      const one = await bySlug(org, activePublic.slug, token);
      expect(one.status, one.text).toBe(200);
      expect(one.body).toEqual(expectedPlan);
    }
  });

  it('pages with limit and cursor; a tampered cursor or one of another filter is 400 invalid_cursor', async () => {
    const org = newOrg('cat-page');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createPlan(api, org, { publish: true })).id);
    await createPlan(api, org, { publish: true, visibility: 'private' });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Awaited<ReturnType<typeof list>> = await list(
        org,
        `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status, res.text).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      expect(res.headers.get('cache-control')).toBe(CACHE);
      seen.push(...res.body.items.map((p) => p.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual([...ids].reverse());

    const first = (await list(org, 'limit=2')).body.nextCursor ?? '';
    expect(first).not.toBe('');
    const tampered = `${first.slice(0, -2)}${first.endsWith('AA') ? 'BB' : 'AA'}`;
    expectProblem(await list(org, `cursor=${encodeURIComponent(tampered)}`), 400, 'invalid_cursor');
    const pkg = await createPackage(api, org);
    expectProblem(
      await list(org, `packageId=${pkg.id}&cursor=${encodeURIComponent(first)}`),
      400,
      'invalid_cursor',
    );
    expectProblem(await list(newOrg('cat-x'), `cursor=${encodeURIComponent(first)}`), 400, 'invalid_cursor');
    // The admin plan list's cursors are not the catalog's.
    const adminCursor = (await api.request<Page<PlanResource>>('GET', `/orgs/${org}/plans?limit=1`)).body
      .nextCursor;
    expectProblem(await list(org, `cursor=${encodeURIComponent(adminCursor ?? '')}`), 400, 'invalid_cursor');
  });

  it('filters by packageId and groupId, alone and together', async () => {
    const org = newOrg('cat-filter');
    const [pkgA, pkgB, group] = await Promise.all([
      createPackage(api, org),
      createPackage(api, org),
      createGroup(api, org),
    ]);
    const a = await createPlan(api, org, { publish: true, packageId: pkgA.id });
    const ag = await createPlan(api, org, { publish: true, packageId: pkgA.id, groupId: group.id });
    const bg = await createPlan(api, org, { publish: true, packageId: pkgB.id, groupId: group.id });
    await createPlan(api, org, { packageId: pkgA.id, groupId: group.id }); // draft
    await createPlan(api, org, {
      publish: true,
      visibility: 'private',
      packageId: pkgA.id,
      groupId: group.id,
    });
    await createPlan(api, org, { publish: true });
    expect(await listedIds(org, `packageId=${pkgA.id}`)).toEqual([ag.id, a.id]);
    expect(await listedIds(org, `packageId=${pkgB.id}`)).toEqual([bg.id]);
    expect(await listedIds(org, `groupId=${group.id}`)).toEqual([bg.id, ag.id]);
    expect(await listedIds(org, `packageId=${pkgA.id}&groupId=${group.id}`)).toEqual([ag.id]);
    expect(await listedIds(org, 'packageId=pkg_01ARZ3NDEKTSV4RRFFQ69G5FAV')).toEqual([]);
  });

  it('refuses malformed filters, limits and unknown parameters with 400 validation_failed', async () => {
    const org = newOrg('cat-bad');
    for (const query of [
      'packageId=nope',
      'groupId=pkg_01ARZ3NDEKTSV4RRFFQ69G5FAV',
      'limit=0',
      'limit=101',
      'status=draft',
      'visibility=private',
    ]) {
      const res = await list(org, query);
      expectProblem(res, 400, 'validation_failed');
      expect(res.headers.get('cache-control'), query).not.toBe(CACHE);
    }
  });
});

describe('GET /catalog/plans/{slug}', () => {
  it('returns an active plan by its slug, public or private', async () => {
    const { org, activePublic, activePrivate } = await mixedOrg();
    for (const plan of [activePublic, activePrivate]) {
      const res = await bySlug(org, plan.slug);
      expect(res.status, res.text).toBe(200);
      expect(res.body.id).toBe(plan.id);
      expect(res.body.slug).toBe(plan.slug);
      expect(res.headers.get('etag')).toBeNull();
    }
  });

  it('answers draft, archived, unpublished, unknown and malformed slugs, and other orgs, with 404 not_found', async () => {
    const { org, draft, archived, unpublished, activePublic } = await mixedOrg();
    for (const slug of [
      draft.slug,
      archived.slug,
      unpublished.slug,
      'no-such-plan',
      'Has-Upper',
      'x'.repeat(101),
    ]) {
      expectProblem(await bySlug(org, slug), 404, 'not_found');
    }
    expectProblem(await bySlug(newOrg('cat-other'), activePublic.slug), 404, 'not_found');
  });

  it('follows a slug change: the old slug is free and not found, the new one answers', async () => {
    const org = newOrg('cat-slug');
    const plan = await createPlan(api, org, { publish: true });
    const renamed = `${plan.slug}-v2`;
    await patch(org, plan.id, { slug: renamed });
    expectProblem(await bySlug(org, plan.slug), 404, 'not_found');
    expect((await bySlug(org, renamed)).body.id).toBe(plan.id);
  });
});

describe('the catalog: what it reads', () => {
  const measure = async (run: () => Promise<{ status: number; text: string }>) => {
    counter.take();
    const res = await run();
    const counts = counter.take();
    expect(res.status, res.text).toBe(200);
    return counts;
  };

  it('a page is one Query (plus one BatchGetItem of products when its plans have items); a slug two GetItems', async () => {
    const org = newOrg('cat-count');
    const bare = await createPlan(api, org, { publish: true });
    expect(await measure(() => list(org))).toEqual({ Query: 1 });
    const pkg = await createPackage(api, org);
    expect(await measure(() => list(org, `packageId=${pkg.id}`))).toEqual({ Query: 1 });
    expect(await measure(() => bySlug(org, bare.slug))).toEqual({ GetItem: 2 });
    const { item } = await createItem(api, org);
    const withItems = await createPlan(api, org, { publish: true, items: [item] });
    expect(await measure(() => list(org))).toEqual({ Query: 1, BatchGetItem: 1 });
    expect(await measure(() => bySlug(org, withItems.slug))).toEqual({ GetItem: 2, BatchGetItem: 1 });
  });
});
