/**
 * How the claims of an admin's token are read: by the API (shared/http/auth.ts) and by the admin
 * console (console/src/pkce.ts), so both grant the same. Pure functions: no imports, browser-safe.
 */

/**
 * `cognito:groups` arrives as a JSON array from a decoded token, and flattened by API Gateway
 * into a string such as `[admin viewer]`; accept both (and a plain space-separated list).
 * Names are separated by whitespace only, never by commas: a Cognito group name may contain a comma
 * but no whitespace, so a group called `admin,x` (flattened `[admin,x]`) is that one group, not `admin`.
 */
export const parseGroups = (claim: unknown): string[] => {
  if (Array.isArray(claim)) return claim.filter((g): g is string => typeof g === 'string');
  if (typeof claim !== 'string') return [];
  const trimmed = claim.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    const inner = trimmed.slice(1, -1);
    // A JSON array has quoted strings; API Gateway's `[admin viewer]` form has none, and is what every
    // request in AWS carries: tell them apart without a JSON.parse that would throw on each request.
    if (inner.includes('"')) {
      try {
        const parsed: unknown = JSON.parse(trimmed);
        if (Array.isArray(parsed)) return parsed.filter((g): g is string => typeof g === 'string');
      } catch {
        // Not JSON after all: read it as the flattened form.
      }
    }
    return inner.split(/\s+/).filter(Boolean);
  }
  return trimmed.split(/\s+/).filter(Boolean);
};

/** `custom:orgs`: comma-separated org ids, or `*` for every org. */
export const parseOrgs = (claim: unknown): string[] =>
  typeof claim === 'string'
    ? claim
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean)
    : [];
