/**
 * The OAuth 2.0 authorization code flow with PKCE (RFC 7636) against Cognito's hosted sign-in: small
 * enough not to need an auth library, and pure (no DOM), so Node's tests run it as the browser does.
 */

import { parseGroups, parseOrgs } from '../../shared/claims.ts';

/** What the console needs to know about the user pool's hosted sign-in. */
export interface OAuthClient {
  /** The hosted UI's base URL, e.g. `https://admin-123.auth.eu-west-1.amazoncognito.com`. */
  authDomain: string;
  clientId: string;
  /** Where Cognito sends the browser back with `?code=…&state=…` (the console's own URL). */
  redirectUri: string;
}

export interface Tokens {
  idToken: string;
  accessToken: string;
  expiresIn: number;
}

/** Base64url without padding (RFC 4648 §5), as PKCE and JWTs use it. */
export const base64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** A fresh random string of 43 characters from 32 random bytes: a code verifier, or a `state`. */
export const randomToken = (): string => base64Url(crypto.getRandomValues(new Uint8Array(32)));

/** The S256 code challenge of a verifier: base64url(SHA-256(verifier)). */
export const codeChallenge = async (verifier: string): Promise<string> =>
  base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));

/** The hosted sign-in URL that starts the flow. */
export const authorizeUrl = (client: OAuthClient, state: string, challenge: string): string =>
  `${client.authDomain}/oauth2/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    scope: 'openid email profile',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  })}`;

/** Trades the code Cognito sent back (and the verifier only this browser knows) for tokens. */
export const exchangeCode = async (
  client: OAuthClient,
  code: string,
  verifier: string,
  fetchFn: typeof fetch = fetch,
): Promise<Tokens> => {
  const res = await fetchFn(`${client.authDomain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: client.clientId,
      code,
      redirect_uri: client.redirectUri,
      code_verifier: verifier,
    }).toString(),
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok || typeof body.id_token !== 'string') {
    throw new Error(`Sign-in failed: ${typeof body.error === 'string' ? body.error : `HTTP ${res.status}`}`);
  }
  return {
    idToken: body.id_token,
    accessToken: typeof body.access_token === 'string' ? body.access_token : '',
    expiresIn: typeof body.expires_in === 'number' ? body.expires_in : 3600,
  };
};

/** Cognito's sign-out URL, which ends the hosted session and comes back to the console. */
export const logoutUrl = (client: OAuthClient): string =>
  `${client.authDomain}/logout?${new URLSearchParams({ client_id: client.clientId, logout_uri: client.redirectUri })}`;

/** The claims of a JWT, unverified: the API verifies tokens; the console only reads who it is. */
export const decodeClaims = (token: string): Record<string, unknown> | null => {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
};

/** `cognito:groups` as an array, whether it came as a JSON array or flattened as `[admin viewer]`. */
export const groupsOf = (claims: Record<string, unknown>): string[] => parseGroups(claims['cognito:groups']);

/** `custom:orgs` as a list (`*` stays `*`: every org). */
export const orgsOf = (claims: Record<string, unknown>): string[] => parseOrgs(claims['custom:orgs']);
