/**
 * Chromium and the console's server, for the browser tests and the screenshot script (no test runner here).
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { ensureConsoleBuilt } from '../../console/build.ts';
import { consoleHandler } from '../../shared/local/console.ts';
import { createLocalServer, type LocalServerOptions } from '../../shared/local/server.ts';

/** Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it): no browser download. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and nothing that reaches for the network on its own (this machine's network refuses it). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium with a fresh profile: Playwright gives every launch its own temporary user-data dir. */
export const launchChromium = async (): Promise<{ browser: Browser; close: () => Promise<void> }> => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH. ` +
        'Playwright downloads no browser here (playwright-core).',
    );
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { browser, close: () => browser.close() };
};

export type ConsoleConfig = Record<string, unknown>;

/** The local server with the console, as `npm start` serves it; `config` answers /console/config.json. */
export const startConsoleServer = async (
  config: (baseUrl: string) => ConsoleConfig,
  extra?: LocalServerOptions['extra'],
) => {
  await ensureConsoleBuilt((message) => console.log(message));
  let baseUrl = '';
  const serveConsole = consoleHandler({ config: () => config(baseUrl) });
  const server = await createLocalServer({
    extra: async (req, url, res) => serveConsole(req, url, res) || ((await extra?.(req, url, res)) ?? false),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: baseUrl, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};
