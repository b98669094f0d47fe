/**
 * The grant flows of the console (issue 15), in Chromium against the local server: Unpublish, Extend,
 * the bind form's grant options, … — what the page shows, and what the API holds afterwards.
 */
import type { Page as BrowserPage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AuditEvent, DAY, type Page, type Plan, type Subscription } from './resources.ts';
import { choose, errorUnder, navigate, rowOf, useConsole, visible } from './support.ts';

const consoleUnderTest = useConsole();

/** The `datetime-local` value of an instant in the browser's time zone (what an admin would type). */
const localValue = (page: BrowserPage, iso: string) =>
  page.evaluate((instant) => {
    const d = new Date(instant);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, iso);

describe('Plans: Unpublish', () => {
  it('unpublishes an active plan from its detail page with If-Match: draft again, subscriptions continue, binds refused; a stale page gets version_mismatch', async () => {
    const { page, api } = await consoleUnderTest.open();
    const plan = await api.must<Plan>('POST', '/plans', { name: 'Pro', slug: 'pro', publish: true });
    await api.must('POST', '/subscribers', { username: 'alice', email: 'alice@example.com' });
    const sub = await api.must<Subscription>('POST', '/subscriptions', { user: 'alice', planId: plan.id });

    await page.goto(`${consoleUnderTest.url}/console/plans/${plan.id}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Pro' }));
    const main = page.getByRole('main');
    // Beside Archive on an active plan; no Publish while it is active.
    await visible(main.getByRole('button', { name: 'Archive' }));
    expect(await main.getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0);

    // Someone else changes the plan: the page's version is stale, so If-Match refuses and nothing changes.
    await api.must('PATCH', `/plans/${plan.id}`, { description: 'changed elsewhere' });
    await main.getByRole('button', { name: 'Unpublish' }).click();
    await visible(page.locator('[role="alert"][data-code="version_mismatch"]'));
    expect((await api.call<Plan>('GET', `/plans/${plan.id}`)).body).toMatchObject({
      status: 'active',
      version: 2,
    });

    // Reload, then Unpublish: back to draft.
    await page.getByRole('button', { name: 'Reload' }).click();
    await visible(page.getByRole('cell', { name: 'changed elsewhere', exact: true }));
    await main.getByRole('button', { name: 'Unpublish' }).click();
    await visible(page.getByRole('status').getByText('Unpublished (back to draft) Pro.'));
    await visible(main.getByText('draft', { exact: true }).first());
    await visible(page.getByRole('cell', { name: 'plan.unpublished', exact: true }));
    await visible(main.getByRole('button', { name: 'Publish', exact: true }));

    const after = (await api.call<Plan>('GET', `/plans/${plan.id}`)).body;
    expect(after).toMatchObject({ status: 'draft', version: 3, liveSubscriptionCount: 1 });
    expect(after.publishedAt).toBe(plan.publishedAt);
    expect((await api.call<Subscription>('GET', `/subscriptions/${sub.id}`)).body.status).toBe('active');
    const events = (await api.call<Page<AuditEvent>>('GET', `/audit-events?entityId=${plan.id}`)).body.items;
    expect(events[0]?.action).toBe('plan.unpublished');
    await api.must('POST', '/subscribers', { username: 'bob', email: 'bob@example.com' });
    const refused = await api.call<{ code: string }>('POST', '/subscriptions', {
      user: 'bob',
      planId: plan.id,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('plan_not_active');

    // Publish again: active, first publishedAt kept.
    await main.getByRole('button', { name: 'Publish', exact: true }).click();
    await visible(main.getByRole('button', { name: 'Unpublish' }));
    const republished = (await api.call<Plan>('GET', `/plans/${plan.id}`)).body;
    expect(republished).toMatchObject({ status: 'active', publishedAt: plan.publishedAt });
  });
});

describe('Subscriptions: Extend and grant options', () => {
  it('extends a live subscription by cycles, days and to an end date, shows a refusal under its field, and refuses an ended one', async () => {
    const { page, api } = await consoleUnderTest.open();
    const plan = await api.must<Plan>('POST', '/plans', {
      name: 'Pro',
      slug: 'pro',
      publish: true,
      defaultCycle: 'weekly',
      trialDays: 7,
    });
    await api.must('POST', '/subscribers', { username: 'alice', email: 'alice@example.com' });
    const sub = await api.must<Subscription>('POST', '/subscriptions', {
      user: 'alice',
      planId: plan.id,
      trial: true,
    });
    expect(sub.status).toBe('trialing');

    await page.goto(`${consoleUnderTest.url}/console/subscriptions/${sub.id}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Subscription to Pro' }));

    // 2 weekly cycles from the current end; a trial becomes active.
    await page.getByRole('button', { name: 'Extend' }).click();
    let dialog = await visible(page.getByRole('dialog', { name: 'Extend subscription' }));
    await dialog.getByRole('textbox', { name: 'Cycles', exact: true }).fill('2');
    await dialog.getByRole('button', { name: 'Extend' }).click();
    await dialog.waitFor({ state: 'detached' });
    let held = (await api.call<Subscription>('GET', `/subscriptions/${sub.id}`)).body;
    expect(held.status).toBe('active');
    expect(held.version).toBe(2);
    expect(Date.parse(held.endsAt) - Date.parse(sub.endsAt)).toBe(14 * DAY);
    await visible(page.getByRole('status').getByText(/^Extended to /));
    await visible(page.getByRole('cell', { name: 'subscription.extended', exact: true }));

    // Days: out of range → the refusal under the input, nothing changes; then a valid count.
    await page.getByRole('button', { name: 'Extend' }).click();
    dialog = await visible(page.getByRole('dialog', { name: 'Extend subscription' }));
    await dialog.getByRole('radio', { name: 'Days', exact: true }).check();
    const days = dialog.getByRole('textbox', { name: 'Days', exact: true });
    await days.fill('4000');
    await dialog.getByRole('button', { name: 'Extend' }).click();
    await expect.poll(() => errorUnder(days), { timeout: 20_000 }).toBeTruthy();
    expect((await api.call<Subscription>('GET', `/subscriptions/${sub.id}`)).body.version).toBe(2);
    await days.fill('10');
    await dialog.getByRole('button', { name: 'Extend' }).click();
    await dialog.waitFor({ state: 'detached' });
    const afterDays = (await api.call<Subscription>('GET', `/subscriptions/${sub.id}`)).body;
    expect(Date.parse(afterDays.endsAt) - Date.parse(held.endsAt)).toBe(10 * DAY);
    held = afterDays;

    // An end date, typed in the admin's time zone.
    const target = new Date(Date.parse(held.endsAt) + 30 * DAY);
    target.setUTCSeconds(0, 0);
    await page.getByRole('button', { name: 'Extend' }).click();
    dialog = await visible(page.getByRole('dialog', { name: 'Extend subscription' }));
    await dialog.getByRole('radio', { name: 'End date', exact: true }).check();
    await dialog.getByLabel('New end', { exact: true }).fill(await localValue(page, target.toISOString()));
    await dialog.getByRole('button', { name: 'Extend' }).click();
    await dialog.waitFor({ state: 'detached' });
    held = (await api.call<Subscription>('GET', `/subscriptions/${sub.id}`)).body;
    expect(held).toMatchObject({ endsAt: target.toISOString(), version: 4 });
    const extended = (
      await api.call<Page<AuditEvent>>('GET', `/audit-events?entityId=${sub.id}`)
    ).body.items.filter((e) => e.action === 'subscription.extended');
    expect(extended).toHaveLength(3);

    // Once cancelled there is no Extend; a stale page trying it gets invalid_transition from the API.
    await navigate(page, 'Subscriptions');
    const row = page
      .getByRole('table', { name: 'Subscriptions' })
      .getByRole('row')
      .filter({ hasText: 'alice' });
    await row.getByRole('button', { name: 'Extend' }).click();
    dialog = await visible(page.getByRole('dialog', { name: 'Extend subscription' }));
    await api.must('POST', `/subscriptions/${sub.id}/cancel`);
    await dialog.getByRole('textbox', { name: 'Cycles', exact: true }).fill('1');
    await dialog.getByRole('button', { name: 'Extend' }).click();
    // The cancel bumped the version: the If-Match of the page's copy is what refuses it.
    await visible(dialog.locator('[role="alert"][data-code="version_mismatch"]'));
    await dialog.getByRole('button', { name: 'Reload' }).click();
    await visible(row.getByText('canceled', { exact: true }));
    expect(await row.getByRole('button', { name: 'Extend' }).count()).toBe(0);
    expect((await api.call<Subscription>('GET', `/subscriptions/${sub.id}`)).body.status).toBe('canceled');
  });

  it('binds with a number of cycles and with an explicit end date, refuses a second one in mode new, and extends in mode extend', async () => {
    const { page, api } = await consoleUnderTest.open();
    await api.must<Plan>('POST', '/plans', {
      name: 'Pro',
      slug: 'pro',
      publish: true,
      defaultCycle: 'weekly',
      price: { amount: 900, currency: 'USD' },
    });
    await api.must('POST', '/subscribers', { username: 'alice', email: 'alice@example.com' });
    await api.must('POST', '/subscribers', { username: 'bob', email: 'bob@example.com' });

    const bind = async (fill: (dialog: Awaited<ReturnType<typeof visible>>) => Promise<void>) => {
      await page.getByRole('button', { name: 'Manual Bind' }).click();
      const dialog = await visible(page.getByRole('dialog', { name: 'Manual Bind' }));
      await choose(dialog, page, 'Plan', 'Pro ($9.00)');
      await fill(dialog);
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      return dialog;
    };
    await page.goto(`${consoleUnderTest.url}/console/subscriptions`);
    await visible(page.getByRole('heading', { level: 2, name: 'Subscriptions' }));

    // alice: 3 weekly cycles.
    await bind(async (dialog) => {
      await dialog.getByLabel('Username or email').fill('alice');
      await dialog.getByRole('textbox', { name: 'Cycles', exact: true }).fill('3');
    });
    await visible(page.getByRole('status').getByText(/^Bound Pro \(active/));
    const [alice] = (await api.call<Page<Subscription>>('GET', '/subscriptions')).body.items;
    expect(alice).toBeDefined();
    expect(Date.parse(alice?.endsAt ?? '') - Date.parse(alice?.startedAt ?? '')).toBe(21 * DAY);

    // bob: an explicit end date in the admin's zone.
    const end = new Date(Date.now() + 45 * DAY);
    end.setUTCSeconds(0, 0);
    const endValue = await localValue(page, end.toISOString());
    await bind(async (dialog) => {
      await dialog.getByLabel('Username or email').fill('bob@example.com');
      await dialog.getByLabel('Or ends at', { exact: true }).fill(endValue);
    });
    // The status line still reads "Bound Pro (active…" from alice's bind: wait for bob's subscription itself.
    const bobId = (await api.call<Page<{ id: string }>>('GET', '/subscribers?username=bob')).body.items[0]
      ?.id;
    await expect
      .poll(
        async () =>
          (await api.call<Page<Subscription>>('GET', `/subscriptions?subscriberId=${bobId}`)).body.items.map(
            (s) => s.endsAt,
          ),
        { timeout: 20_000 },
      )
      .toEqual([end.toISOString()]);

    // alice again in mode new: refused, nothing written.
    const again = await bind(async (dialog) => {
      await dialog.getByLabel('Username or email').fill('alice');
    });
    await visible(again.locator('[role="alert"][data-code="already_subscribed"]'));
    await again.getByRole('button', { name: 'Cancel' }).click();
    expect((await api.call<Page<Subscription>>('GET', '/subscriptions')).body.items).toHaveLength(2);

    // alice in mode extend with 2 cycles: the same subscription, 2 weeks later.
    await bind(async (dialog) => {
      await dialog.getByLabel('Username or email').fill('alice');
      await dialog.getByRole('textbox', { name: 'Cycles', exact: true }).fill('2');
      await choose(dialog, page, 'Mode', 'Extend (add the time to a live subscription)');
    });
    await visible(page.getByRole('status').getByText(/^Extended Pro \(active/));
    const all = (await api.call<Page<Subscription>>('GET', '/subscriptions')).body.items;
    expect(all).toHaveLength(2);
    const extended = all.find((s) => s.id === alice?.id);
    expect(extended?.version).toBe(2);
    expect(Date.parse(extended?.endsAt ?? '') - Date.parse(alice?.endsAt ?? '')).toBe(14 * DAY);
    const events = (await api.call<Page<AuditEvent>>('GET', `/audit-events?entityId=${alice?.id}`)).body
      .items;
    expect(events.map((e) => e.action)).toEqual(['subscription.extended', 'subscription.created']);
    expect(await rowOf(page, 'Subscriptions', 'alice').count()).toBe(1);
  });
});

describe('Offers: what a redemption grants, its limits, and Redeem', () => {
  it('creates an offer with a plan, cycle, limit and window, shows a refusal under its field, redeems it for a learner, and refuses once exhausted', async () => {
    const { page, api } = await consoleUnderTest.open();
    const pkg = await api.must('POST', '/packages', { status: 'active', code: 'PRO', name: 'Pro', tier: 1 });
    const plan = await api.must<Plan>('POST', '/plans', {
      name: 'Pro Monthly',
      slug: 'pro-monthly',
      publish: true,
      packageId: pkg.id,
      defaultCycle: 'monthly',
      availableCycles: ['monthly', 'annual'],
    });
    await api.must('POST', '/subscribers', { username: 'alice', email: 'alice@example.com' });
    await api.must('POST', '/subscribers', { username: 'bob', email: 'bob@example.com' });

    await page.goto(`${consoleUnderTest.url}/console/offers`);
    await visible(page.getByRole('heading', { level: 2, name: 'Offers' }));
    await page.getByRole('button', { name: 'New offer' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'New offer' }));
    await dialog.getByLabel('Code').fill('SUB_PRO2025');
    await dialog.getByLabel('Name').fill('Pro 2025');
    await choose(dialog, page, 'Package', 'PRO — Pro');
    await choose(dialog, page, 'Plan', 'Pro Monthly (pro-monthly)');
    await choose(dialog, page, 'Billing cycle', 'annual');
    await dialog.getByRole('textbox', { name: 'Max redemptions', exact: true }).fill('1');
    const until = new Date(Date.now() + 30 * DAY);
    until.setUTCSeconds(0, 0);
    const from = new Date(until.getTime() + DAY);
    // A window that ends before it starts: refused under its field, nothing created.
    await dialog.getByLabel('Valid from', { exact: true }).fill(await localValue(page, from.toISOString()));
    await dialog.getByLabel('Valid until', { exact: true }).fill(await localValue(page, until.toISOString()));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(
        async () =>
          `${await errorUnder(dialog.getByLabel('Valid from', { exact: true }))}|${await errorUnder(dialog.getByLabel('Valid until', { exact: true }))}`,
        { timeout: 20_000 },
      )
      .not.toBe('null|null');
    expect((await api.call<Page<unknown>>('GET', '/offers')).body.items).toHaveLength(0);
    await dialog.getByLabel('Valid from', { exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const row = rowOf(page, 'Offers', 'SUB_PRO2025');
    await visible(row.getByText('0 / 1', { exact: true }));
    await visible(row.getByText('Pro Monthly (pro-monthly)', { exact: true }));
    const [offer] = (await api.call<Page<Record<string, unknown>>>('GET', '/offers')).body.items;
    expect(offer).toMatchObject({
      code: 'SUB_PRO2025',
      packageId: pkg.id,
      planId: plan.id,
      billingCycle: 'annual',
      maxRedemptions: 1,
      validFrom: null,
      validUntil: until.toISOString(),
      redemptionCount: 0,
    });

    // Redeem: the code in any letter case, the learner by email.
    await page.getByRole('main').getByRole('button', { name: 'Redeem', exact: true }).click();
    let redeem = await visible(page.getByRole('dialog', { name: 'Redeem an offer' }));
    await redeem.getByLabel('Offer code').fill('sub_pro2025');
    await redeem.getByLabel('Username or email').fill('alice@example.com');
    await redeem.getByRole('button', { name: 'Redeem' }).click();
    await visible(page.getByRole('status').getByText(/Redeemed sub_pro2025 for alice@example.com/));
    await redeem.waitFor({ state: 'detached' });
    await visible(row.getByText('1 / 1', { exact: true }));
    const subs = (await api.call<Page<Record<string, unknown>>>('GET', `/subscriptions?offerId=${offer?.id}`))
      .body.items;
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({
      planId: plan.id,
      billingCycle: 'annual',
      source: 'offer',
      status: 'active',
    });
    expect((await api.call('GET', `/offers/${offer?.id}`)).body.redemptionCount).toBe(1);

    // bob: the offer is exhausted; an unknown code is refused under its field.
    await page.getByRole('main').getByRole('button', { name: 'Redeem', exact: true }).click();
    redeem = await visible(page.getByRole('dialog', { name: 'Redeem an offer' }));
    await redeem.getByLabel('Offer code').fill('NOPE');
    await redeem.getByLabel('Username or email').fill('bob');
    await redeem.getByRole('button', { name: 'Redeem' }).click();
    await expect.poll(() => errorUnder(redeem.getByLabel('Offer code')), { timeout: 20_000 }).toBeTruthy();
    await redeem.getByLabel('Offer code').fill('SUB_PRO2025');
    await redeem.getByRole('button', { name: 'Redeem' }).click();
    await visible(redeem.locator('[role="alert"][data-code="offer_exhausted"]'));
    expect((await api.call<Page<unknown>>('GET', '/subscriptions')).body.items).toHaveLength(1);

    // The detail view shows the read-only count.
    await redeem.getByRole('button', { name: 'Cancel' }).click();
    await row.getByRole('link', { name: 'SUB_PRO2025', exact: true }).click();
    await visible(page.getByRole('row', { name: 'Redemptions 1 / 1' }));
  });
});

describe('the new flows for a viewer', () => {
  it('shows no Unpublish, Extend, Bulk bind or Redeem to a viewer, who can still look at a past state', async () => {
    const { page, api } = await consoleUnderTest.open({ role: 'viewer' });
    const plan = await api.must<Plan>('POST', '/plans', { name: 'Pro', slug: 'pro', publish: true });
    await api.must('POST', '/subscribers', { username: 'alice', email: 'alice@example.com' });
    const sub = await api.must<Subscription>('POST', '/subscriptions', { user: 'alice', planId: plan.id });

    await page.goto(`${consoleUnderTest.url}/console/plans/${plan.id}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Pro' }));
    expect(await page.getByRole('button', { name: /^(Unpublish|Archive|Make private)$/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await visible(page.getByRole('status').getByText(`: version ${plan.version} (event`, { exact: false }));

    await page.goto(`${consoleUnderTest.url}/console/subscriptions/${sub.id}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Subscription to Pro' }));
    expect(await page.getByRole('button', { name: /^(Extend|Cancel)$/ }).count()).toBe(0);
    await navigate(page, 'Subscriptions');
    await visible(rowOf(page, 'Subscriptions', 'alice'));
    expect(await page.getByRole('button', { name: /^(Bulk bind|Manual Bind|Extend)$/ }).count()).toBe(0);
    await navigate(page, 'Offers');
    expect(await page.getByRole('button', { name: /^(Redeem|New offer)$/ }).count()).toBe(0);
    expect((await api.call<Plan>('GET', `/plans/${plan.id}`)).body.status).toBe('active');
  });
});
