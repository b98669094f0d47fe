/**
 * Offers that learners redeem (API.md, Offers and Redemptions): the offer's grant fields and their
 * rules, `POST /redemptions` with every refusal in the contract's order, `offer_in_use`,
 * `GET /subscriptions?offerId=`, and the invariants under concurrency.
 */
import { describe, expect, it } from 'vitest';
import type { OfferResource } from '../../shared/offers/schemas.ts';
import type { SubscriptionResource } from '../../shared/subscriptions/schemas.ts';
import { expectInvalidField, expectProblem, newOrg, resourceClient, useApi } from '../support/api.ts';
import { createPackage } from '../support/catalog.ts';
import { offerBody } from '../support/fixtures.ts';
import {
  bind,
  cancel,
  countersOf,
  createActivePlan,
  createSubscriber,
  listedIds,
  MISSING_SBR,
  plusMonths,
  subscriptionEvents,
} from '../support/subscriptions.ts';

const api = useApi();
const offers = resourceClient<OfferResource>(api, 'offers');
const DAY = 24 * 60 * 60 * 1000;

const redeem = (org: string, body: unknown) =>
  api.request<SubscriptionResource>('POST', `/orgs/${org}/redemptions`, { body });

/** An org with a package, an active plan of it (monthly + annual, a trial) and an offer of that plan. */
const setup = async (offer: Record<string, unknown> = {}, plan: Record<string, unknown> = {}) => {
  const org = newOrg('redeem');
  const pkg = await createPackage(api, org);
  const active = await createActivePlan(api, org, {
    packageId: pkg.id,
    availableCycles: ['monthly', 'annual'],
    trialDays: 14,
    features: ['Course library'],
    limits: { courses: 20 },
    ...plan,
  });
  const created = await offers.create(
    org,
    offerBody(pkg.id, { code: 'SPRING-24', planId: active.id, ...offer }),
  );
  const alice = await createSubscriber(api, org, { username: 'alice', email: 'alice@example.com' });
  return { org, pkg, plan: active, offer: created, alice };
};

const countOf = async (org: string, id: string) => (await offers.get(org, id)).body.redemptionCount;

describe('offer grant fields', () => {
  it('creates an offer with its plan, cycle, limit and window, and defaults them to null', async () => {
    const { org, pkg, plan } = await setup();
    const from = new Date(Date.now() - DAY).toISOString();
    const until = new Date(Date.now() + DAY).toISOString();
    const made = await offers.create(
      org,
      offerBody(pkg.id, {
        planId: plan.id,
        billingCycle: 'annual',
        maxRedemptions: 5,
        validFrom: from,
        validUntil: until,
      }),
    );
    expect(made).toMatchObject({
      planId: plan.id,
      billingCycle: 'annual',
      maxRedemptions: 5,
      validFrom: from,
      validUntil: until,
      redemptionCount: 0,
    });
    const bare = await offers.create(org, offerBody(pkg.id));
    expect(bare).toMatchObject({
      planId: null,
      billingCycle: null,
      maxRedemptions: null,
      validFrom: null,
      validUntil: null,
      redemptionCount: 0,
    });
  });

  it('refuses what a redemption could not grant, writing nothing', async () => {
    const { org, pkg, plan } = await setup();
    const other = await createPackage(api, org);
    const elsewhere = await createActivePlan(api, org, { packageId: other.id });
    const before = (await offers.listAll(org)).items.length;
    expectProblem(
      await offers.post(org, offerBody(pkg.id, { planId: 'plan_01ARZ3NDEKTSV4RRFFQ69G5FAV' })),
      422,
      'reference_not_found',
    );
    expectInvalidField(await offers.post(org, offerBody(pkg.id, { planId: elsewhere.id })), 'planId');
    expectInvalidField(
      await offers.post(org, offerBody(pkg.id, { billingCycle: 'monthly' })),
      'billingCycle',
    );
    expectInvalidField(
      await offers.post(org, offerBody(pkg.id, { planId: plan.id, billingCycle: 'weekly' })),
      'billingCycle',
    );
    expectInvalidField(await offers.post(org, offerBody(pkg.id, { maxRedemptions: 0 })), 'maxRedemptions');
    const t = new Date().toISOString();
    expectInvalidField(
      await offers.post(org, offerBody(pkg.id, { validFrom: t, validUntil: t })),
      'validUntil',
    );
    expectInvalidField(await offers.post(org, offerBody(pkg.id, { redemptionCount: 3 })), 'redemptionCount');
    expect((await offers.listAll(org)).items.length).toBe(before);
  });

  it('judges a PATCH on the offer as it would become', async () => {
    const { org, offer } = await setup();
    const other = await createPackage(api, org);
    expectInvalidField(await offers.patch(org, offer.id, { packageId: other.id }), 'planId');
    const cleared = await offers.patch(org, offer.id, { planId: null, packageId: other.id });
    expect(cleared.status, cleared.text).toBe(200);
    expect(cleared.body.planId).toBeNull();
  });

  it('lets the plan that an offer names not be deleted, and frees it when the offer lets go', async () => {
    const org = newOrg('redeem');
    const pkg = await createPackage(api, org);
    const draft = (
      await api.request('POST', `/orgs/${org}/plans`, {
        body: { name: 'Draft', slug: 'draft', packageId: pkg.id },
      })
    ).body as { id: string };
    const offer = await offers.create(org, offerBody(pkg.id, { planId: draft.id }));
    expectProblem(await api.request('DELETE', `/orgs/${org}/plans/${draft.id}`), 409, 'plan_in_use');
    const bulk = await api.request('POST', `/orgs/${org}/plans/bulk-delete`, {
      body: { planIds: [draft.id] },
    });
    expect(bulk.body).toEqual({ succeeded: [], skipped: [{ id: draft.id, code: 'plan_in_use' }] });
    expect((await offers.patch(org, offer.id, { planId: null })).status).toBe(200);
    expect((await api.request('DELETE', `/orgs/${org}/plans/${draft.id}`)).status).toBe(204);
  });
});

describe('POST /redemptions', () => {
  it("subscribes the learner to the offer's plan as a manual bind would, never as a trial", async () => {
    const { org, plan, offer, alice } = await setup({ billingCycle: 'annual' });
    const res = await redeem(org, { code: 'spring-24', user: 'ALICE@example.com' });
    expect(res.status, res.text).toBe(201);
    const sub = res.body;
    expect(res.headers.get('location')).toBe(`/orgs/${org}/subscriptions/${sub.id}`);
    expect(sub).toMatchObject({
      subscriberId: alice.id,
      planId: plan.id,
      status: 'active',
      billingCycle: 'annual',
      trialEndsAt: null,
      source: 'offer',
      offerId: offer.id,
      plan: { features: ['Course library'], limits: { courses: 20 }, packageId: plan.packageId },
    });
    expect(sub.endsAt).toBe(plusMonths(sub.startedAt, 12));
    expect(await countOf(org, offer.id)).toBe(1);
    expect((await offers.get(org, offer.id)).body.version).toBe(1);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
    const [event] = await subscriptionEvents(api, org, sub.id);
    expect(event?.action).toBe('subscription.created');
    expect(event?.after).toStrictEqual(sub);
    // Manual binds carry offerId null; the list filters by offer.
    const bob = await createSubscriber(api, org);
    const manual = await bind(api, org, { subscriberId: bob.id, planId: plan.id });
    expect(manual.offerId).toBeNull();
    expect(manual.source).toBe('manual');
    expect(await listedIds(api, org, `offerId=${offer.id}`)).toEqual([sub.id]);
  });

  it('takes the plan default cycle and a subscriberId', async () => {
    const { org, offer, alice } = await setup();
    const res = await redeem(org, { code: 'SPRING-24', subscriberId: alice.id });
    expect(res.status, res.text).toBe(201);
    expect(res.body.billingCycle).toBe('monthly');
    expect(res.body.offerId).toBe(offer.id);
  });

  it('refuses in the contract order, writing nothing', async () => {
    const { org, plan, offer, alice } = await setup();
    const refuse = async (body: unknown, status: number, code: string, path?: string) => {
      const problem = expectProblem(await redeem(org, body), status, code);
      if (path) expect(problem.errors?.map((e) => e.path)).toEqual([path]);
      return problem;
    };
    await refuse({ code: 'NOPE', user: 'nobody' }, 422, 'reference_not_found', 'code');
    await refuse({ code: 'SPRING-24', user: 'nobody' }, 422, 'reference_not_found', 'user');
    await refuse(
      { code: 'SPRING-24', subscriberId: MISSING_SBR },
      422,
      'reference_not_found',
      'subscriberId',
    );
    expectInvalidField(await redeem(org, { code: 'SPRING-24' }), 'user');
    expectInvalidField(
      await redeem(org, { code: 'SPRING-24', user: 'alice', subscriberId: alice.id }),
      'subscriberId',
    );
    await offers.patch(org, offer.id, { status: 'inactive' });
    expect((await refuse({ code: 'SPRING-24', user: 'alice' }, 409, 'offer_not_redeemable')).detail).toMatch(
      /inactive/,
    );
    await offers.patch(org, offer.id, {
      status: 'active',
      validFrom: new Date(Date.now() + DAY).toISOString(),
    });
    expect((await refuse({ code: 'SPRING-24', user: 'alice' }, 409, 'offer_not_redeemable')).detail).toMatch(
      /valid from/,
    );
    await offers.patch(org, offer.id, {
      validFrom: null,
      validUntil: new Date(Date.now() - 1000).toISOString(),
    });
    expect((await refuse({ code: 'SPRING-24', user: 'alice' }, 409, 'offer_not_redeemable')).detail).toMatch(
      /valid until/,
    );
    await offers.patch(org, offer.id, { validUntil: null, planId: null });
    expect((await refuse({ code: 'SPRING-24', user: 'alice' }, 409, 'offer_not_redeemable')).detail).toMatch(
      /no plan/,
    );
    await offers.patch(org, offer.id, { planId: plan.id });
    expect((await api.request('POST', `/orgs/${org}/plans/${plan.id}/unpublish`)).status).toBe(200);
    await refuse({ code: 'SPRING-24', user: 'alice' }, 409, 'plan_not_active');
    expect((await api.request('POST', `/orgs/${org}/plans/${plan.id}/publish`)).status).toBe(200);
    const manual = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    await refuse({ code: 'SPRING-24', user: 'alice' }, 409, 'already_subscribed');
    expect(await countOf(org, offer.id)).toBe(0);
    expect(await listedIds(api, org)).toEqual([manual.id]);
  });

  it('allows one redemption per subscriber and offer, ever, and stops at maxRedemptions', async () => {
    const { org, offer, alice } = await setup({ maxRedemptions: 2 });
    const first = await redeem(org, { code: 'SPRING-24', user: 'alice' });
    expect(first.status, first.text).toBe(201);
    await cancel(api, org, first.body.id);
    expectProblem(await redeem(org, { code: 'SPRING-24', subscriberId: alice.id }), 409, 'already_redeemed');
    const bob = await createSubscriber(api, org);
    expect((await redeem(org, { code: 'SPRING-24', subscriberId: bob.id })).status).toBe(201);
    const carol = await createSubscriber(api, org);
    expectProblem(await redeem(org, { code: 'SPRING-24', subscriberId: carol.id }), 409, 'offer_exhausted');
    expect(await countOf(org, offer.id)).toBe(2);
    expectInvalidField(await offers.patch(org, offer.id, { maxRedemptions: 1 }), 'maxRedemptions');
    expect((await offers.patch(org, offer.id, { maxRedemptions: 3 })).status).toBe(200);
    expect((await redeem(org, { code: 'SPRING-24', subscriberId: carol.id })).status).toBe(201);
  });

  it("makes the offer unredeemable when its plan no longer has the offer's package or cycle", async () => {
    const { org, plan, offer } = await setup({ billingCycle: 'annual' });
    const patched = await api.request('PATCH', `/orgs/${org}/plans/${plan.id}`, {
      body: { availableCycles: ['monthly'] },
    });
    expect(patched.status, patched.text).toBe(200);
    expectProblem(await redeem(org, { code: 'SPRING-24', user: 'alice' }), 409, 'offer_not_redeemable');
    expect((await offers.patch(org, offer.id, { billingCycle: null })).status).toBe(200);
    expect((await redeem(org, { code: 'SPRING-24', user: 'alice' })).status).toBe(201);
  });

  it('refuses to delete a redeemed offer with 409 offer_in_use; deactivating it still works', async () => {
    const { org, offer } = await setup();
    expect((await redeem(org, { code: 'SPRING-24', user: 'alice' })).status).toBe(201);
    expectProblem(await offers.remove(org, offer.id), 409, 'offer_in_use');
    expect((await offers.patch(org, offer.id, { status: 'inactive' })).status).toBe(200);
    expect((await offers.get(org, offer.id)).status).toBe(200);
  });
});

describe('redemption invariants under concurrency', () => {
  it('never exceeds maxRedemptions, and the count equals the subscriptions with that offerId', async () => {
    const { org, offer } = await setup({ maxRedemptions: 3 });
    const learners = await Promise.all(Array.from({ length: 10 }, () => createSubscriber(api, org)));
    const answers = await Promise.all(
      learners.map((l) => redeem(org, { code: 'SPRING-24', subscriberId: l.id })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    for (const a of answers.filter((x) => x.status !== 201)) expectProblem(a, 409, 'offer_exhausted');
    expect(await countOf(org, offer.id)).toBe(3);
    expect(await listedIds(api, org, `offerId=${offer.id}`)).toHaveLength(3);
  });

  it('lets one subscriber redeem once however many times it races', async () => {
    const { org, offer, alice } = await setup();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => redeem(org, { code: 'SPRING-24', subscriberId: alice.id })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 201)) {
      expect([409]).toContain(a.status);
      expect(['already_redeemed', 'already_subscribed']).toContain(
        (a.body as unknown as { code: string }).code,
      );
    }
    expect(await countOf(org, offer.id)).toBe(1);
    expect(await listedIds(api, org, `offerId=${offer.id}`)).toHaveLength(1);
  });
});
