/**
 * Fixture helpers for the subscription tests: subscribers, active plans, binds, cancels, lists
 * that follow `nextCursor`, the invariant "plan counters equal a recount of its subscriptions",
 * and an independent reading of the contract's calendar (API.md, "Subscriptions").
 */
import { expect } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import type { SubscriberResource } from '../../shared/subscribers/schemas.ts';
import type { SubscriptionResource } from '../../shared/subscriptions/schemas.ts';
import { type ApiClient, type ApiResponse, listEvery } from './api.ts';
import { createPlan } from './catalog.ts';
import { rand } from './fixtures.ts';

export const SUB_ID = /^sub_[0-9A-HJKMNP-TV-Z]{26}$/;

/** Well-formed ids that no org holds. */
export const MISSING_SUB = 'sub_01ARZ3NDEKTSV4RRFFQ69G5FAV';
export const MISSING_SBR = 'sbr_01ARZ3NDEKTSV4RRFFQ69G5FAV';

export type Cycle = PlanResource['defaultCycle'];
export type SubscriptionStatus = SubscriptionResource['status'];

/** The statuses that count as live (API.md: `liveSubscriptionCount` is active + trialing). */
export const LIVE: readonly SubscriptionStatus[] = ['active', 'trialing'];
export const isLive = (status: unknown) => LIVE.includes(status as SubscriptionStatus);

const DAY_MS = 24 * 60 * 60 * 1000;

/** `iso` plus `days` days of 24 hours (UTC), as ISO-8601 with milliseconds. */
export const plusDays = (iso: string, days: number): string =>
  new Date(Date.parse(iso) + days * DAY_MS).toISOString();

/** `iso` plus `seconds` seconds, as a Date (an expiry pass's clock). */
export const secondsAfter = (iso: string, seconds: number): Date =>
  new Date(Date.parse(iso) + seconds * 1000);

/**
 * `iso` plus `months` calendar months, clamped to the end of a shorter month (Jan 31 + 1 month =
 * Feb 28/29), keeping the time of day. Written from the contract, independently of the server's.
 */
export const plusMonths = (iso: string, months: number): string => {
  const d = new Date(iso);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), daysInMonth);
  return new Date(
    Date.UTC(year, month, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()),
  ).toISOString();
};

/** When one period of `cycle` that starts at `startedAt` ends. */
export const expectedEnd = (startedAt: string, cycle: Cycle, customDays: number | null): string => {
  switch (cycle) {
    case 'daily':
      return plusDays(startedAt, 1);
    case 'weekly':
      return plusDays(startedAt, 7);
    case 'monthly':
      return plusMonths(startedAt, 1);
    case 'quarterly':
      return plusMonths(startedAt, 3);
    case 'semiannual':
      return plusMonths(startedAt, 6);
    case 'annual':
      return plusMonths(startedAt, 12);
    case 'custom':
      if (customDays === null) throw new Error('custom cycle without customDays');
      return plusDays(startedAt, customDays);
  }
};

/** Asserts `iso` lies between two `Date.now()` readings taken around the request. */
export const expectWithin = (iso: string | null, before: number, after: number) => {
  expect(iso).not.toBeNull();
  const t = Date.parse(iso ?? '');
  expect(t, `${iso} not within the request`).toBeGreaterThanOrEqual(before);
  expect(t, `${iso} not within the request`).toBeLessThanOrEqual(after);
};

export const createSubscriber = async (
  api: ApiClient,
  org: string,
  overrides: Record<string, unknown> = {},
): Promise<SubscriberResource> => {
  const tag = rand();
  const res = await api.request<SubscriberResource>('POST', `/orgs/${org}/subscribers`, {
    body: { username: `user_${tag}`, email: `user.${tag}@example.com`, ...overrides },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

/** `n` subscribers, created concurrently. */
export const createSubscribers = (api: ApiClient, org: string, n: number) =>
  Promise.all(Array.from({ length: n }, () => createSubscriber(api, org)));

/** A published (active) plan; `overrides` as for `createPlan`. */
export const createActivePlan = (api: ApiClient, org: string, overrides: Record<string, unknown> = {}) =>
  createPlan(api, org, { ...overrides, publish: true });

export const getPlan = async (api: ApiClient, org: string, id: string): Promise<PlanResource> => {
  const res = await api.request<PlanResource>('GET', `/orgs/${org}/plans/${id}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

/** The plan's two counters. */
export const countersOf = async (api: ApiClient, org: string, planId: string) => {
  const plan = await getPlan(api, org, planId);
  return { live: plan.liveSubscriptionCount, ever: plan.subscriptionCount };
};

type Headers = Record<string, string>;

export const postBind = (api: ApiClient, org: string, body: unknown, headers?: Headers, token?: string) =>
  api.request<SubscriptionResource>('POST', `/orgs/${org}/subscriptions`, {
    body,
    ...(headers ? { headers } : {}),
    ...(token ? { token } : {}),
  });

/** Binds and asserts 201. */
export const bind = async (
  api: ApiClient,
  org: string,
  body: Record<string, unknown>,
): Promise<SubscriptionResource> => {
  const res = await postBind(api, org, body);
  expect(res.status, `bind ${JSON.stringify(body)}: ${res.text}`).toBe(201);
  return res.body;
};

/** `POST …/cancel`: with `body` as JSON, or with no body at all when `body` is undefined. */
export const postCancel = (
  api: ApiClient,
  org: string,
  id: string,
  body?: unknown,
  headers?: Headers,
  token?: string,
) =>
  api.request<SubscriptionResource>('POST', `/orgs/${org}/subscriptions/${id}/cancel`, {
    ...(body !== undefined ? { body } : {}),
    ...(headers ? { headers } : {}),
    ...(token ? { token } : {}),
  });

/** Cancels (now, unless `atPeriodEnd`) and asserts 200. */
export const cancel = async (
  api: ApiClient,
  org: string,
  id: string,
  atPeriodEnd = false,
): Promise<SubscriptionResource> => {
  const res = await postCancel(api, org, id, atPeriodEnd ? { atPeriodEnd } : undefined);
  expect(res.status, `cancel ${id}: ${res.text}`).toBe(200);
  return res.body;
};

export const getSubscription = (api: ApiClient, org: string, id: string, token?: string) =>
  api.request<SubscriptionResource>('GET', `/orgs/${org}/subscriptions/${id}`, token ? { token } : {});

/** GETs a subscription and asserts 200. */
export const readSubscription = async (
  api: ApiClient,
  org: string,
  id: string,
): Promise<SubscriptionResource> => {
  const res = await getSubscription(api, org, id);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

export const listSubscriptions = (api: ApiClient, org: string, query = '', token?: string) =>
  api.request<Page<SubscriptionResource>>(
    'GET',
    `/orgs/${org}/subscriptions${query ? `?${query}` : ''}`,
    token ? { token } : {},
  );

/** Every subscription matching `query`, newest first, following `nextCursor` to the end. */
export const listAllSubscriptions = (api: ApiClient, org: string, query = '') =>
  listEvery<SubscriptionResource>(api, `/orgs/${org}/subscriptions`, query);

export const listedIds = async (api: ApiClient, org: string, query = '') =>
  (await listAllSubscriptions(api, org, query)).map((s) => s.id);

/**
 * The invariant of API.md "Plans" (read-only counters): `liveSubscriptionCount` is the number of
 * the plan's active and trialing subscriptions, `subscriptionCount` the number it ever had —
 * both recounted through the list endpoint.
 */
export const expectCountersMatchRecount = async (api: ApiClient, org: string, planId: string) => {
  const subscriptions = await listAllSubscriptions(api, org, `planId=${planId}`);
  const counters = await countersOf(api, org, planId);
  expect(counters, `counters of ${planId}`).toEqual({
    live: subscriptions.filter((s) => isLive(s.status)).length,
    ever: subscriptions.length,
  });
  return counters;
};

/** The org's audit events about subscriptions, newest first, following `nextCursor`. */
export const subscriptionEvents = (api: ApiClient, org: string, entityId?: string) =>
  listEvery<AuditEventResource>(
    api,
    `/orgs/${org}/audit-events`,
    new URLSearchParams({
      limit: '100',
      entityType: 'subscription',
      ...(entityId ? { entityId } : {}),
    }).toString(),
  );

/** An event that ended a subscription: live before, canceled or expired after. */
export const isEnding = (event: AuditEventResource) =>
  isLive(event.before?.status) && (event.after?.status === 'canceled' || event.after?.status === 'expired');

/** The `code` of a problem answer (undefined for a success). */
export const codeOf = (res: ApiResponse<unknown>) => (res.body as { code?: string } | null)?.code;
