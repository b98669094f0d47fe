/** Subscriptions and redemptions, and the reads across resources: audit trail, history, entitlements, public catalog. */
import {
  bind,
  createCatalog,
  createPackage,
  createPlan,
  createSubscriber,
  createSubscription,
} from './fixtures.ts';
import { call, GET, LIST, org, rand, type Scenario, scenario, times } from './kit.ts';

export const SUBSCRIPTION_SCENARIOS: readonly Scenario[] = [
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
  scenario('subscriptions/get', 200, GET, async (o) => ({
    pathParameters: org(o, { subscriptionId: await createSubscription(o) }),
  })),
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
    async (o) => ({
      pathParameters: org(o, { subscriptionId: await createSubscription(o) }),
      body: { cycles: 2 },
    }),
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
    async (o) => ({ pathParameters: org(o, { subscriptionId: await createSubscription(o) }) }),
  ),
];

export const READ_SCENARIOS: readonly Scenario[] = [
  scenario('audit-events/list', 200, LIST, async (o) => {
    const packageId = await createPackage(o);
    await call('packages/update', { pathParameters: org(o, { packageId }), body: { tier: 3 } }, 200);
    return { pathParameters: org(o) };
  }),
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
