/**
 * Accessibility of every screen of the console (issue 15): axe-core, injected into the page, audits each
 * navigation entry, list, detail view, create and edit form, dialog and the sign-in page, in Chromium
 * against the local server. A violation of impact `serious` or `critical` fails, listed in the message.
 */
import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type E2eApi, navigate, rowOf, useConsole, visible } from './support.ts';

const consoleUnderTest = useConsole();

/** What one failing rule found, small enough to read in a test failure. */
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

const FAILING = new Set(['serious', 'critical']);

/** Waits until no CSS transition or animation runs (Mantine's dialogs fade in): axe sees the end state. */
const settled = (page: Page) =>
  page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
      .getAnimations()
      .every((a) => a.playState !== 'running'),
  );

/** axe-core's serious and critical violations on the page as it is now (injected once per document). */
const violations = async (page: Page): Promise<Violation[]> => {
  await settled(page);
  const injected = await page.evaluate(() => 'axe' in globalThis);
  if (!injected) await page.addScriptTag({ content: axe.source });
  const found = await page.evaluate(async () => {
    const run = (globalThis as unknown as { axe: { run(): Promise<axe.AxeResults> } }).axe.run;
    const results = await run();
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        html: n.html.slice(0, 200),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
      })),
    }));
  });
  return found.filter((v) => v.impact !== null && FAILING.has(v.impact));
};

const report = (screen: string, found: Violation[]) =>
  found
    .map(
      (v) =>
        `${screen}: ${v.impact} ${v.id} (${v.help})\n${v.nodes
          .map((n) => `    ${n.target}: ${n.html}\n      ${n.summary}`)
          .join('\n')}`,
    )
    .join('\n');

/** Audits screens one after another; `expectClean()` fails with every screen's violations at once. */
const auditor = (page: Page) => {
  const failures: string[] = [];
  const audited: string[] = [];
  return {
    audited,
    /** `ready`: what shows that the screen has loaded what it shows (its data, not only its frame). */
    audit: async (screen: string, ready: Locator) => {
      await visible(ready);
      const found = await violations(page);
      audited.push(screen);
      if (found.length) failures.push(report(screen, found));
    },
    expectClean: () => expect(failures, `axe violations:\n${failures.join('\n')}`).toEqual([]),
  };
};

/** One of everything, so that every screen has rows, details and pickers to show. */
const seed = async (api: E2eApi) => {
  const pkg = await api.must('POST', '/packages', {
    code: 'PRO',
    name: 'Professional',
    tier: 1,
    status: 'active',
  });
  const group = await api.must('POST', '/plan-groups', { name: 'Teams', description: 'For teams' });
  const company = await api.must('POST', '/companies', { name: 'Acme Ltd', legalName: 'Acme Limited' });
  const product = await api.must('POST', '/products', { name: 'Seats', companyId: company.id });
  await api.must('POST', '/products', { name: 'Seat analytics', parentId: product.id });
  const price = await api.must('POST', `/products/${product.id}/prices`, {
    amount: 1500,
    currency: 'USD',
    cycle: 'monthly',
    nickname: 'Seat monthly',
  });
  const plan = await api.must('POST', '/plans', {
    name: 'Pro',
    slug: 'pro',
    description: 'For growing teams',
    price: { amount: 2900, currency: 'USD' },
    availableCycles: ['monthly', 'annual'],
    trialDays: 14,
    includedQuota: 100000,
    features: ['Priority support'],
    limits: { users: 10 },
    items: [{ productId: product.id, priceId: price.id, quantity: 5 }],
    packageId: pkg.id,
    groupId: group.id,
    companyId: company.id,
    publish: true,
  });
  const draft = await api.must('POST', '/plans', { name: 'Draft', slug: 'draft' });
  const offer = await api.must('POST', '/offers', {
    code: 'SUB_PRO',
    name: 'Pro 2025',
    packageId: pkg.id,
    planId: plan.id,
    maxRedemptions: 10,
    status: 'active',
  });
  const subscriber = await api.must('POST', '/subscribers', {
    username: 'alice',
    email: 'alice@example.com',
  });
  const subscription = await api.must('POST', '/subscriptions', { user: 'alice', planId: plan.id });
  return { pkg, group, company, product, plan, draft, offer, subscriber, subscription };
};

/** Opens a dialog with its button, audits it, and closes it with its Cancel button (or Escape). */
const dialogAudit = async (
  page: Page,
  audit: (screen: string, ready: Locator) => Promise<void>,
  opener: Locator,
  name: string,
  ready?: (dialog: Locator) => Locator,
) => {
  await opener.click();
  const dialog = page.getByRole('dialog', { name });
  await audit(`dialog "${name}"`, ready ? ready(dialog) : dialog);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
};

/**
 * Each of these walks dozens of screens and dialogs, with an axe run on each (~1 s apiece): on a
 * loaded 2-core machine that passed the default 60 s once. Not a speed check: only the walk's length.
 */
const SCREEN_WALK_TIMEOUT = 240_000;

describe('accessibility (axe-core)', () => {
  it(
    'finds no serious or critical violation on the sign-in page, every navigation screen, list and detail view',
    async () => {
      const signIn = await consoleUnderTest.open({ signIn: false });
      await signIn.page.route('**/console/config.json', (route) =>
        route.fulfill({ json: { mode: 'local', apiUrl: '', org: 'demo', token: '' } }),
      );
      await signIn.page.goto(`${consoleUnderTest.url}/console/`);
      const signInAudit = auditor(signIn.page);
      await signInAudit.audit('sign-in', signIn.page.getByRole('button', { name: 'Use token' }));

      const { page, api, org } = await consoleUnderTest.open();
      const ids = await seed(api);
      const { audit, audited, expectClean } = auditor(page);
      await page.goto(`${consoleUnderTest.url}/console/`);
      // Every navigation entry, with its rows.
      const lists: [string, string][] = [
        ['Plans', 'Pro'],
        ['Subscriptions', 'alice'],
        ['Subscribers', 'alice'],
        ['Packages', 'PRO'],
        ['Offers', 'SUB_PRO'],
        ['Plan groups', 'Teams'],
        ['Companies', 'Acme Ltd'],
        ['Products', 'Seats'],
      ];
      // The navigation renders once the session is read: poll for it rather than read it at once.
      const entries = async () =>
        (await page.getByRole('navigation').getByRole('link').allInnerTexts()).map((t) => t.trim());
      await expect
        .poll(entries, { timeout: 20_000 })
        .toEqual([...lists.map(([screen]) => screen), 'Public catalog']);
      for (const [screen, row] of lists) {
        await navigate(page, screen);
        await audit(`list ${screen}`, rowOf(page, screen, row));
      }
      await navigate(page, 'Public catalog');
      await audit(
        'Public catalog',
        page.getByRole('table', { name: 'Public catalog' }).getByRole('link', { name: 'Pro' }),
      );

      // Every detail view, with its history; the state at a date shown.
      const details: [string, string, Locator][] = [
        [`plans/${ids.plan.id}`, 'plan', page.getByRole('cell', { name: 'plan.created' })],
        [`plans/${ids.draft.id}`, 'draft plan', page.getByRole('cell', { name: 'plan.created' })],
        [
          `subscriptions/${ids.subscription.id}`,
          'subscription',
          page.getByRole('cell', { name: 'subscription.created' }),
        ],
        [`packages/${ids.pkg.id}`, 'package', page.getByRole('cell', { name: 'package.created' })],
        [`offers/${ids.offer.id}`, 'offer', page.getByRole('cell', { name: 'offer.created' })],
        [`plan-groups/${ids.group.id}`, 'plan group', page.getByRole('cell', { name: 'plan-group.created' })],
        [`companies/${ids.company.id}`, 'company', page.getByRole('cell', { name: 'company.created' })],
        [
          `products/${ids.product.id}`,
          'product with prices',
          page.getByRole('cell', { name: 'Seat monthly' }),
        ],
        [
          `subscribers/${ids.subscriber.id}`,
          'subscriber with entitlements',
          page.getByRole('table', { name: 'Granted by' }).getByRole('link', { name: 'Pro' }),
        ],
        ['catalog/pro', 'public plan', page.getByRole('list', { name: 'Features' })],
        ['catalog/draft', 'public plan not found', page.locator('[role="alert"][data-code="not_found"]')],
        ['nowhere', 'unknown route', page.getByText('Nothing here. Pick a screen on the left.')],
      ];
      for (const [path, screen, ready] of details) {
        await page.goto(`${consoleUnderTest.url}/console/${path}`);
        await audit(`detail ${screen}`, ready);
      }
      await page.goto(`${consoleUnderTest.url}/console/plans/${ids.plan.id}`);
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await audit('plan state at a date', page.getByRole('table', { name: 'Past state' }));

      // A viewer's screens: read-only, without the buttons.
      const viewer = await consoleUnderTest.open({ org, role: 'viewer' });
      const viewerAudit = auditor(viewer.page);
      await viewer.page.goto(`${consoleUnderTest.url}/console/plans`);
      await viewerAudit.audit('viewer: Plans', rowOf(viewer.page, 'Plans', 'Pro'));
      await viewer.page.goto(`${consoleUnderTest.url}/console/subscriptions/${ids.subscription.id}`);
      await viewerAudit.audit(
        'viewer: subscription',
        viewer.page.getByRole('cell', { name: 'subscription.created' }),
      );
      expect(audited.length).toBe(lists.length + 1 + details.length + 1);
      viewerAudit.expectClean();
      signInAudit.expectClean();
      expectClean();
    },
    SCREEN_WALK_TIMEOUT,
  );

  it(
    'finds no serious or critical violation in any create or edit form, dialog, refusal or message',
    async () => {
      const { page, api } = await consoleUnderTest.open();
      const ids = await seed(api);
      const { audit, audited, expectClean } = auditor(page);
      const main = page.getByRole('main');

      // Create Plan and Edit plan, with an item row and a limit row, then a refusal under fields.
      await page.goto(`${consoleUnderTest.url}/console/plans/new`);
      await visible(page.getByRole('heading', { level: 2, name: 'Create Plan' }));
      await page.getByRole('button', { name: 'Add item' }).click();
      await page.getByRole('button', { name: 'Add limit' }).click();
      await audit('Create Plan', page.getByLabel('Quantity'));
      await page.getByRole('button', { name: 'Submit' }).click();
      await audit('Create Plan refused', page.locator('[role="alert"][data-code="validation_failed"]'));
      await page.goto(`${consoleUnderTest.url}/console/plans/${ids.plan.id}/edit`);
      await audit('Edit plan', page.getByRole('heading', { level: 2, name: 'Edit plan Pro' }));

      // The plan list's dialogs: a bulk preview, a delete confirmation; a lifecycle message.
      await page.goto(`${consoleUnderTest.url}/console/plans`);
      await page.getByLabel('Select Draft').check();
      await dialogAudit(
        page,
        audit,
        page.getByRole('button', { name: 'Archive selected' }),
        'Archive plans',
        (d) => d.getByRole('table', { name: 'Preview' }),
      );
      await dialogAudit(
        page,
        audit,
        rowOf(page, 'Plans', 'Draft').getByRole('button', { name: 'Delete' }),
        'Delete plan',
      );
      await rowOf(page, 'Plans', 'Draft').getByRole('button', { name: 'Publish' }).click();
      await audit('plan published message', page.getByRole('status').getByText('Published Draft.'));

      // Subscriptions: Manual Bind (with a refusal), Bulk bind (with its preview), Extend, Cancel.
      await navigate(page, 'Subscriptions');
      await visible(rowOf(page, 'Subscriptions', 'alice'));
      await page.getByRole('button', { name: 'Manual Bind' }).click();
      const bind = await visible(page.getByRole('dialog', { name: 'Manual Bind' }));
      await audit('dialog "Manual Bind"', bind);
      await bind.getByRole('button', { name: 'Confirm' }).click();
      await audit('dialog "Manual Bind" refused', bind.locator('[role="alert"]'));
      await page.keyboard.press('Escape');
      await bind.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Bulk bind' }).click();
      const bulk = await visible(page.getByRole('dialog', { name: 'Bulk bind' }));
      await audit('dialog "Bulk bind"', bulk);
      await bulk.getByRole('textbox', { name: /Usernames or emails/ }).fill('alice\nnobody');
      await bulk.getByRole('combobox', { name: 'Plan' }).click();
      await page.getByRole('option', { name: /^Pro/ }).click();
      await bulk.getByRole('button', { name: 'Preview' }).click();
      await audit('dialog "Bulk bind" preview', bulk.getByRole('table'));
      await page.keyboard.press('Escape');
      await bulk.waitFor({ state: 'detached' });
      const row = rowOf(page, 'Subscriptions', 'alice');
      await dialogAudit(page, audit, row.getByRole('button', { name: 'Extend' }), 'Extend subscription');
      await dialogAudit(page, audit, row.getByRole('button', { name: 'Cancel' }), 'Cancel subscription');

      // Offers: Redeem, New offer (and its refusal), Edit, Delete.
      await navigate(page, 'Offers');
      await visible(rowOf(page, 'Offers', 'SUB_PRO'));
      await dialogAudit(page, audit, page.getByRole('button', { name: 'Redeem' }), 'Redeem an offer');

      // Every simple resource: New (and its refusal), and from its detail Edit and Delete.
      const simple: [string, string, string, string][] = [
        ['Packages', 'package', `packages/${ids.pkg.id}`, 'PRO'],
        ['Offers', 'offer', `offers/${ids.offer.id}`, 'SUB_PRO'],
        ['Plan groups', 'plan group', `plan-groups/${ids.group.id}`, 'Teams'],
        ['Companies', 'company', `companies/${ids.company.id}`, 'Acme Ltd'],
        ['Products', 'product', `products/${ids.product.id}`, 'Seats'],
        ['Subscribers', 'subscriber', `subscribers/${ids.subscriber.id}`, 'alice'],
      ];
      for (const [screen, singular, path, name] of simple) {
        await navigate(page, screen);
        await visible(rowOf(page, screen, name));
        await page.getByRole('button', { name: `New ${singular}` }).click();
        const dialog = await visible(page.getByRole('dialog', { name: `New ${singular}` }));
        await audit(`dialog "New ${singular}"`, dialog);
        await dialog.getByRole('button', { name: 'Save' }).click();
        await audit(`dialog "New ${singular}" refused`, dialog.locator('[role="alert"]'));
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        await page.goto(`${consoleUnderTest.url}/console/${path}`);
        await visible(page.getByRole('cell', { name: `${singular.replace(' ', '-')}.created` }));
        await dialogAudit(
          page,
          audit,
          main.getByRole('button', { name: 'Edit', exact: true }).first(),
          `Edit ${singular}`,
        );
        await dialogAudit(
          page,
          audit,
          main.getByRole('button', { name: 'Delete', exact: true }),
          `Delete ${singular}`,
        );
      }
      // A product's prices: New price and Edit price.
      await page.goto(`${consoleUnderTest.url}/console/products/${ids.product.id}`);
      await visible(page.getByRole('cell', { name: 'Seat monthly' }));
      await dialogAudit(page, audit, page.getByRole('button', { name: 'New price' }), 'New price');
      await dialogAudit(
        page,
        audit,
        page.getByRole('table', { name: 'Prices' }).getByRole('button', { name: 'Edit' }),
        'Edit price',
      );

      // The header's Switch org / token dialog.
      await dialogAudit(
        page,
        audit,
        page.getByRole('button', { name: 'Switch org / token' }),
        'Switch org or token',
      );
      expect(audited).toHaveLength(13 + simple.length * 4 + 3);
      expectClean();
    },
    SCREEN_WALK_TIMEOUT,
  );

  it('fails on a page that breaks the rules: an unlabeled input, an unnamed button, unreadable text', async () => {
    const { page } = await consoleUnderTest.open({ signIn: false });
    await page.setContent(`<!doctype html><html lang="en"><head><title>Broken</title></head><body><main>
      <h1>Broken</h1>
      <input type="text" id="nameless">
      <button id="iconOnly"><svg width="10" height="10"></svg></button>
      <p id="faint" style="color:#ddd;background:#fff">Barely visible</p>
    </main></body></html>`);
    const found = await violations(page);
    expect(found.map((v) => v.id).sort()).toEqual(['button-name', 'color-contrast', 'label']);
    expect(found.find((v) => v.id === 'label')?.nodes.map((n) => n.target)).toEqual(['#nameless']);
    // The report names the screen, the rule, its impact and the element.
    const message = report('broken page', found);
    expect(message).toContain('broken page: critical label');
    expect(message).toContain('#nameless');

    // The auditor turns it into a failing assertion.
    const { audit, expectClean } = auditor(page);
    await audit('broken page', page.getByRole('heading', { name: 'Broken' }));
    expect(() => expectClean()).toThrow(/broken page: critical label/);
  });
});
