import { afterAll, beforeAll, describe, it } from 'vitest';
import { newOrg, useApi } from './api.ts';
import { clearTable, FuzzStats, fuzzRoute, loadRoutes, partitionOf, seedFixtures } from './fuzz/index.ts';

/**
 * Registers the fuzzing of one partition of the write routes (POST, PATCH, DELETE) of `ROUTES`
 * (`partitionOf` in fuzz/routes.ts): each route gets a fresh org with a linked catalog, then `FUZZ_RUNS`
 * generated requests (default 150) held to the three properties: never a 5xx; every refusal a
 * contract problem+json; a refusal writes nothing. The calling file must give itself its own table
 * first (`useOwnTable`, in `vi.hoisted`). Reproduce with `FUZZ_SEED=<seed>`.
 */
export const fuzzWritePartition = async (file: string, defaultSeed: number) => {
  const seed = Number(process.env.FUZZ_SEED ?? defaultSeed);
  const numRuns = Number(process.env.FUZZ_RUNS ?? 150);
  const api = useApi();
  const stats = new FuzzStats();
  const routes = await loadRoutes();
  const mine = routes.filter((r) => partitionOf(r.route) === file);

  beforeAll(() => {
    console.log(`fuzz ${file}: seed ${seed}, ${numRuns} runs per route, ${mine.length} routes`);
  });
  afterAll(() => {
    console.log(stats.summary(file, seed));
  });

  describe(`fuzz: write routes (${file})`, () => {
    it('has routes to fuzz', () => {
      if (mine.length === 0) throw new Error('no write routes in this partition');
    });

    for (const route of mine) {
      it(`${route.key}: never a 5xx, every refusal a contract problem, no refusal writes`, async () => {
        await clearTable();
        const fixtures = await seedFixtures(api, newOrg('fz'));
        await fuzzRoute({ baseUrl: api.url, routes, route, fixtures, stats, seed, numRuns });
      }, 600_000);
    }
  });
};
