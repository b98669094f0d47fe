/**
 * The subscription test files' fresh orgs (`test/http/subscriptions*.test.ts`), apart from
 * `subscriptions.ts` so that the files importing only that one (the fault tests) do not load the
 * local server through `api.ts`.
 */
import { expect } from 'vitest';
import { type ApiClient, newOrg } from './api.ts';
import {
  bind,
  countersOf,
  createActivePlan,
  createSubscriber,
  listedIds,
  subscriptionEvents,
} from './subscriptions.ts';

/**
 * Fresh orgs with an active plan and a subscriber `alice`, optionally subscribed, and the check
 * that a refused bind wrote nothing.
 */
export const subscriptionSetup = (api: ApiClient) => {
  /** A fresh org with an active plan (`planOverrides`) and one subscriber, `alice`. */
  const setup = async (planOverrides: Record<string, unknown> = {}) => {
    const org = newOrg('subs');
    const [plan, alice] = await Promise.all([
      createActivePlan(api, org, planOverrides),
      createSubscriber(api, org, { username: 'alice', email: 'alice@example.com' }),
    ]);
    return { org, plan, alice };
  };

  /** A fresh org with one active subscription of `alice` to a plan (`planOverrides`). */
  const withSubscription = async (
    planOverrides: Record<string, unknown> = {},
    bindExtra: Record<string, unknown> = {},
  ) => {
    const ctx = await setup(planOverrides);
    const sub = await bind(api, ctx.org, { subscriberId: ctx.alice.id, planId: ctx.plan.id, ...bindExtra });
    return { ...ctx, sub };
  };

  /** Archives the plan (the request; its answer is not checked). */
  const archive = (org: string, planId: string) =>
    api.request('POST', `/orgs/${org}/plans/${planId}/archive`);

  /**
   * Asserts a refused bind wrote nothing in a fresh org: no subscription, no subscription event,
   * the plans' counters still 0, and — since no reference to it was taken — the subscriber can
   * still be deleted (this deletes it: call it last).
   */
  const expectBindWroteNothing = async (org: string, planIds: string[], subscriberId?: string) => {
    expect(await listedIds(api, org)).toEqual([]);
    expect(await subscriptionEvents(api, org)).toEqual([]);
    for (const planId of planIds) expect(await countersOf(api, org, planId)).toEqual({ live: 0, ever: 0 });
    if (subscriberId) {
      const res = await api.request('DELETE', `/orgs/${org}/subscribers/${subscriberId}`);
      expect(res.status, `subscriber should hold no subscription: ${res.text}`).toBe(204);
    }
  };
  return { setup, withSubscription, archive, expectBindWroteNothing };
};
