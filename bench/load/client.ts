/**
 * The load's HTTP client: requests under `/orgs/{org}`, each answer recorded in the `Recorder`
 * (status, latency, route group, and the changes a successful write made).
 */

import { RESOURCES } from '../../shared/resources.ts';
import { ROUTES, type Route, routeKey, routePattern } from '../../shared/routes.ts';
import type { Change, Recorder } from './recorder.ts';
import { type Json, num, str } from './util.ts';

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
  const { pattern, names } = routePattern(route);
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
// What a write changed
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

export interface Answer {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
  replayed: boolean;
  ms: number;
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
