/**
 * The grant flows of the console (issue 15), in Chromium against the local server: Unpublish, Extend,
 * the bind form's grant options, … — what the page shows, and what the API holds afterwards.
 */
import type { Page as BrowserPage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, errorUnder, navigate, rowOf, useConsole, visible } from './support.ts';

const consoleUnderTest = useConsole();

interface Plan {
  id: string;
  name: string;
  status: string;
  version: number;
  publishedAt: string | null;
  liveSubscriptionCount: number;
}
interface Subscription {
  id: string;
  status: string;
  version: number;
  startedAt: string;
  endsAt: string;
  trialEndsAt: string | null;
  subscriberId: string;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface AuditEvent {
  action: string;
  entityId: string;
}

const DAY = 86_400_000;

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
    await visible(page.getByRole('status').getByText(/^Bound Pro \(active/));
    const bobId = (await api.call<Page<{ id: string }>>('GET', '/subscribers?username=bob')).body.items[0]
      ?.id;
    const [bob] = (await api.call<Page<Subscription>>('GET', `/subscriptions?subscriberId=${bobId}`)).body
      .items;
    expect(bob?.endsAt).toBe(end.toISOString());

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

describe('Subscriptions: Bulk bind', () => {
  it('previews a pasted list (nothing written), then binds it: per-user results with the skip codes, and the API holds the new subscriptions', async () => {
    const { page, api } = await consoleUnderTest.open();
    const plan = await api.must<Plan>('POST', '/plans', {
      name: 'Team',
      slug: 'team',
      publish: true,
      defaultCycle: 'weekly',
      price: { amount: 1500, currency: 'EUR' },
    });
    for (const name of ['alice', 'bob', 'carol'])
      await api.must('POST', '/subscribers', { username: name, email: `${name}@example.com` });
    const carol = await api.must<Subscription>('POST', '/subscriptions', { user: 'carol', planId: plan.id });

    await page.goto(`${consoleUnderTest.url}/console/subscriptions`);
    await visible(page.getByRole('heading', { level: 2, name: 'Subscriptions' }));
    await page.getByRole('button', { name: 'Bulk bind' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Bulk bind' }));
    await dialog.getByLabel('Usernames or emails').fill('alice\n\nbob@example.com\ncarol\nnobody\n');
    await choose(dialog, page, 'Plan', 'Team (€15.00)');
    await dialog.getByRole('textbox', { name: 'Cycles', exact: true }).fill('2');

    // Preview: the dry run's verdict per user, in the order pasted; nothing is written.
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await visible(dialog.getByText('Preview (nothing written): 2 would succeed, 2 would be skipped.'));
    const preview = dialog.getByRole('table', { name: 'Preview' });
    const outcomes = async (table: typeof preview) =>
      (await table.getByRole('row').allInnerTexts())
        .slice(1)
        .map((r) => r.replace(/\s+/g, ' ').trim().toLowerCase());
    expect(await outcomes(preview)).toEqual([
      'alice would succeed',
      'bob@example.com would succeed',
      'carol would be skipped already_subscribed',
      'nobody would be skipped reference_not_found',
    ]);
    expect((await api.call<Page<Subscription>>('GET', '/subscriptions')).body.items.map((s) => s.id)).toEqual(
      [carol.id],
    );

    // Bind: the same list for real.
    await dialog.getByRole('button', { name: 'Bind' }).click();
    await visible(dialog.getByText('Bound 2 of 4 users. Skipped 2.'));
    const results = dialog.getByRole('table', { name: 'Results' });
    expect(await outcomes(results)).toEqual([
      'alice succeeded',
      'bob@example.com succeeded',
      'carol skipped already_subscribed',
      'nobody skipped reference_not_found',
    ]);
    const all = (await api.call<Page<Subscription>>('GET', `/subscriptions?planId=${plan.id}`)).body.items;
    expect(all).toHaveLength(3);
    for (const s of all.filter((x) => x.id !== carol.id)) {
      expect(s.status).toBe('active');
      expect(Date.parse(s.endsAt) - Date.parse(s.startedAt)).toBe(14 * DAY);
    }
    expect((await api.call<Subscription>('GET', `/subscriptions/${carol.id}`)).body.version).toBe(1);
    expect((await api.call<Plan>('GET', `/plans/${plan.id}`)).body.liveSubscriptionCount).toBe(3);

    // A result links to its subscription; the list behind the dialog shows the new ones.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await visible(rowOf(page, 'Subscriptions', 'bob'));
    await visible(rowOf(page, 'Subscriptions', 'alice'));
  });
});

describe('Plans: Preview before bulk actions', () => {
  it('previews bulk archive, delete and move as dry runs (nothing written, Cancel keeps it so), then Confirm applies them', async () => {
    const { page, api } = await consoleUnderTest.open();
    const plan = (name: string, publish: boolean) =>
      api.must<Plan>('POST', '/plans', {
        name,
        slug: name.toLowerCase(),
        ...(publish ? { publish: true } : {}),
      });
    const basic = await plan('Basic', true);
    const team = await plan('Team', true);
    const draft = await plan('Draft', false);
    await api.must('POST', '/subscribers', { username: 'bob', email: 'bob@example.com' });
    await api.must('POST', '/subscriptions', { user: 'bob', planId: basic.id });
    const group = await api.must('POST', '/plan-groups', { name: 'Starter' });
    const statuses = async () =>
      Object.fromEntries(
        (await api.call<Page<Plan & { groupId: string | null }>>('GET', '/plans')).body.items.map((p) => [
          p.name,
          `${p.status}:${p.groupId ?? '-'}`,
        ]),
      );
    const before = await statuses();
    const teamEvents = async () =>
      (await api.call<Page<AuditEvent>>('GET', `/audit-events?entityId=${team.id}`)).body.items.map(
        (e) => e.action,
      );
    const teamEventsBefore = await teamEvents();
    const outcomes = async (dialog: Awaited<ReturnType<typeof visible>>) =>
      (await dialog.getByRole('table', { name: 'Preview' }).getByRole('row').allInnerTexts())
        .slice(1)
        .map((r) => r.replace(/\s+/g, ' ').trim());

    await page.goto(`${consoleUnderTest.url}/console/plans`);
    await visible(page.getByRole('heading', { level: 2, name: 'Plans' }));

    // Archive: Team would be archived, Basic skipped (in use); Cancel writes nothing.
    await page.getByLabel('Select Basic').check();
    await page.getByLabel('Select Team').check();
    await page.getByRole('button', { name: 'Archive selected' }).click();
    let dialog = await visible(page.getByRole('dialog', { name: 'Archive plans' }));
    await visible(dialog.getByText(/1 would succeed, 1 would be skipped/));
    expect((await outcomes(dialog)).sort()).toEqual([
      'Basic would be skipped plan_in_use',
      'Team would succeed',
    ]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await statuses()).toEqual(before);
    expect(await teamEvents()).toEqual(teamEventsBefore);

    // Confirm: the real request, as previewed.
    await page.getByRole('button', { name: 'Archive selected' }).click();
    dialog = await visible(page.getByRole('dialog', { name: 'Archive plans' }));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await visible(page.getByRole('status').getByText('Archived 1 of 2 plans. Skipped: Basic (plan_in_use).'));
    expect((await api.call<Plan>('GET', `/plans/${team.id}`)).body.status).toBe('archived');
    expect((await api.call<Plan>('GET', `/plans/${basic.id}`)).body.status).toBe('active');

    // Delete: only the draft would go; the preview says so, Confirm deletes it.
    await page.getByLabel('Select Basic').uncheck();
    await page.getByLabel('Select Team').check();
    await page.getByLabel('Select Draft').check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    dialog = await visible(page.getByRole('dialog', { name: 'Delete plans' }));
    expect((await outcomes(dialog)).sort()).toEqual([
      'Draft would succeed',
      'Team would be skipped invalid_transition',
    ]);
    expect((await api.call('GET', `/plans/${draft.id}`)).status).toBe(200);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await visible(
      page.getByRole('status').getByText('Deleted 1 of 2 plans. Skipped: Team (invalid_transition).'),
    );
    expect((await api.call('GET', `/plans/${draft.id}`)).status).toBe(404);

    // Move to a group that has just been deleted: the preview is the same refusal, nothing moves.
    await page.getByLabel('Select Basic').check();
    await choose(page.getByLabel('Bulk actions'), page, 'Target group', 'Starter');
    await api.must('DELETE', `/plan-groups/${group.id}`);
    await page.getByRole('button', { name: 'Move to group' }).click();
    await visible(page.locator('[role="alert"][data-code="reference_not_found"]'));
    expect(await page.getByRole('dialog', { name: 'Move plans' }).count()).toBe(0);
    const groups = (await api.call<Page<Plan & { groupId: string | null }>>('GET', '/plans')).body.items;
    expect(groups.every((p) => p.groupId === null)).toBe(true);
  });
});

describe('Plans: state at a date', () => {
  it('shows a plan as it was at a chosen second (money as money, changed fields marked), and nothing before it existed', async () => {
    const { page, api } = await consoleUnderTest.open();
    const plan = await api.must<Plan & { createdAt: string }>('POST', '/plans', {
      name: 'Pro',
      slug: 'pro',
      price: { amount: 2900, currency: 'USD' },
    });
    // The next whole second after the create: the instant to look at, before the changes below.
    const between = new Date(Math.ceil((Date.parse(plan.createdAt) + 1) / 1000) * 1000);
    while (Date.now() < between.getTime() + 300) await new Promise((r) => setTimeout(r, 50));
    await api.must('PATCH', `/plans/${plan.id}`, {
      name: 'Pro Plus',
      price: { amount: 3900, currency: 'USD' },
    });
    await api.must('POST', `/plans/${plan.id}/publish`);

    await page.goto(`${consoleUnderTest.url}/console/plans/${plan.id}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Pro Plus' }));
    const asOf = page.getByLabel('As of', { exact: true });
    const seconds = (iso: string) =>
      page.evaluate((instant) => {
        const d = new Date(instant);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
      }, iso);

    // Between the create and the changes: version 1, draft, $29.00; name, price, status marked as changed.
    await asOf.fill(await seconds(between.toISOString()));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await visible(page.getByRole('status').getByText(/^As of .*: version 1 \(event evt_/));
    const past = page.getByRole('table', { name: 'Past state' });
    const rowText = async (field: string) =>
      (
        await past
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: field, exact: true }) })
          .innerText()
      )
        .replace(/\s+/g, ' ')
        .trim();
    expect(await rowText('name')).toBe('name Pro SINCE CHANGED');
    expect(await rowText('price')).toBe('price $29.00 SINCE CHANGED');
    expect(await rowText('status')).toBe('status draft SINCE CHANGED');
    expect(await rowText('slug')).toBe('slug pro');
    const answer = (
      await api.call<{ state: { version: number; name: string } | null; eventId: string }>(
        'GET',
        `/history/${plan.id}?at=${between.toISOString()}`,
      )
    ).body;
    expect(answer.state).toMatchObject({ version: 1, name: 'Pro' });
    await visible(page.getByRole('status').getByText(`(event ${answer.eventId})`, { exact: false }));

    // Now: the current version, nothing marked.
    await asOf.fill(await seconds(new Date(Date.now() + 1000).toISOString()));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await visible(page.getByRole('status').getByText(/: version 3 /));
    expect(await rowText('name')).toBe('name Pro Plus');
    expect(await past.getByText('since changed').count()).toBe(0);

    // Before the create: it did not exist.
    await asOf.fill(await seconds(new Date(Date.parse(plan.createdAt) - 60_000).toISOString()));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await visible(page.getByRole('status').getByText(/it did not exist/));
    expect(await past.count()).toBe(0);
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
