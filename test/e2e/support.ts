/**
 * The browser tests' harness: the local server (`npm start`'s, with the console served at /console/) on a
 * free port, one headless Chromium per test file, and a page per test signed in to a fresh org.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { localConsoleConfig } from '../../shared/local/console.ts';
import { localToken } from '../../shared/local/jwt.ts';
import type { LocalServerOptions } from '../../shared/local/server.ts';
import { newOrg } from '../support/api.ts';
import { type ConsoleConfig, launchChromium, startConsoleServer } from './browser.ts';

/** What the API answers, read with the org's admin token: the browser's work checked at the source. */
export const apiClient = (baseUrl: string, org: string) => {
  const token = localToken({ org, role: 'admin', sub: 'e2e-api', email: 'api@e2e.local' });
  const call = async <T = Record<string, unknown>>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}/orgs/${org}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  /** A write that must succeed (test set-up): its body. */
  const must = async <T = Record<string, unknown> & { id: string; version: number }>(
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const res = await call<T>(method, path, body);
    expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    return res.body;
  };
  return { call, must };
};

export type E2eApi = ReturnType<typeof apiClient>;

/**
 * The plans of the bulk-action flows: Basic and Team published, a draft named `draft`, and bob
 * subscribed to Basic (so that Basic is in use).
 */
export const seedBulkPlans = async (api: E2eApi, draft: string) => {
  const plan = (name: string, publish: boolean) =>
    api.must<{ id: string }>('POST', '/plans', {
      name,
      slug: name.toLowerCase(),
      ...(publish ? { publish: true } : {}),
    });
  const basic = await plan('Basic', true);
  const team = await plan('Team', true);
  const drafted = await plan(draft, false);
  await api.must('POST', '/subscribers', { username: 'bob', email: 'bob@example.com' });
  await api.must('POST', '/subscriptions', { user: 'bob', planId: basic.id });
  return { basic, team, draft: drafted };
};

/**
 * Starts the server and Chromium before a file's tests; `open()` gives each test a new browser context
 * signed in (as the console's "Switch org / token" does) to a fresh org, plus an API client for that org.
 */
export const useConsole = (
  options: { config?: (baseUrl: string) => ConsoleConfig; extra?: LocalServerOptions['extra'] } = {},
) => {
  let server: Awaited<ReturnType<typeof startConsoleServer>> | undefined;
  let chromiumHandle: Awaited<ReturnType<typeof launchChromium>> | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    const config = options.config ?? localConsoleConfig;
    [server, chromiumHandle] = await Promise.all([
      startConsoleServer(config, options.extra),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await chromiumHandle?.close();
    await server?.close();
  });

  const open = async (
    opts: { org?: string; role?: 'admin' | 'viewer'; signIn?: boolean } = {},
  ): Promise<{ page: Page; org: string; api: E2eApi; url: string }> => {
    if (!server || !chromiumHandle) throw new Error('useConsole(): the server starts in beforeAll');
    const org = opts.org ?? newOrg('e2e');
    const context = await chromiumHandle.browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    context.setDefaultTimeout(20_000);
    if (opts.signIn !== false) {
      const token = localToken({
        org,
        role: opts.role ?? 'admin',
        sub: 'e2e-admin',
        email: 'admin@e2e.local',
      });
      await context.addInitScript(
        ([t, o]) => {
          sessionStorage.setItem('sa.token', t);
          sessionStorage.setItem('sa.org', o);
        },
        [token, org] as const,
      );
    }
    const page = await context.newPage();
    return { page, org, api: apiClient(server.url, org), url: server.url };
  };

  return {
    open,
    get url() {
      if (!server) throw new Error('useConsole(): the server starts in beforeAll');
      return server.url;
    },
  };
};

/** A table row by the exact text of one of its cells' links (the item's name or code). */
export const rowOf = (page: Page, table: string, name: string): Locator =>
  page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

/** Picks `option` in the Mantine select labelled `label` (within `scope`, e.g. a dialog). */
export const choose = async (scope: Page | Locator, page: Page, label: string, option: string) => {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

/** Polls until `read` gives what the assertion wants: a loaded machine may take a while to render. */
export const eventually = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 20_000, interval: 100 });

/** Waits until the locator is visible (Playwright's auto-waiting) and returns it. */
export const visible = async (locator: Locator): Promise<Locator> => {
  await locator.waitFor({ state: 'visible' });
  return locator;
};

/** Opens a screen from the navigation bar and waits for its heading. */
export const navigate = async (page: Page, screen: string) => {
  await page.getByRole('navigation').getByRole('link', { name: screen, exact: true }).click();
  await visible(page.getByRole('heading', { level: 2, name: screen, exact: true }));
};

/** The error message shown under an input (Mantine links it through aria-describedby), or null. */
export const errorUnder = async (input: Locator): Promise<string | null> => {
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const id = ids.split(/\s+/).find((i) => i.endsWith('-error'));
  return id ? input.page().locator(`[id="${id}"]`).textContent() : null;
};
