/**
 * Property-based fuzzing of every read route (GET) of `ROUTES`: fuzzed path ids (other prefixes,
 * percent-encodings, very long, random) and query strings (unknown parameters, bad limits,
 * garbage, tampered and foreign cursors) against one org with two of everything. Properties: never
 * a 5xx; every refusal a contract problem+json; and a read never changes the table, whatever it
 * answers. Also checks that every route of the table is in some fuzz partition.
 * Reproduce with `FUZZ_SEED=<seed> npx vitest run test/fuzz/reads.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('fuzz-reads'));

import { ROUTES } from '../../shared/routes.ts';
import { newOrg, useApi } from '../support/api.ts';
import {
  clearTable,
  type Fixtures,
  FuzzStats,
  fuzzRoute,
  loadRoutes,
  partitionOf,
  seedFixtures,
} from '../support/fuzz/index.ts';

const FILE = 'reads';
const SEED = Number(process.env.FUZZ_SEED ?? 1_337_003);
const NUM_RUNS = Number(process.env.FUZZ_READ_RUNS ?? 100);

const api = useApi();
const stats = new FuzzStats();
const routes = await loadRoutes();
const mine = routes.filter((r) => partitionOf(r.route) === FILE);
let fixtures: Fixtures | undefined;

beforeAll(async () => {
  console.log(`fuzz ${FILE}: seed ${SEED}, ${NUM_RUNS} runs per route, ${mine.length} routes`);
  await clearTable();
  fixtures = await seedFixtures(api, newOrg('fz'), true);
});
afterAll(() => {
  console.log(stats.summary(FILE, SEED));
});

describe('fuzz: coverage of the route table', () => {
  it('puts every route of ROUTES in exactly one fuzz file, every write route in a writes file', () => {
    expect(routes.map((r) => r.key)).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`));
    for (const route of ROUTES) {
      const partition = partitionOf(route);
      expect(partition === 'reads').toBe(route.method === 'GET');
    }
  });

  it('has real cursors to tamper with', () => {
    expect(fixtures?.cursors.length ?? 0).toBeGreaterThan(5);
    expect(fixtures?.forgedCursors.length ?? 0).toBeGreaterThan(5 * 9);
  });
});

describe('fuzz: forged cursors', () => {
  it('every list refuses each correctly signed cursor with a forged position: 400 invalid_cursor, never a 5xx', async () => {
    const forged = fixtures?.forgedCursors ?? [];
    const lists = new Set(forged.map((f) => f.path));
    expect(lists.size).toBeGreaterThan(5);
    for (const { path, cursor } of forged) {
      const res = await api.request('GET', `${path}?limit=1&cursor=${encodeURIComponent(cursor)}`, {
        org: fixtures?.org ?? '',
      });
      expect(res.status, `${path}: ${res.text}`).toBe(400);
      expect((res.body as { code?: string }).code, path).toBe('invalid_cursor');
    }
  });
});

describe('fuzz: read routes', () => {
  for (const route of mine) {
    it(`${route.key}: never a 5xx, every refusal a contract problem, never a write`, async () => {
      if (!fixtures) throw new Error('fixtures were not seeded');
      await fuzzRoute({
        baseUrl: api.url,
        routes,
        route,
        fixtures,
        stats,
        seed: SEED,
        numRuns: NUM_RUNS,
        neverWrites: true,
      });
    }, 600_000);
  }
});
