/**
 * Unpublish (API.md, Plans: lifecycle): `active → draft`, existing subscriptions continue, no new
 * binds, `publishedAt` kept, and the delete rules that come with drafts that had subscribers.
 */
import { describe, expect, it } from 'vitest';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import { auditEvents, expectProblem, newOrg, useApi } from '../support/api.ts';
import { createPlan } from '../support/catalog.ts';
import {
  bind,
  countersOf,
  createActivePlan,
  createSubscriber,
  postBind,
  readSubscription,
} from '../support/subscriptions.ts';

const api = useApi();

const step = (org: string, id: string, verb: string, headers?: Record<string, string>) =>
  api.request<PlanResource>('POST', `/orgs/${org}/plans/${id}/${verb}`, headers ? { headers } : {});

describe('POST /plans/{planId}/unpublish', () => {
  it('turns an active plan back into a draft; its subscriptions continue, new binds are refused', async () => {
    const org = newOrg('unpub');
    const plan = await createActivePlan(api, org);
    const alice = await createSubscriber(api, org);
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    const res = await step(org, plan.id, 'unpublish');
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${plan.version + 1}"`);
    expect(res.body).toMatchObject({
      status: 'draft',
      publishedAt: plan.publishedAt,
      liveSubscriptionCount: 1,
    });
    const [event] = await auditEvents(api, org, `entityId=${plan.id}`);
    expect(event?.action).toBe('plan.unpublished');
    expect(event?.before?.status).toBe('active');
    expect(event?.after).toStrictEqual(res.body);
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(sub);
    const bob = await createSubscriber(api, org);
    expectProblem(
      await postBind(api, org, { subscriberId: bob.id, planId: plan.id }),
      409,
      'plan_not_active',
    );
    // Publishing again keeps the first publishedAt.
    const again = await step(org, plan.id, 'publish');
    expect(again.status, again.text).toBe(200);
    expect(again.body.status).toBe('active');
    expect(again.body.publishedAt).toBe(plan.publishedAt);
  });

  it('refuses drafts and archived plans with 409 invalid_transition, and honours If-Match', async () => {
    const org = newOrg('unpub');
    const draft = await createPlan(api, org);
    expectProblem(await step(org, draft.id, 'unpublish'), 409, 'invalid_transition');
    const active = await createActivePlan(api, org);
    expectProblem(await step(org, active.id, 'unpublish', { 'if-match': '"9"' }), 412, 'version_mismatch');
    expect((await step(org, active.id, 'archive')).status).toBe(200);
    expectProblem(await step(org, active.id, 'unpublish'), 409, 'invalid_transition');
    expectProblem(await step(org, 'plan_01ARZ3NDEKTSV4RRFFQ69G5FAV', 'unpublish'), 404, 'not_found');
  });

  it('keeps an unpublished plan that had subscriptions: delete and bulk-delete answer plan_in_use', async () => {
    const org = newOrg('unpub');
    const plan = await createActivePlan(api, org);
    const alice = await createSubscriber(api, org);
    await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    expect((await step(org, plan.id, 'unpublish')).status).toBe(200);
    expectProblem(await api.request('DELETE', `/orgs/${org}/plans/${plan.id}`), 409, 'plan_in_use');
    const bulk = await api.request('POST', `/orgs/${org}/plans/bulk-delete`, {
      body: { planIds: [plan.id] },
    });
    expect(bulk.body).toEqual({ succeeded: [], skipped: [{ id: plan.id, code: 'plan_in_use' }] });
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
    // A draft that never had one is deleted as before.
    const fresh = await createPlan(api, org);
    expect((await api.request('DELETE', `/orgs/${org}/plans/${fresh.id}`)).status).toBe(204);
  });
});
