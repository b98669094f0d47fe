/** Small helpers of the load harness: randomness, reading answer fields, percentiles, tokens, hosts. */

export type Json = Record<string, unknown>;

export const rand = (n: number) => Math.floor(Math.random() * n);
export const randInt = (min: number, max: number) => min + rand(max - min + 1);
export const chance = (p: number) => Math.random() < p;
export const pick = <T>(items: readonly T[]): T | undefined => items[rand(items.length)];

/** `value` with each letter upper- or lower-cased at random: the same code, ignoring case. */
export const mangleCase = (value: string) =>
  [...value].map((c) => (chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('');

export const str = (body: unknown, field: string): string | undefined => {
  const value = (body as Json | null)?.[field];
  return typeof value === 'string' ? value : undefined;
};
export const num = (body: unknown, field: string): number | undefined => {
  const value = (body as Json | null)?.[field];
  return typeof value === 'number' ? value : undefined;
};

/** The `p`th percentile (nearest rank) of ascending `sorted`. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0);

export const round = (ms: number) => Math.round(ms * 10) / 10;

/** The JWT's claims, unverified (to learn which orgs a `--token` may use). */
export const tokenClaims = (token: string): Json => {
  const payload = token.split('.')[1] ?? '';
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' ? (claims as Json) : {};
  } catch {
    return {};
  }
};

/** True for localhost, 127.0.0.0/8 and ::1: the load never leaves the machine. */
export const isLoopback = (hostname: string) =>
  hostname === 'localhost' ||
  /^127\.\d+\.\d+\.\d+$/.test(hostname) ||
  hostname === '[::1]' ||
  hostname === '::1';
