/**
 * What each write route's dry run is tested with (`test/http/dry-run.test.ts`), keyed like
 * `routeKey`: refusals first (they change nothing when real), then the success last (its real
 * request changes the org). A write route without a scenario here fails the dry-run tests, so a new
 * route must say how its dry run is proven.
 */
import { expect } from 'vitest';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import type { ApiClient } from './api.ts';
import { createPlan, MISSING } from './catalog.ts';
import { offerBody, pkgBody, rand } from './fixtures.ts';
import type { Params, Seed } from './security-seed.ts';
import { createActivePlan } from './subscriptions.ts';

/** One request of a scenario: its path parameters (default the seed's), body and headers. */
export interface Case {
  label: string;
  params?: Params;
  body?: unknown;
  headers?: Record<string, string>;
  /** The status both answers must have: a scenario proves what it means to prove. */
  status: number;
  /** For a refusal: its code. */
  code?: string;
}

export type Scenario = (seed: Seed) => Promise<Case[]>;

const ORG = '/orgs/{orgId}';

/** GET `path` as admin, asserting 200; the body. */
export const getOk = async <T>(api: ApiClient, path: string) => {
  const res = await api.request<T>('GET', path);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

/** The scenario of every write route, on `api`. */
export const dryRunScenarios = (api: ApiClient): Record<string, Scenario> => {
  const get = <T>(path: string) => getOk<T>(api, path);

  const codeOf = async (seed: Seed) =>
    (await get<{ code: string }>(`/orgs/${seed.org}/packages/${seed.params.packageId}`)).code;

  /** An active plan without subscriptions (archivable), and an archived one (restorable). */
  const archivable = (seed: Seed) => createActivePlan(api, seed.org);
  const archived = async (seed: Seed) => {
    const plan = await createActivePlan(api, seed.org);
    const res = await api.request<PlanResource>('POST', `/orgs/${seed.org}/plans/${plan.id}/archive`);
    expect(res.status, res.text).toBe(200);
    return res.body;
  };

  return {
    [`POST ${ORG}/packages`]: async (s) => [
      {
        label: 'code taken',
        body: pkgBody({ code: (await codeOf(s)).toLowerCase() }),
        status: 409,
        code: 'code_taken',
      },
      { label: 'create', body: pkgBody(), status: 201 },
    ],
    [`PATCH ${ORG}/packages/{packageId}`]: async () => [
      {
        label: 'stale If-Match',
        body: { name: 'X' },
        headers: { 'if-match': '"9"' },
        status: 412,
        code: 'version_mismatch',
      },
      { label: 'rename', body: { name: 'Renamed package' }, headers: { 'if-match': '"1"' }, status: 200 },
    ],
    [`DELETE ${ORG}/packages/{packageId}`]: async (s) => {
      const [free] = await Promise.all([
        api.request<{ id: string }>('POST', `/orgs/${s.org}/packages`, { body: pkgBody() }),
      ]);
      return [
        { label: 'in use', status: 409, code: 'package_in_use' },
        { label: 'delete', params: { ...s.params, packageId: free?.body.id ?? '' }, status: 204 },
      ];
    },
    [`POST ${ORG}/offers`]: async (s) => [
      {
        label: 'unknown package',
        body: offerBody(MISSING.package),
        status: 422,
        code: 'reference_not_found',
      },
      { label: 'create', body: offerBody(s.params.packageId ?? ''), status: 201 },
    ],
    [`PATCH ${ORG}/offers/{offerId}`]: async () => [
      { label: 'rename', body: { name: 'Renamed offer' }, status: 200 },
    ],
    [`DELETE ${ORG}/offers/{offerId}`]: async () => [{ label: 'delete', status: 204 }],
    [`POST ${ORG}/plan-groups`]: async () => [{ label: 'create', body: { name: 'Group' }, status: 201 }],
    [`PATCH ${ORG}/plan-groups/{groupId}`]: async () => [
      { label: 'rename', body: { name: 'G2' }, status: 200 },
    ],
    [`DELETE ${ORG}/plan-groups/{groupId}`]: async (s) => {
      const group = await api.request<{ id: string }>('POST', `/orgs/${s.org}/plan-groups`, {
        body: { name: 'Empty' },
      });
      return [
        { label: 'not empty', status: 409, code: 'group_not_empty' },
        { label: 'delete', params: { ...s.params, groupId: group.body.id }, status: 204 },
      ];
    },
    [`POST ${ORG}/companies`]: async () => [{ label: 'create', body: { name: 'Company' }, status: 201 }],
    [`PATCH ${ORG}/companies/{companyId}`]: async () => [
      { label: 'rename', body: { legalName: 'Co Ltd' }, status: 200 },
    ],
    [`DELETE ${ORG}/companies/{companyId}`]: async (s) => {
      const company = await api.request<{ id: string }>('POST', `/orgs/${s.org}/companies`, {
        body: { name: 'Free' },
      });
      return [
        { label: 'in use', status: 409, code: 'company_in_use' },
        { label: 'delete', params: { ...s.params, companyId: company.body.id }, status: 204 },
      ];
    },
    [`POST ${ORG}/products`]: async (s) => [
      {
        label: 'child of a child',
        body: { name: 'X', parentId: s.childProductId },
        status: 400,
        code: 'validation_failed',
      },
      { label: 'create child', body: { name: 'Child 2', parentId: s.params.productId }, status: 201 },
    ],
    [`PATCH ${ORG}/products/{productId}`]: async () => [
      { label: 'rename', body: { name: 'Renamed product' }, status: 200 },
    ],
    [`DELETE ${ORG}/products/{productId}`]: async (s) => {
      const product = await api.request<{ id: string }>('POST', `/orgs/${s.org}/products`, {
        body: { name: 'P' },
      });
      await api.request('POST', `/orgs/${s.org}/products/${product.body.id}/prices`, {
        body: { amount: 100, currency: 'USD', cycle: 'monthly' },
      });
      return [
        { label: 'in use', status: 409, code: 'product_in_use' },
        { label: 'delete with its price', params: { ...s.params, productId: product.body.id }, status: 204 },
      ];
    },
    [`POST ${ORG}/products/{productId}/prices`]: async () => [
      { label: 'create', body: { amount: 500, currency: 'EUR', cycle: 'annual' }, status: 201 },
    ],
    [`PATCH ${ORG}/prices/{priceId}`]: async () => [
      { label: 'immutable amount', body: { amount: 1 }, status: 400, code: 'validation_failed' },
      { label: 'rename', body: { nickname: 'Renamed price', active: false }, status: 200 },
    ],
    [`POST ${ORG}/plans`]: async (s) => {
      const taken = await get<PlanResource>(`/orgs/${s.org}/plans/${s.params.planId}`);
      return [
        { label: 'slug taken', body: { name: 'P', slug: taken.slug }, status: 409, code: 'slug_taken' },
        {
          label: 'create active with an item',
          body: {
            name: 'Plan',
            slug: `plan-${rand()}`,
            publish: true,
            items: taken.items.map(({ productId, priceId }) => ({ productId, priceId })),
          },
          status: 201,
        },
      ];
    },
    [`PATCH ${ORG}/plans/{planId}`]: async (_s) => [
      { label: 'unknown group', body: { groupId: MISSING.group }, status: 422, code: 'reference_not_found' },
      {
        label: 'change its items away and its group',
        body: { items: [], groupId: null, name: 'Renamed' },
        status: 200,
      },
    ],
    [`DELETE ${ORG}/plans/{planId}`]: async (s) => [
      {
        label: 'active plan',
        params: { ...s.params, planId: s.activePlanId },
        status: 409,
        code: 'invalid_transition',
      },
      { label: 'delete draft', status: 204 },
    ],
    [`POST ${ORG}/plans/{planId}/publish`]: async (s) => [
      {
        label: 'already active',
        params: { ...s.params, planId: s.activePlanId },
        status: 409,
        code: 'invalid_transition',
      },
      { label: 'publish', status: 200 },
    ],
    [`POST ${ORG}/plans/{planId}/archive`]: async (s) => {
      const plan = await archivable(s);
      return [
        {
          label: 'live subscription',
          params: { ...s.params, planId: s.activePlanId },
          status: 409,
          code: 'plan_in_use',
        },
        { label: 'archive', params: { ...s.params, planId: plan.id }, status: 200 },
      ];
    },
    [`POST ${ORG}/plans/{planId}/restore`]: async (s) => {
      const plan = await archived(s);
      return [
        { label: 'draft', status: 409, code: 'invalid_transition' },
        { label: 'restore', params: { ...s.params, planId: plan.id }, status: 200 },
      ];
    },
    [`POST ${ORG}/plans/{planId}/duplicate`]: async () => [{ label: 'duplicate', status: 201 }],
    [`POST ${ORG}/plans/bulk-archive`]: async (s) => {
      const plan = await archivable(s);
      return [
        {
          label: 'one archived, two skipped',
          body: { planIds: [plan.id, s.activePlanId, s.params.planId, MISSING.plan] },
          status: 200,
        },
      ];
    },
    [`POST ${ORG}/plans/bulk-delete`]: async (s) => {
      const draft = await createPlan(api, s.org);
      return [
        { label: 'one deleted, one skipped', body: { planIds: [draft.id, s.activePlanId] }, status: 200 },
      ];
    },
    [`POST ${ORG}/plans/bulk-move`]: async (s) => [
      {
        label: 'unknown group',
        body: { planIds: [s.activePlanId], groupId: MISSING.group },
        status: 422,
        code: 'reference_not_found',
      },
      {
        label: 'move',
        body: { planIds: [s.activePlanId, s.params.planId], groupId: s.params.groupId },
        status: 200,
      },
    ],
    [`POST ${ORG}/subscribers`]: async (s) => {
      const tag = rand();
      return [
        {
          label: 'username taken',
          body: { username: s.username.toUpperCase(), email: `x.${tag}@example.com` },
          status: 409,
          code: 'username_taken',
        },
        { label: 'create', body: { username: `user_${tag}`, email: `user.${tag}@example.com` }, status: 201 },
      ];
    },
    [`PATCH ${ORG}/subscribers/{subscriberId}`]: async () => [
      { label: 'rename', body: { name: 'Renamed' }, status: 200 },
    ],
    [`DELETE ${ORG}/subscribers/{subscriberId}`]: async (s) => [
      { label: 'has a subscription', status: 409, code: 'subscriber_in_use' },
      { label: 'delete', params: { ...s.params, subscriberId: s.freeSubscriberId }, status: 204 },
    ],
    [`POST ${ORG}/subscriptions`]: async (s) => [
      {
        label: 'already subscribed',
        body: { subscriberId: s.params.subscriberId, planId: s.activePlanId },
        status: 409,
        code: 'already_subscribed',
      },
      {
        label: 'draft plan',
        body: { subscriberId: s.freeSubscriberId, planId: s.params.planId },
        status: 409,
        code: 'plan_not_active',
      },
      {
        label: 'bind a trial',
        body: { subscriberId: s.freeSubscriberId, planId: s.activePlanId, trial: true },
        status: 201,
      },
    ],
    [`POST ${ORG}/subscriptions/{subscriptionId}/cancel`]: async () => [{ label: 'cancel now', status: 200 }],
    [`POST ${ORG}/plans/{planId}/unpublish`]: async (s) => [
      { label: 'a draft', status: 409, code: 'invalid_transition' },
      { label: 'unpublish', params: { ...s.params, planId: s.activePlanId }, status: 200 },
    ],
    [`POST ${ORG}/subscriptions/{subscriptionId}/extend`]: async () => [
      {
        label: 'an earlier end',
        body: { endsAt: '2000-01-01T00:00:00.000Z' },
        status: 400,
        code: 'validation_failed',
      },
      { label: 'two cycles', body: { cycles: 2 }, status: 200 },
    ],
    [`POST ${ORG}/subscriptions/bulk-bind`]: async (s) => [
      {
        label: 'a draft plan',
        body: { planId: s.params.planId, users: ['x'] },
        status: 409,
        code: 'plan_not_active',
      },
      {
        label: 'one bound, one unknown, one already subscribed, one extended',
        body: { planId: s.activePlanId, users: ['nobody-at-all', s.username], mode: 'new' },
        status: 200,
      },
      {
        label: 'extend mode',
        body: { planId: s.activePlanId, users: [s.username], mode: 'extend', cycles: 1 },
        status: 200,
      },
    ],
    [`POST ${ORG}/redemptions`]: async (s) => [
      {
        label: 'unknown code',
        body: { code: 'NO-SUCH', subscriberId: s.redeemerId },
        status: 422,
        code: 'reference_not_found',
      },
      {
        label: 'already subscribed',
        body: { code: s.offerCode, subscriberId: s.params.subscriberId },
        status: 409,
        code: 'already_subscribed',
      },
      { label: 'redeem', body: { code: s.offerCode.toLowerCase(), subscriberId: s.redeemerId }, status: 201 },
    ],
  };
};
