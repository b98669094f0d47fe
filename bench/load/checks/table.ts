/**
 * The checks of the table against itself: counters against a recount of what they count, guards
 * against the values they guard, and every reference (and index key) against what it refers to.
 */

import {
  bump,
  type Item,
  LIVE,
  type NamedCheck,
  NONE,
  n,
  normalize,
  once,
  type Recount,
  s,
  Tally,
} from '../recount.ts';

// --- counters -----------------------------------------------------------------------------------

/** Subscriptions per plan and per subscriber, all and live, and live ones per subscriber#plan. */
const subscriptionTallies = once(({ subscriptions }: Recount) => {
  const subsByPlan = new Map<string, number>();
  const liveByPlan = new Map<string, number>();
  const subsBySubscriber = new Map<string, number>();
  const livePairs = new Map<string, number>();
  for (const x of subscriptions.values()) {
    const org = s(x, 'organizationId');
    bump(subsByPlan, `${org}|${s(x, 'planId')}`);
    bump(subsBySubscriber, `${org}|${s(x, 'subscriberId')}`);
    if (LIVE.has(String(x.status))) {
      bump(liveByPlan, `${org}|${s(x, 'planId')}`);
      bump(livePairs, `${org}|${s(x, 'subscriberId')}#${s(x, 'planId')}`);
    }
  }
  return { subsByPlan, liveByPlan, subsBySubscriber, livePairs };
});

export const planSubscriptionCounts: NamedCheck = {
  name: "plans' liveSubscriptionCount = live subscriptions, subscriptionCount = all",
  check: (r) => {
    const { subsByPlan, liveByPlan } = subscriptionTallies(r);
    const planCounts = new Tally();
    for (const [k, p] of r.plans) {
      const live = liveByPlan.get(k) ?? 0;
      const all = subsByPlan.get(k) ?? 0;
      planCounts.expect(
        n(p, 'liveSubscriptionCount') === live && n(p, 'subscriptionCount') === all,
        () =>
          `${k}: liveSubscriptionCount ${n(p, 'liveSubscriptionCount')} vs ${live} live; subscriptionCount ${n(p, 'subscriptionCount')} vs ${all}`,
      );
    }
    return planCounts.verdict({ subscriptions: r.subscriptions.size });
  },
};

export const oneLivePerPair: NamedCheck = {
  name: 'at most one live subscription per subscriber and plan',
  check: (r) => {
    const onePerPair = new Tally();
    for (const [pair, count] of subscriptionTallies(r).livePairs)
      onePerPair.expect(count === 1, () => `${pair}: ${count} live subscriptions`);
    return onePerPair.verdict();
  },
};

/** Who refers to what, recounted from the referrers. */
const referrers = ({ offers, plans, products, prices, key }: Recount) => {
  const refsToPackage = new Map<string, number>();
  const refsToGroup = new Map<string, number>();
  const refsToCompany = new Map<string, number>();
  const planItemsOfProduct = new Map<string, number>();
  const pricesOfProduct = new Map<string, number>();
  const childrenOf = new Map<string, string[]>();
  for (const o of offers.values()) bump(refsToPackage, key(o, s(o, 'packageId')));
  for (const p of plans.values()) {
    if (s(p, 'packageId')) bump(refsToPackage, key(p, s(p, 'packageId')));
    if (s(p, 'groupId')) bump(refsToGroup, key(p, s(p, 'groupId')));
    if (s(p, 'companyId')) bump(refsToCompany, key(p, s(p, 'companyId')));
    for (const productId of new Set(((p.items as Item[] | undefined) ?? []).map((i) => String(i.productId))))
      bump(planItemsOfProduct, key(p, productId));
  }
  for (const p of products.values()) {
    if (s(p, 'companyId')) bump(refsToCompany, key(p, s(p, 'companyId')));
    if (s(p, 'parentId')) {
      const parent = key(p, s(p, 'parentId'));
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), String(p.id)]);
    }
  }
  for (const p of prices.values()) bump(pricesOfProduct, key(p, s(p, 'productId')));
  return { refsToPackage, refsToGroup, refsToCompany, planItemsOfProduct, pricesOfProduct, childrenOf };
};

export const referenceCounts: NamedCheck = {
  name: 'reference counts = recount of referrers (package, group, company, product, subscriber)',
  check: (r) => {
    const { packages, groups, companies, products, subscribers } = r;
    const { refsToPackage, refsToGroup, refsToCompany, planItemsOfProduct, pricesOfProduct, childrenOf } =
      referrers(r);
    const { subsBySubscriber } = subscriptionTallies(r);
    const counts = new Tally();
    for (const [k, p] of packages)
      counts.expect(
        n(p, 'refCount') === (refsToPackage.get(k) ?? 0),
        () => `package ${k}: refCount ${n(p, 'refCount')} vs ${refsToPackage.get(k) ?? 0} offers + plans`,
      );
    for (const [k, g] of groups)
      counts.expect(
        n(g, 'refCount') === (refsToGroup.get(k) ?? 0),
        () => `plan group ${k}: refCount ${n(g, 'refCount')} vs ${refsToGroup.get(k) ?? 0} plans`,
      );
    for (const [k, c] of companies)
      counts.expect(
        n(c, 'refCount') === (refsToCompany.get(k) ?? 0),
        () => `company ${k}: refCount ${n(c, 'refCount')} vs ${refsToCompany.get(k) ?? 0} plans + products`,
      );
    for (const [k, p] of products) {
      counts.expect(
        n(p, 'planRefCount') === (planItemsOfProduct.get(k) ?? 0),
        () =>
          `product ${k}: planRefCount ${n(p, 'planRefCount')} vs ${planItemsOfProduct.get(k) ?? 0} plans using it`,
      );
      counts.expect(
        n(p, 'priceCount') === (pricesOfProduct.get(k) ?? 0),
        () => `product ${k}: priceCount ${n(p, 'priceCount')} vs ${pricesOfProduct.get(k) ?? 0} prices`,
      );
      const stored = [...((p.childIds as Set<string> | string[] | undefined) ?? [])].sort().join(',');
      const actualChildren = (childrenOf.get(k) ?? []).sort().join(',');
      counts.expect(
        stored === actualChildren,
        () => `product ${k}: childIds [${stored}] vs children [${actualChildren}]`,
      );
    }
    for (const [k, x] of subscribers)
      counts.expect(
        n(x, 'refCount') === (subsBySubscriber.get(k) ?? 0),
        () =>
          `subscriber ${k}: refCount ${n(x, 'refCount')} vs ${subsBySubscriber.get(k) ?? 0} subscriptions`,
      );
    return counts.verdict({
      packages: packages.size,
      groups: groups.size,
      companies: companies.size,
      products: products.size,
      subscribers: subscribers.size,
    });
  },
};

// --- guards -------------------------------------------------------------------------------------

/** Every guard by `org|kind|value`. */
const guardAt = once(({ guards }: Recount) => {
  const at = new Map<string, Item>();
  for (const g of guards) at.set(`${s(g, 'organizationId')}|${s(g, 'kind')}|${s(g, 'value') ?? ''}`, g);
  return at;
});

export const guardOwners: NamedCheck = {
  name: 'every guard has an owner that exists and holds its value',
  check: ({ guards, packages, offers, plans, subscribers, subscriptions }) => {
    const owners = new Tally();
    for (const g of guards) {
      const org = s(g, 'organizationId');
      const kind = s(g, 'kind');
      const value = s(g, 'value') ?? '';
      const ownerId = s(g, 'ownerId');
      const owner = (map: Map<string, Item>) => map.get(`${org}|${ownerId}`);
      let ok = false;
      let why = 'owner missing';
      if (kind === 'package-code' || kind === 'offer-code') {
        const o = owner(kind === 'package-code' ? packages : offers);
        ok = !!o && normalize(String(o.code)) === value;
        if (o) why = `owner's code is ${String(o.code)}`;
      } else if (kind === 'plan-slug') {
        const o = owner(plans);
        ok = !!o && normalize(String(o.slug)) === value;
        if (o) why = `owner's slug is ${String(o.slug)}`;
      } else if (kind === 'subscriber-username' || kind === 'subscriber-email') {
        const o = owner(subscribers);
        const field = kind === 'subscriber-username' ? 'username' : 'email';
        ok = !!o && normalize(String(o[field])) === value;
        if (o) why = `owner's ${field} is ${String(o[field])}`;
      } else if (kind === 'live-subscription') {
        const o = owner(subscriptions);
        ok =
          !!o &&
          LIVE.has(String(o.status)) &&
          normalize(`${s(o, 'subscriberId')}#${s(o, 'planId')}`) === value;
        if (o) why = `owner is ${String(o.status)}`;
      }
      owners.expect(ok, () => `guard ${org} ${kind}:${value} → ${ownerId}: ${why}`);
    }
    return owners.verdict({ guards: guards.length });
  },
};

export const guardedValues: NamedCheck = {
  name: 'every code/slug/username/email (and live subscription) has exactly one guard, its own',
  check: (r) => {
    const at = guardAt(r);
    const unique = new Tally();
    const guarded = (item: Item, kind: string, value: unknown) => {
      const g = at.get(`${s(item, 'organizationId')}|${kind}|${normalize(String(value))}`);
      unique.expect(
        !!g && g.ownerId === item.id,
        () =>
          `${kind} '${String(value)}' of ${s(item, 'id')}: ${g ? `guard held by ${String(g.ownerId)}` : 'no guard'}`,
      );
    };
    for (const p of r.packages.values()) guarded(p, 'package-code', p.code);
    for (const o of r.offers.values()) guarded(o, 'offer-code', o.code);
    for (const p of r.plans.values()) guarded(p, 'plan-slug', p.slug);
    for (const x of r.subscribers.values()) {
      guarded(x, 'subscriber-username', x.username);
      guarded(x, 'subscriber-email', x.email);
    }
    for (const x of r.subscriptions.values())
      if (LIVE.has(String(x.status)))
        guarded(x, 'live-subscription', `${s(x, 'subscriberId')}#${s(x, 'planId')}`);
    return unique.verdict();
  },
};

// --- plan items and other references ------------------------------------------------------------

export const planItemsResolve: NamedCheck = {
  name: 'no plan item references a missing product or price (or breaks an item rule)',
  check: ({ plans, products, prices, key }) => {
    const itemsOk = new Tally();
    for (const [k, p] of plans) {
      ((p.items as Item[] | undefined) ?? []).forEach((item, i) => {
        const product = products.get(key(p, String(item.productId)));
        const price = prices.get(key(p, String(item.priceId)));
        itemsOk.expect(!!product, () => `${k} items.${i}: product ${String(item.productId)} missing`);
        itemsOk.expect(!!price, () => `${k} items.${i}: price ${String(item.priceId)} missing`);
        if (product)
          itemsOk.expect(
            !s(product, 'parentId'),
            () => `${k} items.${i}: product ${String(item.productId)} is a child`,
          );
        if (price)
          itemsOk.expect(
            price.productId === item.productId,
            () => `${k} items.${i}: price ${String(item.priceId)} is of ${String(price.productId)}`,
          );
        if (product && s(p, 'companyId'))
          itemsOk.expect(
            product.companyId === p.companyId,
            () =>
              `${k} items.${i}: product of company ${String(product.companyId)}, plan of ${String(p.companyId)}`,
          );
      });
    }
    return itemsOk.verdict();
  },
};

export const referencesResolve: NamedCheck = {
  name: 'every reference resolves (offers, plans, products, prices, subscriptions; index keys; expiry index)',
  check: (r) => {
    const { packages, offers, plans, groups, companies, products, prices, subscribers, subscriptions, key } =
      r;
    const refs = new Tally();
    const exists = (map: Map<string, Item>, item: Item, field: string, what: string) => {
      const id = s(item, field);
      if (id) refs.expect(map.has(key(item, id)), () => `${s(item, 'id')}.${field}: ${what} ${id} missing`);
    };
    for (const o of offers.values()) exists(packages, o, 'packageId', 'package');
    for (const p of plans.values()) {
      exists(packages, p, 'packageId', 'package');
      exists(groups, p, 'groupId', 'plan group');
      exists(companies, p, 'companyId', 'company');
      refs.expect(
        p.groupKey === (s(p, 'groupId') ?? NONE) &&
          p.companyKey === (s(p, 'companyId') ?? NONE) &&
          p.packageKey === (s(p, 'packageId') ?? NONE),
        () => `plan ${s(p, 'id')}: index keys out of step with its references`,
      );
    }
    for (const p of products.values()) {
      exists(products, p, 'parentId', 'parent product');
      exists(companies, p, 'companyId', 'company');
      const parent = s(p, 'parentId') ? products.get(key(p, s(p, 'parentId'))) : undefined;
      if (parent)
        refs.expect(
          !s(parent, 'parentId') && parent.companyId === p.companyId,
          () => `product ${s(p, 'id')}: parent ${s(parent, 'id')} is a child or of another company`,
        );
      refs.expect(
        p.parentKey === (s(p, 'parentId') ?? NONE) && p.companyKey === (s(p, 'companyId') ?? NONE),
        () => `product ${s(p, 'id')}: index keys out of step with its references`,
      );
    }
    for (const p of prices.values()) exists(products, p, 'productId', 'product');
    for (const x of subscriptions.values()) {
      exists(plans, x, 'planId', 'plan');
      exists(subscribers, x, 'subscriberId', 'subscriber');
      const live = LIVE.has(String(x.status));
      const indexed =
        typeof x.gsi4pk === 'string' &&
        x.gsi4sk === `${s(x, 'endsAt')}#${s(x, 'organizationId')}#${s(x, 'id')}`;
      refs.expect(
        live ? indexed : x.gsi4pk === undefined && x.gsi4sk === undefined,
        () =>
          `subscription ${s(x, 'id')} (${String(x.status)}): ${live ? 'missing from' : 'still in'} the expiry index`,
      );
    }
    return refs.verdict();
  },
};
