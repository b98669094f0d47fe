/**
 * Property-based fuzzing of half of the write routes (POST, PATCH, DELETE) of `ROUTES`: the routes
 * of partition `writes-a` (see `partitionOf` in test/support/fuzz.ts). Each route gets a fresh org
 * with a linked catalog, then `FUZZ_RUNS` generated requests (default 150) held to the three
 * properties: never a 5xx; every refusal a contract problem+json; a refusal writes nothing.
 * Reproduce with `FUZZ_SEED=<seed> npx vitest run test/fuzz/writes-a.test.ts`.
 */
import { afterAll, beforeAll, describe, it, vi } from 'vitest';

await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('fuzz-writes-a'));

import { newOrg, useApi } from '../support/api.ts';
import { clearTable, FuzzStats, fuzzRoute, loadRoutes, partitionOf, seedFixtures } from '../support/fuzz.ts';

const FILE = 'writes-a';
const SEED = Number(process.env.FUZZ_SEED ?? 1_337_001);
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 150);

const api = useApi();
const stats = new FuzzStats();
const routes = await loadRoutes();
const mine = routes.filter((r) => partitionOf(r.route) === FILE);

beforeAll(() => {
  console.log(`fuzz ${FILE}: seed ${SEED}, ${NUM_RUNS} runs per route, ${mine.length} routes`);
});
afterAll(() => {
  console.log(stats.summary(FILE, SEED));
});

describe(`fuzz: write routes (${FILE})`, () => {
  it('has routes to fuzz', () => {
    if (mine.length === 0) throw new Error('no write routes in this partition');
  });

  for (const route of mine) {
    it(`${route.key}: never a 5xx, every refusal a contract problem, no refusal writes`, async () => {
      await clearTable();
      const fixtures = await seedFixtures(api, newOrg('fz'));
      await fuzzRoute({ baseUrl: api.url, routes, route, fixtures, stats, seed: SEED, numRuns: NUM_RUNS });
    }, 600_000);
  }
});
