/**
 * The org the security tests (`test/security/`) and the dry runs work on, seeded over HTTP with one
 * of every resource, and a real path for every route of `ROUTES`. Throws for a path parameter it
 * has no value for: a new route fails until the seed covers it.
 */
import { expect } from 'vitest';
import type { OfferResource } from '../../shared/offers/schemas.ts';
import { type Route, routeKey } from '../../shared/routes.ts';
import type { ApiClient } from './api.ts';
import {
  createCompany,
  createGroup,
  createPackage,
  createPlan,
  createPrice,
  createProduct,
} from './catalog.ts';
import { offerBody } from './fixtures.ts';
import { bind, createActivePlan, createSubscriber } from './subscriptions.ts';

/** A path parameter name (`orgId`, `planId`, …) → a real value. */
export type Params = Record<string, string>;

/** An org holding one of every resource, created over HTTP by an admin. */
export interface Seed {
  org: string;
  /** A value for every path parameter of `ROUTES`: `orgId` and one id per resource kind. */
  params: Params;
  /** `params.planId` is a draft plan with an item; this one is active and has a subscription. */
  activePlanId: string;
  /** A subscriber without any subscription (a bind of it to the active plan succeeds). */
  freeSubscriberId: string;
  /** The username of `params.subscriberId`. */
  username: string;
  /** The child of `params.productId`. */
  childProductId: string;
  /** The code of `params.offerId`, which grants the active plan. */
  offerCode: string;
  /** A subscriber without any subscription, for redemptions. */
  redeemerId: string;
}

const createOffer = async (
  api: ApiClient,
  org: string,
  packageId: string,
  planId: string,
): Promise<OfferResource> => {
  const res = await api.request<OfferResource>('POST', `/orgs/${org}/offers`, {
    body: offerBody(packageId, { planId }),
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

/**
 * Creates, in `org`: a package and an offer on it, a plan group, a company, a product of that
 * company with a child and a price, a draft plan using them all (item, package, group, company), an
 * active plan, two subscribers and a subscription of the first to the active plan.
 */
export const seedOrg = async (api: ApiClient, org: string): Promise<Seed> => {
  const [pkg, group, company, subscriber, freeSubscriber, redeemer] = await Promise.all([
    createPackage(api, org),
    createGroup(api, org),
    createCompany(api, org),
    createSubscriber(api, org),
    createSubscriber(api, org),
    createSubscriber(api, org),
  ]);
  const product = await createProduct(api, org, { companyId: company.id });
  const [child, price, active] = await Promise.all([
    createProduct(api, org, { name: 'Child', parentId: product.id }),
    createPrice(api, org, product.id),
    createActivePlan(api, org, { trialDays: 7, includedQuota: 100, packageId: pkg.id }),
  ]);
  const offer = await createOffer(api, org, pkg.id, active.id);
  const [plan, subscription] = await Promise.all([
    createPlan(api, org, {
      items: [{ productId: product.id, priceId: price.id }],
      packageId: pkg.id,
      groupId: group.id,
      companyId: company.id,
    }),
    bind(api, org, { subscriberId: subscriber.id, planId: active.id }),
  ]);
  return {
    org,
    params: {
      orgId: org,
      packageId: pkg.id,
      offerId: offer.id,
      groupId: group.id,
      companyId: company.id,
      productId: product.id,
      priceId: price.id,
      planId: plan.id,
      subscriberId: subscriber.id,
      subscriptionId: subscription.id,
      entityId: plan.id,
      // The public catalog's `{slug}`: the active plan's.
      slug: active.slug,
    },
    activePlanId: active.id,
    freeSubscriberId: freeSubscriber.id,
    username: subscriber.username,
    childProductId: child.id,
    offerCode: offer.code,
    redeemerId: redeemer.id,
  };
};

/** `path` (route syntax) with every `{param}` replaced by its value in `params`. */
export const pathOf = (path: string, params: Params): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${path}: add it to seedOrg()`);
    return encodeURIComponent(value);
  });

/** The query each read route needs to succeed (most need none). */
export const SAMPLE_QUERIES: Record<string, (params: Params) => string> = {
  'GET /orgs/{orgId}/entitlements': (params) => `subscriberId=${params.subscriberId ?? ''}`,
  'GET /orgs/{orgId}/history/{entityId}': () => 'at=2100-01-01T00:00:00.000Z',
};

/** `route`'s path for `params`, with the query it needs (if any). */
export const requestPath = (route: Route, params: Params): string => {
  const query = SAMPLE_QUERIES[routeKey(route)]?.(params);
  return `${pathOf(route.path, params)}${query ? `?${query}` : ''}`;
};

/** The path parameters of a route other than `orgId`: the ids it takes. */
export const idParams = (route: Route): string[] =>
  [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').filter((name) => name !== 'orgId');

/** `["METHOD /path", route]` pairs, for `describe.each(…)('%s', …)`. */
export const named = (routes: readonly Route[]) => routes.map((route) => [routeKey(route), route] as const);

/** Write routes that take a JSON body (creates, updates, lifecycle steps, bind, cancel, bulk). */
export const hasBody = (route: Route): boolean => route.method === 'POST' || route.method === 'PATCH';
