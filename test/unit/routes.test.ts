import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES, routeKey } from '../../shared/routes.ts';

const FUNCTIONS = join(import.meta.dirname, '..', '..', 'functions');
/** Functions that are not API routes (invoked by a schedule or a stream, not by API Gateway). */
const NOT_ROUTES = new Set(['subscriptions/expire', 'events/publish']);

const handlerFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return handlerFiles(path);
    return name.endsWith('.ts') ? [relative(FUNCTIONS, path).replace(/\.ts$/, '')] : [];
  });

describe('route table', () => {
  it('has a handler file for every route', () => {
    for (const route of ROUTES)
      expect(existsSync(join(FUNCTIONS, `${route.entry}.ts`)), route.handler).toBe(true);
  });

  it('has a route for every handler file', () => {
    const routed = new Set(ROUTES.map((r) => r.entry));
    for (const file of handlerFiles(FUNCTIONS)) {
      if (!NOT_ROUTES.has(file)) expect(routed.has(file), file).toBe(true);
    }
  });

  it('lists each method and path once, and each handler once', () => {
    expect(new Set(ROUTES.map(routeKey)).size).toBe(ROUTES.length);
    expect(new Set(ROUTES.map((r) => r.handler)).size).toBe(ROUTES.length);
  });

  it('makes GET routes read-only and every other method a write, and only /health and the catalog public', () => {
    const PUBLIC = new Set([
      'GET /health',
      'GET /orgs/{orgId}/catalog/plans',
      'GET /orgs/{orgId}/catalog/plans/{slug}',
    ]);
    for (const route of ROUTES) {
      expect(route.access).toBe(route.method === 'GET' ? 'read' : 'write');
      expect(route.auth, routeKey(route)).toBe(!PUBLIC.has(routeKey(route)));
      if (route.path !== '/health') expect(route.path.startsWith('/orgs/{orgId}/')).toBe(true);
    }
  });
});
