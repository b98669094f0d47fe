/**
 * The largest plan the contract allows (API.md, "Plans"), for the tests that prove it can live its
 * whole life: every text field at its maximum length and made of characters that cost the most —
 * control characters (1 character, 6 bytes as `\u0001` in JSON) or random characters of the Basic
 * Multilingual Plane (3 bytes in UTF-8, and what compresses worst); 100 features, 50 limits with
 * 64-character names, 50 items whose root products have 26 children each (so every image of the
 * plan lists 1,300 `childProductIds`).
 */
import { expect } from 'vitest';
import { seededRandom } from '../../bench/lib/seeded-random.ts';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import type { ApiClient } from './api.ts';
import type { ItemInput } from './catalog.ts';
import { createCompany, createGroup, createPackage, createPrice, createProduct } from './catalog.ts';

export const WORST = { items: 50, children: 26, features: 100, limits: 50 } as const;

export type TextKind = 'control' | 'bmp';

/** Control characters that JSON writes as `\u00XX` (not the 2-byte `\b \t \n \f \r`). */
const CONTROLS = Array.from({ length: 31 }, (_, i) => i + 1).filter((c) => ![8, 9, 10, 12, 13].includes(c));

/** `n` characters of `kind` (no surrogates: every character is a whole code point). */
export const hostileText = (random: () => number, n: number, kind: TextKind): string => {
  const codes = Array.from({ length: n }, () => {
    if (kind === 'control') return CONTROLS[Math.floor(random() * CONTROLS.length)] as number;
    const code = 0x800 + Math.floor(random() * (0x10000 - 0x800 - 0x800));
    return code >= 0xd800 ? code + 0x800 : code; // skip the surrogate block
  });
  return String.fromCharCode(...codes);
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const NAME_CHARS = `${LETTERS}0123456789_`;

/** The writable fields of a worst-case plan (items as given), all at their maximum. */
export const worstFields = (
  seed: number,
  kind: TextKind,
  refs: { items: ItemInput[]; packageId: string | null; groupId: string | null; companyId: string | null },
) => {
  const random = seededRandom(seed);
  const pick = (chars: string) => chars[Math.floor(random() * chars.length)] as string;
  const features = Array.from(
    { length: WORST.features },
    // The last 3 characters tell features apart; the rest is hostile.
    (_, i) => `${hostileText(random, 197, kind)}${String(i).padStart(3, '0')}`,
  );
  const limits = Object.fromEntries(
    Array.from({ length: WORST.limits }, (_, i) => [
      `${pick(LETTERS)}${Array.from({ length: 61 }, () => pick(NAME_CHARS)).join('')}${String(i).padStart(2, '0')}`,
      Number.MAX_SAFE_INTEGER - i,
    ]),
  );
  return {
    name: hostileText(random, 255, kind),
    description: hostileText(random, 5000, kind),
    type: 'promotional',
    visibility: 'private',
    defaultCycle: 'custom',
    availableCycles: ['custom', 'daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual'],
    customDays: 3650,
    trialDays: 90,
    price: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' },
    includedQuota: Number.MAX_SAFE_INTEGER,
    features,
    limits,
    items: refs.items,
    packageId: refs.packageId,
    groupId: refs.groupId,
    companyId: refs.companyId,
  };
};

/** A slug of 100 characters. */
export const worstSlug = (tag: string) => `${tag}-`.padEnd(100, 'x');

/** Runs `tasks` at most `n` at a time. */
const pool = async <T>(n: number, tasks: (() => Promise<T>)[]): Promise<T[]> => {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, tasks.length) }, worker));
  return results;
};

export interface WorstCatalog {
  companyId: string;
  packageIds: [string, string];
  groupIds: [string, string];
  /** 50 items of root products of the company, each product with 26 children. */
  items: ItemInput[];
  /** Each root product's children, sorted (what `childProductIds` must list). */
  children: Map<string, string[]>;
}

/**
 * What a worst-case plan references, created over HTTP: a company, two packages, two groups, 50 root
 * products of the company with a price and 26 children each (1,400 products in all, a few at a time).
 */
export const worstCatalog = async (api: ApiClient, org: string): Promise<WorstCatalog> => {
  const company = await createCompany(api, org);
  const [p1, p2, g1, g2] = await Promise.all([
    createPackage(api, org),
    createPackage(api, org),
    createGroup(api, org),
    createGroup(api, org),
  ]);
  const roots = await pool(
    8,
    Array.from({ length: WORST.items }, (_, i) => async () => {
      const product = await createProduct(api, org, { name: `Root ${i}`, companyId: company.id });
      const price = await createPrice(api, org, product.id);
      return { productId: product.id, priceId: price.id };
    }),
  );
  // One task per root creates its children one after the other (they all change their parent's item).
  const children = await pool(
    8,
    roots.map((root) => async () => {
      const ids: string[] = [];
      for (let c = 0; c < WORST.children; c++) {
        ids.push((await createProduct(api, org, { name: `Child ${c}`, parentId: root.productId })).id);
      }
      return [root.productId, ids.sort()] as const;
    }),
  );
  return {
    companyId: company.id,
    packageIds: [p1.id, p2.id],
    groupIds: [g1.id, g2.id],
    items: roots,
    children: new Map(children),
  };
};

/** The plan answers with every item's 26 children. */
export const expectAllChildren = (plan: PlanResource, catalog: WorstCatalog) => {
  expect(plan.items).toHaveLength(WORST.items);
  for (const item of plan.items) {
    expect(item.childProductIds).toEqual(catalog.children.get(item.productId));
  }
};

/**
 * DynamoDB's size of an item (its attribute names and values in UTF-8; numbers about 1 byte per 2
 * digits; binary as its length; 3 bytes per list or map and 1 per element), the measure of its
 * 400 KB limit.
 */
export const itemBytes = (value: unknown): number => {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace('.', '').length / 2) + 1;
  if (value instanceof Uint8Array) return value.length;
  if (value instanceof Set) return [...value].reduce((n: number, v) => n + itemBytes(v), 0);
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + 1 + itemBytes(v), 3);
  return Object.entries(value as Record<string, unknown>).reduce(
    (n, [k, v]) => n + Buffer.byteLength(k) + 1 + itemBytes(v),
    3,
  );
};

/** The bytes of an answer as the Lambda response payload that carries it (API Gateway's proxy result). */
export const lambdaPayloadBytes = (res: { status: number; headers: Headers; text: string }) =>
  Buffer.byteLength(
    JSON.stringify({ statusCode: res.status, headers: Object.fromEntries(res.headers), body: res.text }),
  );

/** AWS Lambda's limit on a synchronous response payload. */
export const LAMBDA_RESPONSE_LIMIT = 6 * 1024 * 1024;
