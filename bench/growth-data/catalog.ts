/**
 * The list figure's catalog: products, prices and plans as the create path stores them.
 * Import after `startBenchDatabase()` (it imports `shared/db/service.ts`).
 */
import { db } from '../../shared/db/service.ts';
import type { PlanItem, StoredPlanItem } from '../../shared/entities/plan.ts';
import { planKeys } from '../../shared/entities/plan.ts';
import { normalizeUnique } from '../../shared/entities/unique-guard.ts';
import { newId } from '../../shared/ids.ts';
import { toPlan } from '../../shared/plans/state.ts';
import { type Item, random, stored } from './loader.ts';

const FEATURES = [
  'API access',
  'Priority support',
  'SSO',
  'Audit log',
  'Custom domain',
  'Webhooks',
  'Exports',
];
const CURRENCIES = ['USD', 'EUR', 'GBP'];

export interface Catalog {
  /** Items to write: products, prices, plans, slug guards and `plan.created` audit events. */
  items: Item[];
  planIds: string[];
  /** A few plans (as stored) with what GET must answer for them, to check the load. */
  samples: { item: PlanItem; expected: ReturnType<typeof toPlan> }[];
}

/**
 * `plans` plans in `orgId` with a pool of root products (one monthly price each), as the create
 * path stores them: the plan item with its six index keys, its `plan-slug` guard, its
 * `plan.created` audit event, and products whose `planRefCount` is exactly the items using them.
 * Mixed: ~55% active, 30% draft, 15% archived; 80% public; three types; 40% carry 1 to 3 items.
 * Ids grow with `createdAt` (one plan a minute up to `until`), like plans created over time.
 */
export const catalog = (orgId: string, plans: number, seed: number, until = Date.now() - 60_000): Catalog => {
  const rnd = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)] as T;
  const start = until - plans * 60_000 - 60 * 60_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const products = Array.from({ length: 24 }, (_, i) => {
    const at = start + i * 60_000;
    return {
      productId: newId('prod', at),
      priceId: newId('price', at),
      name: `Product ${i + 1}`,
      at: iso(at),
      amount: 500 + i * 250,
      uses: 0,
    };
  });
  const items: Item[] = [];
  const planIds: string[] = [];
  const samples: Catalog['samples'] = [];
  for (let i = 0; i < plans; i++) {
    const createdMs = start + 60 * 60_000 + i * 60_000;
    const createdAt = iso(createdMs);
    const id = newId('plan', createdMs);
    const r = rnd();
    const status = r < 0.55 ? 'active' : r < 0.85 ? 'draft' : 'archived';
    const annual = rnd() < 0.5;
    const planItems: StoredPlanItem[] = [];
    if (rnd() < 0.4) {
      const count = 1 + Math.floor(rnd() * 3);
      const used = new Set<number>();
      while (used.size < count) used.add(Math.floor(rnd() * products.length));
      for (const p of used) {
        const product = products[p] as (typeof products)[number];
        product.uses++;
        planItems.push({
          productId: product.productId,
          priceId: product.priceId,
          quantity: 1 + Math.floor(rnd() * 3),
          included: rnd() < 0.8,
        });
      }
    }
    const limits: [string, number][] = [
      ['users', 5 * (1 + Math.floor(rnd() * 20))],
      ['apiRequestsPerDay', 1000 * (1 + Math.floor(rnd() * 100))],
    ];
    const updatedAt = status === 'draft' ? createdAt : iso(createdMs + 30_000);
    const item = {
      organizationId: orgId,
      id,
      name: `Plan ${i + 1} ${pick(['Starter', 'Team', 'Business', 'Enterprise', 'Edu'])}`,
      slug: `plan-${i + 1}`,
      ...(rnd() < 0.5 ? { description: `Plan number ${i + 1}, for benchmarks.` } : {}),
      type: pick(['standard', 'standard', 'custom', 'promotional'] as const),
      visibility: rnd() < 0.8 ? 'public' : 'private',
      status,
      defaultCycle: 'monthly',
      availableCycles: annual ? ['monthly', 'annual'] : ['monthly'],
      trialDays: pick([0, 0, 7, 14, 30]),
      ...(rnd() < 0.9
        ? { price: { amount: 100 * (1 + Math.floor(rnd() * 200)), currency: pick(CURRENCIES) } }
        : {}),
      ...(rnd() < 0.6 ? { includedQuota: 1000 * (1 + Math.floor(rnd() * 50)) } : {}),
      features: FEATURES.filter(() => rnd() < 0.4),
      limits,
      items: planItems,
      expiryNoticeDays: 0,
      ...planKeys({}),
      ...(status !== 'draft' ? { publishedAt: iso(createdMs + 30_000) } : {}),
      ...(status === 'archived' ? { archivedAt: updatedAt } : {}),
      liveSubscriptionCount: 0,
      subscriptionCount: 0,
      version: status === 'draft' ? 1 : status === 'active' ? 2 : 3,
      createdAt,
      updatedAt,
    } as PlanItem;
    const resource = toPlan(item, new Map());
    planIds.push(id);
    items.push(
      stored(db.plan.put(item).params()),
      stored(
        db.guard
          .put({ organizationId: orgId, kind: 'plan-slug', value: normalizeUnique(item.slug), ownerId: id })
          .params(),
      ),
      stored(
        db.auditEvent
          .put({
            organizationId: orgId,
            id: newId('evt', createdMs),
            at: createdAt,
            actorSub: 'bench-admin',
            entityType: 'plan',
            entityId: id,
            action: 'plan.created',
            after: JSON.stringify({ ...resource, status: status === 'draft' ? 'draft' : 'active' }),
          })
          .params(),
      ),
    );
    if (i % Math.max(1, Math.floor(plans / 5)) === 0 || (planItems.length > 0 && samples.length < 8)) {
      samples.push({ item, expected: resource });
    }
  }
  for (const p of products) {
    items.push(
      stored(
        db.product
          .put({
            organizationId: orgId,
            id: p.productId,
            name: p.name,
            status: 'active',
            planRefCount: p.uses,
            priceCount: 1,
            parentKey: '-',
            companyKey: '-',
            version: 1,
            createdAt: p.at,
            updatedAt: p.at,
          })
          .params(),
      ),
      stored(
        db.price
          .put({
            organizationId: orgId,
            id: p.priceId,
            productId: p.productId,
            amount: p.amount,
            currency: 'USD',
            cycle: 'monthly',
            active: true,
            version: 1,
            createdAt: p.at,
            updatedAt: p.at,
          })
          .params(),
      ),
    );
  }
  return { items, planIds, samples };
};
