/**
 * Grant modes of a manual bind (`cycles`, `endsAt`, `mode: "extend"`), the extend route, bulk bind
 * and the expirer's expiry notices (API.md, Subscriptions), over HTTP against the local server, with
 * expiry passes in-process. Expiry passes are table-wide, so this file has a table of its own.
 */
import { describe, expect, it, vi } from 'vitest';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import type { SubscriptionResource } from '../../shared/subscriptions/schemas.ts';
import { expectInvalidField, expectProblem, newOrg, useApi } from '../support/api.ts';
import {
  bind,
  cancel,
  countersOf,
  createActivePlan,
  createSubscriber,
  getSubscription,
  listedIds,
  MISSING_SUB,
  plusDays,
  plusMonths,
  postBind,
  readSubscription,
  subscriptionEvents,
} from '../support/subscriptions.ts';

await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('grants'));

const api = useApi();
const DAY = 24 * 60 * 60 * 1000;

const setup = async (planOverrides: Record<string, unknown> = {}) => {
  const org = newOrg('grants');
  const [plan, alice] = await Promise.all([
    createActivePlan(api, org, { availableCycles: ['monthly', 'annual', 'daily'], ...planOverrides }),
    createSubscriber(api, org, { username: 'alice', email: 'alice@example.com' }),
  ]);
  return { org, plan, alice };
};

const postExtend = (org: string, id: string, body: unknown, headers?: Record<string, string>) =>
  api.request<SubscriptionResource>('POST', `/orgs/${org}/subscriptions/${id}/extend`, {
    body,
    ...(headers ? { headers } : {}),
  });

const extend = async (org: string, id: string, body: unknown) => {
  const res = await postExtend(org, id, body);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

const postBulk = (org: string, body: unknown) =>
  api.request<{
    succeeded: { user: string; subscriptionId: string }[];
    skipped: { user: string; code: string }[];
  }>('POST', `/orgs/${org}/subscriptions/bulk-bind`, { body });

const actions = async (org: string, id?: string) =>
  (await subscriptionEvents(api, org, id)).map((e) => e.action).reverse();

describe('bind: grant length', () => {
  it('grants `cycles` periods counted at once from now', async () => {
    const { org, plan, alice } = await setup();
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id, cycles: 3 });
    expect(sub.status).toBe('active');
    expect(sub.endsAt).toBe(plusMonths(sub.startedAt, 3));
    const daily = await createActivePlan(api, org, { defaultCycle: 'daily' });
    const d = await bind(api, org, { subscriberId: alice.id, planId: daily.id, cycles: 36 });
    expect(d.endsAt).toBe(plusDays(d.startedAt, 36));
  });

  it('grants up to an explicit endsAt, given with an offset and answered in UTC', async () => {
    const { org, plan, alice } = await setup();
    const end = new Date(Date.now() + 40 * DAY);
    end.setUTCMilliseconds(0);
    const offset = `${end
      .toISOString()
      .slice(0, 19)
      .replace(/T(\d\d)/, (_, h) => `T${String((Number(h) + 2) % 24).padStart(2, '0')}`)}+02:00`;
    const sub = await bind(api, org, { user: 'alice', planId: plan.id, endsAt: offset });
    const expected = new Date(Date.parse(offset)).toISOString();
    expect(sub.endsAt).toBe(expected);
    expect(sub.status).toBe('active');
    expect(sub.trialEndsAt).toBeNull();
    expect(alice.id).toBe(sub.subscriberId);
  });

  it('refuses every malformed or contradictory length with 400 validation_failed, writing nothing', async () => {
    const { org, plan, alice } = await setup({ trialDays: 7 });
    const base = { subscriberId: alice.id, planId: plan.id };
    const future = new Date(Date.now() + 10 * DAY).toISOString();
    const cases: [Record<string, unknown>, string][] = [
      [{ cycles: 0 }, 'cycles'],
      [{ cycles: 37 }, 'cycles'],
      [{ cycles: 1.5 }, 'cycles'],
      [{ endsAt: 'tomorrow' }, 'endsAt'],
      [{ endsAt: new Date(Date.now() - 1000).toISOString() }, 'endsAt'],
      [{ endsAt: new Date(Date.now() + 3700 * DAY).toISOString() }, 'endsAt'],
      [{ endsAt: future, cycles: 2 }, 'endsAt'],
      [{ endsAt: future, trial: true }, 'trial'],
      [{ cycles: 2, trial: true }, 'trial'],
      [{ mode: 'renew' }, 'mode'],
    ];
    for (const [extra, path] of cases) {
      expectInvalidField(await postBind(api, org, { ...base, ...extra }), path);
    }
    expect(await listedIds(api, org)).toEqual([]);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 0, ever: 0 });
  });
});

describe('bind: mode extend', () => {
  it('extends the live subscription by cycles of its own cycle from its end: 200, same id, subscription.extended', async () => {
    const { org, plan, alice } = await setup();
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id, billingCycle: 'annual' });
    const res = await postBind(api, org, { user: 'ALICE', planId: plan.id, mode: 'extend', cycles: 2 });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body).toStrictEqual({
      ...sub,
      endsAt: plusMonths(sub.endsAt, 24),
      version: 2,
      updatedAt: res.body.updatedAt,
    });
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
    expect(await actions(org, sub.id)).toEqual(['subscription.created', 'subscription.extended']);
    const [event] = await subscriptionEvents(api, org, sub.id);
    expect(event?.before).toStrictEqual(sub);
    expect(event?.after).toStrictEqual(res.body);
  });

  it('moves a trialing subscription to a later endsAt and makes it active, keeping trialEndsAt', async () => {
    const { org, plan, alice } = await setup({ trialDays: 7 });
    const trial = await bind(api, org, { subscriberId: alice.id, planId: plan.id, trial: true });
    expect(trial.status).toBe('trialing');
    const later = plusDays(trial.endsAt, 30);
    const res = await postBind(api, org, {
      subscriberId: alice.id,
      planId: plan.id,
      mode: 'extend',
      endsAt: later,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe('active');
    expect(res.body.endsAt).toBe(later);
    expect(res.body.trialEndsAt).toBe(trial.trialEndsAt);
  });

  it('refuses an endsAt not later than the current end with 400, changing nothing', async () => {
    const { org, plan, alice } = await setup();
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id, cycles: 2 });
    const earlier = plusDays(sub.startedAt, 20);
    expectInvalidField(
      await postBind(api, org, { subscriberId: alice.id, planId: plan.id, mode: 'extend', endsAt: earlier }),
      'endsAt',
    );
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(sub);
  });

  it('binds a new subscription (201) when there is no live one, also after the previous one ended', async () => {
    const { org, plan, alice } = await setup();
    const res = await postBind(api, org, { subscriberId: alice.id, planId: plan.id, mode: 'extend' });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('location')).toBe(`/orgs/${org}/subscriptions/${res.body.id}`);
    await cancel(api, org, res.body.id);
    const again = await postBind(api, org, { subscriberId: alice.id, planId: plan.id, mode: 'extend' });
    expect(again.status, again.text).toBe(201);
    expect(again.body.id).not.toBe(res.body.id);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 2 });
  });

  it('keeps answering already_subscribed in mode new', async () => {
    const { org, plan, alice } = await setup();
    await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    expectProblem(
      await postBind(api, org, { subscriberId: alice.id, planId: plan.id, mode: 'new' }),
      409,
      'already_subscribed',
    );
  });

  it('lets concurrent extend-mode grants each add their time exactly once', async () => {
    const { org, plan, alice } = await setup();
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id, billingCycle: 'daily' });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        postBind(api, org, {
          subscriberId: alice.id,
          planId: plan.id,
          billingCycle: 'daily',
          mode: 'extend',
          cycles: 1,
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    const now = await readSubscription(api, org, sub.id);
    expect(now.endsAt).toBe(plusDays(sub.endsAt, 5));
    expect(now.version).toBe(6);
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 1, ever: 1 });
  });
});

describe('POST /subscriptions/{id}/extend', () => {
  it('extends by cycles, by days and to an endsAt, each recorded as subscription.extended', async () => {
    const { org, plan, alice } = await setup();
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    const a = await extend(org, sub.id, { cycles: 2 });
    expect(a.endsAt).toBe(plusMonths(sub.endsAt, 2));
    const b = await extend(org, sub.id, { days: 10 });
    expect(b.endsAt).toBe(plusDays(a.endsAt, 10));
    const to = plusDays(b.endsAt, 1);
    const c = await extend(org, sub.id, { endsAt: to });
    expect(c.endsAt).toBe(to);
    expect(c.version).toBe(4);
    expect(await actions(org, sub.id)).toEqual([
      'subscription.created',
      'subscription.extended',
      'subscription.extended',
      'subscription.extended',
    ]);
  });

  it('wants exactly one of cycles, days and endsAt, in range', async () => {
    const { org, plan, alice } = await setup();
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    expectInvalidField(await postExtend(org, sub.id, {}), 'cycles');
    expectInvalidField(await postExtend(org, sub.id, { cycles: 1, days: 1 }), 'days');
    expectInvalidField(await postExtend(org, sub.id, { days: 0 }), 'days');
    expectInvalidField(await postExtend(org, sub.id, { days: 3651 }), 'days');
    expectInvalidField(await postExtend(org, sub.id, { endsAt: sub.endsAt }), 'endsAt');
    expectInvalidField(await postExtend(org, sub.id, { cycles: 1, until: 'x' }), 'until');
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(sub);
  });

  it('honours If-Match, answers 404 for an unknown subscription and 409 for an ended one', async () => {
    const { org, plan, alice } = await setup();
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    expectProblem(await postExtend(org, sub.id, { days: 1 }, { 'if-match': '"7"' }), 412, 'version_mismatch');
    const ok = await postExtend(org, sub.id, { days: 1 }, { 'if-match': '"1"' });
    expect(ok.status, ok.text).toBe(200);
    expectProblem(await postExtend(org, MISSING_SUB, { days: 1 }), 404, 'not_found');
    await cancel(api, org, sub.id);
    expectProblem(await postExtend(org, sub.id, { days: 1 }), 409, 'invalid_transition');
  });

  it('keeps a pending cancelAtPeriodEnd: the subscription then ends at the new end', async () => {
    const { org, plan, alice } = await setup();
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    await cancel(api, org, sub.id, true);
    const extended = await extend(org, sub.id, { days: 5 });
    expect(extended.cancelAtPeriodEnd).toBe(true);
    expect(extended.status).toBe('active');
    await runExpiry({ now: new Date(Date.parse(sub.endsAt) + 1000) });
    expect((await readSubscription(api, org, sub.id)).status).toBe('active');
    await runExpiry({ now: new Date(Date.parse(extended.endsAt) + 1000) });
    expect((await readSubscription(api, org, sub.id)).status).toBe('expired');
  });

  it('never lets the expirer end a subscription at an end an extension moved, even racing it', async () => {
    const { org, plan } = await setup();
    const subscribers = await Promise.all(Array.from({ length: 6 }, () => createSubscriber(api, org)));
    const subs = await Promise.all(
      subscribers.map((s) => bind(api, org, { subscriberId: s.id, planId: plan.id, billingCycle: 'daily' })),
    );
    const clock = new Date(Date.parse(subs[0]?.endsAt ?? '') + 60_000);
    const [pass, ...answers] = await Promise.all([
      runExpiry({ now: clock }),
      ...subs.map((s) => postExtend(org, s.id, { days: 3 })),
    ]);
    for (const [i, sub] of subs.entries()) {
      const now = await readSubscription(api, org, sub.id);
      const answer = answers[i];
      if (answer?.status === 200) {
        // The extension won: live, at the new end.
        expect(now.status).toBe('active');
        expect(now.endsAt).toBe(plusDays(sub.endsAt, 3));
      } else {
        // The expiry won: the extension was refused, the subscription ended at its old end.
        expectProblem(answer as never, 409, 'invalid_transition');
        expect(now.status).toBe('expired');
        expect(now.endsAt).toBe(sub.endsAt);
      }
    }
    expect(pass.expired + answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(subs.length);
    const live = (await Promise.all(subs.map((s) => readSubscription(api, org, s.id)))).filter(
      (s) => s.status === 'active',
    );
    expect((await countersOf(api, org, plan.id)).live).toBe(live.length);
  });
});

describe('POST /subscriptions/bulk-bind', () => {
  it('binds each user on its own, in request order, skipping unknown and already subscribed users', async () => {
    const { org, plan, alice } = await setup();
    const bob = await createSubscriber(api, org, { username: 'bob', email: 'bob@example.com' });
    const carol = await createSubscriber(api, org, { username: 'carol', email: 'carol@example.com' });
    await bind(api, org, { subscriberId: bob.id, planId: plan.id });
    const res = await postBulk(org, {
      planId: plan.id,
      users: ['nobody', 'Alice', 'bob@example.com', 'carol@example.com'],
      cycles: 2,
      note: 'Cohort A',
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.skipped).toEqual([
      { user: 'nobody', code: 'reference_not_found' },
      { user: 'bob@example.com', code: 'already_subscribed' },
    ]);
    expect(res.body.succeeded.map((s) => s.user)).toEqual(['Alice', 'carol@example.com']);
    const [a, c] = await Promise.all(
      res.body.succeeded.map((s) => getSubscription(api, org, s.subscriptionId)),
    );
    expect(a?.body.subscriberId).toBe(alice.id);
    expect(c?.body.subscriberId).toBe(carol.id);
    expect(a?.body.endsAt).toBe(plusMonths(a?.body.startedAt ?? '', 2));
    expect(c?.body.note).toBe('Cohort A');
    expect(await countersOf(api, org, plan.id)).toEqual({ live: 3, ever: 3 });
  });

  it('extends the live ones in extend mode and binds the others', async () => {
    const { org, plan, alice } = await setup();
    const bob = await createSubscriber(api, org, { username: 'bob', email: 'bob@example.com' });
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    const res = await postBulk(org, { planId: plan.id, users: ['alice', 'bob'], mode: 'extend', cycles: 1 });
    expect(res.status, res.text).toBe(200);
    expect(res.body.skipped).toEqual([]);
    expect(res.body.succeeded[0]).toEqual({ user: 'alice', subscriptionId: sub.id });
    expect((await readSubscription(api, org, sub.id)).endsAt).toBe(plusMonths(sub.endsAt, 1));
    expect(await actions(org, sub.id)).toEqual(['subscription.created', 'subscription.extended']);
    const bobs = await readSubscription(api, org, res.body.succeeded[1]?.subscriptionId ?? '');
    expect(bobs.subscriberId).toBe(bob.id);
  });

  it('refuses a missing or inactive plan, repeated users and bad terms, binding nobody', async () => {
    const { org, plan } = await setup();
    const draft = (
      await api.request('POST', `/orgs/${org}/plans`, { body: { name: 'D', slug: 'draft-plan' } })
    ).body as { id: string };
    expectProblem(
      await postBulk(org, { planId: 'plan_01ARZ3NDEKTSV4RRFFQ69G5FAV', users: ['alice'] }),
      422,
      'reference_not_found',
    );
    expectProblem(await postBulk(org, { planId: draft.id, users: ['alice'] }), 409, 'plan_not_active');
    expectInvalidField(await postBulk(org, { planId: plan.id, users: ['alice', 'ALICE'] }), 'users');
    expectInvalidField(await postBulk(org, { planId: plan.id, users: [] }), 'users');
    expectInvalidField(
      await postBulk(org, { planId: plan.id, users: Array.from({ length: 101 }, (_, i) => `u${i}`) }),
      'users',
    );
    expectInvalidField(
      await postBulk(org, { planId: plan.id, users: ['alice'], billingCycle: 'weekly' }),
      'billingCycle',
    );
    expectInvalidField(await postBulk(org, { planId: plan.id, users: ['alice'], trial: true }), 'trial');
    expect(await listedIds(api, org)).toEqual([]);
  });
});

describe('expiry notices', () => {
  const noticePlan = (org: string, days: number) => createActivePlan(api, org, { expiryNoticeDays: days });

  it('records one notice per end, expiryNoticeDays before it (inclusive), with actor system:expirer', async () => {
    const org = newOrg('notice');
    const [plan, alice] = await Promise.all([noticePlan(org, 3), createSubscriber(api, org)]);
    const sub = await bind(api, org, { subscriberId: alice.id, planId: plan.id });
    expect(sub.plan.expiryNoticeDays).toBe(3);
    const due = Date.parse(sub.endsAt) - 3 * DAY;
    await runExpiry({ now: new Date(due - 1) });
    expect((await readSubscription(api, org, sub.id)).expiryNoticeAt).toBeNull();
    const pass = await runExpiry({ now: new Date(due) });
    expect(pass.noticed).toBeGreaterThanOrEqual(1);
    const noticed = await readSubscription(api, org, sub.id);
    expect(noticed).toStrictEqual({
      ...sub,
      expiryNoticeAt: new Date(due).toISOString(),
      version: 2,
      updatedAt: new Date(due).toISOString(),
    });
    const [event] = await subscriptionEvents(api, org, sub.id);
    expect(event?.action).toBe('subscription.expiring_soon');
    expect(event?.actor).toEqual({ sub: 'system:expirer', email: null });
    expect(event?.after).toStrictEqual(noticed);
    // Once per end: later passes leave it.
    await runExpiry({ now: new Date(due + DAY) });
    expect(await readSubscription(api, org, sub.id)).toStrictEqual(noticed);
    // An extension clears it, and the new end gets its own notice.
    const extended = await extend(org, sub.id, { days: 10 });
    expect(extended.expiryNoticeAt).toBeNull();
    const due2 = Date.parse(extended.endsAt) - 3 * DAY;
    await runExpiry({ now: new Date(due2 - 1) });
    expect((await readSubscription(api, org, sub.id)).expiryNoticeAt).toBeNull();
    await runExpiry({ now: new Date(due2) });
    expect((await readSubscription(api, org, sub.id)).expiryNoticeAt).toBe(new Date(due2).toISOString());
    // Events list in the order of their `at`: these passes ran with clocks ahead of the extension.
    expect(await actions(org, sub.id)).toEqual([
      'subscription.created',
      'subscription.extended',
      'subscription.expiring_soon',
      'subscription.expiring_soon',
    ]);
  });

  it('notices subscriptions cancelled at period end, never plans without notices, and expires rather than notices what ended', async () => {
    const org = newOrg('notice');
    const [withNotice, without] = await Promise.all([noticePlan(org, 5), noticePlan(org, 0)]);
    const [a, b, c] = await Promise.all([
      createSubscriber(api, org),
      createSubscriber(api, org),
      createSubscriber(api, org),
    ]);
    const canceling = await bind(api, org, {
      subscriberId: a.id,
      planId: withNotice.id,
      endsAt: plusDays(new Date().toISOString(), 4),
    });
    await cancel(api, org, canceling.id, true);
    const plain = await bind(api, org, { subscriberId: b.id, planId: without.id });
    const ending = await bind(api, org, {
      subscriberId: c.id,
      planId: withNotice.id,
      billingCycle: 'monthly',
      endsAt: plusDays(new Date().toISOString(), 2),
    });
    await runExpiry({ now: new Date(Date.parse(ending.endsAt) + 1) });
    const [x, y, z] = await Promise.all(
      [canceling, plain, ending].map((s) => readSubscription(api, org, s.id)),
    );
    expect(x?.expiryNoticeAt).not.toBeNull();
    expect(x?.cancelAtPeriodEnd).toBe(true);
    expect(y?.expiryNoticeAt).toBeNull();
    expect(z?.status).toBe('expired');
    expect(z?.expiryNoticeAt).toBeNull();
    expect(await actions(org, ending.id)).toEqual(['subscription.created', 'subscription.expired']);
  });

  it('reads only the notices due: a pass with nothing due costs its 33 queries (16 expiry shards, 16 notice shards, the release partition), whatever is stored', async () => {
    const org = newOrg('notice');
    const plan = await noticePlan(org, 2);
    const subscribers = await Promise.all(Array.from({ length: 5 }, () => createSubscriber(api, org)));
    await Promise.all(
      subscribers.map((s) => bind(api, org, { subscriberId: s.id, planId: plan.id, cycles: 12 })),
    );
    const pass = await runExpiry({ now: new Date() });
    expect(pass.queries).toBe(33);
    expect(pass.noticed).toBe(0);
  });
});
