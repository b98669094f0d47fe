/** The creates of the workload, and binds and cancels of subscriptions; each remembers what it made. */

import { type Actor, CYCLES } from '../actor.ts';
import { chance, num, pick, rand, randInt, str } from '../util.ts';

export async function createPackage(actor: Actor, s = actor.state(), body: object = actor.packageBody()) {
  const a = await actor.call(s, 'POST', '/packages', { body });
  if (a.status === 201) s.packages.add({ id: String(str(a.body, 'id')), code: String(str(a.body, 'code')) });
  return a;
}

export async function createOffer(actor: Actor, s = actor.state()) {
  const a = await actor.call(s, 'POST', '/offers', { body: actor.offerBody(s) });
  if (a.status === 201) s.offers.add({ id: String(str(a.body, 'id')), code: String(str(a.body, 'code')) });
}

export async function createCompany(actor: Actor, s = actor.state()) {
  const a = await actor.call(s, 'POST', '/companies', {
    body: {
      name: `Company ${actor.seq}`,
      ...(chance(0.5) ? { legalName: 'Load Ltd', taxId: actor.next('t') } : {}),
    },
  });
  if (a.status === 201) s.companies.add({ id: String(str(a.body, 'id')) });
}

export async function createGroup(actor: Actor, s = actor.state()) {
  const a = await actor.call(s, 'POST', '/plan-groups', {
    body: { name: `Group ${actor.next('g')}`, ...(chance(0.5) ? { description: 'Under load' } : {}) },
  });
  const id = str(a.body, 'id');
  if (a.status === 201 && id) s.groups.add({ id });
  return a.status === 201 ? id : undefined;
}

export async function createProduct(actor: Actor, s = actor.state()) {
  const parent = chance(0.3) ? s.products.randomWhere((p) => p.parentId === null) : undefined;
  const companyId = !parent && chance(0.4) ? s.companies.random()?.id : undefined;
  const a = await actor.call(s, 'POST', '/products', {
    body: {
      name: `Product ${actor.seq}`,
      ...(parent ? { parentId: parent.id } : {}),
      ...(companyId ? { companyId } : {}),
      ...(chance(0.1) ? { status: 'archived' } : {}),
    },
  });
  if (a.status === 201) actor.rememberProduct(s, a.body);
}

export async function createPrice(actor: Actor, s = actor.state()) {
  const product = s.products.randomWhere((p) => p.parentId === null) ?? s.products.random();
  if (!product) return createProduct(actor, s);
  const a = await actor.call(s, 'POST', `/products/${product.id}/prices`, {
    body: {
      amount: randInt(0, 50_000),
      currency: pick(['USD', 'EUR', 'GBP']),
      cycle: pick([null, ...CYCLES]),
      ...(chance(0.5) ? { nickname: `price ${actor.seq}` } : {}),
    },
  });
  const id = str(a.body, 'id');
  if (a.status === 201 && id) {
    product.prices.push(id);
    s.prices.add({ id, productId: product.id });
  }
  actor.forget(s.products, product.id, a);
}

export async function createPlan(actor: Actor, s = actor.state()) {
  const a = await actor.call(s, 'POST', '/plans', { body: actor.planBody(s) });
  if (a.status === 201) actor.rememberPlan(s, a.body);
}

export async function createSubscriber(actor: Actor, s = actor.state()) {
  const a = await actor.call(s, 'POST', '/subscribers', { body: actor.subscriberBody() });
  const id = str(a.body, 'id');
  if (a.status === 201 && id) {
    s.subscribers.add({
      id,
      username: String(str(a.body, 'username')),
      email: String(str(a.body, 'email')),
    });
  }
}

// --- binds and cancels --------------------------------------------------------------------

export async function bind(actor: Actor, s = actor.state()) {
  const body = actor.bindBody(s);
  if (!body) return chance(0.5) ? createPlan(actor, s) : createSubscriber(actor, s);
  const a = await actor.call(s, 'POST', '/subscriptions', { body });
  const id = str(a.body, 'id');
  if (a.status === 201 && id) s.subscriptions.add({ id, status: String(str(a.body, 'status')) });
  if (a.status === 409 && str(a.body, 'code') === 'plan_not_active') {
    const plan = s.plans.get(body.planId);
    if (plan) plan.status = 'unknown';
  }
}

export async function cancel(actor: Actor, s = actor.state()) {
  const sub =
    s.subscriptions.randomWhere((x) => x.status === 'active' || x.status === 'trialing') ??
    s.subscriptions.random();
  if (!sub) return bind(actor, s);
  const form = rand(4);
  const a = await actor.call(s, 'POST', `/subscriptions/${sub.id}/cancel`, {
    ...(form === 0 ? {} : { body: form === 1 ? {} : { atPeriodEnd: form === 2 } }),
    ...(chance(0.2) && sub.version ? { ifMatch: sub.version } : {}),
  });
  if (a.status === 200) {
    sub.status = String(str(a.body, 'status'));
    sub.version = num(a.body, 'version');
  } else if (a.status === 409) sub.status = 'ended';
}
