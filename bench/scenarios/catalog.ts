/** What plans are made of and the plans themselves: products (beyond their CRUD), prices and plans. */
import type { CrudOverrides } from './crud.ts';
import {
  createCatalog,
  createCompany,
  createGroup,
  createPlan,
  createPrice,
  createProduct,
  planBody,
  planStep,
} from './fixtures.ts';
import { BULK, CREATE, GET, org, PLAN_STEP, type Scenario, scenario, times, UPDATE } from './kit.ts';

/** A product's create with a company, and its delete, which takes its prices with it. */
export const PRODUCT_OVERRIDES: CrudOverrides = {
  create: scenario(
    'products/create',
    201,
    CREATE("the company's reference count (its condition is the company's existence) "),
    async (o) => ({
      pathParameters: org(o),
      body: { name: 'Seats', description: 'Per-seat licence', companyId: await createCompany(o) },
    }),
  ),
  delete: scenario(
    'products/delete',
    204,
    {
      requests: { GetItem: 1, Query: 1, TransactWriteItems: 1 },
      reason:
        "read the product (version, counts, before image); its 2 prices go with it, each with a `price.deleted` event whose `before` needs the price: they are one key range of the product's price index, 1 Query; 1 transaction deletes product and prices with their events",
    },
    async (o) => {
      const productId = await createProduct(o);
      await createPrice(o, productId);
      await createPrice(o, productId, { cycle: 'annual', amount: 19000, nickname: 'Annual' });
      return { pathParameters: org(o, { productId }) };
    },
  ),
};

export const PRICE_SCENARIOS: readonly Scenario[] = [
  scenario(
    'prices/create',
    201,
    CREATE("the product's price count (its condition is the product's existence, else 404) "),
    async (o) => ({
      pathParameters: org(o, { productId: await createProduct(o) }),
      body: { amount: 1900, currency: 'EUR', cycle: 'monthly', nickname: 'Monthly' },
    }),
  ),
  scenario(
    'prices/list',
    200,
    {
      requests: { GetItem: 1, Query: 1 },
      reason:
        "an unknown product is 404, and the product is not in its prices' index partition: 1 GetItem of the product + 1 Query of its prices",
    },
    async (o) => {
      const productId = await createProduct(o);
      await createPrice(o, productId);
      await createPrice(o, productId, { cycle: 'annual', amount: 19000 });
      await createPrice(o, productId, { cycle: null, amount: 5000, nickname: 'Setup fee' });
      return { pathParameters: org(o, { productId }) };
    },
  ),
  scenario('prices/get', 200, GET, async (o) => ({
    pathParameters: org(o, { priceId: await createPrice(o, await createProduct(o)) }),
  })),
  scenario('prices/update', 200, UPDATE(), async (o) => ({
    pathParameters: org(o, { priceId: await createPrice(o, await createProduct(o)) }),
    body: { nickname: 'Monthly (2024)' },
  })),
];

export const PLAN_SCENARIOS: readonly Scenario[] = [
  scenario(
    'plans/create',
    201,
    {
      requests: { BatchGetItem: 1, TransactWriteItems: 1 },
      reason:
        "the items' 2 products and 2 prices in 1 BatchGetItem (every item error — unknown id 422, child product, price of another product 400 — is found before writing, and the products' childIds are the response's childProductIds); 1 transaction: the plan, its slug guard, a use count per product (whose conditions re-check root and company), its audit event",
    },
    async (o) => ({ pathParameters: org(o), body: planBody(await createCatalog(o)) }),
  ),
  scenario(
    'plans/list',
    200,
    {
      requests: { Query: 1, BatchGetItem: 1 },
      reason:
        "a page is 1 Query; the page's plans show their items' childProductIds, which live on the products: 1 BatchGetItem for all products of the page",
    },
    async (o) => {
      const items = await createCatalog(o);
      await times(3, () => createPlan(o, { items }));
      return { pathParameters: org(o) };
    },
  ),
  scenario(
    'plans/get',
    200,
    {
      requests: { GetItem: 1, BatchGetItem: 1 },
      reason:
        "1 GetItem of the plan; its items' childProductIds live on their products: 1 BatchGetItem of them",
    },
    async (o) => ({ pathParameters: org(o, { planId: await createPlan(o) }) }),
  ),
  scenario(
    'plans/update',
    200,
    {
      requests: { GetItem: 1, BatchGetItem: 1, TransactWriteItems: 1 },
      reason:
        "read the plan (version, before image); 1 BatchGetItem of its products for the items' childProductIds (response, before and after images); 1 transaction: the patch conditioned on the version, and its audit event",
    },
    async (o) => ({
      pathParameters: org(o, { planId: await createPlan(o) }),
      body: { name: 'Team monthly (2025)' },
    }),
  ),
  scenario(
    'plans/delete',
    204,
    {
      requests: { GetItem: 1, BatchGetItem: 1, TransactWriteItems: 1 },
      reason:
        "read the draft (status, version, before image); 1 BatchGetItem of its products for the before image's childProductIds; 1 transaction: the delete conditioned on version and draft, the slug guard freed, product use counts lowered, the event",
    },
    async (o) => ({ pathParameters: org(o, { planId: await createPlan(o) }) }),
  ),
  scenario('plans/publish', 200, PLAN_STEP('publish'), async (o) => ({
    pathParameters: org(o, { planId: await createPlan(o) }),
  })),
  scenario(
    'plans/unpublish',
    200,
    PLAN_STEP('unpublish (active → draft; its subscriptions are not touched)'),
    async (o) => ({ pathParameters: org(o, { planId: await createPlan(o, { publish: true }) }) }),
  ),
  scenario('plans/archive', 200, PLAN_STEP('archive (and no live subscription)'), async (o) => ({
    pathParameters: org(o, { planId: await createPlan(o, { publish: true }) }),
  })),
  scenario('plans/restore', 200, PLAN_STEP('restore'), async (o) => {
    const planId = await createPlan(o, { publish: true });
    await planStep(o, planId, 'archive');
    return { pathParameters: org(o, { planId }) };
  }),
  scenario(
    'plans/duplicate',
    201,
    {
      requests: { GetItem: 1, BatchGetItem: 1, TransactWriteItems: 1 },
      reason:
        'read the original; 1 BatchGetItem for what depends on it: its products (childProductIds of the copy) and the guards of the candidate copy slugs; 1 transaction: the copy, its slug guard, product use counts, its event',
    },
    async (o) => ({ pathParameters: org(o, { planId: await createPlan(o) }) }),
  ),
  scenario('plans/bulk-archive', 200, BULK(''), async (o) => {
    const items = await createCatalog(o);
    const planIds = await times(3, () => createPlan(o, { items, publish: true }));
    return { pathParameters: org(o), body: { planIds } };
  }),
  scenario('plans/bulk-delete', 200, BULK(''), async (o) => {
    const items = await createCatalog(o);
    const planIds = await times(3, () => createPlan(o, { items }));
    return { pathParameters: org(o), body: { planIds } };
  }),
  scenario(
    'plans/bulk-move',
    200,
    BULK(' together with the target group (it must exist before anything moves: 422, nothing moved)'),
    async (o) => {
      const items = await createCatalog(o);
      const planIds = await times(3, () => createPlan(o, { items }));
      return { pathParameters: org(o), body: { planIds, groupId: await createGroup(o) } };
    },
  ),
];
