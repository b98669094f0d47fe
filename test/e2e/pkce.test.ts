/**
 * The console's PKCE module (console/src/pkce.ts), run in Node as the browser runs it. The browser test
 * (sign-in.test.ts) drives the whole flow against a stand-in hosted UI; these pin the details.
 */
import { describe, expect, it } from 'vitest';
import {
  authorizeUrl,
  codeChallenge,
  decodeClaims,
  exchangeCode,
  groupsOf,
  logoutUrl,
  orgsOf,
  randomToken,
} from '../../console/src/pkce.ts';
import { localToken } from '../../shared/local/jwt.ts';

const CLIENT = {
  authDomain: 'https://admin.auth.eu-west-1.amazoncognito.com',
  clientId: 'client-1',
  redirectUri: 'https://d111.cloudfront.net/console/',
};

describe('PKCE (RFC 7636)', () => {
  it('derives the S256 challenge of the RFC 7636 appendix B example', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers of 43 unreserved characters, different every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, randomToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('asks the hosted UI for a code with the S256 challenge, the state and the OpenID scopes', () => {
    const url = new URL(authorizeUrl(CLIENT, 'state-1', 'challenge-1'));
    expect(url.origin + url.pathname).toBe(`${CLIENT.authDomain}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: CLIENT.redirectUri,
      scope: 'openid email profile',
      state: 'state-1',
      code_challenge: 'challenge-1',
      code_challenge_method: 'S256',
    });
    expect(logoutUrl(CLIENT)).toBe(
      `${CLIENT.authDomain}/logout?client_id=client-1&logout_uri=${encodeURIComponent(CLIENT.redirectUri)}`,
    );
  });

  it('exchanges the code with its verifier, form-encoded, and refuses an answer without an ID token', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const answer = (status: number, body: unknown): typeof fetch =>
      (async (url: string | URL | Request, init?: RequestInit) => {
        sent.push({ url: String(url), init: init ?? {} });
        return new Response(JSON.stringify(body), { status });
      }) as typeof fetch;
    const tokens = await exchangeCode(
      CLIENT,
      'code-1',
      'verifier-1',
      answer(200, { id_token: 'id', access_token: 'access', expires_in: 3600 }),
    );
    expect(tokens).toEqual({ idToken: 'id', accessToken: 'access', expiresIn: 3600 });
    expect(sent[0]?.url).toBe(`${CLIENT.authDomain}/oauth2/token`);
    expect(Object.fromEntries(new URLSearchParams(String(sent[0]?.init.body)))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client-1',
      code: 'code-1',
      redirect_uri: CLIENT.redirectUri,
      code_verifier: 'verifier-1',
    });
    await expect(
      exchangeCode(CLIENT, 'code-1', 'wrong', answer(400, { error: 'invalid_grant' })),
    ).rejects.toThrow(/invalid_grant/);
  });
});

describe('claims the console reads', () => {
  it('decodes a token and reads cognito:groups as an array or flattened, and custom:orgs', () => {
    const claims = decodeClaims(localToken({ org: 'acme,beta', role: 'viewer', email: 'zoë@example.com' }));
    expect(claims).toMatchObject({ email: 'zoë@example.com', 'cognito:groups': ['viewer'] });
    expect(groupsOf(claims ?? {})).toEqual(['viewer']);
    expect(groupsOf({ 'cognito:groups': '[admin viewer]' })).toEqual(['admin', 'viewer']);
    expect(groupsOf({})).toEqual([]);
    expect(orgsOf(claims ?? {})).toEqual(['acme', 'beta']);
    expect(decodeClaims('not-a-jwt')).toBeNull();
  });
});
