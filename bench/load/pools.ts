/**
 * What the clients know of each org: pools of the resources they created. A hint only: under
 * concurrency any of it may be stale, and the actions treat a 404 or 409 as news, not an error.
 */

import { pick, rand } from './util.ts';

/** A set with O(1) random picks. */
export class Pool<T extends { id: string }> {
  private items: T[] = [];
  private index = new Map<string, number>();

  get size() {
    return this.items.length;
  }

  add(item: T) {
    const at = this.index.get(item.id);
    if (at !== undefined) this.items[at] = item;
    else {
      this.index.set(item.id, this.items.length);
      this.items.push(item);
    }
  }

  get(id: string): T | undefined {
    const at = this.index.get(id);
    return at === undefined ? undefined : this.items[at];
  }

  remove(id: string) {
    const at = this.index.get(id);
    if (at === undefined) return;
    const last = this.items.pop() as T;
    this.index.delete(id);
    if (at < this.items.length) {
      this.items[at] = last;
      this.index.set(last.id, at);
    }
  }

  random(): T | undefined {
    return pick(this.items);
  }

  /** A random item satisfying `test` (random probes, then one pass from a random start). */
  randomWhere(test: (item: T) => boolean): T | undefined {
    for (let i = 0; i < 12; i++) {
      const item = this.random();
      if (item && test(item)) return item;
    }
    const n = this.items.length;
    const start = rand(Math.max(1, n));
    for (let i = 0; i < n; i++) {
      const item = this.items[(start + i) % n];
      if (item && test(item)) return item;
    }
    return undefined;
  }

  sample(count: number, test: (item: T) => boolean = () => true): T[] {
    const chosen = new Map<string, T>();
    for (let i = 0; i < count * 3 && chosen.size < count; i++) {
      const item = this.randomWhere(test);
      if (item) chosen.set(item.id, item);
    }
    return [...chosen.values()];
  }
}

export interface Ref {
  id: string;
  version?: number;
}
interface PackageRef extends Ref {
  code: string;
}
interface OfferRef extends Ref {
  code: string;
}
export interface ProductRef extends Ref {
  companyId: string | null;
  parentId: string | null;
  prices: string[];
}
export interface PlanRef extends Ref {
  slug: string;
  status: string;
  companyId: string | null;
  availableCycles: string[];
  trialDays: number;
}
interface SubscriberRef extends Ref {
  username: string;
  email: string;
}
interface SubscriptionRef extends Ref {
  status: string;
}

export class OrgState {
  packages = new Pool<PackageRef>();
  offers = new Pool<OfferRef>();
  companies = new Pool<Ref>();
  groups = new Pool<Ref>();
  products = new Pool<ProductRef>();
  prices = new Pool<Ref & { productId: string }>();
  plans = new Pool<PlanRef>();
  subscribers = new Pool<SubscriberRef>();
  subscriptions = new Pool<SubscriptionRef>();
  constructor(readonly org: string) {}
}
