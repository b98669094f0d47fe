/** The per-route property runner, and the counts behind each file's summary lines. */
import fc from 'fast-check';
import { type FuzzCase, type FuzzResponse, send, short } from './case.ts';
import type { Fixtures } from './fixtures.ts';
import { checkAnswer } from './oracle.ts';
import { caseArb } from './requests.ts';
import type { LoadedRoute } from './routes.ts';
import { diffDumps, dumpTable } from './table.ts';

interface RouteCount {
  cases: number;
  ok: number;
  refused: number;
  failed: number;
  codes: Map<string, number>;
}

/** Cases tried and answers got, per route, for the file's summary line. */
export class FuzzStats {
  readonly perRoute = new Map<string, RouteCount>();

  readonly kinds = new Map<string, number>();

  record(route: string, c: FuzzCase, res: FuzzResponse) {
    for (const tag of c.tags ?? [c.kind]) this.kinds.set(tag, (this.kinds.get(tag) ?? 0) + 1);
    const s = this.perRoute.get(route) ?? { cases: 0, ok: 0, refused: 0, failed: 0, codes: new Map() };
    s.cases += 1;
    if (res.status < 300) s.ok += 1;
    else {
      if (res.status >= 500) s.failed += 1;
      else s.refused += 1;
      let code = String(res.status);
      try {
        code = String((JSON.parse(res.text) as { code?: unknown }).code ?? res.status);
      } catch {
        // Not JSON: the status stands for it.
      }
      s.codes.set(code, (s.codes.get(code) ?? 0) + 1);
    }
    this.perRoute.set(route, s);
  }

  /** One line for the file, then one per route. */
  summary(file: string, seed: number): string {
    const all = [...this.perRoute.values()];
    const sum = (pick: (s: RouteCount) => number) => all.reduce((n, s) => n + pick(s), 0);
    const cases = sum((s) => s.cases);
    const codes = new Map<string, number>();
    for (const s of all) for (const [c, n] of s.codes) codes.set(c, (codes.get(c) ?? 0) + n);
    const top = [...codes.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
    const perRoute = Math.round(cases / Math.max(1, this.perRoute.size));
    return [
      `fuzz ${file}: seed ${seed}, ${this.perRoute.size} routes × ~${perRoute} cases = ${cases} requests; ` +
        `2xx ${sum((s) => s.ok)}, 4xx ${sum((s) => s.refused)}, 5xx ${sum((s) => s.failed)} [${top.join(', ')}]`,
      `  request kinds: ${[...this.kinds.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
      ...[...this.perRoute.entries()].map(
        ([r, s]) => `  ${r}: ${s.cases} cases, 2xx ${s.ok}, 4xx ${s.refused}, 5xx ${s.failed}`,
      ),
    ].join('\n');
  }
}

/** A per-route seed derived from the file's seed, so a route reproduces on its own. */
export const routeSeed = (seed: number, key: string): number => {
  let h = seed | 0;
  for (const ch of key) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
};

export interface FuzzRunOptions {
  baseUrl: string;
  routes: readonly LoadedRoute[];
  route: LoadedRoute;
  fixtures: Fixtures;
  stats: FuzzStats;
  seed: number;
  numRuns: number;
  /** Also require that the table never changes, whatever the answer (read routes). */
  neverWrites?: boolean;
}

/**
 * Runs the three properties over `numRuns` generated requests to one route. The table is dumped
 * once at the start and after every request; a 2xx answer to a write route moves the baseline.
 */
export const fuzzRoute = async (options: FuzzRunOptions): Promise<void> => {
  const { baseUrl, routes, route, fixtures, stats, seed, numRuns } = options;
  let baseline = await dumpTable();
  await fc.assert(
    // Shrinking re-sends requests (and some bodies are 1 MB): a bounded number of steps is enough.
    fc.asyncProperty(fc.limitShrink(caseArb(route, fixtures), 80), async (c) => {
      const res = await send(baseUrl, c);
      stats.record(route.key, c, res);
      checkAnswer(routes, c, res);
      const after = await dumpTable();
      const ok = res.status >= 200 && res.status < 300;
      if (ok && !options.neverWrites) {
        baseline = after;
        return;
      }
      const diff = diffDumps(baseline, after);
      baseline = after;
      if (diff) {
        throw new Error(
          `(c) a ${ok ? 'read' : `refused (${res.status})`} request changed the table: ${short(res.text, 300)}\n${diff}`,
        );
      }
    }),
    { seed: routeSeed(seed, route.key), numRuns, verbose: 0 },
  );
};
