/** Values and small helpers that several test files share. */

/** A timestamp as the API returns it: ISO-8601 UTC with milliseconds. */
export const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Well-formed ids that no org holds. */
export const MISSING_PKG = 'pkg_01ARZ3NDEKTSV4RRFFQ69G5FAV';
export const MISSING_OFF = 'off_01ARZ3NDEKTSV4RRFFQ69G5FAV';

/** Eight random base-36 characters, for codes that must not clash. */
export const rand = () => Math.random().toString(36).slice(2, 10);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A valid package create body with a fresh code; `overrides` replace fields (or drop them, with `undefined`). */
export const pkgBody = (overrides: Record<string, unknown> = {}) => ({
  status: 'active',
  code: `P${rand()}`,
  name: 'Package',
  tier: 1,
  ...overrides,
});

/** A valid offer create body on `packageId` with a fresh code; `overrides` as for `pkgBody`. */
export const offerBody = (packageId: string, overrides: Record<string, unknown> = {}) => ({
  status: 'active',
  code: `O${rand()}`,
  name: 'Offer',
  packageId,
  ...overrides,
});

/** A valid package create body with the given code, named after it. */
export const namedPkg = (code: string) => pkgBody({ code, name: `Package ${code}` });
