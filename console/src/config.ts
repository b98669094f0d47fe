import type { OAuthClient } from './pkce.ts';

/**
 * `config.json`, next to index.html: written by `npm start` (local mode, with a ready token) or by the
 * CDK stack's deployment (Cognito mode, with the user pool's ids).
 */
export type ConsoleConfig =
  | {
      mode: 'local';
      /** The API's base URL; empty for the same origin. */
      apiUrl: string;
      /** The org and the token the console opens with. */
      org: string;
      token: string;
    }
  | ({
      mode: 'cognito';
      apiUrl: string;
      region: string;
      userPoolId: string;
    } & OAuthClient);

export const loadConfig = async (): Promise<ConsoleConfig> => {
  const res = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`config.json could not be loaded (HTTP ${res.status})`);
  return (await res.json()) as ConsoleConfig;
};
