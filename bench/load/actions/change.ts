/** The workload's changes to what exists: updates, plan lifecycle steps, bulk routes and deletes. */

import { type Actor, COLLIDING, GHOST } from '../actor.ts';
import type { OrgState, PlanRef, Pool, ProductRef, Ref } from '../pools.ts';
import { chance, type Json, mangleCase, num, pick, rand, randInt, str } from '../util.ts';
import { createGroup, createPackage, createPlan } from './create.ts';
import { list } from './read.ts';

interface UpdateTarget {
  pool: Pool<Ref>;
  path: string;
  body: Json;
}

/** What `update` patches: kind 0–7 is a package, offer, plan, subscriber, company, group, product or price. */
function updateTarget(actor: Actor, s: OrgState, kind: number, name: string): UpdateTarget | undefined {
  let target: UpdateTarget | undefined;
  if (kind === 0) {
    const p = s.packages.random();
    if (p)
      target = {
        pool: s.packages,
        path: `/packages/${p.id}`,
        body: {
          name,
          ...(chance(0.2)
            ? { code: mangleCase(chance(0.5) ? `PKG-${rand(COLLIDING)}` : actor.next('p')) }
            : {}),
          ...(chance(0.2) ? { tier: randInt(0, 1000) } : {}),
        },
      };
  } else if (kind === 1) {
    const o = s.offers.random();
    if (o)
      target = {
        pool: s.offers,
        path: `/offers/${o.id}`,
        body: {
          name,
          ...(chance(0.3) && s.packages.size ? { packageId: s.packages.random()?.id } : {}),
          ...(chance(0.2)
            ? { code: mangleCase(chance(0.5) ? `OFF-${rand(COLLIDING)}` : actor.next('o')) }
            : {}),
          ...(chance(0.2) ? { status: pick(['active', 'inactive']) } : {}),
        },
      };
  } else if (kind === 2) {
    const p = s.plans.random();
    if (p) {
      const changeItems = chance(0.2);
      const companyId = chance(0.1) ? null : undefined;
      target = {
        pool: s.plans,
        path: `/plans/${p.id}`,
        body: {
          name,
          ...(chance(0.3) ? { groupId: chance(0.3) ? null : (s.groups.random()?.id ?? null) } : {}),
          ...(chance(0.2) ? { packageId: chance(0.3) ? null : (s.packages.random()?.id ?? null) } : {}),
          ...(companyId === null ? { companyId: null } : {}),
          ...(changeItems ? { items: actor.planItems(s, companyId === null ? null : p.companyId) } : {}),
          ...(chance(0.15) ? { slug: chance(0.5) ? `slug-${rand(COLLIDING)}` : actor.next('plan-') } : {}),
          ...(chance(0.2) ? { visibility: pick(['public', 'private']) } : {}),
        },
      };
    }
  } else if (kind === 3) {
    const x = s.subscribers.random();
    if (x) {
      const fresh = actor.subscriberBody();
      target = {
        pool: s.subscribers,
        path: `/subscribers/${x.id}`,
        body: {
          name,
          ...(chance(0.15) ? { username: fresh.username } : {}),
          ...(chance(0.15) ? { email: fresh.email } : {}),
        },
      };
    }
  } else if (kind === 4) {
    const c = s.companies.random();
    if (c)
      target = {
        pool: s.companies,
        path: `/companies/${c.id}`,
        body: { name, ...(chance(0.3) ? { taxId: null } : {}) },
      };
  } else if (kind === 5) {
    const g = s.groups.random();
    if (g)
      target = {
        pool: s.groups,
        path: `/plan-groups/${g.id}`,
        body: { name, ...(chance(0.3) ? { description: 'moved' } : {}) },
      };
  } else if (kind === 6) {
    const p = s.products.random();
    if (p) {
      const moves = chance(0.15);
      const parent = moves ? s.products.randomWhere((q) => q.parentId === null && q.id !== p.id) : undefined;
      target = {
        pool: s.products,
        path: `/products/${p.id}`,
        body: {
          name,
          ...(moves ? { parentId: chance(0.4) || !parent ? null : parent.id } : {}),
          ...(!moves && chance(0.1) ? { companyId: s.companies.random()?.id ?? null } : {}),
          ...(chance(0.1) ? { status: pick(['active', 'archived']) } : {}),
        },
      };
    }
  } else {
    const p = s.prices.random();
    if (p)
      target = {
        pool: s.prices as unknown as Pool<Ref>,
        path: `/prices/${p.id}`,
        body: { nickname: name.slice(0, 100), ...(chance(0.3) ? { active: chance(0.5) } : {}) },
      };
  }
  return target;
}

/**
 * PATCH of a random resource, always with a new name (so every 2xx is a change), half of the
 * time with `If-Match` of a fresh GET (sometimes deliberately stale: 412).
 */
export async function update(actor: Actor, s = actor.state()) {
  const kind = rand(8);
  const name = `Renamed ${actor.next('r')}`;
  const target = updateTarget(actor, s, kind, name);
  if (!target) return createPackage(actor, s);
  let ifMatch: number | undefined;
  if (chance(0.5)) {
    const got = await actor.call(s, 'GET', target.path);
    actor.forget(target.pool, target.path.split('/').pop() as string, got);
    const version = num(got.body, 'version');
    if (got.status !== 200 || version === undefined) return;
    ifMatch = chance(0.15) && version > 1 ? version - 1 : version;
  }
  const a = await actor.call(s, 'PATCH', target.path, {
    body: target.body,
    ...(ifMatch !== undefined ? { ifMatch } : {}),
  });
  const id = target.path.split('/').pop() as string;
  actor.forget(target.pool, id, a);
  if (a.status === 200) {
    if (target.pool === (s.plans as unknown as Pool<Ref>)) actor.rememberPlan(s, a.body);
    else if (target.pool === (s.products as unknown as Pool<Ref>)) actor.rememberProduct(s, a.body);
    else if (target.pool === (s.subscribers as unknown as Pool<Ref>))
      s.subscribers.add({
        id,
        username: String(str(a.body, 'username')),
        email: String(str(a.body, 'email')),
      });
  }
}

// --- plan lifecycle -----------------------------------------------------------------------

export async function lifecycle(actor: Actor, s = actor.state()) {
  const plan = s.plans.random();
  if (!plan) return createPlan(actor, s);
  // Mostly the step the plan's status allows; sometimes any step (409 invalid_transition).
  const byStatus: Record<string, string[]> = {
    draft: ['publish', 'publish', 'delete', 'duplicate'],
    active: ['archive', 'duplicate', 'archive'],
    archived: ['restore', 'restore', 'duplicate'],
  };
  const allowed = byStatus[plan.status] ?? ['publish', 'archive', 'restore', 'duplicate', 'delete'];
  const step = (
    chance(0.1) ? pick(['publish', 'archive', 'restore', 'duplicate', 'delete']) : pick(allowed)
  ) as string;
  const ifMatch = chance(0.3) && plan.version ? { ifMatch: plan.version } : {};
  if (step === 'delete') {
    const a = await actor.call(s, 'DELETE', `/plans/${plan.id}`, ifMatch);
    actor.forget(s.plans, plan.id, a);
    return;
  }
  const a = await actor.call(s, 'POST', `/plans/${plan.id}/${step}`, {
    ...(chance(0.5) ? { body: {} } : {}),
    ...(step === 'duplicate' ? {} : ifMatch),
  });
  actor.forget(s.plans, plan.id, a);
  if (a.status === 200) actor.rememberPlan(s, a.body);
  if (a.status === 201) actor.rememberPlan(s, a.body);
  if (a.status === 409 || a.status === 412) {
    const fresh = await actor.call(s, 'GET', `/plans/${plan.id}`);
    actor.forget(s.plans, plan.id, fresh);
    if (fresh.status === 200) actor.rememberPlan(s, fresh.body);
  }
}

export async function bulk(actor: Actor, s = actor.state()) {
  const which = rand(3);
  if (which === 0) {
    const ids = s.plans.sample(randInt(1, 5), (p) => p.status === 'active').map((p) => p.id);
    const a = await actor.call(s, 'POST', '/plans/bulk-archive', {
      body: { planIds: chance(0.3) ? [...ids, GHOST.plan] : ids.length ? ids : [GHOST.plan] },
    });
    for (const id of (a.body as { succeeded?: string[] } | null)?.succeeded ?? []) {
      const p = s.plans.get(id);
      if (p) p.status = 'archived';
    }
  } else if (which === 1) {
    const ids = s.plans.sample(randInt(1, 4), (p) => p.status === 'draft').map((p) => p.id);
    const a = await actor.call(s, 'POST', '/plans/bulk-delete', {
      body: { planIds: ids.length ? ids : [GHOST.plan] },
    });
    for (const id of (a.body as { succeeded?: string[] } | null)?.succeeded ?? []) s.plans.remove(id);
  } else {
    // Into a group made just now: every plan it moves changes (one plan.updated each).
    const ids = s.plans.sample(randInt(1, 5)).map((p) => p.id);
    const groupId = await createGroup(actor, s);
    if (!groupId || ids.length === 0) return;
    await actor.call(s, 'POST', '/plans/bulk-move', { body: { planIds: ids, groupId } });
  }
}

// --- deletes ------------------------------------------------------------------------------

export async function deleteSomething(actor: Actor, s = actor.state()) {
  const kind = rand(7);
  const choose: [Pool<Ref>, string][] = [
    [s.packages, 'packages'],
    [s.offers, 'offers'],
    [s.groups, 'plan-groups'],
    [s.companies, 'companies'],
    [s.products, 'products'],
    [s.subscribers, 'subscribers'],
    [s.plans, 'plans'],
  ];
  const [pool, path] = choose[kind] as [Pool<Ref>, string];
  const target =
    path === 'plans'
      ? (pool as unknown as Pool<PlanRef>).randomWhere((p) => p.status === 'draft')
      : pool.random();
  if (!target) return list(actor, s);
  const a = await actor.call(
    s,
    'DELETE',
    `/${path}/${target.id}`,
    chance(0.2) && target.version ? { ifMatch: target.version } : {},
  );
  actor.forget(pool, target.id, a);
  if (a.status === 204 && path === 'products') {
    for (const price of (target as ProductRef).prices) s.prices.remove(price);
  }
}
