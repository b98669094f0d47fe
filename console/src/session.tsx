import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type ApiClient, createApiClient } from './api.ts';
import type { ConsoleConfig } from './config.ts';
import {
  authorizeUrl,
  codeChallenge,
  decodeClaims,
  exchangeCode,
  groupsOf,
  logoutUrl,
  orgsOf,
  randomToken,
} from './pkce.ts';

/** Where the console keeps who is signed in: per tab, gone when the tab closes. */
const STORE = { token: 'sa.token', org: 'sa.org', pkce: 'sa.pkce' } as const;

export interface Session {
  config: ConsoleConfig;
  token: string;
  org: string;
  claims: Record<string, unknown>;
  /** `admin` in cognito:groups: may write. A viewer sees every screen read-only. */
  isAdmin: boolean;
  /** The orgs the token grants (`*`: any). */
  orgs: string[];
  /** The typed client of this org's API (api.ts), with this token. */
  api: ApiClient;
}

export interface SessionState {
  session: Session | null;
  /** Why there is no session (expired token, failed sign-in), to show on the sign-in screen. */
  reason?: string;
}

const isExpired = (claims: Record<string, unknown>) =>
  typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now();

/** Builds the session for this token and org, or explains why it cannot be used. */
export const makeSession = (
  config: ConsoleConfig,
  token: string,
  preferredOrg: string | null,
  onUnauthorized: () => void,
): SessionState => {
  const claims = decodeClaims(token);
  if (!claims) return { session: null, reason: 'The token is not a JWT.' };
  if (isExpired(claims)) return { session: null, reason: 'The token has expired: sign in again.' };
  const orgs = orgsOf(claims);
  const org =
    preferredOrg || (config.mode === 'local' ? config.org : orgs.find((o) => o !== '*')) || orgs[0] || '';
  const groups = groupsOf(claims);
  const api = createApiClient(config.apiUrl.replace(/\/$/, ''), org, token, onUnauthorized);
  return { session: { config, token, org, claims, isAdmin: groups.includes('admin'), orgs, api } };
};

/** Reads the stored session, finishing a Cognito sign-in first when the URL carries its code. */
export const restoreSession = async (
  config: ConsoleConfig,
  onUnauthorized: () => void,
): Promise<SessionState> => {
  const storedOrg = sessionStorage.getItem(STORE.org);
  if (config.mode === 'cognito') {
    const params = new URLSearchParams(window.location.search);
    const code = params.get('code');
    if (code) {
      const pending = JSON.parse(sessionStorage.getItem(STORE.pkce) ?? 'null') as {
        verifier: string;
        state: string;
        path: string;
      } | null;
      sessionStorage.removeItem(STORE.pkce);
      window.history.replaceState(null, '', pending?.path ?? window.location.pathname);
      if (!pending || pending.state !== params.get('state')) {
        return { session: null, reason: 'The sign-in answer did not match this browser’s request.' };
      }
      try {
        const tokens = await exchangeCode(config, code, pending.verifier);
        sessionStorage.setItem(STORE.token, tokens.idToken);
      } catch (error) {
        return { session: null, reason: String(error instanceof Error ? error.message : error) };
      }
    }
  }
  const token =
    sessionStorage.getItem(STORE.token) ?? (config.mode === 'local' ? config.token : null) ?? null;
  if (!token) return { session: null };
  return makeSession(config, token, storedOrg, onUnauthorized);
};

/** Starts Cognito's hosted sign-in (authorization code with PKCE). */
export const signIn = async (config: ConsoleConfig & { mode: 'cognito' }) => {
  const verifier = randomToken();
  const state = randomToken();
  sessionStorage.setItem(
    STORE.pkce,
    JSON.stringify({ verifier, state, path: window.location.pathname + window.location.hash }),
  );
  window.location.assign(authorizeUrl(config, state, await codeChallenge(verifier)));
};

/** Uses another token and/or org from now on (kept for this tab). */
export const switchSession = (token: string, org: string) => {
  sessionStorage.setItem(STORE.token, token);
  sessionStorage.setItem(STORE.org, org);
};

export const signOut = (config: ConsoleConfig) => {
  sessionStorage.removeItem(STORE.token);
  sessionStorage.removeItem(STORE.org);
  if (config.mode === 'cognito') window.location.assign(logoutUrl(config));
  else window.location.reload();
};

const SessionContext = createContext<Session | null>(null);

export const SessionProvider = ({ session, children }: { session: Session; children: ReactNode }) => (
  <SessionContext.Provider value={useMemo(() => session, [session])}>{children}</SessionContext.Provider>
);

export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside SessionProvider');
  return session;
};
