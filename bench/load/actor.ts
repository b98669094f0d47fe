/**
 * What every action of one load client works with: its orgs, its requests, the unique names it
 * makes up, the request bodies it builds and what it remembers of the answers. The actions
 * themselves are in `actions/`; `workload.ts` weighs them.
 */

import type { Route } from '../../shared/routes.ts';
import type { Answer, CallOptions, Http } from './client.ts';
import type { OrgState, Pool, Ref } from './pools.ts';
import type { Recorder } from './recorder.ts';
import { chance, type Json, mangleCase, num, pick, rand, randInt, str } from './util.ts';

export const CYCLES = ['daily', 'weekly', 'monthly', 'quarterly', 'custom'] as const;
/** A well-formed id that exists nowhere. */
export const GHOST = {
  package: 'pkg_01ARZ3NDEKTSV4RRFFQ69G5FAV',
  plan: 'plan_01ARZ3NDEKTSV4RRFFQ69G5FAV',
};
/** Small pools of codes, slugs and usernames that clients pick at random, so creates collide. */
export const COLLIDING = 24;

export interface WorkloadOptions {
  http: Http;
  recorder: Recorder;
  states: OrgState[];
  /** Unique per run: prefixes every generated code, slug, name and key. */
  tag: string;
  clientIndex: number;
  /** When to stop (epoch ms) and how many actions at most. */
  deadline: number;
  maxActions: number;
  stopped: () => boolean;
  /** One expiry pass in-process, as if the time were `at`. */
  expire: (at: Date) => Promise<{ expired: number; skipped: number }>;
  expiryGate: { inFlight: number; last: number };
}

/** One load client's means; its actions (`actions/`) are functions of it. */
export class Actor {
  private count = 0;
  readonly http: Http;

  constructor(readonly o: WorkloadOptions) {
    this.http = o.http;
  }

  /** How many names `next` has made up (names and nicknames number themselves by it). */
  get seq() {
    return this.count;
  }

  next(label: string) {
    this.count++;
    return `${label}${this.o.tag}c${this.o.clientIndex}n${this.count}`;
  }

  state(): OrgState {
    return pick(this.o.states) as OrgState;
  }

  call(s: OrgState, method: Route['method'], sub: string, options?: CallOptions) {
    return this.http.call(s.org, method, sub, options);
  }

  // --- bodies -----------------------------------------------------------------------------

  packageBody(code = chance(0.15) ? `PKG-${rand(COLLIDING)}` : this.next('p')) {
    return {
      status: pick(['active', 'inactive']),
      code: mangleCase(code),
      name: `Package ${this.seq}`,
      tier: randInt(0, 1000),
      ...(chance(0.5) ? { description: chance(0.5) ? null : 'A package under load' } : {}),
    };
  }

  offerBody(s: OrgState, code = chance(0.15) ? `OFF-${rand(COLLIDING)}` : this.next('o')) {
    return {
      status: pick(['active', 'inactive']),
      code: mangleCase(code),
      name: `Offer ${this.seq}`,
      packageId: chance(0.05) ? GHOST.package : (s.packages.random()?.id ?? GHOST.package),
    };
  }

  subscriberBody(username?: string, email?: string) {
    const collide = chance(0.1);
    const u = username ?? (collide ? `user-${rand(COLLIDING)}` : this.next('u'));
    const e =
      email ?? (collide && chance(0.5) ? `mail-${rand(COLLIDING)}@load.test` : `${this.next('e')}@load.test`);
    return {
      username: mangleCase(u),
      email: mangleCase(e),
      ...(chance(0.5) ? { name: `Subscriber ${this.seq}` } : {}),
    };
  }

  /** Up to 3 items of root products (of `companyId` when given) that have prices. */
  planItems(s: OrgState, companyId: string | null) {
    const products = s.products.sample(
      randInt(0, 3),
      (p) => p.parentId === null && p.prices.length > 0 && (!companyId || p.companyId === companyId),
    );
    return products.map((p) => ({
      productId: p.id,
      priceId: pick(p.prices) as string,
      ...(chance(0.5) ? { quantity: randInt(1, 3) } : {}),
      ...(chance(0.3) ? { included: chance(0.5) } : {}),
    }));
  }

  planBody(s: OrgState, slug = chance(0.12) ? `slug-${rand(COLLIDING)}` : this.next('plan-')) {
    const defaultCycle = pick(CYCLES) as string;
    const available = [...new Set([defaultCycle, ...CYCLES.filter(() => chance(0.2))])];
    const companyId = chance(0.25) ? (s.companies.random()?.id ?? null) : null;
    return {
      name: `Plan ${this.seq}`,
      slug,
      type: pick(['standard', 'custom', 'promotional']),
      visibility: pick(['public', 'private']),
      defaultCycle,
      availableCycles: available,
      ...(available.includes('custom') ? { customDays: randInt(1, 3) } : {}),
      trialDays: pick([0, 0, 1, 3]) as number,
      price: chance(0.8) ? { amount: randInt(0, 9999), currency: pick(['USD', 'EUR']) } : null,
      includedQuota: chance(0.5) ? randInt(0, 1000) : null,
      features: ['api', 'support', 'reports'].filter(() => chance(0.5)),
      limits: chance(0.5) ? { users: randInt(1, 50), apiRequestsPerDay: randInt(100, 10_000) } : {},
      items: this.planItems(s, companyId),
      ...(companyId ? { companyId } : {}),
      ...(chance(0.4) && s.packages.size ? { packageId: s.packages.random()?.id } : {}),
      ...(chance(0.4) && s.groups.size ? { groupId: s.groups.random()?.id } : {}),
      publish: chance(0.6),
    };
  }

  bindBody(s: OrgState) {
    const plan = s.plans.randomWhere((p) => p.status === 'active');
    const subscriber = s.subscribers.random();
    if (!plan || !subscriber) return undefined;
    const via = rand(3);
    return {
      ...(via === 0
        ? { user: mangleCase(subscriber.username) }
        : via === 1
          ? { user: mangleCase(subscriber.email) }
          : { subscriberId: subscriber.id }),
      planId: plan.id,
      ...(chance(0.5) ? { billingCycle: pick(plan.availableCycles) } : {}),
      ...(plan.trialDays > 0 && chance(0.5) ? { trial: true } : {}),
      ...(chance(0.2) ? { note: `bound by load client ${this.o.clientIndex}` } : {}),
    };
  }

  // --- remembering what answers said --------------------------------------------------------

  rememberPlan(s: OrgState, body: unknown) {
    const id = str(body, 'id');
    if (!id) return;
    const b = body as Json;
    s.plans.add({
      id,
      slug: String(b.slug),
      status: String(b.status),
      companyId: (b.companyId as string | null) ?? null,
      availableCycles: (b.availableCycles as string[]) ?? [],
      trialDays: Number(b.trialDays ?? 0),
      version: num(b, 'version') ?? 1,
    });
  }

  rememberProduct(s: OrgState, body: unknown) {
    const id = str(body, 'id');
    if (!id) return;
    const b = body as Json;
    s.products.add({
      id,
      companyId: (b.companyId as string | null) ?? null,
      parentId: (b.parentId as string | null) ?? null,
      prices: s.products.get(id)?.prices ?? [],
      version: num(b, 'version') ?? 1,
    });
  }

  /** Forgets an id the API says is gone. */
  forget<T extends Ref>(pool: Pool<T>, id: string, answer: Answer) {
    if (answer.status === 404 || answer.status === 204) pool.remove(id);
  }
}
