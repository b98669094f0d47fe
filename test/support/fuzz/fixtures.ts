/** Fixtures: a small, fully linked catalog in one org, so generated references can exist. */
import { createHmac } from 'node:crypto';
import { cursorKey } from '../../../shared/db/cursor-key.ts';
import { ROUTES } from '../../../shared/routes.ts';
import type { ApiClient } from '../api.ts';

export interface Fixtures {
  org: string;
  /** Ids of existing resources by prefix (`pkg`, `plan`, …). */
  ids: Map<string, string[]>;
  /** Every string value of every fixture (ids, codes, slugs, usernames, emails, currencies…). */
  strings: string[];
  /** `nextCursor`s of real list pages (of this org's lists). */
  cursors: string[];
  /**
   * Those cursors with their start key changed (an attribute dropped, emptied, replaced by another
   * entity's key or another type, one added) and signed again with the real key: they pass the
   * signature check, so only the position check stands between them and DynamoDB.
   */
  forgedCursors: { path: string; cursor: string }[];
}

/** Re-signs `cursor` (see shared/db/pagination.ts) with its start key changed by `change`. */
const forge = (key: string, cursor: string, change: (start: Record<string, unknown>) => unknown) => {
  const [payload = ''] = cursor.split('.');
  const { s, c } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { s: string; c: string };
  const start = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as Record<string, unknown>;
  const inner = Buffer.from(JSON.stringify(change(start)) ?? 'null').toString('base64url');
  const forged = Buffer.from(JSON.stringify({ s, c: inner })).toString('base64url');
  return `${forged}.${createHmac('sha256', key).update(`${s}|${forged}`).digest('base64url').slice(0, 22)}`;
};

const FORGERIES: ((start: Record<string, unknown>) => unknown)[] = [
  (k) => Object.fromEntries(Object.entries(k).slice(1)),
  (k) => Object.fromEntries(Object.entries(k).slice(0, -1)),
  (k) => Object.fromEntries(Object.entries(k).map(([n, v], i) => [n, i === 1 ? '' : v])),
  (k) => Object.fromEntries(Object.entries(k).map(([n, v], i) => [n, i === 1 ? 7 : v])),
  (k) => Object.fromEntries(Object.entries(k).map(([n, v]) => [n, n.endsWith('sk') ? '$other_1#id_x' : v])),
  (k) => ({ ...k, gsi6pk: 'x', gsi6sk: 'y' }),
  () => ({}),
  () => null,
  () => ['pk', 'sk'],
];

const harvestStrings = (value: unknown, into: Set<string>) => {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) harvestStrings(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) harvestStrings(v, into);
};

let fixtureCounter = 0;

/**
 * Creates, over HTTP, a package, an offer, a company, a plan group, a root product with a child and
 * a price, a draft, an active and an archived plan, two subscribers and a subscription; `extra`
 * adds a second of each simple resource so every list has more than one page at `limit=1`.
 */
export const seedFixtures = async (api: ApiClient, org: string, extra = false): Promise<Fixtures> => {
  const ids = new Map<string, string[]>();
  const strings = new Set<string>();
  const n = ++fixtureCounter;
  const create = async (path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const res = await api.request('POST', `/orgs/${org}${path}`, { body, org });
    if (res.status !== 201 && res.status !== 200) {
      throw new Error(`fixture POST ${path} answered ${res.status}: ${res.text}`);
    }
    const id = res.body.id;
    if (typeof id === 'string') {
      const prefix = id.slice(0, id.indexOf('_'));
      const known = ids.get(prefix) ?? [];
      if (!known.includes(id)) ids.set(prefix, [...known, id]);
    }
    harvestStrings(res.body, strings);
    return res.body;
  };
  const rounds = extra ? [0, 1] : [0];
  const root = async () => {
    const company = await create('/companies', { name: 'Company', legalName: 'Legal', taxId: 'T1' });
    const product = await create('/products', { name: 'Root', companyId: company.id });
    const [price] = await Promise.all([
      create(`/products/${String(product.id)}/prices`, { amount: 1000, currency: 'USD', cycle: 'monthly' }),
      create('/products', { name: 'Child', parentId: product.id }),
      ...(extra ? [create(`/products/${String(product.id)}/prices`, { amount: 5, currency: 'EUR' })] : []),
    ]);
    return { company, product, price };
  };
  const [{ company, product, price }, [pkg], [group]] = await Promise.all([
    root(),
    Promise.all(
      rounds.map(async (i) => {
        const p = await create('/packages', { status: 'active', code: `FZ${n}x${i}`, name: 'Pkg', tier: 1 });
        await create('/offers', { status: 'active', code: `FO${n}x${i}`, name: 'Offer', packageId: p.id });
        return p;
      }),
    ),
    Promise.all(rounds.map((i) => create('/plan-groups', { name: `Group ${i}` }))),
    // Spares nothing refers to, so a delete (or an archive, or a bind) can succeed once.
    create('/companies', { name: 'Spare company' }),
    create('/plan-groups', { name: 'Spare group' }),
    create('/packages', { status: 'inactive', code: `FS${n}`, name: 'Spare', tier: 0 }),
    create('/products', { name: 'Spare product' }),
    create('/plans', { name: 'Open', slug: `open-${n}`, publish: true }),
    create('/plans', { name: 'Open 2', slug: `open-${n}-2`, publish: true, visibility: 'private' }),
  ]);
  const planAndSubscribers = async () => {
    const [active, sbr] = await Promise.all([
      create('/plans', {
        name: 'Active',
        slug: `active-${n}`,
        publish: true,
        trialDays: 7,
        price: { amount: 900, currency: 'EUR' },
        availableCycles: ['monthly', 'annual', 'custom'],
        customDays: 10,
        features: ['a', 'b'],
        limits: { users: 5 },
      }),
      create('/subscribers', { username: `fz-user-${n}`, email: `fz${n}@example.com` }),
      create('/subscribers', { username: `fz-idle-${n}`, email: `idle${n}@example.com`, name: 'Idle' }),
    ]);
    await create('/subscriptions', { subscriberId: sbr.id, planId: active.id, note: 'fixture' });
    if (extra) await create('/subscriptions', { user: `fz-idle-${n}`, planId: active.id, trial: true });
  };
  // Several plans in each state: a lifecycle step succeeds once per plan, and a refusal that wrote
  // anyway (a step taken before the body was refused) must still find a plan it could change.
  await Promise.all([
    create('/plans', {
      name: 'Draft',
      slug: `draft-${n}`,
      groupId: group?.id,
      packageId: pkg?.id,
      companyId: company.id,
      items: [{ productId: product.id, priceId: price?.id }],
    }),
    ...[1, 2].map((i) => create('/plans', { name: `Draft ${i}`, slug: `draft-${n}-${i}` })),
    ...[1, 2].map((i) =>
      create('/plans', { name: `Archived ${i}`, slug: `archived-${n}-${i}`, publish: true }).then(
        (archived) => create(`/plans/${String(archived.id)}/archive`, {}),
      ),
    ),
    planAndSubscribers(),
  ]);

  const cursors: string[] = [];
  const listed: { path: string; cursor: string }[] = [];
  if (extra) {
    for (const r of ROUTES) {
      if (r.method !== 'GET' || !r.path.startsWith('/orgs/{orgId}') || /\{\w+Id\}$/.test(r.path)) continue;
      const path = r.path.replace('{orgId}', org).replace('{productId}', String(product.id));
      const res = await api.request('GET', `${path}?limit=1`, { org });
      if (typeof res.body.nextCursor === 'string') {
        cursors.push(res.body.nextCursor);
        listed.push({ path, cursor: res.body.nextCursor });
      }
    }
  }
  const key = await cursorKey();
  const forgedCursors = listed.flatMap(({ path, cursor }) =>
    FORGERIES.map((change) => ({ path, cursor: forge(key, cursor, change) })),
  );
  return { org, ids, strings: [...strings], cursors, forgedCursors };
};
