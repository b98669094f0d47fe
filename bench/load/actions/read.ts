/** The workload's reads: paged lists with random filters, and gets of known resources. */

import type { Actor } from '../actor.ts';
import type { Pool, Ref } from '../pools.ts';
import { chance, mangleCase, pick, rand, randInt, str } from '../util.ts';

/** A list with random filters, following `nextCursor` for a few pages. */
export async function list(actor: Actor, s = actor.state()) {
  const kind = rand(11);
  const limit = String(randInt(1, 30));
  let path = '';
  let query: Record<string, string | undefined> = {};
  switch (kind) {
    case 0:
      path = '/packages';
      query = { status: chance(0.5) ? pick(['active', 'inactive']) : undefined };
      break;
    case 1:
      path = '/offers';
      query = chance(0.5)
        ? { packageId: s.packages.random()?.id }
        : { status: chance(0.5) ? 'active' : undefined };
      break;
    case 2: {
      path = '/plans';
      const filter = rand(7);
      query =
        filter === 0
          ? { status: pick(['draft', 'active', 'archived']) }
          : filter === 1
            ? { visibility: pick(['public', 'private']), type: chance(0.5) ? 'standard' : undefined }
            : filter === 2
              ? { groupId: s.groups.random()?.id }
              : filter === 3
                ? { companyId: s.companies.random()?.id, status: chance(0.5) ? 'active' : undefined }
                : filter === 4
                  ? { packageId: s.packages.random()?.id }
                  : filter === 5
                    ? { type: pick(['standard', 'custom', 'promotional']) }
                    : {};
      break;
    }
    case 3:
      path = chance(0.5) ? '/plan-groups' : '/companies';
      break;
    case 4:
      path = '/products';
      query = chance(0.3)
        ? { parentId: s.products.randomWhere((p) => p.parentId === null)?.id }
        : chance(0.3)
          ? { companyId: s.companies.random()?.id }
          : { status: chance(0.5) ? pick(['active', 'archived']) : undefined };
      break;
    case 5: {
      const product = s.products.random();
      path = product ? `/products/${product.id}/prices` : '/products';
      break;
    }
    case 6: {
      path = '/subscribers';
      const x = s.subscribers.random();
      query =
        x && chance(0.5)
          ? chance(0.5)
            ? { username: mangleCase(x.username) }
            : { email: mangleCase(x.email) }
          : {};
      break;
    }
    case 7:
    case 8: {
      path = '/subscriptions';
      const filter = rand(4);
      query =
        filter === 0
          ? { status: pick(['active', 'trialing', 'canceled', 'expired']) }
          : filter === 1
            ? { planId: s.plans.random()?.id }
            : filter === 2
              ? { subscriberId: s.subscribers.random()?.id, status: chance(0.5) ? 'active' : undefined }
              : {};
      break;
    }
    default: {
      path = '/audit-events';
      const filter = rand(3);
      query =
        filter === 0
          ? { entityType: pick(['package', 'plan', 'subscription', 'product', 'price']) }
          : filter === 1
            ? { entityId: s.plans.random()?.id }
            : {};
    }
  }
  let cursor: string | undefined;
  for (let pageNo = 0; pageNo < 4; pageNo++) {
    const a = await actor.call(s, 'GET', path, {
      query: { ...query, limit, ...(cursor ? { cursor } : {}) },
    });
    const next = str(a.body, 'nextCursor');
    if (a.status !== 200 || !next) return;
    cursor = next;
  }
}

export async function get(actor: Actor, s = actor.state()) {
  const kind = rand(8);
  const pools: [Pool<Ref>, string][] = [
    [s.packages, 'packages'],
    [s.offers, 'offers'],
    [s.plans, 'plans'],
    [s.products, 'products'],
    [s.prices as unknown as Pool<Ref>, 'prices'],
    [s.subscribers, 'subscribers'],
    [s.subscriptions, 'subscriptions'],
    [chance(0.5) ? s.companies : s.groups, chance(0.5) ? 'companies' : 'plan-groups'],
  ];
  const [pool, path] = pools[kind] as [Pool<Ref>, string];
  const target = pool.random();
  if (!target) return list(actor, s);
  const a = await actor.call(s, 'GET', `/${path}/${target.id}`);
  if (path !== 'companies' && path !== 'plan-groups') actor.forget(pool, target.id, a);
}
