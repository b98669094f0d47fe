/**
 * History (API.md "History"): `GET /orgs/{orgId}/history/{entityId}?at=` answers the resource as it
 * was at an instant, the `after` of its last audit event at or before it, for every resource type, in
 * one Query whatever the resource's age.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventResource, HistoryResource } from '../../shared/audit/schemas.ts';
import { auditEvents, expectProblem, newOrg, useApi, viewerToken } from '../support/api.ts';
import { createCompany, createGroup, createPackage, createPrice, createProduct } from '../support/catalog.ts';
import { offerBody } from '../support/fixtures.ts';
import { bind, cancel, createActivePlan, createSubscriber } from '../support/subscriptions.ts';

const api = useApi();

let counter: { take: () => Record<string, number> } | undefined;
const requestCounter = async () => {
  counter ??= (await import('../support/request-counter.ts')).countRequests();
  return counter;
};

const history = (org: string, id: string, at: string, token?: string) =>
  api.request<HistoryResource>('GET', `/orgs/${org}/history/${id}?at=${encodeURIComponent(at)}`, {
    ...(token ? { token } : {}),
  });

const stateAt = async (org: string, id: string, at: string) => {
  const res = await history(org, id, at);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

/** The entity's events, oldest first. */
const eventsOf = async (org: string, id: string): Promise<AuditEventResource[]> =>
  (await auditEvents(api, org, `entityId=${id}`)).reverse();

const msBefore = (iso: string, ms = 1) => new Date(Date.parse(iso) - ms).toISOString();
const FAR_FUTURE = '2999-01-01T00:00:00.000Z';

const patch = async (org: string, path: string, body: Record<string, unknown>) => {
  const res = await api.request('PATCH', `/orgs/${org}/${path}`, { body });
  expect(res.status, res.text).toBe(200);
  return res.body;
};

/**
 * Every resource type: created, then changed once. For each, the answer at every event's own
 * instant is that event's `after`; a millisecond before the first it is null; far ahead it is the
 * resource as a GET shows it now.
 */
describe('every resource type', () => {
  const org = newOrg('hist');
  const made: { type: string; id: string; current: () => Promise<unknown> }[] = [];

  beforeAll(async () => {
    const get = (path: string) => async () => (await api.request('GET', `/orgs/${org}/${path}`)).body;
    const pkg = await createPackage(api, org);
    await patch(org, `packages/${pkg.id}`, { tier: 7 });
    const offer = (
      await api.request<{ id: string }>('POST', `/orgs/${org}/offers`, { body: offerBody(pkg.id) })
    ).body;
    await patch(org, `offers/${offer.id}`, { name: 'Offer 2' });
    const group = await createGroup(api, org);
    await patch(org, `plan-groups/${group.id}`, { name: 'Group 2' });
    const company = await createCompany(api, org);
    await patch(org, `companies/${company.id}`, { taxId: 'T-1' });
    const product = await createProduct(api, org);
    await patch(org, `products/${product.id}`, { name: 'Product 2' });
    const price = await createPrice(api, org, product.id);
    await patch(org, `prices/${price.id}`, { nickname: 'Nick' });
    const plan = await createActivePlan(api, org, { trialDays: 3 });
    await patch(org, `plans/${plan.id}`, { name: 'Plan 2' });
    const subscriber = await createSubscriber(api, org);
    await patch(org, `subscribers/${subscriber.id}`, { name: 'Sub 2' });
    const subscription = await bind(api, org, { subscriberId: subscriber.id, planId: plan.id });
    await cancel(api, org, subscription.id, true);
    made.push(
      { type: 'package', id: pkg.id, current: get(`packages/${pkg.id}`) },
      { type: 'offer', id: offer.id, current: get(`offers/${offer.id}`) },
      { type: 'plan-group', id: group.id, current: get(`plan-groups/${group.id}`) },
      { type: 'company', id: company.id, current: get(`companies/${company.id}`) },
      { type: 'product', id: product.id, current: get(`products/${product.id}`) },
      { type: 'price', id: price.id, current: get(`prices/${price.id}`) },
      { type: 'plan', id: plan.id, current: get(`plans/${plan.id}`) },
      { type: 'subscriber', id: subscriber.id, current: get(`subscribers/${subscriber.id}`) },
      { type: 'subscription', id: subscription.id, current: get(`subscriptions/${subscription.id}`) },
    );
  });

  it('covers all nine entity types', () => {
    expect(made.map((m) => m.type).sort()).toEqual(
      [
        'company',
        'offer',
        'package',
        'plan',
        'plan-group',
        'price',
        'product',
        'subscriber',
        'subscription',
      ].sort(),
    );
  });

  it("answers each event's after at that event's own instant, null before the first, and the current state far ahead", async () => {
    for (const { type, id, current } of made) {
      const events = await eventsOf(org, id);
      expect(events.length, type).toBeGreaterThanOrEqual(2);
      for (const event of events) {
        const answer = await stateAt(org, id, event.at);
        // The last event at that instant: the resource's own changes happen at distinct instants here.
        expect(answer, `${type} at ${event.action}`).toEqual({
          entityId: id,
          entityType: type,
          at: event.at,
          state: event.after,
          eventId: event.id,
        });
      }
      const first = events[0] as AuditEventResource;
      expect(await stateAt(org, id, msBefore(first.at)), type).toEqual({
        entityId: id,
        entityType: type,
        at: msBefore(first.at),
        state: null,
        eventId: null,
      });
      const now = await stateAt(org, id, FAR_FUTURE);
      const live = (await current()) as Record<string, unknown>;
      if (type === 'plan') {
        // Counters are as of the last event: the bind since then raised them without a plan event.
        expect(live).toMatchObject({ liveSubscriptionCount: 1, subscriptionCount: 1 });
        expect(now.state).toEqual({ ...live, liveSubscriptionCount: 0, subscriptionCount: 0 });
      } else expect(now.state, type).toEqual(live);
      expect(now.eventId, type).toBe(events.at(-1)?.id);
    }
  });

  it('costs one Query', async () => {
    const requests = await requestCounter();
    for (const { id } of made) {
      const events = await eventsOf(org, id);
      requests.take();
      await stateAt(org, id, events[0]?.at ?? '');
      expect(requests.take()).toEqual({ Query: 1 });
    }
  });
});

describe('a plan over its life', () => {
  it('answers what it said at any instant between its changes, and null after its deletion', async () => {
    const org = newOrg('hist-plan');
    const created = await api.request<{ id: string }>('POST', `/orgs/${org}/plans`, {
      body: { name: 'Pro', slug: 'pro', price: { amount: 1000, currency: 'USD' } },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const prices = [1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000];
    for (const amount of prices) await patch(org, `plans/${id}`, { price: { amount, currency: 'USD' } });
    const removed = await api.request('DELETE', `/orgs/${org}/plans/${id}`);
    expect(removed.status).toBe(204);

    const events = await eventsOf(org, id);
    expect(events.map((e) => e.action)).toEqual([
      'plan.created',
      ...prices.map(() => 'plan.updated'),
      'plan.deleted',
    ]);
    // Between two events (and a millisecond before the next one): the earlier one's state.
    for (let i = 0; i + 1 < events.length; i++) {
      const event = events[i] as AuditEventResource;
      const next = events[i + 1] as AuditEventResource;
      if (Date.parse(next.at) - Date.parse(event.at) < 2) continue;
      const answer = await stateAt(org, id, msBefore(next.at));
      expect(answer.eventId).toBe(event.id);
      expect((answer.state as { price: unknown }).price).toEqual({
        amount: i === 0 ? 1000 : prices[i - 1],
        currency: 'USD',
      });
    }
    const deleted = events.at(-1) as AuditEventResource;
    expect(await stateAt(org, id, deleted.at)).toMatchObject({
      state: null,
      eventId: deleted.id,
      entityType: 'plan',
    });
    expect(await stateAt(org, id, FAR_FUTURE)).toMatchObject({ state: null, eventId: deleted.id });
    // After its deletion the plan still has a past.
    expect((await stateAt(org, id, msBefore(deleted.at, 0))).eventId).toBe(deleted.id);
    const lastUpdate = events.at(-2) as AuditEventResource;
    expect((await stateAt(org, id, lastUpdate.at)).state).toMatchObject({ price: { amount: 2000 } });
  });

  it('takes instants with an offset or without milliseconds, and answers them in UTC', async () => {
    const org = newOrg('hist-tz');
    const pkg = await createPackage(api, org);
    const [event] = await eventsOf(org, pkg.id);
    const ms = Date.parse(event?.at ?? '');
    const nextSecond = new Date(Math.ceil((ms + 1) / 1000) * 1000);
    const local = `${new Date(nextSecond.getTime() + 2 * 3600_000).toISOString().slice(0, 19)}+02:00`;
    const answer = await stateAt(org, pkg.id, local);
    expect(answer.at).toBe(nextSecond.toISOString());
    expect(answer.eventId).toBe(event?.id);
  });
});

describe('refusals and access', () => {
  it('answers 404 for an id with no event in this org, also one of another org', async () => {
    const org = newOrg('hist-404');
    const other = newOrg('hist-other');
    const pkg = await createPackage(api, other);
    expectProblem(await history(org, pkg.id, FAR_FUTURE), 404, 'not_found');
    expectProblem(await history(org, 'pkg_01ARZ3NDEKTSV4RRFFQ69G5FAV', FAR_FUTURE), 404, 'not_found');
    expectProblem(await history(org, 'not-an-id', FAR_FUTURE), 404, 'not_found');
    // The owner's org sees it.
    expect((await stateAt(other, pkg.id, FAR_FUTURE)).state).toMatchObject({ id: pkg.id });
  });

  it('requires a valid at', async () => {
    const org = newOrg('hist-at');
    const pkg = await createPackage(api, org);
    const missing = await api.request('GET', `/orgs/${org}/history/${pkg.id}`);
    expect(expectProblem(missing, 400, 'validation_failed').errors?.map((e) => e.path)).toEqual(['at']);
    for (const at of ['yesterday', '2026-03-01', '1772323200000', '2026-13-01T00:00:00Z']) {
      expectProblem(await history(org, pkg.id, at), 400, 'validation_failed');
    }
  });

  it('lets a viewer read it', async () => {
    const org = newOrg('hist-viewer');
    const pkg = await createPackage(api, org);
    const res = await history(org, pkg.id, FAR_FUTURE, viewerToken(org));
    expect(res.status, res.text).toBe(200);
    expect(res.body.state).toMatchObject({ id: pkg.id, code: pkg.code });
  });
});
