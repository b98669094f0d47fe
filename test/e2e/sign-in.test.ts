/**
 * Signing in, in Chromium: locally the console opens signed in as the admin of org `demo` and can switch
 * org and token; in AWS mode it runs the authorization code flow with PKCE against the hosted sign-in
 * (here a stand-in that checks the PKCE exchange), and a viewer gets read-only screens.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { localConsoleConfig } from '../../shared/local/console.ts';
import { localToken } from '../../shared/local/jwt.ts';
import { newOrg } from '../support/api.ts';
import { eventually, navigate, rowOf, useConsole, visible } from './support.ts';

const CLIENT_ID = 'console-client';
let mode: 'local' | 'cognito' = 'local';
/** Who the stand-in hosted UI signs in. */
let idpUser = { org: 'demo', role: 'viewer' as 'admin' | 'viewer' };
const issued = new Map<
  string,
  { challenge: string; redirectUri: string; org: string; role: 'admin' | 'viewer' }
>();
const exchanges: { verified: boolean }[] = [];

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => resolve(body));
  });

/** Cognito's /oauth2/authorize and /oauth2/token as the code flow with PKCE uses them. */
const fakeHostedUi = async (req: IncomingMessage, url: URL, res: ServerResponse): Promise<boolean> => {
  if (url.pathname === '/idp/oauth2/authorize' && req.method === 'GET') {
    const q = url.searchParams;
    const valid =
      q.get('response_type') === 'code' &&
      q.get('client_id') === CLIENT_ID &&
      q.get('code_challenge_method') === 'S256' &&
      /^[A-Za-z0-9_-]{43}$/.test(q.get('code_challenge') ?? '') &&
      (q.get('scope') ?? '').split(' ').includes('openid');
    if (!valid) {
      res.writeHead(400).end('bad authorize request');
      return true;
    }
    const code = randomUUID();
    issued.set(code, {
      challenge: q.get('code_challenge') ?? '',
      redirectUri: q.get('redirect_uri') ?? '',
      ...idpUser,
    });
    const back = new URL(q.get('redirect_uri') ?? '');
    back.searchParams.set('code', code);
    back.searchParams.set('state', q.get('state') ?? '');
    res.writeHead(302, { location: back.toString() }).end();
    return true;
  }
  if (url.pathname === '/idp/oauth2/token' && req.method === 'POST') {
    const form = new URLSearchParams(await readBody(req));
    const grant = issued.get(form.get('code') ?? '');
    issued.delete(form.get('code') ?? '');
    const challenge = createHash('sha256')
      .update(form.get('code_verifier') ?? '')
      .digest('base64url');
    const verified =
      grant !== undefined &&
      form.get('grant_type') === 'authorization_code' &&
      form.get('client_id') === CLIENT_ID &&
      form.get('redirect_uri') === grant.redirectUri &&
      challenge === grant.challenge;
    exchanges.push({ verified });
    if (!verified || !grant) {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_grant"}');
      return true;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id_token: localToken({
          org: grant.org,
          role: grant.role,
          sub: 'cognito-user',
          email: 'viewer@example.com',
        }),
        access_token: 'opaque',
        token_type: 'Bearer',
        expires_in: 3600,
      }),
    );
    return true;
  }
  return false;
};

const consoleUnderTest = useConsole({
  config: (baseUrl) =>
    mode === 'local'
      ? localConsoleConfig()
      : {
          mode: 'cognito',
          apiUrl: '',
          region: 'eu-west-1',
          userPoolId: 'eu-west-1_local',
          clientId: CLIENT_ID,
          authDomain: `${baseUrl}/idp`,
          redirectUri: `${baseUrl}/console/`,
        },
  extra: fakeHostedUi,
});

/** The write controls a viewer must not see. */
const expectReadOnly = async (page: import('playwright-core').Page) => {
  await navigate(page, 'Plans');
  expect(await page.getByRole('link', { name: 'Create Plan' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^(Publish|Archive|Duplicate|Delete)$/ }).count()).toBe(0);
  expect(await page.getByRole('checkbox').count()).toBe(0);
  await navigate(page, 'Packages');
  expect(await page.getByRole('button', { name: 'New package' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
  await navigate(page, 'Subscriptions');
  expect(await page.getByRole('button', { name: 'Manual Bind' }).count()).toBe(0);
};

describe('local sign-in (npm start)', () => {
  it('opens signed in as the admin of org demo, and serves client routes on reload', async () => {
    mode = 'local';
    const { page } = await consoleUnderTest.open({ signIn: false });
    await page.goto(`${consoleUnderTest.url}/console/`);
    await visible(page.getByRole('heading', { level: 2, name: 'Plans' }));
    await eventually(() => page.getByTestId('org').textContent()).toBe('org: demo');
    expect(await page.getByTestId('role').textContent()).toBe('admin');
    expect(await page.getByTestId('who').textContent()).toBe('admin@demo.local');
    await visible(page.getByRole('link', { name: 'Create Plan' }));
    // A reload on a client route gets index.html, and the app shows that screen.
    await page.goto(`${consoleUnderTest.url}/console/offers`);
    await visible(page.getByRole('heading', { level: 2, name: 'Offers' }));
    await visible(page.getByRole('button', { name: 'New offer' }));
  });

  it('switches org and token; a viewer sees every screen read-only', async () => {
    mode = 'local';
    const { page, api, org } = await consoleUnderTest.open({ signIn: false });
    const plan = await api.must('POST', '/plans', { name: 'Visible', slug: 'visible' });
    await api.must('POST', '/packages', { status: 'active', code: 'FREE', name: 'Free', tier: 0 });
    await page.goto(`${consoleUnderTest.url}/console/`);
    await page.getByRole('button', { name: 'Switch org / token' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Switch org or token' }));
    await dialog.getByLabel('Organization').fill(org);
    await dialog.getByLabel('Token').fill(localToken({ org, role: 'viewer', sub: 'viewer-1' }));
    await dialog.getByRole('button', { name: 'Use' }).click();
    await eventually(() => page.getByTestId('role').textContent()).toBe('viewer (read-only)');
    expect(await page.getByTestId('org').textContent()).toBe(`org: ${org}`);
    await visible(rowOf(page, 'Plans', 'Visible'));
    await expectReadOnly(page);
    await navigate(page, 'Packages');
    await visible(rowOf(page, 'Packages', 'FREE'));
    // Write screens are not even reachable.
    await page.goto(`${consoleUnderTest.url}/console/plans/${plan.id}/edit`);
    await visible(page.getByRole('heading', { level: 2, name: 'Plans' }));
  });
});

describe('AWS sign-in (Cognito hosted UI, authorization code with PKCE)', () => {
  it('signs in through the hosted UI, exchanges the code with its verifier, and shows a viewer read-only screens', async () => {
    mode = 'cognito';
    const org = newOrg('e2e');
    idpUser = { org, role: 'viewer' };
    const { page, api } = await consoleUnderTest.open({ org, signIn: false });
    await api.must('POST', '/packages', { status: 'active', code: 'PREM', name: 'Premium', tier: 2 });
    await page.goto(`${consoleUnderTest.url}/console/packages`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back from the hosted UI on the page the user started from, with the code gone from the URL.
    await visible(page.getByRole('heading', { level: 2, name: 'Packages' }));
    expect(new URL(page.url()).pathname).toBe('/console/packages');
    expect(new URL(page.url()).search).toBe('');
    expect(exchanges).toEqual([{ verified: true }]);
    await eventually(() => page.getByTestId('role').textContent()).toBe('viewer (read-only)');
    expect(await page.getByTestId('org').textContent()).toBe(`org: ${org}`);
    await visible(rowOf(page, 'Packages', 'PREM'));
    await expectReadOnly(page);
  });
});
