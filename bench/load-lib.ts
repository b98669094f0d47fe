/**
 * The pieces of `npm run load` (`bench/load.ts`): an HTTP client that records every answer, the
 * weighted mixed workload its clients loop over, and the consistency check that recounts the
 * table afterwards. Nothing here touches the environment or imports a handler module: `load.ts`
 * sets the environment first and hands in what needs it (the expirer).
 */

import { RESOURCES } from '../shared/resources.ts';
import { ROUTES, type Route, routeKey } from '../shared/routes.ts';

export type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

export const rand = (n: number) => Math.floor(Math.random() * n);
export const randInt = (min: number, max: number) => min + rand(max - min + 1);
export const chance = (p: number) => Math.random() < p;
export const pick = <T>(items: readonly T[]): T | undefined => items[rand(items.length)];

/** `value` with each letter upper- or lower-cased at random: the same code, ignoring case. */
export const mangleCase = (value: string) =>
  [...value].map((c) => (chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('');

const str = (body: unknown, field: string): string | undefined => {
  const value = (body as Json | null)?.[field];
  return typeof value === 'string' ? value : undefined;
};
const num = (body: unknown, field: string): number | undefined => {
  const value = (body as Json | null)?.[field];
  return typeof value === 'number' ? value : undefined;
};

/** The `p`th percentile (nearest rank) of ascending `sorted`. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0);

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The JWT's claims, unverified (to learn which orgs a `--token` may use). */
export const tokenClaims = (token: string): Json => {
  const payload = token.split('.')[1] ?? '';
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' ? (claims as Json) : {};
  } catch {
    return {};
  }
};

/** True for localhost, 127.0.0.0/8 and ::1: the load never leaves the machine. */
export const isLoopback = (hostname: string) =>
  hostname === 'localhost' ||
  /^127\.\d+\.\d+\.\d+$/.test(hostname) ||
  hostname === '[::1]' ||
  hostname === '::1';

// ---------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------

interface CompiledRoute {
  route: Route;
  key: string;
  group: string;
  pattern: RegExp;
  names: string[];
}

/** The kind of work a route does, for latency by route group. */
export const routeGroup = (route: Route): string => {
  const verb = route.handler.split('/')[1] ?? route.handler;
  if (route.method === 'GET') return route.handler === 'health' ? 'health' : verb === 'list' ? 'list' : 'get';
  if (route.handler === 'subscriptions/create') return 'bind';
  if (verb === 'cancel') return 'cancel';
  if (verb.startsWith('bulk-')) return 'bulk';
  if (['publish', 'archive', 'restore', 'duplicate'].includes(verb)) return 'lifecycle';
  return verb; // create, update, delete
};

const COMPILED: CompiledRoute[] = ROUTES.map((route) => {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  return { route, key: routeKey(route), group: routeGroup(route), pattern, names };
});

const matchRoute = (method: string, pathname: string) => {
  for (const compiled of COMPILED) {
    if (compiled.route.method !== method) continue;
    const match = compiled.pattern.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    compiled.names.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { compiled, params };
  }
  return undefined;
};

// ---------------------------------------------------------------------------------------------
// Recording
// ---------------------------------------------------------------------------------------------

export interface Sample {
  route: string;
  group: string;
  status: number;
  ms: number;
  /** The problem's `code` for an error answer. */
  code?: string;
}

/** One change a successful write made, as its audit event should record it. */
export interface Change {
  org: string;
  route: string;
  entityType: string;
  action: string;
  entityId: string;
  version?: number;
  /** For a price create: its product (whose delete deletes the price with an event). */
  productId?: string;
  /** `maybe-noop`: a write the API answers 2xx without changing anything when already done (cancel at period end). */
  kind: 'change' | 'maybe-noop';
}

export interface Answer {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
  replayed: boolean;
  ms: number;
}

/** A collection's audit `entityType` (shared/resources.ts). */
const ENTITY_OF: Record<string, string> = Object.fromEntries(
  RESOURCES.map((resource) => [resource.collection, resource.entityType]),
);
const PAST: Record<string, string> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  publish: 'published',
  archive: 'archived',
  restore: 'restored',
  duplicate: 'duplicated',
  cancel: 'canceled',
};
const BULK_ACTION: Record<string, string> = {
  'bulk-archive': 'plan.archived',
  'bulk-delete': 'plan.deleted',
  'bulk-move': 'plan.updated',
};

/**
 * The changes a successful (2xx, not replayed) write made, from its route and answer: one per
 * resource it created, changed or deleted; one per plan a bulk route handled.
 */
export const changesOf = (
  org: string,
  compiled: CompiledRoute,
  params: Record<string, string>,
  body: unknown,
): Change[] => {
  const [collection = '', verb = ''] = compiled.route.handler.split('/');
  const entityType = ENTITY_OF[collection];
  if (!entityType) return [];
  const bulk = BULK_ACTION[verb];
  if (bulk) {
    const succeeded = (body as { succeeded?: unknown } | null)?.succeeded;
    return (Array.isArray(succeeded) ? succeeded : []).map((id) => ({
      org,
      route: compiled.key,
      entityType: 'plan',
      action: bulk,
      entityId: String(id),
      kind: 'change' as const,
    }));
  }
  const past = PAST[verb];
  if (!past) return [];
  const idParam = compiled.names.filter((n) => n !== 'orgId').at(-1);
  const entityId = verb === 'create' || verb === 'duplicate' ? str(body, 'id') : idParam && params[idParam];
  if (!entityId) return [];
  const version = num(body, 'version');
  return [
    {
      org,
      route: compiled.key,
      entityType,
      action: `${entityType}.${past}`,
      entityId,
      ...(version !== undefined ? { version } : {}),
      ...(entityType === 'price' && params.productId ? { productId: params.productId } : {}),
      kind: verb === 'cancel' && (body as Json | null)?.cancelAtPeriodEnd === true ? 'maybe-noop' : 'change',
    },
  ];
};

export interface ExpiryStats {
  passes: number;
  expired: number;
  skipped: number;
  ms: number[];
  errors: string[];
}

/** Everything the clients saw. */
export class Recorder {
  samples: Sample[] = [];
  changes: Change[] = [];
  /** Successful writes answered with `idempotent-replayed` (not changes). */
  replays = 0;
  /** Successful writes that were not replays. */
  successfulWrites = 0;
  transportErrors: string[] = [];
  serverErrors: string[] = [];
  /** Replays whose status or body differed from the first answer. */
  replayMismatches: string[] = [];
  replayChecks = 0;
  /** Racing creates of one code/slug/username/email. */
  races = 0;
  /** Races with a 5xx or unanswered racer. */
  racesInconclusive = 0;
  raceViolations: string[] = [];
  expiry: ExpiryStats = { passes: 0, expired: 0, skipped: 0, ms: [], errors: [] };
}

export interface CallOptions {
  body?: unknown;
  /** Sent as `If-Match: "<n>"`. */
  ifMatch?: number;
  idempotencyKey?: string;
  query?: Record<string, string | undefined>;
}

/** Requests under `/orgs/{org}`, each answer recorded (status, latency, route, changes). */
export class Http {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly recorder: Recorder,
    private readonly timeoutMs = 30_000,
  ) {}

  async call(org: string, method: Route['method'], sub: string, options: CallOptions = {}): Promise<Answer> {
    const pathname = `/orgs/${org}${sub}`;
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) query.set(k, v);
    const search = query.size > 0 ? `?${query}` : '';
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;

    const matched = matchRoute(method, pathname);
    const route = matched?.compiled.key ?? `${method} (unmatched)`;
    const group = matched?.compiled.group ?? 'unmatched';
    const started = performance.now();
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${this.baseUrl}${pathname}${search}`, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await res.text();
    } catch (error) {
      const ms = performance.now() - started;
      this.recorder.samples.push({ route, group, status: 0, ms });
      this.recorder.transportErrors.push(`${method} ${pathname}${search}: ${String(error)}`);
      return { status: 0, body: null, text: '', headers: new Headers(), replayed: false, ms };
    }
    const ms = performance.now() - started;
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    const replayed = res.headers.get('idempotent-replayed') === 'true';
    const code = res.status >= 400 ? str(parsed, 'code') : undefined;
    this.recorder.samples.push({ route, group, status: res.status, ms, ...(code ? { code } : {}) });
    if (res.status >= 500) {
      const key = options.idempotencyKey ? ` Idempotency-Key: ${options.idempotencyKey}` : '';
      this.recorder.serverErrors.push(
        `${new Date().toISOString()} ${res.status} ${method} ${pathname}${search}${key} (x-request-id ${res.headers.get('x-request-id')}) ${body ?? ''} → ${text.slice(0, 300)}`,
      );
    }
    if (matched && matched.compiled.route.access === 'write' && res.status >= 200 && res.status < 300) {
      if (replayed) this.recorder.replays++;
      else {
        this.recorder.successfulWrites++;
        this.recorder.changes.push(...changesOf(org, matched.compiled, matched.params, parsed));
      }
    }
    return { status: res.status, body: parsed, text, headers: res.headers, replayed, ms };
  }
}

// ---------------------------------------------------------------------------------------------
// What the clients know of each org (a hint: any of it may be stale under concurrency)
// ---------------------------------------------------------------------------------------------

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

interface Ref {
  id: string;
  version?: number;
}
interface PackageRef extends Ref {
  code: string;
}
interface OfferRef extends Ref {
  code: string;
}
interface ProductRef extends Ref {
  companyId: string | null;
  parentId: string | null;
  prices: string[];
}
interface PlanRef extends Ref {
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

// ---------------------------------------------------------------------------------------------
// The workload
// ---------------------------------------------------------------------------------------------

const CYCLES = ['daily', 'weekly', 'monthly', 'quarterly', 'custom'] as const;
/** A well-formed id that exists nowhere. */
const GHOST = {
  package: 'pkg_01ARZ3NDEKTSV4RRFFQ69G5FAV',
  plan: 'plan_01ARZ3NDEKTSV4RRFFQ69G5FAV',
};
/** Small pools of codes, slugs and usernames that clients pick at random, so creates collide. */
const COLLIDING = 24;

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

type Action = () => Promise<unknown>;

/**
 * One client: loops over the weighted actions until the deadline, the action cap or a stop.
 * Every action is a handful of requests at most, so the loop ends soon after the deadline.
 */
export class LoadClient {
  private seq = 0;
  private readonly http: Http;
  private readonly weighted: [number, Action][];
  private readonly total: number;

  constructor(private readonly o: WorkloadOptions) {
    this.http = o.http;
    this.weighted = [
      [4, () => this.createPackage()],
      [3, () => this.createOffer()],
      [1, () => this.createCompany()],
      [3, () => this.createProduct()],
      [4, () => this.createPrice()],
      [1, () => this.createGroup()],
      [6, () => this.createPlan()],
      [5, () => this.createSubscriber()],
      [11, () => this.bind()],
      [5, () => this.cancel()],
      [10, () => this.update()],
      [8, () => this.lifecycle()],
      [4, () => this.deleteSomething()],
      [2, () => this.bulk()],
      [13, () => this.list()],
      [5, () => this.get()],
      [5, () => this.idempotent()],
      [4, () => this.collide()],
      [2, () => this.expiry()],
    ];
    this.total = this.weighted.reduce((sum, [w]) => sum + w, 0);
  }

  async run(): Promise<number> {
    let actions = 0;
    while (actions < this.o.maxActions && Date.now() < this.o.deadline && !this.o.stopped()) {
      await this.choose()();
      actions++;
    }
    return actions;
  }

  /** A weighted random action. */
  private choose(): Action {
    let r = Math.random() * this.total;
    for (const [weight, action] of this.weighted) {
      r -= weight;
      if (r < 0) return action;
    }
    return () => this.list();
  }

  private next(label: string) {
    this.seq++;
    return `${label}${this.o.tag}c${this.o.clientIndex}n${this.seq}`;
  }

  private state(): OrgState {
    return pick(this.o.states) as OrgState;
  }

  private call(s: OrgState, method: Route['method'], sub: string, options?: CallOptions) {
    return this.http.call(s.org, method, sub, options);
  }

  // --- bodies -----------------------------------------------------------------------------

  private packageBody(code = chance(0.15) ? `PKG-${rand(COLLIDING)}` : this.next('p')) {
    return {
      status: pick(['active', 'inactive']),
      code: mangleCase(code),
      name: `Package ${this.seq}`,
      tier: randInt(0, 1000),
      ...(chance(0.5) ? { description: chance(0.5) ? null : 'A package under load' } : {}),
    };
  }

  private offerBody(s: OrgState, code = chance(0.15) ? `OFF-${rand(COLLIDING)}` : this.next('o')) {
    return {
      status: pick(['active', 'inactive']),
      code: mangleCase(code),
      name: `Offer ${this.seq}`,
      packageId: chance(0.05) ? GHOST.package : (s.packages.random()?.id ?? GHOST.package),
    };
  }

  private subscriberBody(username?: string, email?: string) {
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
  private planItems(s: OrgState, companyId: string | null) {
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

  private planBody(s: OrgState, slug = chance(0.12) ? `slug-${rand(COLLIDING)}` : this.next('plan-')) {
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

  // --- remembering what answers said --------------------------------------------------------

  private rememberPlan(s: OrgState, body: unknown) {
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

  private rememberProduct(s: OrgState, body: unknown) {
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
  private forget<T extends Ref>(pool: Pool<T>, id: string, answer: Answer) {
    if (answer.status === 404 || answer.status === 204) pool.remove(id);
  }

  // --- creates ------------------------------------------------------------------------------

  private async createPackage(s = this.state(), body: object = this.packageBody()) {
    const a = await this.call(s, 'POST', '/packages', { body });
    if (a.status === 201)
      s.packages.add({ id: String(str(a.body, 'id')), code: String(str(a.body, 'code')) });
    return a;
  }

  private async createOffer(s = this.state()) {
    const a = await this.call(s, 'POST', '/offers', { body: this.offerBody(s) });
    if (a.status === 201) s.offers.add({ id: String(str(a.body, 'id')), code: String(str(a.body, 'code')) });
  }

  private async createCompany(s = this.state()) {
    const a = await this.call(s, 'POST', '/companies', {
      body: {
        name: `Company ${this.seq}`,
        ...(chance(0.5) ? { legalName: 'Load Ltd', taxId: this.next('t') } : {}),
      },
    });
    if (a.status === 201) s.companies.add({ id: String(str(a.body, 'id')) });
  }

  private async createGroup(s = this.state()) {
    const a = await this.call(s, 'POST', '/plan-groups', {
      body: { name: `Group ${this.next('g')}`, ...(chance(0.5) ? { description: 'Under load' } : {}) },
    });
    const id = str(a.body, 'id');
    if (a.status === 201 && id) s.groups.add({ id });
    return a.status === 201 ? id : undefined;
  }

  private async createProduct(s = this.state()) {
    const parent = chance(0.3) ? s.products.randomWhere((p) => p.parentId === null) : undefined;
    const companyId = !parent && chance(0.4) ? s.companies.random()?.id : undefined;
    const a = await this.call(s, 'POST', '/products', {
      body: {
        name: `Product ${this.seq}`,
        ...(parent ? { parentId: parent.id } : {}),
        ...(companyId ? { companyId } : {}),
        ...(chance(0.1) ? { status: 'archived' } : {}),
      },
    });
    if (a.status === 201) this.rememberProduct(s, a.body);
  }

  private async createPrice(s = this.state()) {
    const product = s.products.randomWhere((p) => p.parentId === null) ?? s.products.random();
    if (!product) return this.createProduct(s);
    const a = await this.call(s, 'POST', `/products/${product.id}/prices`, {
      body: {
        amount: randInt(0, 50_000),
        currency: pick(['USD', 'EUR', 'GBP']),
        cycle: pick([null, ...CYCLES]),
        ...(chance(0.5) ? { nickname: `price ${this.seq}` } : {}),
      },
    });
    const id = str(a.body, 'id');
    if (a.status === 201 && id) {
      product.prices.push(id);
      s.prices.add({ id, productId: product.id });
    }
    this.forget(s.products, product.id, a);
  }

  private async createPlan(s = this.state()) {
    const a = await this.call(s, 'POST', '/plans', { body: this.planBody(s) });
    if (a.status === 201) this.rememberPlan(s, a.body);
  }

  private async createSubscriber(s = this.state()) {
    const a = await this.call(s, 'POST', '/subscribers', { body: this.subscriberBody() });
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

  private bindBody(s: OrgState) {
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

  private async bind(s = this.state()) {
    const body = this.bindBody(s);
    if (!body) return chance(0.5) ? this.createPlan(s) : this.createSubscriber(s);
    const a = await this.call(s, 'POST', '/subscriptions', { body });
    const id = str(a.body, 'id');
    if (a.status === 201 && id) s.subscriptions.add({ id, status: String(str(a.body, 'status')) });
    if (a.status === 409 && str(a.body, 'code') === 'plan_not_active') {
      const plan = s.plans.get(body.planId);
      if (plan) plan.status = 'unknown';
    }
  }

  private async cancel(s = this.state()) {
    const sub =
      s.subscriptions.randomWhere((x) => x.status === 'active' || x.status === 'trialing') ??
      s.subscriptions.random();
    if (!sub) return this.bind(s);
    const form = rand(4);
    const a = await this.call(s, 'POST', `/subscriptions/${sub.id}/cancel`, {
      ...(form === 0 ? {} : { body: form === 1 ? {} : { atPeriodEnd: form === 2 } }),
      ...(chance(0.2) && sub.version ? { ifMatch: sub.version } : {}),
    });
    if (a.status === 200) {
      sub.status = String(str(a.body, 'status'));
      sub.version = num(a.body, 'version');
    } else if (a.status === 409) sub.status = 'ended';
  }

  // --- updates ------------------------------------------------------------------------------

  /**
   * PATCH of a random resource, always with a new name (so every 2xx is a change), half of the
   * time with `If-Match` of a fresh GET (sometimes deliberately stale: 412).
   */
  private async update(s = this.state()) {
    const kind = rand(8);
    const name = `Renamed ${this.next('r')}`;
    let target: { pool: Pool<Ref>; path: string; body: Json } | undefined;
    if (kind === 0) {
      const p = s.packages.random();
      if (p)
        target = {
          pool: s.packages,
          path: `/packages/${p.id}`,
          body: {
            name,
            ...(chance(0.2)
              ? { code: mangleCase(chance(0.5) ? `PKG-${rand(COLLIDING)}` : this.next('p')) }
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
              ? { code: mangleCase(chance(0.5) ? `OFF-${rand(COLLIDING)}` : this.next('o')) }
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
            ...(changeItems ? { items: this.planItems(s, companyId === null ? null : p.companyId) } : {}),
            ...(chance(0.15) ? { slug: chance(0.5) ? `slug-${rand(COLLIDING)}` : this.next('plan-') } : {}),
            ...(chance(0.2) ? { visibility: pick(['public', 'private']) } : {}),
          },
        };
      }
    } else if (kind === 3) {
      const x = s.subscribers.random();
      if (x) {
        const fresh = this.subscriberBody();
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
        const parent = moves
          ? s.products.randomWhere((q) => q.parentId === null && q.id !== p.id)
          : undefined;
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
    if (!target) return this.createPackage(s);
    let ifMatch: number | undefined;
    if (chance(0.5)) {
      const got = await this.call(s, 'GET', target.path);
      this.forget(target.pool, target.path.split('/').pop() as string, got);
      const version = num(got.body, 'version');
      if (got.status !== 200 || version === undefined) return;
      ifMatch = chance(0.15) && version > 1 ? version - 1 : version;
    }
    const a = await this.call(s, 'PATCH', target.path, {
      body: target.body,
      ...(ifMatch !== undefined ? { ifMatch } : {}),
    });
    const id = target.path.split('/').pop() as string;
    this.forget(target.pool, id, a);
    if (a.status === 200) {
      if (target.pool === (s.plans as unknown as Pool<Ref>)) this.rememberPlan(s, a.body);
      else if (target.pool === (s.products as unknown as Pool<Ref>)) this.rememberProduct(s, a.body);
      else if (target.pool === (s.subscribers as unknown as Pool<Ref>))
        s.subscribers.add({
          id,
          username: String(str(a.body, 'username')),
          email: String(str(a.body, 'email')),
        });
    }
  }

  // --- plan lifecycle -----------------------------------------------------------------------

  private async lifecycle(s = this.state()) {
    const plan = s.plans.random();
    if (!plan) return this.createPlan(s);
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
      const a = await this.call(s, 'DELETE', `/plans/${plan.id}`, ifMatch);
      this.forget(s.plans, plan.id, a);
      return;
    }
    const a = await this.call(s, 'POST', `/plans/${plan.id}/${step}`, {
      ...(chance(0.5) ? { body: {} } : {}),
      ...(step === 'duplicate' ? {} : ifMatch),
    });
    this.forget(s.plans, plan.id, a);
    if (a.status === 200) this.rememberPlan(s, a.body);
    if (a.status === 201) this.rememberPlan(s, a.body);
    if (a.status === 409 || a.status === 412) {
      const fresh = await this.call(s, 'GET', `/plans/${plan.id}`);
      this.forget(s.plans, plan.id, fresh);
      if (fresh.status === 200) this.rememberPlan(s, fresh.body);
    }
  }

  private async bulk(s = this.state()) {
    const which = rand(3);
    if (which === 0) {
      const ids = s.plans.sample(randInt(1, 5), (p) => p.status === 'active').map((p) => p.id);
      const a = await this.call(s, 'POST', '/plans/bulk-archive', {
        body: { planIds: chance(0.3) ? [...ids, GHOST.plan] : ids.length ? ids : [GHOST.plan] },
      });
      for (const id of (a.body as { succeeded?: string[] } | null)?.succeeded ?? []) {
        const p = s.plans.get(id);
        if (p) p.status = 'archived';
      }
    } else if (which === 1) {
      const ids = s.plans.sample(randInt(1, 4), (p) => p.status === 'draft').map((p) => p.id);
      const a = await this.call(s, 'POST', '/plans/bulk-delete', {
        body: { planIds: ids.length ? ids : [GHOST.plan] },
      });
      for (const id of (a.body as { succeeded?: string[] } | null)?.succeeded ?? []) s.plans.remove(id);
    } else {
      // Into a group made just now: every plan it moves changes (one plan.updated each).
      const ids = s.plans.sample(randInt(1, 5)).map((p) => p.id);
      const groupId = await this.createGroup(s);
      if (!groupId || ids.length === 0) return;
      await this.call(s, 'POST', '/plans/bulk-move', { body: { planIds: ids, groupId } });
    }
  }

  // --- deletes ------------------------------------------------------------------------------

  private async deleteSomething(s = this.state()) {
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
    if (!target) return this.list(s);
    const a = await this.call(
      s,
      'DELETE',
      `/${path}/${target.id}`,
      chance(0.2) && target.version ? { ifMatch: target.version } : {},
    );
    this.forget(pool, target.id, a);
    if (a.status === 204 && path === 'products') {
      for (const price of (target as ProductRef).prices) s.prices.remove(price);
    }
  }

  // --- reads --------------------------------------------------------------------------------

  /** A list with random filters, following `nextCursor` for a few pages. */
  private async list(s = this.state()) {
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
      const a = await this.call(s, 'GET', path, {
        query: { ...query, limit, ...(cursor ? { cursor } : {}) },
      });
      const next = str(a.body, 'nextCursor');
      if (a.status !== 200 || !next) return;
      cursor = next;
    }
  }

  private async get(s = this.state()) {
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
    if (!target) return this.list(s);
    const a = await this.call(s, 'GET', `/${path}/${target.id}`);
    if (path !== 'companies' && path !== 'plan-groups') this.forget(pool, target.id, a);
  }

  // --- idempotency --------------------------------------------------------------------------

  /**
   * A POST with an `Idempotency-Key`, then the same again: one after the other (a replay of the
   * first answer), both at once (one runs; the other replays or is told it is in progress), or
   * with another body (422).
   */
  private async idempotent(s = this.state()) {
    const key = this.next('idem-');
    const kind = rand(5);
    let path: string;
    let body: unknown;
    let other: unknown;
    if (kind === 0) {
      path = '/packages';
      body = this.packageBody(this.next('ip'));
      other = this.packageBody(this.next('ip'));
    } else if (kind === 1) {
      path = '/subscribers';
      body = this.subscriberBody(this.next('iu'));
      other = this.subscriberBody(this.next('iu'));
    } else if (kind === 2) {
      path = '/plans';
      body = this.planBody(s, this.next('iplan-'));
      other = { ...(body as Json), name: 'different' };
    } else if (kind === 3) {
      body = this.bindBody(s);
      if (!body) return this.bind(s);
      path = '/subscriptions';
      other = { ...(body as Json), note: 'different' };
    } else {
      const plan = s.plans.random();
      if (!plan) return this.createPlan(s);
      path = `/plans/${plan.id}/${plan.status === 'draft' ? 'publish' : 'duplicate'}`;
      body = {};
      other = undefined;
    }
    const send = (b: unknown) =>
      this.call(s, 'POST', path, { ...(b !== undefined ? { body: b } : {}), idempotencyKey: key });
    const mode = rand(3);
    let answers: Answer[];
    if (mode === 0) {
      const first = await send(body);
      answers = [first, await send(body)];
    } else if (mode === 1) {
      answers = await Promise.all([send(body), send(body)]);
      answers.push(await send(body));
    } else {
      const first = await send(body);
      const reused = await send(other ?? { unexpected: true });
      answers = [first];
      if (first.status >= 200 && first.status < 300 && reused.status !== 422 && reused.status !== 400) {
        this.o.recorder.replayMismatches.push(
          `${path}: a reused key with another body answered ${reused.status}, not 422`,
        );
      }
    }
    const original = answers.find((a) => a.status >= 200 && a.status < 300 && !a.replayed);
    const seen = answers.map((a) => `${a.status}${a.replayed ? ' (replay)' : ''}`).join(', ');
    for (const replay of answers.filter((a) => a.replayed)) {
      this.o.recorder.replayChecks++;
      if (!original) {
        this.o.recorder.replayMismatches.push(
          `POST ${path} Idempotency-Key ${key}: a replay of ${str(replay.body, 'id') ?? replay.status}, but no request with this key was answered 2xx (answers: ${seen})`,
        );
      } else if (replay.status !== original.status || replay.text !== original.text) {
        this.o.recorder.replayMismatches.push(
          `POST ${path} Idempotency-Key ${key}: the replay differs from the first answer (answers: ${seen})`,
        );
      }
    }
    if (original?.status === 201) {
      if (path === '/packages')
        s.packages.add({ id: String(str(original.body, 'id')), code: String(str(original.body, 'code')) });
      else if (path === '/subscribers')
        s.subscribers.add({
          id: String(str(original.body, 'id')),
          username: String(str(original.body, 'username')),
          email: String(str(original.body, 'email')),
        });
      else if (path === '/subscriptions')
        s.subscriptions.add({
          id: String(str(original.body, 'id')),
          status: String(str(original.body, 'status')),
        });
      else this.rememberPlan(s, original.body);
    } else if (original?.status === 200) this.rememberPlan(s, original.body);
  }

  // --- collisions ---------------------------------------------------------------------------

  /**
   * Creates meant to collide: the code of an existing resource in another case (409), or 2–3
   * creates of one fresh value at once, of which exactly one may win.
   */
  private async collide(s = this.state()) {
    const kind = rand(5);
    if (chance(0.4)) {
      if (kind === 0) {
        const p = s.packages.random();
        if (p) await this.createPackage(s, { ...this.packageBody(), code: mangleCase(p.code) });
      } else if (kind === 1) {
        const o = s.offers.random();
        if (o)
          await this.call(s, 'POST', '/offers', { body: { ...this.offerBody(s), code: mangleCase(o.code) } });
      } else if (kind === 2) {
        const p = s.plans.random();
        if (p) await this.call(s, 'POST', '/plans', { body: { name: 'Colliding plan', slug: p.slug } });
      } else {
        const x = s.subscribers.random();
        if (x)
          await this.call(s, 'POST', '/subscribers', {
            body: kind === 3 ? this.subscriberBody(x.username) : this.subscriberBody(undefined, x.email),
          });
      }
      return;
    }
    const n = randInt(2, 3);
    const value = this.next('race');
    const bodies: [string, unknown][] = Array.from({ length: n }, () => {
      if (kind === 0) return ['/packages', { ...this.packageBody(), code: mangleCase(value) }];
      if (kind === 1) return ['/offers', { ...this.offerBody(s), code: mangleCase(value) }];
      if (kind === 2) return ['/plans', { name: 'Racing plan', slug: value.toLowerCase() }];
      if (kind === 3) return ['/subscribers', this.subscriberBody(value)];
      return ['/subscribers', this.subscriberBody(undefined, `${value}@load.test`)];
    });
    const answers = await Promise.all(bodies.map(([path, body]) => this.call(s, 'POST', path, { body })));
    this.o.recorder.races++;
    const winners = answers.filter((a) => a.status === 201);
    const taken = answers.filter((a) => a.status === 409 && /_taken$/.test(str(a.body, 'code') ?? ''));
    // A racer answered 5xx or not at all: its outcome is unknown, so who won cannot be judged
    // (the 5xx itself fails the run).
    const unknown = answers.some((a) => a.status === 0 || a.status >= 500);
    if (unknown) this.o.recorder.racesInconclusive++;
    else if (winners.length > 1 || (winners.length === 0 && taken.length > 0)) {
      this.o.recorder.raceViolations.push(
        `${bodies[0]?.[0]} ${value}: ${answers.map((a) => `${a.status} ${str(a.body, 'code') ?? ''}`).join(', ')}`,
      );
    }
    for (const w of winners) {
      const id = str(w.body, 'id');
      if (!id) continue;
      if (kind === 0) s.packages.add({ id, code: String(str(w.body, 'code')) });
      else if (kind === 1) s.offers.add({ id, code: String(str(w.body, 'code')) });
      else if (kind === 2) this.rememberPlan(s, w.body);
      else
        s.subscribers.add({
          id,
          username: String(str(w.body, 'username')),
          email: String(str(w.body, 'email')),
        });
    }
  }

  // --- expiry -------------------------------------------------------------------------------

  /**
   * An expiry pass as if it were a day and a bit from now: daily, 1-day custom and 1-day trial
   * subscriptions end; longer ones stay. At most two at once (the expirer must survive that),
   * and not more often than every 400 ms.
   */
  private async expiry() {
    const gate = this.o.expiryGate;
    if (gate.inFlight >= 2 || Date.now() - gate.last < 400) return this.list();
    gate.inFlight++;
    gate.last = Date.now();
    const stats = this.o.recorder.expiry;
    const started = performance.now();
    try {
      const result = await this.o.expire(new Date(Date.now() + 86_400_000 + randInt(-5_000, 60_000)));
      stats.passes++;
      stats.expired += result.expired;
      stats.skipped += result.skipped;
    } catch (error) {
      stats.errors.push(String(error));
    } finally {
      stats.ms.push(performance.now() - started);
      gate.inFlight--;
    }
  }
}

/** DynamoDB errors other than failed conditions, as the in-process server and expirer met them. */
export interface DbErrors {
  /** Per attempt (the SDK retries some of these): `Command ErrorName` → count. */
  attempts: Record<string, number>;
  /** What a call finally threw after the SDK's retries. */
  calls: Record<string, number>;
  examples: string[];
}

type Middleware = (
  next: (args: { input: object }) => Promise<unknown>,
  context: { commandName?: string },
) => (args: { input: object }) => Promise<unknown>;

/**
 * Counts the errors of every DynamoDB call made through `client` (the handlers' own client, in
 * this process), per attempt and per call. Failed conditions and cancelled transactions are the
 * API's normal business and are not counted.
 */
export const traceDynamo = (
  client: { middlewareStack: { add(m: Middleware, options: object): void } },
  into: DbErrors,
) => {
  const normal = (e: { name?: string }) =>
    e.name === 'ConditionalCheckFailedException' || e.name === 'TransactionCanceledException';
  const watch =
    (tally: Record<string, number>, label: string): Middleware =>
    (next, context) =>
    async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const e = error as { name?: string; message?: string };
        if (!normal(e)) {
          const k = `${context.commandName ?? '?'} ${e.name ?? 'Error'}`;
          tally[k] = (tally[k] ?? 0) + 1;
          if (into.examples.length < 10) {
            into.examples.push(
              `${new Date().toISOString()} ${label} ${k}: ${String(e.message).slice(0, 200)}`,
            );
          }
        }
        throw error;
      }
    };
  client.middlewareStack.add(watch(into.calls, 'call'), { step: 'initialize', name: 'loadTraceCalls' });
  client.middlewareStack.add(watch(into.attempts, 'attempt'), {
    step: 'finalizeRequest',
    priority: 'low',
    name: 'loadTraceAttempts',
  });
};

// ---------------------------------------------------------------------------------------------
// The consistency check
// ---------------------------------------------------------------------------------------------

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

type Item = Record<string, unknown>;

const s = (item: Item, field: string): string | undefined => {
  const value = item[field];
  return typeof value === 'string' ? value : undefined;
};
const n = (item: Item, field: string): number => Number(item[field] ?? 0);
const normalize = (value: string) => value.normalize('NFC').toLowerCase();
const NONE = '-';
const LIVE = new Set(['active', 'trialing']);

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

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

class Tally {
  checked = 0;
  bad = 0;
  examples: string[] = [];
  expect(ok: boolean, describe: () => string) {
    this.checked++;
    if (ok) return;
    this.bad++;
    if (this.examples.length < 6) this.examples.push(describe());
  }
  invariant(name: string, extra: Record<string, number> = {}): Invariant {
    return {
      name,
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

/** Recounts everything from the table and compares it with what the clients were told. */
export const checkConsistency = (input: CheckInput): Invariant[] => {
  const orgs = new Set(input.orgs);
  const of = byEntity(input.items, orgs);
  const rec = input.recorder;
  const key = (item: Item, id = s(item, 'id')) => `${s(item, 'organizationId')}|${id}`;
  const index = (name: string) => new Map(of(name).map((item) => [key(item), item]));
  const packages = index('package');
  const offers = index('offer');
  const plans = index('plan');
  const groups = index('planGroup');
  const companies = index('company');
  const products = index('product');
  const prices = index('price');
  const subscribers = index('subscriber');
  const subscriptions = index('subscription');
  const guards = of('guard');
  const events = of('auditEvent').filter((e) => !input.baseline.auditEventIds.has(key(e)));
  const result: Invariant[] = [];

  // 1. No 5xx, every request answered.
  const fiveXx = rec.samples.filter((x) => x.status >= 500).length;
  result.push({
    name: 'no 5xx responses',
    ok: fiveXx === 0,
    counts: { requests: rec.samples.length, '5xx': fiveXx },
    examples: rec.serverErrors.slice(0, 6),
  });
  result.push({
    name: 'every request answered (no timeouts or connection errors)',
    ok: rec.transportErrors.length === 0,
    counts: { failed: rec.transportErrors.length },
    examples: rec.transportErrors.slice(0, 6),
  });

  // 2. Audit events = successful mutations, per org, entity type and action.
  const expected = new Map<string, number>(); // org|type|action|entityId
  const versions = new Map<string, number>();
  const lost = new Tally();
  for (const c of rec.changes) {
    if (c.version !== undefined) {
      const v = `${c.org}|${c.entityType}|${c.entityId}|v${c.version}`;
      const seen = versions.get(v) ?? 0;
      versions.set(v, seen + 1);
      if (c.kind === 'maybe-noop' && seen > 0) continue; // answered "already done": no new change
      if (c.kind === 'change')
        lost.expect(
          seen === 0,
          () => `${c.route} ${c.entityId}: two successful changes both produced version ${c.version}`,
        );
    }
    bump(expected, `${c.org}|${c.entityType}|${c.action}|${c.entityId}`);
  }
  // A product delete deletes its prices, each with its own event.
  const createdPrices = new Map<string, string[]>();
  for (const c of rec.changes) {
    if (c.action !== 'price.created' || !c.productId) continue;
    const k = `${c.org}|${c.productId}`;
    createdPrices.set(k, [...(createdPrices.get(k) ?? []), c.entityId]);
  }
  for (const c of rec.changes.filter((x) => x.action === 'product.deleted')) {
    const k = `${c.org}|${c.entityId}`;
    for (const priceId of [
      ...(createdPrices.get(k) ?? []),
      ...(input.baseline.pricesByProduct.get(k) ?? []),
    ]) {
      bump(expected, `${c.org}|price|price.deleted|${priceId}`);
    }
  }
  // Expiries are mutations by the expirer: one per subscription that is expired now and was not before.
  let newlyExpired = 0;
  for (const x of subscriptions.values()) {
    if (x.status !== 'expired' || input.baseline.expiredSubscriptionIds.has(key(x))) continue;
    newlyExpired++;
    bump(expected, `${s(x, 'organizationId')}|subscription|subscription.expired|${s(x, 'id')}`);
  }
  const actual = new Map<string, number>();
  for (const e of events)
    bump(actual, `${s(e, 'organizationId')}|${s(e, 'entityType')}|${s(e, 'action')}|${s(e, 'entityId')}`);
  const perAction = (map: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [k, count] of map) bump(out, k.split('|').slice(0, 3).join('|'), count);
    return out;
  };
  const expectedByAction = perAction(expected);
  const actualByAction = perAction(actual);
  const audit = new Tally();
  for (const k of new Set([...expectedByAction.keys(), ...actualByAction.keys()])) {
    const want = expectedByAction.get(k) ?? 0;
    const got = actualByAction.get(k) ?? 0;
    audit.expect(want === got, () => `${k}: ${want} successful mutations, ${got} audit events`);
  }
  const entityLevel = new Tally();
  for (const k of new Set([...expected.keys(), ...actual.keys()])) {
    const want = expected.get(k) ?? 0;
    const got = actual.get(k) ?? 0;
    entityLevel.expect(want === got, () => `${k}: ${want} successful mutations, ${got} audit events`);
  }
  const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  result.push(
    audit.invariant('audit events = successful mutations (per org, entity type and action)', {
      'successful writes': rec.successfulWrites,
      'idempotent replays (excluded)': rec.replays,
      'expected events': sum(expected),
      'audit events': events.length,
    }),
  );
  result.push(
    entityLevel.invariant('… and per resource (each change has its event, each event its change)', {
      resources: new Set([...expected.keys()].map((k) => k.split('|')[3])).size,
    }),
  );
  result.push(lost.invariant('no lost updates (each successful change made a new version)'));

  // 3. Expiries.
  const expiryEvents = events.filter((e) => e.action === 'subscription.expired');
  const byExpirer = expiryEvents.filter((e) => e.actorSub === 'system:expirer').length;
  const expiryOk =
    byExpirer === expiryEvents.length &&
    expiryEvents.length === newlyExpired &&
    (input.ownTable ? rec.expiry.expired === newlyExpired : rec.expiry.expired >= newlyExpired) &&
    rec.expiry.errors.length === 0;
  result.push({
    name: 'expiries: one subscription.expired event by system:expirer per expired subscription',
    ok: expiryOk,
    counts: {
      passes: rec.expiry.passes,
      'expired (passes reported)': rec.expiry.expired,
      'expired subscriptions (table)': newlyExpired,
      'events by system:expirer': byExpirer,
      'pass errors': rec.expiry.errors.length,
    },
    examples: rec.expiry.errors.slice(0, 6),
  });

  // 4. Counters.
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
  const planCounts = new Tally();
  for (const [k, p] of plans) {
    const live = liveByPlan.get(k) ?? 0;
    const all = subsByPlan.get(k) ?? 0;
    planCounts.expect(
      n(p, 'liveSubscriptionCount') === live && n(p, 'subscriptionCount') === all,
      () =>
        `${k}: liveSubscriptionCount ${n(p, 'liveSubscriptionCount')} vs ${live} live; subscriptionCount ${n(p, 'subscriptionCount')} vs ${all}`,
    );
  }
  result.push(
    planCounts.invariant("plans' liveSubscriptionCount = live subscriptions, subscriptionCount = all", {
      subscriptions: subscriptions.size,
    }),
  );

  const onePerPair = new Tally();
  for (const [pair, count] of livePairs)
    onePerPair.expect(count === 1, () => `${pair}: ${count} live subscriptions`);
  result.push(onePerPair.invariant('at most one live subscription per subscriber and plan'));

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
      () => `subscriber ${k}: refCount ${n(x, 'refCount')} vs ${subsBySubscriber.get(k) ?? 0} subscriptions`,
    );
  result.push(
    counts.invariant(
      'reference counts = recount of referrers (package, group, company, product, subscriber)',
      {
        packages: packages.size,
        groups: groups.size,
        companies: companies.size,
        products: products.size,
        subscribers: subscribers.size,
      },
    ),
  );

  // 5. Guards.
  const owners = new Tally();
  const guardAt = new Map<string, Item>();
  for (const g of guards) {
    const org = s(g, 'organizationId');
    const kind = s(g, 'kind');
    const value = s(g, 'value') ?? '';
    const ownerId = s(g, 'ownerId');
    guardAt.set(`${org}|${kind}|${value}`, g);
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
        !!o && LIVE.has(String(o.status)) && normalize(`${s(o, 'subscriberId')}#${s(o, 'planId')}`) === value;
      if (o) why = `owner is ${String(o.status)}`;
    }
    owners.expect(ok, () => `guard ${org} ${kind}:${value} → ${ownerId}: ${why}`);
  }
  result.push(
    owners.invariant('every guard has an owner that exists and holds its value', { guards: guards.length }),
  );

  const unique = new Tally();
  const guarded = (item: Item, kind: string, value: unknown) => {
    const g = guardAt.get(`${s(item, 'organizationId')}|${kind}|${normalize(String(value))}`);
    unique.expect(
      !!g && g.ownerId === item.id,
      () =>
        `${kind} '${String(value)}' of ${s(item, 'id')}: ${g ? `guard held by ${String(g.ownerId)}` : 'no guard'}`,
    );
  };
  for (const p of packages.values()) guarded(p, 'package-code', p.code);
  for (const o of offers.values()) guarded(o, 'offer-code', o.code);
  for (const p of plans.values()) guarded(p, 'plan-slug', p.slug);
  for (const x of subscribers.values()) {
    guarded(x, 'subscriber-username', x.username);
    guarded(x, 'subscriber-email', x.email);
  }
  for (const x of subscriptions.values())
    if (LIVE.has(String(x.status)))
      guarded(x, 'live-subscription', `${s(x, 'subscriberId')}#${s(x, 'planId')}`);
  result.push(
    unique.invariant('every code/slug/username/email (and live subscription) has exactly one guard, its own'),
  );

  // 6. Plan items and other references.
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
  result.push(
    itemsOk.invariant('no plan item references a missing product or price (or breaks an item rule)'),
  );

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
  result.push(
    refs.invariant(
      'every reference resolves (offers, plans, products, prices, subscriptions; index keys; expiry index)',
    ),
  );

  // 7. Client-side observations.
  result.push({
    name: 'idempotent replays return the first response; a reused key with another body is refused',
    ok: rec.replayMismatches.length === 0,
    counts: { replays: rec.replayChecks, mismatches: rec.replayMismatches.length },
    examples: rec.replayMismatches.slice(0, 6),
  });
  const stuck = of('idempotency').filter((r) => r.status === 'in_progress');
  result.push({
    name: 'no Idempotency-Key left locked (in_progress) once every request has answered',
    ok: stuck.length === 0,
    counts: { records: of('idempotency').length, in_progress: stuck.length },
    examples: stuck.slice(0, 6).map((r) => `${s(r, 'organizationId')} scope ${s(r, 'scope')}`),
  });
  result.push({
    name: 'racing creates of one code/slug/username/email: exactly one wins',
    ok: rec.raceViolations.length === 0,
    counts: {
      races: rec.races,
      'inconclusive (a racer got 5xx)': rec.racesInconclusive,
      violations: rec.raceViolations.length,
    },
    examples: rec.raceViolations.slice(0, 6),
  });
  return result;
};

// ---------------------------------------------------------------------------------------------
// The summary
// ---------------------------------------------------------------------------------------------

export interface LatencyRow {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

const latency = (ms: number[]): LatencyRow => {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
  };
};

export const summarize = (rec: Recorder, seconds: number) => {
  const byGroup = new Map<string, number[]>();
  const byRoute = new Map<string, number[]>();
  const statuses: Record<string, number> = {};
  const codes: Record<string, number> = {};
  for (const x of rec.samples) {
    for (const [map, k] of [
      [byGroup, x.group],
      [byRoute, x.route],
    ] as const) {
      const list = map.get(k) ?? [];
      list.push(x.ms);
      map.set(k, list);
    }
    statuses[String(x.status)] = (statuses[String(x.status)] ?? 0) + 1;
    if (x.code) codes[`${x.status} ${x.code}`] = (codes[`${x.status} ${x.code}`] ?? 0) + 1;
  }
  const sortedEntries = <T>(map: Map<string, T>) =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return {
    requests: rec.samples.length,
    seconds: round(seconds),
    requestsPerSecond: round(rec.samples.length / Math.max(seconds, 0.001)),
    latencyMs: latency(rec.samples.map((x) => x.ms)),
    byGroup: sortedEntries(new Map([...byGroup].map(([k, v]) => [k, latency(v)]))),
    byRoute: sortedEntries(new Map([...byRoute].map(([k, v]) => [k, latency(v)]))),
    statuses,
    errorCodes: Object.fromEntries(Object.entries(codes).sort(([, a], [, b]) => b - a)),
    expiry: {
      passes: rec.expiry.passes,
      expired: rec.expiry.expired,
      skipped: rec.expiry.skipped,
      latencyMs: latency(rec.expiry.ms),
    },
  };
};

/**
 * JSON as the repository's formatter (Biome, line width 110) writes it, so the summary file passes
 * `biome check`: objects one member per line; arrays of plain values on one line when it fits.
 */
export const formatJson = (value: unknown, width = 110): string => {
  const render = (v: unknown, indent: string, lead: number, trail: number): string => {
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const plain = v.every((x) => x === null || typeof x !== 'object');
      if (plain) {
        const inline = `[${v.map((x) => JSON.stringify(x) ?? 'null').join(', ')}]`;
        if (lead + inline.length + trail <= width) return inline;
      }
      const inner = `${indent}  `;
      const lines = v.map((x, i) => `${inner}${render(x, inner, inner.length, i < v.length - 1 ? 1 : 0)}`);
      return `[\n${lines.join(',\n')}\n${indent}]`;
    }
    if (v && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return '{}';
      const inner = `${indent}  `;
      const lines = entries.map(([k, x], i) => {
        const head = `${inner}${JSON.stringify(k)}: `;
        return `${head}${render(x, inner, head.length, i < entries.length - 1 ? 1 : 0)}`;
      });
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v) ?? 'null';
  };
  return `${render(value, '', 0, 0)}\n`;
};
