/**
 * What each cold-start trick that bends ElectroDB buys now (issue: keep each only where the bench shows
 * its gain). The same functions are bundled three ways and started alternately in fresh processes:
 * as deployed; without the jsonschema stand-in (ElectroDB's real start-up model check); and with every
 * entity built at load (no lazy entities, so a transaction also builds every entity it is given).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import {
  BUNDLE_ALIASES,
  EXTERNAL_MODULES,
  esbuildOptions,
  routeBundle,
} from '../../infra/constructs/admin-function.ts';
import { OUT_DIR } from '../lib/bundle.ts';
import { eventFor, REPO_ROOT } from '../lib/env.ts';
import type { Figure } from '../lib/report.ts';
import { stat } from '../lib/stats.ts';
import type { Scenario } from '../scenarios.ts';
import { coldStart } from './cold.ts';

/** A read that touches one entity, a write that touches three, and a plan write that touches six. */
const FUNCTIONS = ['packages/get', 'packages/create', 'plans/update'];

type Variant = 'deployed' | 'real-jsonschema' | 'eager-entities';

const EAGER = join(REPO_ROOT, 'bench', 'variants', 'eager-entities.ts');
const eagerEntities: Plugin = {
  name: 'eager-entities',
  setup(b) {
    b.onResolve({ filter: /\/lazy\.ts$/ }, (args) => (args.importer === EAGER ? undefined : { path: EAGER }));
  },
};

const bundle = async (scenario: Scenario, variant: Variant): Promise<{ file: string; bytes: number }> => {
  const dir = join(OUT_DIR, 'tricks', variant, scenario.route.handler);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.mjs');
  const { entry, aliases } = routeBundle(scenario.route);
  const options = esbuildOptions(entry, file, EXTERNAL_MODULES, aliases);
  const alias = { ...options.alias } as Record<string, string>;
  if (variant === 'real-jsonschema') for (const name of Object.keys(BUNDLE_ALIASES)) delete alias[name];
  await build({
    ...options,
    alias,
    plugins: variant === 'eager-entities' ? [eagerEntities] : [],
    logLevel: 'error',
  });
  return { file, bytes: statSync(file).size };
};

export async function runTricks(options: {
  quick: boolean;
  log: (line: string) => void;
  scenarios: readonly Scenario[];
}): Promise<Figure[]> {
  const runs = options.quick ? 1 : 9;
  const figures: Figure[] = [];
  const variants: Variant[] = ['deployed', 'real-jsonschema', 'eager-entities'];
  for (const handler of FUNCTIONS) {
    const scenario = options.scenarios.find((s) => s.route.handler === handler);
    if (!scenario) throw new Error(`no scenario for ${handler}`);
    const bundles = Object.fromEntries(
      await Promise.all(variants.map(async (v) => [v, await bundle(scenario, v)] as const)),
    ) as Record<Variant, { file: string; bytes: number }>;
    const times: Record<Variant, number[]> = { deployed: [], 'real-jsonschema': [], 'eager-entities': [] };
    for (let i = 0; i < runs; i++) {
      // Rotate the order, so no variant always runs first.
      for (const variant of [...variants.slice(i % 3), ...variants.slice(0, i % 3)]) {
        const request = await scenario.prepare(`bench-tricks-${randomUUID().slice(0, 8)}`);
        const eventFile = join(OUT_DIR, `event-${randomUUID()}.json`);
        writeFileSync(eventFile, JSON.stringify(eventFor(scenario.route, request)));
        const result = await coldStart(bundles[variant].file, eventFile, {});
        rmSync(eventFile, { force: true });
        if (result.status !== scenario.status) {
          throw new Error(`${handler} (${variant}) answered ${result.status}, expected ${scenario.status}`);
        }
        times[variant].push(result.firstAnswerMs);
      }
    }
    const deployed = stat(times.deployed);
    for (const variant of ['real-jsonschema', 'eager-entities'] as const) {
      const value = stat(times[variant]);
      figures.push({
        section: 'tricks',
        name: `${handler} ${variant === 'real-jsonschema' ? 'with the real jsonschema' : 'with eager entities'}`,
        unit: 'ms',
        value,
        baseline: { name: `${handler} as deployed`, value: deployed },
        note: `bundle ${(bundles[variant].bytes / 1024).toFixed(0)} KB vs ${(bundles.deployed.bytes / 1024).toFixed(0)} KB deployed; what the trick saves = this minus the baseline`,
      });
      options.log(
        `  tricks ${handler}: ${variant} ${value.median.toFixed(0)} ms vs deployed ${deployed.median.toFixed(0)} ms`,
      );
    }
  }
  return figures;
}
