/**
 * One representative request per route (every entry of ROUTES, /health included), how to set it
 * up, what it must answer, and the fewest DynamoDB requests it can make given the contract
 * (../shared/API.md) and the data model (shared/entities). The sections share these: cold starts,
 * warm latency and throughput send the requests; the requests section counts what they cost against
 * `minimum`.
 *
 * Fixtures are made through the real handlers in-process (`invoke`), never by writing items by hand,
 * and `prepare` makes them fresh on every call: it runs many times in one org (warm loops), so every
 * code, slug, username and email is random.
 *
 * Minimums count requests by SDK command name without "Command". The common reasoning:
 * - a get is 1 GetItem; a list page is 1 Query (a page's items are one key range of one index);
 * - every change writes its audit event in the same transaction (API.md, Audit), and uniqueness
 *   guards and reference counts are items of that transaction, so a create is 1 TransactWriteItems:
 *   a reference that must exist is checked by that transaction's own condition on the referenced
 *   item (a count it raises), not by a read before it;
 * - an update, delete or lifecycle step answers with (and records as `before`/`after`) the whole
 *   resource at the version it conditions on, which a transaction cannot return: 1 read + 1
 *   transaction;
 * - a plan as the API shows it carries each item's `childProductIds`, which live on the items'
 *   root products (`childIds`): showing plans costs 1 BatchGetItem for all their products.
 */
import { randomUUID } from 'node:crypto';
import { ROUTES, type Route, routeKey } from '../shared/routes.ts';
import { type BenchRequest, expectStatus, invoke } from './lib/env.ts';

export interface Scenario {
  route: Route;
  /**
   * Creates, in `org`, everything one request needs — fresh on every call (it is called many times:
   * cold-start runs, warm loops) — and returns that request. Fixtures are made through the real
   * handlers in-process (bench/lib/env.ts `invoke`), not by writing items by hand.
   */
  prepare: (org: string) => Promise<BenchRequest>;
  /** The status the request must answer with (200/201/204). */
  status: number;
  /**
   * The fewest DynamoDB requests this route can make for this request, by SDK command name without
   * "Command" (GetItem, Query, BatchGetItem, TransactWriteItems, PutItem, ...), and why that is the
   * minimum.
   */
  minimum: { requests: Record<string, number>; reason: string };
}

const routeOf = (handler: string): Route => {
  const route = ROUTES.find((r) => r.handler === handler);
  if (!route) throw new Error(`no route with handler ${handler}`);
  return route;
};

/** A short random suffix for codes, slugs, usernames and emails. */
const rand = () => randomUUID().replaceAll('-', '').slice(0, 10);

type Json = Record<string, unknown>;

/** Calls a route's real handler and returns its JSON body, or throws unless it answered `status`. */
const call = async (handler: string, request: BenchRequest, status: number): Promise<Json> => {
  const route = routeOf(handler);
  return expectStatus(await invoke(route, request), status, `fixture ${routeKey(route)}`);
};

const org = (orgId: string, more: Record<string, string> = {}) => ({ orgId, ...more });
const idOf = (body: Json) => body.id as string;

// --- Fixtures, each one real request ---------------------------------------------------------

const createPackage = async (o: string) =>
  idOf(
    await call(
      'packages/create',
      {
        pathParameters: org(o),
        body: { status: 'active', code: `PKG-${rand()}`, name: 'Pro tools', tier: 2, description: 'Bench' },
      },
      201,
    ),
  );

const createOffer = async (o: string, packageId: string) =>
  idOf(
    await call(
      'offers/create',
      {
        pathParameters: org(o),
        body: { status: 'active', code: `OFF-${rand()}`, name: 'Spring offer', packageId },
      },
      201,
    ),
  );

const createGroup = async (o: string) =>
  idOf(
    await call(
      'plan-groups/create',
      { pathParameters: org(o), body: { name: 'Team plans', description: 'Plans for teams' } },
      201,
    ),
  );

const createCompany = async (o: string) =>
  idOf(
    await call(
      'companies/create',
      { pathParameters: org(o), body: { name: 'Acme', legalName: 'Acme GmbH', taxId: 'DE123456789' } },
      201,
    ),
  );

const createProduct = async (o: string, body: Json = {}) =>
  idOf(
    await call(
      'products/create',
      { pathParameters: org(o), body: { name: 'Seats', description: 'Per-seat licence', ...body } },
      201,
    ),
  );

const createPrice = async (o: string, productId: string, body: Json = {}) =>
  idOf(
    await call(
      'prices/create',
      {
        pathParameters: org(o, { productId }),
        body: { amount: 1900, currency: 'EUR', cycle: 'monthly', nickname: 'Monthly', ...body },
      },
      201,
    ),
  );

/**
 * What a plan is typically built from: two root products, each with a price, the first with a child
 * product (so `childProductIds` is not empty).
 */
const createCatalog = async (o: string) => {
  const seats = await createProduct(o, { name: 'Seats' });
  const storage = await createProduct(o, { name: 'Storage' });
  await createProduct(o, { name: 'Seat support', parentId: seats });
  const seatPrice = await createPrice(o, seats, { amount: 900 });
  const storagePrice = await createPrice(o, storage, { amount: 300 });
  return [
    { productId: seats, priceId: seatPrice, quantity: 5, included: true },
    { productId: storage, priceId: storagePrice, quantity: 1, included: false },
  ];
};

type Items = Awaited<ReturnType<typeof createCatalog>>;

/** A realistic plan create body with two items. */
const planBody = (items: Items, more: Json = {}): Json => ({
  name: 'Team monthly',
  slug: `team-${rand()}`,
  description: 'For small teams',
  type: 'standard',
  visibility: 'public',
  defaultCycle: 'monthly',
  availableCycles: ['monthly', 'annual'],
  trialDays: 14,
  price: { amount: 4900, currency: 'EUR' },
  includedQuota: 10000,
  features: ['SSO', 'Audit log', 'Priority support'],
  limits: { users: 10, apiRequestsPerDay: 50000 },
  items,
  ...more,
});

const createPlan = async (o: string, options: { items?: Items; publish?: boolean; more?: Json } = {}) => {
  const items = options.items ?? (await createCatalog(o));
  return idOf(
    await call(
      'plans/create',
      {
        pathParameters: org(o),
        body: planBody(items, { publish: options.publish ?? false, ...options.more }),
      },
      201,
    ),
  );
};

const planStep = async (o: string, planId: string, step: 'publish' | 'archive') =>
  call(`plans/${step}`, { pathParameters: org(o, { planId }) }, 200);

const createSubscriber = async (o: string) => {
  const user = `user-${rand()}`;
  const body = await call(
    'subscribers/create',
    { pathParameters: org(o), body: { username: user, email: `${user}@example.com`, name: 'Ada Lovelace' } },
    201,
  );
  return { id: idOf(body), email: body.email as string };
};

const bind = async (o: string, planId: string, subscriberId: string) =>
  idOf(await call('subscriptions/create', { pathParameters: org(o), body: { subscriberId, planId } }, 201));

const times = async <T>(n: number, make: () => Promise<T>): Promise<T[]> => {
  const made: T[] = [];
  for (let i = 0; i < n; i++) made.push(await make());
  return made;
};

// --- Minimums --------------------------------------------------------------------------------

const GET = { requests: { GetItem: 1 }, reason: 'one item by its key: 1 GetItem' };
const LIST = {
  requests: { Query: 1 },
  reason: 'a page is one key range of one index (the filter picks the index): 1 Query',
};
const CREATE = (what: string) => ({
  requests: { TransactWriteItems: 1 },
  reason: `the new item, ${what}and its audit event, all or nothing: 1 TransactWriteItems`,
});
const UPDATE = (what = '') => ({
  requests: { GetItem: 1, TransactWriteItems: 1 },
  reason: `read the current item (version to condition on, \`before\` image, the whole resource to answer); 1 transaction with the patch conditioned on that version, ${what}its audit event`,
});
const DELETE = (what = '') => ({
  requests: { GetItem: 1, TransactWriteItems: 1 },
  reason: `read the item (its \`before\` image and version); 1 transaction with the delete conditioned on the version${what}, and its audit event`,
});
const PLAN_STEP = (step: string) => ({
  requests: { GetItem: 1, BatchGetItem: 1, TransactWriteItems: 1 },
  reason: `read the plan (status and version for the condition, the before image); 1 BatchGetItem of its products for the items' childProductIds (response and audit images); 1 transaction: the ${step} conditioned on version and status, and its audit event`,
});
const BULK = (what: string) => ({
  requests: { BatchGetItem: 2, TransactWriteItems: 3 },
  reason: `the 3 plans by key in 1 BatchGetItem${what}; their products' childProductIds (audit images) in 1 more BatchGetItem; each plan its own transaction with its event, so one refused plan never blocks the others: 3 TransactWriteItems`,
});

// --- The scenarios ---------------------------------------------------------------------------

const scenario = (
  handler: string,
  status: number,
  minimum: Scenario['minimum'],
  prepare: Scenario['prepare'],
): Scenario => ({ route: routeOf(handler), status, minimum, prepare });

export const SCENARIOS: readonly Scenario[] = [
  scenario(
    'health',
    200,
    { requests: {}, reason: 'a liveness answer that touches no data: no request' },
    async () => ({ pathParameters: {} }),
  ),

  // Packages
  scenario('packages/create', 201, CREATE('its code guard '), async (o) => ({
    pathParameters: org(o),
    body: { status: 'active', code: `PKG-${rand()}`, name: 'Pro tools', tier: 2, description: 'All tools' },
  })),
  scenario('packages/list', 200, LIST, async (o) => {
    await times(3, () => createPackage(o));
    return { pathParameters: org(o) };
  }),
  scenario('packages/get', 200, GET, async (o) => ({
    pathParameters: org(o, { packageId: await createPackage(o) }),
  })),
  scenario('packages/update', 200, UPDATE(), async (o) => ({
    pathParameters: org(o, { packageId: await createPackage(o) }),
    body: { name: 'Pro tools 2' },
  })),
  scenario(
    'packages/delete',
    204,
    DELETE(' and on no reference (a count on the item), the code guard freed'),
    async (o) => ({ pathParameters: org(o, { packageId: await createPackage(o) }) }),
  ),

  // Offers
  scenario(
    'offers/create',
    201,
    CREATE("its code guard, the package's reference count (its condition is the package's existence) "),
    async (o) => ({
      pathParameters: org(o),
      body: {
        status: 'active',
        code: `OFF-${rand()}`,
        name: 'Spring offer',
        packageId: await createPackage(o),
      },
    }),
  ),
  scenario('offers/list', 200, LIST, async (o) => {
    const packageId = await createPackage(o);
    await times(3, () => createOffer(o, packageId));
    return { pathParameters: org(o) };
  }),
  scenario('offers/get', 200, GET, async (o) => ({
    pathParameters: org(o, { offerId: await createOffer(o, await createPackage(o)) }),
  })),
  scenario('offers/update', 200, UPDATE(), async (o) => ({
    pathParameters: org(o, { offerId: await createOffer(o, await createPackage(o)) }),
    body: { name: 'Summer offer' },
  })),
  scenario(
    'offers/delete',
    204,
    DELETE(", the package's count lowered, the code guard freed"),
    async (o) => ({ pathParameters: org(o, { offerId: await createOffer(o, await createPackage(o)) }) }),
  ),

  // Plan groups
  scenario('plan-groups/create', 201, CREATE(''), async (o) => ({
    pathParameters: org(o),
    body: { name: 'Team plans', description: 'Plans for teams' },
  })),
  scenario('plan-groups/list', 200, LIST, async (o) => {
    await times(3, () => createGroup(o));
    return { pathParameters: org(o) };
  }),
  scenario('plan-groups/get', 200, GET, async (o) => ({
    pathParameters: org(o, { groupId: await createGroup(o) }),
  })),
  scenario('plan-groups/update', 200, UPDATE(), async (o) => ({
    pathParameters: org(o, { groupId: await createGroup(o) }),
    body: { name: 'Enterprise plans' },
  })),
  scenario('plan-groups/delete', 204, DELETE(' and on no plan in it (a count on the item)'), async (o) => ({
    pathParameters: org(o, { groupId: await createGroup(o) }),
  })),

  // Companies
  scenario('companies/create', 201, CREATE(''), async (o) => ({
    pathParameters: org(o),
    body: { name: 'Acme', legalName: 'Acme GmbH', taxId: 'DE123456789' },
  })),
  scenario('companies/list', 200, LIST, async (o) => {
    await times(3, () => createCompany(o));
    return { pathParameters: org(o) };
  }),
  scenario('companies/get', 200, GET, async (o) => ({
    pathParameters: org(o, { companyId: await createCompany(o) }),
  })),
  scenario('companies/update', 200, UPDATE(), async (o) => ({
    pathParameters: org(o, { companyId: await createCompany(o) }),
    body: { legalName: 'Acme Holding GmbH' },
  })),
  scenario(
    'companies/delete',
    204,
    DELETE(' and on no plan or product billed by it (a count on the item)'),
    async (o) => ({ pathParameters: org(o, { companyId: await createCompany(o) }) }),
  ),

  // Products and prices
  scenario(
    'products/create',
    201,
    CREATE("the company's reference count (its condition is the company's existence) "),
    async (o) => ({
      pathParameters: org(o),
      body: { name: 'Seats', description: 'Per-seat licence', companyId: await createCompany(o) },
    }),
  ),
  scenario('products/list', 200, LIST, async (o) => {
    await times(3, () => createProduct(o));
    return { pathParameters: org(o) };
  }),
  scenario('products/get', 200, GET, async (o) => ({
    pathParameters: org(o, { productId: await createProduct(o) }),
  })),
  scenario('products/update', 200, UPDATE(), async (o) => ({
    pathParameters: org(o, { productId: await createProduct(o) }),
    body: { name: 'Seats (annual)' },
  })),
  scenario(
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

  // Plans
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

  // Subscribers
  scenario('subscribers/create', 201, CREATE('its username and email guards '), async (o) => {
    const user = `user-${rand()}`;
    return {
      pathParameters: org(o),
      body: { username: user, email: `${user}@example.com`, name: 'Ada Lovelace' },
    };
  }),
  scenario('subscribers/list', 200, LIST, async (o) => {
    await times(3, () => createSubscriber(o));
    return { pathParameters: org(o) };
  }),
  scenario('subscribers/get', 200, GET, async (o) => ({
    pathParameters: org(o, { subscriberId: (await createSubscriber(o)).id }),
  })),
  scenario('subscribers/update', 200, UPDATE(), async (o) => ({
    pathParameters: org(o, { subscriberId: (await createSubscriber(o)).id }),
    body: { name: 'Ada King' },
  })),
  scenario(
    'subscribers/delete',
    204,
    DELETE(' and on never having held a subscription (a count on the item), both guards freed'),
    async (o) => ({ pathParameters: org(o, { subscriberId: (await createSubscriber(o)).id }) }),
  ),

  // Subscriptions
  scenario(
    'subscriptions/create',
    201,
    {
      requests: { BatchGetItem: 1, TransactWriteItems: 1 },
      reason:
        "two independent reads by key in 1 BatchGetItem: the email's uniqueness guard (→ subscriber id) and the plan (status, cycles, trial, the terms the subscription copies); 1 transaction: the subscription, the one-live-subscription guard, the plan's counts (conditioned on active), the subscriber's count (its existence), the event",
    },
    async (o) => {
      const planId = await createPlan(o, { publish: true });
      const subscriber = await createSubscriber(o);
      return { pathParameters: org(o), body: { user: subscriber.email, planId, note: 'Bench bind' } };
    },
  ),
  scenario('subscriptions/list', 200, LIST, async (o) => {
    const planId = await createPlan(o, { publish: true });
    for (const subscriber of await times(3, () => createSubscriber(o))) await bind(o, planId, subscriber.id);
    return { pathParameters: org(o) };
  }),
  scenario('subscriptions/get', 200, GET, async (o) => {
    const planId = await createPlan(o, { publish: true });
    return {
      pathParameters: org(o, { subscriptionId: await bind(o, planId, (await createSubscriber(o)).id) }),
    };
  }),
  scenario(
    'subscriptions/bulk-bind',
    200,
    {
      requests: { BatchGetItem: 1, TransactWriteItems: 3 },
      reason:
        "the plan and the 3 users' uniqueness guards (→ subscriber ids) by key in 1 BatchGetItem; then each user its own bind transaction (subscription, live guard, plan counts conditioned on active, subscriber count, event), so one refused user never blocks the others: 1 TransactWriteItems per user",
    },
    async (o) => {
      const planId = await createPlan(o, { publish: true });
      const users = await times(3, async () => (await createSubscriber(o)).email);
      return { pathParameters: org(o), body: { planId, users, cycles: 2, note: 'Bench bulk bind' } };
    },
  ),
  scenario(
    'subscriptions/extend',
    200,
    {
      requests: { GetItem: 1, TransactWriteItems: 1 },
      reason:
        'read the subscription (live?, version, current end to count from, before image); 1 transaction: the new end and expiry index key conditioned on version and live (so the expirer cannot end it at the old end), its event',
    },
    async (o) => {
      const planId = await createPlan(o, { publish: true });
      return {
        pathParameters: org(o, { subscriptionId: await bind(o, planId, (await createSubscriber(o)).id) }),
        body: { cycles: 2 },
      };
    },
  ),
  scenario(
    'redemptions/create',
    201,
    {
      requests: { BatchGetItem: 2, GetItem: 1, TransactWriteItems: 1 },
      reason:
        "the code's and the user's uniqueness guards in 1 BatchGetItem (→ offer and subscriber ids); the offer and this subscriber's redemption guard in 1 more (status, window, limit, already redeemed?); the offer's plan in 1 GetItem (status, package, cycles, terms to copy); 1 transaction: the subscription, the offer's count conditioned on its version and limit, the redemption guard, the plan's counts, the live guard, the subscriber's count, the event",
    },
    async (o) => {
      const packageId = await createPackage(o);
      const planId = await createPlan(o, { publish: true, more: { packageId } });
      const code = `OFF-${rand()}`;
      await call(
        'offers/create',
        {
          pathParameters: org(o),
          body: { status: 'active', code, name: 'Learner offer', packageId, planId, maxRedemptions: 1000 },
        },
        201,
      );
      return {
        pathParameters: org(o),
        body: { code: code.toLowerCase(), user: (await createSubscriber(o)).email },
      };
    },
  ),
  scenario(
    'subscriptions/cancel',
    200,
    {
      requests: { GetItem: 1, TransactWriteItems: 1 },
      reason:
        "read the subscription (live?, version, before image, plan and subscriber for the guard); 1 transaction: it ends conditioned on version and live, the plan's live count drops, the live guard is freed, the event",
    },
    async (o) => {
      const planId = await createPlan(o, { publish: true });
      return {
        pathParameters: org(o, { subscriptionId: await bind(o, planId, (await createSubscriber(o)).id) }),
      };
    },
  ),

  // Audit events
  scenario('audit-events/list', 200, LIST, async (o) => {
    const packageId = await createPackage(o);
    await call('packages/update', { pathParameters: org(o, { packageId }), body: { tier: 3 } }, 200);
    return { pathParameters: org(o) };
  }),

  // History
  scenario(
    'history/get',
    200,
    {
      requests: { Query: 1 },
      reason:
        "the entity's events sorted by id, whose time is the event's `at`: the last at or before `at` is one key range read newest first, one item: 1 Query whatever the number of events",
    },
    async (o) => {
      const packageId = await createPackage(o);
      await call('packages/update', { pathParameters: org(o, { packageId }), body: { tier: 3 } }, 200);
      const at = new Date().toISOString();
      await call('packages/update', { pathParameters: org(o, { packageId }), body: { tier: 4 } }, 200);
      return { pathParameters: org(o, { entityId: packageId }), query: { at } };
    },
  ),

  // Entitlements
  scenario(
    'entitlements/get',
    200,
    {
      requests: { GetItem: 1, Query: 1 },
      reason:
        'by user (email): its uniqueness guard names the subscriber, 1 GetItem; then every subscription of that subscriber in 1 Query of bySubscriber (1 MB pages: several hundred subscriptions), whose plan snapshots are the answer: no plan read',
    },
    async (o) => {
      const subscriber = await createSubscriber(o);
      for (const planId of await times(2, () => createPlan(o, { publish: true })))
        await bind(o, planId, subscriber.id);
      return { pathParameters: org(o), query: { user: subscriber.email } };
    },
  ),

  // Public catalog
  scenario(
    'catalog/list',
    200,
    {
      requests: { Query: 1, BatchGetItem: 1 },
      reason:
        "a page is 1 Query of the catalog index (its partition holds only the org's active public plans); the page's plans show their items' childProductIds, which live on the products: 1 BatchGetItem for all products of the page (none when no plan of the page has items)",
    },
    async (o) => {
      const items = await createCatalog(o);
      await times(3, () => createPlan(o, { items, publish: true }));
      await createPlan(o, { items });
      return { pathParameters: org(o) };
    },
  ),
  scenario(
    'catalog/get',
    200,
    {
      requests: { GetItem: 2, BatchGetItem: 1 },
      reason:
        "the slug's uniqueness guard names the plan, 1 GetItem; the plan, 1 GetItem (status: active only); its items' childProductIds live on their products: 1 BatchGetItem (none for a plan without items). Storing childProductIds on the plan would save that read but make every product change rewrite its plans",
    },
    async (o) => {
      const planId = await createPlan(o, { publish: true });
      const plan = await call('plans/get', { pathParameters: org(o, { planId }) }, 200);
      return { pathParameters: org(o, { slug: plan.slug as string }) };
    },
  ),
];

const byKey = new Map(SCENARIOS.map((s) => [routeKey(s.route), s]));

/** The scenario of a route (by the route, its `METHOD path` key, or its handler), or throws. */
export const scenarioOf = (route: Route | string): Scenario => {
  const key = typeof route === 'string' ? route : routeKey(route);
  const found = byKey.get(key) ?? SCENARIOS.find((s) => s.route.handler === key);
  if (!found) throw new Error(`no bench scenario for ${key}`);
  return found;
};

/** The total of a breakdown of requests by command. */
export const totalRequests = (requests: Record<string, number>): number =>
  Object.values(requests).reduce((sum, n) => sum + n, 0);
