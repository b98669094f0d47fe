/**
 * A subscriber's entitlements and the public catalog preview (issue 15), in Chromium against the local
 * server: what the page shows, checked against what the API answers.
 */
import type { Page as BrowserPage, Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, navigate, useConsole, visible } from './support.ts';

const consoleUnderTest = useConsole();

interface Entitlements {
  subscriberId: string;
  at: string;
  subscriptions: { id: string; planId: string; status: string; startedAt: string; endsAt: string }[];
  features: string[];
  limits: Record<string, number>;
  quotaAllowance: number | null;
  packageIds: string[];
}
interface CatalogPlan {
  id: string;
  slug: string;
  name: string;
  price: { amount: number; currency: string } | null;
  trialDays: number;
  features: string[];
  limits: Record<string, number>;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const DAY = 86_400_000;

/** The `datetime-local` value (to the second) of an instant in the browser's time zone, as typed. */
const localValue = (page: BrowserPage, instant: Date) =>
  page.evaluate((iso) => {
    const d = new Date(iso);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }, instant.toISOString());

/** A vertical table's value cell by its row header. */
const cellOf = (table: Locator, header: string) =>
  table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) })
    .getByRole('cell');

/**
 * The texts of a table's body rows, one string per row (cells joined by `|`); a date cell reads as the
 * UTC instant it shows (its `<time dateTime>`: the text itself is in the browser's time zone).
 */
const rowTexts = async (table: Locator) => {
  const rows = table.locator('tbody tr');
  const texts: string[] = [];
  for (let i = 0; i < (await rows.count()); i += 1) {
    const cells = await rows
      .nth(i)
      .getByRole('cell')
      .evaluateAll((tds) =>
        tds.map((td) => td.querySelector('time')?.getAttribute('datetime') ?? (td as HTMLElement).innerText),
      );
    texts.push(cells.map((c) => c.replace(/\s+/g, ' ').trim()).join('|'));
  }
  return texts;
};

/** What the public catalog answers anyone, with no token at all. */
const publicGet = async <T>(baseUrl: string, org: string, path: string) => {
  const res = await fetch(`${baseUrl}/orgs/${org}/catalog/plans${path}`);
  return { status: res.status, body: (await res.json()) as T };
};

describe('Subscribers: entitlements', () => {
  it('shows what a subscriber may use now and at a chosen second (features, limits, quota, packages, the granting subscriptions with links), as GET /entitlements answers', async () => {
    const { page, api, org } = await consoleUnderTest.open();
    const pkg = await api.must('POST', '/packages', {
      code: 'PRO',
      name: 'Professional',
      tier: 1,
      status: 'active',
    });
    const pro = await api.must('POST', '/plans', {
      name: 'Pro',
      slug: 'pro',
      publish: true,
      features: ['Priority support', 'API access'],
      limits: { users: 10 },
      includedQuota: 1000,
      packageId: pkg.id,
    });
    const addon = await api.must('POST', '/plans', {
      name: 'Exports',
      slug: 'exports',
      publish: true,
      features: ['Export'],
      limits: { users: 5, projects: 3 },
      includedQuota: 500,
    });
    const alice = await api.must('POST', '/subscribers', { username: 'alice', email: 'alice@example.com' });
    const monthly = await api.must('POST', '/subscriptions', { user: 'alice', planId: pro.id });
    const short = await api.must('POST', '/subscriptions', {
      user: 'alice',
      planId: addon.id,
      endsAt: new Date(Date.now() + 10 * DAY).toISOString(),
    });
    const entitlements = async (at?: string) => {
      const res = await api.call<Entitlements>(
        'GET',
        `/entitlements?subscriberId=${alice.id}${at ? `&at=${encodeURIComponent(at)}` : ''}`,
      );
      expect(res.status).toBe(200);
      return res.body;
    };
    const now = await entitlements();
    expect(now).toMatchObject({
      features: ['API access', 'Export', 'Priority support'],
      limits: { users: 10, projects: 3 },
      quotaAllowance: 1500,
      packageIds: [pkg.id],
    });
    expect(now.subscriptions.map((s) => s.id).sort()).toEqual([monthly.id, short.id].sort());

    await page.goto(`${consoleUnderTest.url}/console/subscribers/${alice.id}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Subscriber alice' }));
    const panel = page.getByRole('region', { name: 'Entitlements' });
    const entitled = panel.getByRole('table', { name: 'Entitled' });
    const grantedBy = panel.getByRole('table', { name: 'Granted by' });
    /** The page against an answer of the API: every value, and the granting subscriptions in order. */
    const shows = async (answer: Entitlements) => {
      const plans = new Map([
        [pro.id, 'Pro'],
        [addon.id, 'Exports'],
      ]);
      await expect
        .poll(() => cellOf(entitled, 'Features').innerText(), { timeout: 20_000 })
        .toBe(answer.features.join(', ') || '—');
      expect(await cellOf(entitled, 'Limits').innerText()).toBe(
        Object.entries(answer.limits)
          .map(([name, value]) => `${name}: ${value}`)
          .join(', ') || '—',
      );
      expect(await cellOf(entitled, 'Quota allowance').innerText()).toBe(
        String(answer.quotaAllowance ?? '—'),
      );
      const subs = answer.subscriptions;
      await visible(
        panel
          .getByRole('status')
          .getByText(
            subs.length
              ? `granted by ${subs.length} subscription${subs.length === 1 ? '' : 's'}.`
              : 'no subscription grants anything.',
            { exact: false },
          ),
      );
      if (subs.length === 0) {
        expect(await grantedBy.count()).toBe(0);
        return;
      }
      await expect
        .poll(() => rowTexts(grantedBy), { timeout: 20_000 })
        .toEqual(
          subs.map((s) =>
            [
              s.id,
              plans.get(s.planId),
              s.status.toUpperCase(), // the badge shows it in capitals
              new Date(s.startedAt).toISOString(),
              new Date(s.endsAt).toISOString(),
            ].join('|'),
          ),
        );
    };

    // Now: both subscriptions, the package by its code, linked.
    await shows(now);
    const packageLink = cellOf(entitled, 'Packages').getByRole('link', { name: 'PRO', exact: true });
    expect(await (await visible(packageLink)).getAttribute('href')).toBe(`/console/packages/${pkg.id}`);
    expect(await grantedBy.getByRole('link', { name: 'Pro', exact: true }).getAttribute('href')).toBe(
      `/console/plans/${pro.id}`,
    );

    // In 20 days, to the second: the short one has ended, Pro alone grants.
    const later = new Date(Math.floor((Date.now() + 20 * DAY) / 1000) * 1000);
    const input = panel.getByLabel('Entitled at');
    await input.fill(await localValue(page, later));
    await panel.getByRole('button', { name: 'Show' }).click();
    const atLater = await entitlements(later.toISOString());
    expect(atLater.at).toBe(later.toISOString());
    expect(atLater.subscriptions.map((s) => s.id)).toEqual([monthly.id]);
    await visible(panel.getByRole('status').locator(`time[datetime="${later.toISOString()}"]`));
    await shows(atLater);
    expect(atLater).toMatchObject({ features: ['API access', 'Priority support'], quotaAllowance: 1000 });

    // A day ago: nothing had started yet: empty lists, no limits, no allowance.
    const before = new Date(Math.floor((Date.now() - DAY) / 1000) * 1000);
    await input.fill(await localValue(page, before));
    await panel.getByRole('button', { name: 'Show' }).click();
    const atBefore = await entitlements(before.toISOString());
    expect(atBefore).toMatchObject({ subscriptions: [], features: [], limits: {}, quotaAllowance: null });
    await shows(atBefore);
    expect(await cellOf(entitled, 'Packages').innerText()).toBe('—');

    // Now again; a granting subscription's link opens it.
    await panel.getByRole('button', { name: 'Now' }).click();
    expect(await input.inputValue()).toBe('');
    await shows(await entitlements());
    await grantedBy.getByRole('link', { name: short.id, exact: true }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Subscription to Exports' }));

    // A viewer reads the same.
    const viewer = await consoleUnderTest.open({ org, role: 'viewer' });
    await viewer.page.goto(`${consoleUnderTest.url}/console/subscribers/${alice.id}`);
    const viewerPanel = viewer.page.getByRole('region', { name: 'Entitlements' });
    await expect
      .poll(
        () => cellOf(viewerPanel.getByRole('table', { name: 'Entitled' }), 'Quota allowance').innerText(),
        {
          timeout: 20_000,
        },
      )
      .toBe('1500');
  });
});

describe('Public catalog preview', () => {
  it('lists the public catalog page by page as anyone sees it (money as money), filters it, and opens a plan by its slug, private ones too; drafts are nobody’s', async () => {
    const { page, api, org } = await consoleUnderTest.open();
    const pkg = await api.must('POST', '/packages', {
      code: 'TEAM',
      name: 'Teams',
      tier: 1,
      status: 'active',
    });
    const group = await api.must('POST', '/plan-groups', { name: 'Annual' });
    const seats = await api.must('POST', '/products', { name: 'Seats' });
    await api.must('POST', '/products', { name: 'Seat analytics', parentId: seats.id });
    const seatPrice = await api.must('POST', `/products/${seats.id}/prices`, {
      amount: 1500,
      currency: 'USD',
      cycle: 'monthly',
    });
    // 26 plain public plans (more than a page of 25), created in order.
    for (let i = 1; i <= 26; i += 1) {
      await api.must('POST', '/plans', {
        name: `Basic ${String(i).padStart(2, '0')}`,
        slug: `basic-${i}`,
        publish: true,
        price: { amount: 100 * i, currency: 'USD' },
      });
    }
    const team = await api.must('POST', '/plans', {
      name: 'Team',
      slug: 'team',
      description: 'For growing teams',
      publish: true,
      price: { amount: 2900, currency: 'USD' },
      availableCycles: ['monthly', 'annual'],
      trialDays: 14,
      includedQuota: 100000,
      features: ['Priority support', 'API access'],
      limits: { users: 10 },
      items: [{ productId: seats.id, priceId: seatPrice.id, quantity: 5 }],
      packageId: pkg.id,
    });
    await api.must('POST', '/plans', {
      name: 'Euro yearly',
      slug: 'euro-yearly',
      publish: true,
      price: { amount: 19000, currency: 'EUR' },
      defaultCycle: 'annual',
      groupId: group.id,
    });
    await api.must('POST', '/plans', {
      name: 'Yen',
      slug: 'yen',
      publish: true,
      price: { amount: 500, currency: 'JPY' },
      packageId: pkg.id,
    });
    await api.must('POST', '/plans', {
      name: 'Enterprise',
      slug: 'enterprise',
      visibility: 'private',
      publish: true,
      price: null,
      type: 'custom',
    });
    await api.must('POST', '/plans', { name: 'Draft', slug: 'draft', price: { amount: 1, currency: 'USD' } });

    // What anyone gets without a token: every page, through the cursors.
    const all: CatalogPlan[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: Page<CatalogPlan> } = await publicGet<Page<CatalogPlan>>(
        consoleUnderTest.url,
        org,
        cursor ? `?cursor=${encodeURIComponent(cursor)}` : '',
      );
      expect(res.status).toBe(200);
      all.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(all).toHaveLength(29);
    expect(all.map((p) => p.slug)).not.toContain('enterprise');
    expect(all.map((p) => p.slug)).not.toContain('draft');

    await page.goto(`${consoleUnderTest.url}/console/`);
    await navigate(page, 'Public catalog');
    const table = page.getByRole('table', { name: 'Public catalog' });
    const names = async () =>
      (await table.locator('tbody tr').getByRole('link').allInnerTexts()).map((t) => t.trim());
    // The first page as the API pages it, newest first, then the rest with Load more.
    const firstPage = (await publicGet<Page<CatalogPlan>>(consoleUnderTest.url, org, '')).body.items;
    await expect.poll(names, { timeout: 20_000 }).toEqual(firstPage.map((p) => p.name));
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(names, { timeout: 20_000 }).toEqual(all.map((p) => p.name));
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);

    // Money as money, in each currency's own digits, per default cycle.
    const rows = await rowTexts(table);
    expect(rows).toContain(
      'Team team|$29.00 / month|monthly, annual|14-day free trial|100000|Priority support, API access',
    );
    expect(rows).toContain('Euro yearly euro-yearly|€190.00 / year|annual|No trial|—|—');
    expect(rows).toContain('Yen yen|¥500 / month|monthly|No trial|—|—');
    expect(rows).toContain('Basic 03 basic-3|$3.00 / month|monthly|No trial|—|—');

    // Filters: the API's packageId and groupId.
    await choose(page, page, 'Package', 'TEAM');
    const byPackage = (await publicGet<Page<CatalogPlan>>(consoleUnderTest.url, org, `?packageId=${pkg.id}`))
      .body.items;
    expect(byPackage.map((p) => p.name)).toEqual(['Yen', 'Team']);
    await expect.poll(names, { timeout: 20_000 }).toEqual(byPackage.map((p) => p.name));
    await choose(page, page, 'Package', 'TEAM'); // picked again: deselected
    await choose(page, page, 'Group', 'Annual');
    await expect.poll(names, { timeout: 20_000 }).toEqual(['Euro yearly']);

    // A plan's public view, from its link: what GET /catalog/plans/{slug} gives anyone.
    await table.getByRole('link', { name: 'Euro yearly' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Euro yearly' }));
    await page.getByRole('link', { name: '← Public catalog' }).click();
    await table.getByRole('link', { name: 'Team', exact: true }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Team' }));
    const publicTeam = await publicGet<CatalogPlan>(consoleUnderTest.url, org, '/team');
    expect(publicTeam.status).toBe(200);
    expect(publicTeam.body).toMatchObject({
      id: team.id,
      price: { amount: 2900, currency: 'USD' },
      trialDays: 14,
    });
    const card = page.getByRole('region', { name: 'What end users see' });
    await visible(card.getByText('$29.00 / month', { exact: true }));
    await visible(card.getByText('For growing teams', { exact: true }));
    const terms = card.getByRole('table', { name: 'Plan terms' });
    expect(await cellOf(terms, 'Billing').innerText()).toBe('monthly, annual');
    expect(await cellOf(terms, 'Trial').innerText()).toBe('14-day free trial');
    expect(await cellOf(terms, 'Included quota').innerText()).toBe('100000');
    expect(await cellOf(terms, 'Limits').innerText()).toBe('users: 10');
    await expect
      .poll(() => cellOf(terms, 'Included').innerText(), { timeout: 20_000 })
      .toBe('Seats × 5 (with Seat analytics)');
    expect(await cellOf(terms, 'Add-ons').innerText()).toBe('—');
    expect(
      (await card.getByRole('list', { name: 'Features' }).getByRole('listitem').allInnerTexts()).map((t) =>
        t.trim(),
      ),
    ).toEqual(publicTeam.body.features);
    await visible(
      page.getByText(`GET ${consoleUnderTest.url}/orgs/${org}/catalog/plans/team`, { exact: true }),
    );
    await visible(page.getByText('listed', { exact: true }));

    // A private plan is not listed but opens by its slug.
    await page.getByRole('link', { name: '← Public catalog' }).click();
    await expect.poll(names, { timeout: 20_000 }).toEqual(firstPage.map((p) => p.name));
    await page.getByLabel('Plan slug').fill('enterprise');
    await page.getByRole('button', { name: 'Open' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Enterprise' }));
    await visible(page.getByText('private: direct link only', { exact: true }));
    await visible(page.getByText('Price to be announced', { exact: true }));
    expect((await publicGet<CatalogPlan>(consoleUnderTest.url, org, '/enterprise')).body.price).toBeNull();

    // A draft is nobody's: 404 not_found, on the page as in the API.
    await page.goto(`${consoleUnderTest.url}/console/catalog/draft`);
    await visible(page.locator('[role="alert"][data-code="not_found"]'));
    await visible(page.getByText('Nobody can see this plan', { exact: false }));
    expect((await publicGet(consoleUnderTest.url, org, '/draft')).status).toBe(404);
  });
});
