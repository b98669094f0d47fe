/**
 * What the consistency check works from: the table's items of the run's orgs, indexed per entity,
 * beside what the clients saw (the Recorder), and the means of its named checks (`Tally`, `once`).
 */

import type { Recorder } from './recorder.ts';
import { str } from './util.ts';

export interface Invariant {
  name: string;
  ok: boolean;
  counts: Record<string, number>;
  /** A few violations, to start from. */
  examples: string[];
}

/** What was in the table before the run (`--url` mode on an org that has data). */
export interface Baseline {
  auditEventIds: Set<string>;
  expiredSubscriptionIds: Set<string>;
  /** Prices per product id. */
  pricesByProduct: Map<string, string[]>;
}

export const emptyBaseline = (): Baseline => ({
  auditEventIds: new Set(),
  expiredSubscriptionIds: new Set(),
  pricesByProduct: new Map(),
});

export type Item = Record<string, unknown>;

/** A string field of an item (undefined when it is not a string). */
export const s: (item: Item, field: string) => string | undefined = str;
/** A number field of an item (0 when absent). */
export const n = (item: Item, field: string): number => Number(item[field] ?? 0);
export const normalize = (value: string) => value.normalize('NFC').toLowerCase();
export const NONE = '-';
export const LIVE = new Set(['active', 'trialing']);

export const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Items of the table by ElectroDB entity name, for the orgs of the run. */
export const byEntity = (items: Item[], orgs: Set<string>) => {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const org = s(item, 'organizationId');
    const entity = s(item, '__edb_e__');
    if (!org || !entity || !orgs.has(org)) continue;
    const list = groups.get(entity) ?? [];
    list.push(item);
    groups.set(entity, list);
  }
  return (name: string) => groups.get(name) ?? [];
};

export const baselineOf = (items: Item[], orgs: Set<string>): Baseline => {
  const of = byEntity(items, orgs);
  const baseline = emptyBaseline();
  for (const e of of('auditEvent')) baseline.auditEventIds.add(`${s(e, 'organizationId')}|${s(e, 'id')}`);
  for (const x of of('subscription'))
    if (x.status === 'expired')
      baseline.expiredSubscriptionIds.add(`${s(x, 'organizationId')}|${s(x, 'id')}`);
  for (const p of of('price')) {
    const key = `${s(p, 'organizationId')}|${s(p, 'productId')}`;
    baseline.pricesByProduct.set(key, [...(baseline.pricesByProduct.get(key) ?? []), String(p.id)]);
  }
  return baseline;
};

/** One invariant's outcome; its name is the check's. */
export type Verdict = Omit<Invariant, 'name'>;

export interface NamedCheck {
  name: string;
  check: (r: Recount) => Verdict;
}

/** Counts what a check looked at and what was wrong, keeping the first few violations. */
export class Tally {
  checked = 0;
  bad = 0;
  examples: string[] = [];
  expect(ok: boolean, describe: () => string) {
    this.checked++;
    if (ok) return;
    this.bad++;
    if (this.examples.length < 6) this.examples.push(describe());
  }
  verdict(extra: Record<string, number> = {}): Verdict {
    return {
      ok: this.bad === 0,
      counts: { checked: this.checked, violations: this.bad, ...extra },
      examples: this.examples,
    };
  }
}

export interface CheckInput {
  items: Item[];
  orgs: string[];
  recorder: Recorder;
  baseline: Baseline;
  /** True when the table holds nothing but this run (in-process mode): expiries must match exactly. */
  ownTable: boolean;
}

/** The table of the run's orgs by entity, keyed `org|id`, beside what the clients saw. */
export interface Recount {
  input: CheckInput;
  rec: Recorder;
  of: (entity: string) => Item[];
  key: (item: Item, id?: string) => string;
  packages: Map<string, Item>;
  offers: Map<string, Item>;
  plans: Map<string, Item>;
  groups: Map<string, Item>;
  companies: Map<string, Item>;
  products: Map<string, Item>;
  prices: Map<string, Item>;
  subscribers: Map<string, Item>;
  subscriptions: Map<string, Item>;
  guards: Item[];
  /** The audit events of this run (not in the baseline). */
  events: Item[];
}

export const recount = (input: CheckInput): Recount => {
  const orgs = new Set(input.orgs);
  const of = byEntity(input.items, orgs);
  const key = (item: Item, id = s(item, 'id')) => `${s(item, 'organizationId')}|${id}`;
  const index = (name: string) => new Map(of(name).map((item) => [key(item), item]));
  return {
    input,
    rec: input.recorder,
    of,
    key,
    packages: index('package'),
    offers: index('offer'),
    plans: index('plan'),
    groups: index('planGroup'),
    companies: index('company'),
    products: index('product'),
    prices: index('price'),
    subscribers: index('subscriber'),
    subscriptions: index('subscription'),
    guards: of('guard'),
    events: of('auditEvent').filter((e) => !input.baseline.auditEventIds.has(key(e))),
  };
};

/** `derive` computed once per recount, for what several checks share. */
export const once = <T>(derive: (r: Recount) => T): ((r: Recount) => T) => {
  const cache = new WeakMap<Recount, T>();
  return (r) => {
    if (!cache.has(r)) cache.set(r, derive(r));
    return cache.get(r) as T;
  };
};
