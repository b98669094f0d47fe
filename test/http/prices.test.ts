/**
 * Contract tests for a product's prices (API.md, "Products and prices"):
 * `/orgs/{orgId}/products/{productId}/prices` and `/orgs/{orgId}/prices/{priceId}`, over HTTP
 * against the local server.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from '../../shared/db/pagination.ts';
import type { PriceResource } from '../../shared/prices/schemas.ts';
import type { ProductResource } from '../../shared/products/schemas.ts';
import {
  auditEvents as auditEventsOf,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  resourceClient,
  useApi,
  walkPages,
} from '../support/api.ts';
import { ISO_MS, sleep } from '../support/fixtures.ts';

const PRICE_ID = /^price_[0-9A-HJKMNP-TV-Z]{26}$/;
const MISSING_PRICE = 'price_01ARZ3NDEKTSV4RRFFQ69G5FAV';
const MISSING_PROD = 'prod_01ARZ3NDEKTSV4RRFFQ69G5FAV';
const CYCLES = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'custom'];

const api = useApi();

const products = resourceClient<ProductResource>(api, 'products');
const { get: getPrice, patch: patchPrice } = resourceClient<PriceResource>(api, 'prices');

const createProduct = (org: string) => products.create(org, { name: 'Seats' });

const postPrice = (org: string, productId: string, body: Record<string, unknown>) =>
  api.request<PriceResource>('POST', `/orgs/${org}/products/${productId}/prices`, {
    body: { amount: 1999, currency: 'USD', ...body },
  });

const createPrice = async (
  org: string,
  productId: string,
  body: Record<string, unknown> = {},
): Promise<PriceResource> => {
  const res = await postPrice(org, productId, body);
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const listPrices = (org: string, productId: string, query = '') =>
  api.request<Page<PriceResource>>(
    'GET',
    `/orgs/${org}/products/${productId}/prices${query ? `?${query}` : ''}`,
  );

const auditEvents = (org: string) => auditEventsOf(api, org);

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('POST /orgs/{orgId}/products/{productId}/prices', () => {
  it('creates a price: 201 with every field and defaults, Location and ETag "1", recorded as price.created', async () => {
    const org = newOrg();
    const product = await createProduct(org);
    const res = await api.request<PriceResource>('POST', `/orgs/${org}/products/${product.id}/prices`, {
      body: { amount: 1999, currency: 'EUR' },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(PRICE_ID),
      organizationId: org,
      productId: product.id,
      amount: 1999,
      currency: 'EUR',
      cycle: null,
      nickname: null,
      active: true,
      version: 1,
      createdAt: expect.stringMatching(ISO_MS),
      updatedAt: res.body.createdAt,
    });
    expect(res.headers.get('location')).toBe(`/orgs/${org}/prices/${res.body.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    const got = await getPrice(org, res.body.id);
    expect(got.body).toEqual(res.body);
    expect(got.headers.get('etag')).toBe('"1"');
    expect((await auditEvents(org))[0]).toMatchObject({
      entityType: 'price',
      entityId: res.body.id,
      action: 'price.created',
      before: null,
      after: res.body,
    });
  });

  it.each(CYCLES)('accepts the cycle %s', async (cycle) => {
    const org = newOrg();
    const price = await createPrice(org, (await createProduct(org)).id, { cycle });
    expect(price.cycle).toBe(cycle);
  });

  it('keeps a nickname, an inactive flag, a zero amount and a null cycle', async () => {
    const org = newOrg();
    const product = await createProduct(org);
    const price = await createPrice(org, product.id, {
      amount: 0,
      cycle: null,
      nickname: 'n'.repeat(100),
      active: false,
    });
    expect(price).toMatchObject({ amount: 0, cycle: null, nickname: 'n'.repeat(100), active: false });
  });

  it.each([
    { label: 'missing amount', body: { amount: undefined }, path: 'amount' },
    { label: 'negative amount', body: { amount: -1 }, path: 'amount' },
    { label: 'fractional amount', body: { amount: 19.99 }, path: 'amount' },
    { label: 'amount as a string', body: { amount: '1999' }, path: 'amount' },
    { label: 'null amount', body: { amount: null }, path: 'amount' },
    { label: 'missing currency', body: { currency: undefined }, path: 'currency' },
    { label: 'lower-case currency', body: { currency: 'usd' }, path: 'currency' },
    { label: 'two-letter currency', body: { currency: 'US' }, path: 'currency' },
    { label: 'four-letter currency', body: { currency: 'USDT' }, path: 'currency' },
    { label: 'cycle outside the enum', body: { cycle: 'yearly' }, path: 'cycle' },
    { label: 'nickname of 101 characters', body: { nickname: 'n'.repeat(101) }, path: 'nickname' },
    { label: 'active as a string', body: { active: 'yes' }, path: 'active' },
    { label: 'productId in the body', body: { productId: MISSING_PROD }, path: 'productId' },
    { label: 'unknown field', body: { interval: 'month' }, path: 'interval' },
    { label: 'read-only version', body: { version: 1 }, path: 'version' },
  ])(
    'refuses $label with 400 validation_failed naming the field, writing nothing',
    async ({ body, path }) => {
      const org = newOrg();
      const product = await createProduct(org);
      expectInvalidField(await postPrice(org, product.id, body), path);
      expect((await listPrices(org, product.id)).body.items).toEqual([]);
      expect((await auditEvents(org)).map((e) => e.action)).toEqual(['product.created']);
    },
  );

  it('answers 404 not_found under a product that does not exist here, writing nothing', async () => {
    const org = newOrg();
    const foreign = await createProduct(newOrg());
    for (const productId of [MISSING_PROD, foreign.id]) {
      expectProblem(await postPrice(org, productId, {}), 404, 'not_found');
      expectProblem(await listPrices(org, productId), 404, 'not_found');
    }
    expectProblem(await postPrice(org, 'prod_bad', {}), 404, 'not_found');
    expect(await auditEvents(org)).toEqual([]);
    expect((await listPrices(foreign.organizationId, foreign.id)).body.items).toEqual([]);
  });

  it('answers 404 not_found under a deleted product', async () => {
    const org = newOrg();
    const product = await createProduct(org);
    expect((await api.request('DELETE', `/orgs/${org}/products/${product.id}`)).status).toBe(204);
    expectProblem(await postPrice(org, product.id, {}), 404, 'not_found');
  });
});

describe('GET /orgs/{orgId}/products/{productId}/prices', () => {
  it("lists only the product's prices, newest first, page by page", async () => {
    const org = newOrg();
    const product = await createProduct(org);
    const other = await createProduct(org);
    const made: PriceResource[] = [];
    for (let i = 0; i < 5; i++) {
      made.push(await createPrice(org, product.id, { amount: i }));
      await createPrice(org, other.id, { amount: 100 + i });
    }
    const newestFirst = ids([...made].reverse());
    expect((await listPrices(org, product.id)).body).toEqual({
      items: [...made].reverse(),
      nextCursor: null,
    });

    const { items, pages } = await walkPages((query) => listPrices(org, product.id, query), 2, 10);
    expect(ids(items)).toEqual(newestFirst);
    expect(pages).toBeGreaterThanOrEqual(3);

    // A cursor only works for the list that issued it.
    const first = await listPrices(org, product.id, 'limit=1');
    const token = encodeURIComponent(first.body.nextCursor ?? '');
    expectProblem(await listPrices(org, other.id, `limit=1&cursor=${token}`), 400, 'invalid_cursor');
    expectProblem(await listPrices(org, product.id, `cursor=${token}x`), 400, 'invalid_cursor');
    expect(ids((await listPrices(org, product.id, `limit=1&cursor=${token}`)).body.items)).toEqual([
      newestFirst[1],
    ]);
  });

  it('refuses filters it does not have and a bad limit with 400 validation_failed', async () => {
    const org = newOrg();
    const product = await createProduct(org);
    expectInvalidField(await listPrices(org, product.id, 'active=true'), 'active');
    expectInvalidField(await listPrices(org, product.id, 'limit=0'), 'limit');
  });
});

describe('GET /orgs/{orgId}/prices/{priceId}', () => {
  it('answers 404 not_found for a price that does not exist here', async () => {
    const org = newOrg();
    const price = await createPrice(org, (await createProduct(org)).id);
    expectProblem(await getPrice(newOrg(), price.id), 404, 'not_found');
    expectProblem(await getPrice(org, MISSING_PRICE), 404, 'not_found');
    expectProblem(await getPrice(org, 'price_x'), 404, 'not_found');
  });
});

describe('PATCH /orgs/{orgId}/prices/{priceId}', () => {
  it('changes nickname and active, bumping the version and recording price.updated', async () => {
    const org = newOrg();
    const price = await createPrice(org, (await createProduct(org)).id, {
      nickname: 'Launch',
      cycle: 'annual',
    });
    await sleep(5);
    const res = await patchPrice(org, price.id, { nickname: 'Standard', active: false });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      ...price,
      nickname: 'Standard',
      active: false,
      version: 2,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(res.headers.get('etag')).toBe('"2"');
    const cleared = await patchPrice(org, price.id, { nickname: null });
    expect(cleared.body).toMatchObject({ nickname: null, active: false, version: 3 });
    expect((await getPrice(org, price.id)).body).toEqual(cleared.body);
    expect((await auditEvents(org))[0]).toMatchObject({
      entityType: 'price',
      action: 'price.updated',
      before: res.body,
      after: cleared.body,
    });
  });

  it.each([
    { field: 'amount', value: 2999 },
    { field: 'currency', value: 'EUR' },
    { field: 'cycle', value: 'weekly' },
    { field: 'cycle', value: null },
    { field: 'productId', value: MISSING_PROD },
  ])(
    'refuses a change of the immutable $field ($value) with 400 validation_failed',
    async ({ field, value }) => {
      const org = newOrg();
      const price = await createPrice(org, (await createProduct(org)).id, { cycle: 'monthly' });
      const problem = expectInvalidField(
        await patchPrice(org, price.id, { nickname: 'x', [field]: value }),
        field,
      );
      expect(problem.errors?.find((e) => e.path === field)?.message).toMatch(/cannot be changed/);
      expect((await getPrice(org, price.id)).body).toEqual(price);
    },
  );

  it('names every immutable field of one update, changing nothing', async () => {
    const org = newOrg();
    const product = await createProduct(org);
    const price = await createPrice(org, product.id);
    const res = await patchPrice(org, price.id, {
      amount: price.amount,
      currency: price.currency,
      cycle: price.cycle,
      productId: product.id,
      active: 'no',
    });
    expect(errorPaths(expectProblem(res, 400, 'validation_failed')).sort()).toEqual(
      ['active', 'amount', 'currency', 'cycle', 'productId'].sort(),
    );
    expect((await getPrice(org, price.id)).body).toEqual(price);
    expect((await auditEvents(org)).map((e) => e.action)).toEqual(['price.created', 'product.created']);
  });

  it('refuses other invalid values with 400 validation_failed', async () => {
    const org = newOrg();
    const price = await createPrice(org, (await createProduct(org)).id);
    expectInvalidField(await patchPrice(org, price.id, { nickname: 'n'.repeat(101) }), 'nickname');
    expectInvalidField(await patchPrice(org, price.id, { active: null }), 'active');
    expectInvalidField(await patchPrice(org, price.id, { id: MISSING_PRICE }), 'id');
    expect((await getPrice(org, price.id)).body).toEqual(price);
  });

  it('refuses a stale If-Match with 412 version_mismatch', async () => {
    const org = newOrg();
    const price = await createPrice(org, (await createProduct(org)).id);
    const moved = await patchPrice(org, price.id, { active: false });
    expectProblem(
      await patchPrice(org, price.id, { nickname: 'x' }, { 'if-match': '"1"' }),
      412,
      'version_mismatch',
    );
    expect((await getPrice(org, price.id)).body).toEqual(moved.body);
    expect((await patchPrice(org, price.id, { nickname: 'x' }, { 'if-match': '"2"' })).body.version).toBe(3);
  });

  it('answers 404 not_found for a price that does not exist', async () => {
    expectProblem(await patchPrice(newOrg(), MISSING_PRICE, { active: false }), 404, 'not_found');
  });
});
