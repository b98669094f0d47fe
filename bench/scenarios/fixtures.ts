/**
 * Fixtures the scenarios build on, each made through real requests (the CRUD resources' own creates
 * from their examples, bench/scenarios/crud.ts): fresh on every call.
 */
import { createVia } from './crud.ts';
import { call, idOf, type Json, org, rand } from './kit.ts';

export const createPackage = async (o: string) => idOf(await createVia('packages', o));

export const createGroup = async (o: string) => idOf(await createVia('plan-groups', o));

export const createCompany = async (o: string) => idOf(await createVia('companies', o));

export const createProduct = async (o: string, body: Json = {}) => idOf(await createVia('products', o, body));

export const createPrice = async (o: string, productId: string, body: Json = {}) =>
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
export const createCatalog = async (o: string) => {
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

export type Items = Awaited<ReturnType<typeof createCatalog>>;

/** A realistic plan create body with two items. */
export const planBody = (items: Items, more: Json = {}): Json => ({
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

export const createPlan = async (
  o: string,
  options: { items?: Items; publish?: boolean; more?: Json } = {},
) => {
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

export const planStep = async (o: string, planId: string, step: 'publish' | 'archive') =>
  call(`plans/${step}`, { pathParameters: org(o, { planId }) }, 200);

export const createSubscriber = async (o: string) => {
  const body = await createVia('subscribers', o);
  return { id: idOf(body), email: body.email as string };
};

export const bind = async (o: string, planId: string, subscriberId: string) =>
  idOf(await call('subscriptions/create', { pathParameters: org(o), body: { subscriberId, planId } }, 201));

/** A live subscription of a fresh subscriber to a fresh published plan. */
export const createSubscription = async (o: string) =>
  bind(o, await createPlan(o, { publish: true }), (await createSubscriber(o)).id);
