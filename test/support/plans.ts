/**
 * What the plan test files (`test/http/plans*.test.ts`, `plan-lifecycle`, `plan-duplicate`,
 * `plan-bulk`) share: the plan collection's calls, the check that a refused write wrote no plan,
 * and the body values the create and validation tables are built from.
 */
import { expect } from 'vitest';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import { type ApiClient, type ApiResponse, errorPaths, expectProblem, resourceClient } from './api.ts';
import { auditEvents, createPlan, listPlanIds, MISSING } from './catalog.ts';
import { ISO_MS } from './fixtures.ts';

/** The plan collection's calls (`resourceClient`) under plan names, and checks that use them. */
export const planClient = (api: ApiClient) => {
  const { post, get, patch, remove, list } = resourceClient<PlanResource>(api, 'plans');
  return {
    postPlan: post,
    getPlan: get,
    patchPlan: patch,
    deletePlan: remove,
    listPlans: list,
    /** Asserts a refused write left a fresh org without plans or audit events of plans. */
    expectNoPlanWritten: async (org: string) => {
      expect(await listPlanIds(api, org)).toEqual([]);
      expect((await auditEvents(api, org)).filter((e) => e.entityType === 'plan')).toEqual([]);
    },
  };
};

/** A plan's read-only fields, each with a value of its type: a create or a PATCH refuses every one. */
export const PLAN_READ_ONLY: { field: string; value: unknown }[] = [
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
];

/** Asserts 422 reference_not_found naming `path`. */
export const expectMissingRef = (res: ApiResponse<unknown>, path: string) => {
  const problem = expectProblem(res, 422, 'reference_not_found');
  expect(errorPaths(problem)).toContain(path);
};

/** The read-only fields of a plan a create or a duplicate has just made: a draft, never published, no subscriptions. */
export const NEW_DRAFT = {
  status: 'draft',
  publishedAt: null,
  archivedAt: null,
  liveSubscriptionCount: 0,
  subscriptionCount: 0,
  version: 1,
  createdAt: expect.stringMatching(ISO_MS),
};

/** `n` distinct strings. */
export const strings = (n: number, prefix = 'f') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** `n` limits, `l0` … `l{n-1}`. */
export const limitsOf = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`l${i}`, i]));

/** Asserts `res` answered `status` (200 unless given) and returns its body. */
export const ok = <T>(res: ApiResponse<T>, status = 200): T => {
  expect(res.status, res.text).toBe(status);
  return res.body;
};

type Verb = 'publish' | 'archive' | 'restore' | 'duplicate';
type Status = PlanResource['status'];

/** The plan lifecycle routes (`POST …/plans/{planId}/{verb}`), and plans walked through them. */
export const planLifecycle = (api: ApiClient) => {
  const { getPlan } = planClient(api);
  const lifecycle = (
    org: string,
    id: string,
    verb: Verb,
    options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ) => api.request<PlanResource>('POST', `/orgs/${org}/plans/${id}/${verb}`, options);
  return {
    lifecycle,
    /** A plan brought to `status` through the lifecycle routes. */
    planIn: async (org: string, status: Status, overrides: Record<string, unknown> = {}) => {
      const plan = await createPlan(api, org, {
        ...overrides,
        ...(status === 'draft' ? {} : { publish: true }),
      });
      if (status !== 'archived') return plan;
      return ok(await lifecycle(org, plan.id, 'archive'));
    },
    /** The plan as it is now: asserts it still exists. */
    current: async (org: string, id: string) => ok(await getPlan(org, id)),
    /** The actions of the org's audit events (of `entityId`, if given), newest first. */
    actions: async (org: string, entityId?: string) =>
      (await auditEvents(api, org, entityId)).map((e) => e.action),
  };
};
