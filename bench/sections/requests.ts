/**
 * Section: DynamoDB requests per operation. For every route, its scenario's request is prepared in
 * a fresh org and invoked through the real handler in-process; an SDK middleware on the shared
 * client counts the requests of that one invocation by command. Each route's figure is its total
 * against the scenario's minimum (budget: equal), with both breakdowns in the note.
 *
 * Equal totals are not enough: 2 GetItems in place of 1 BatchGetItem + 1 GetItem is not the
 * minimum either. A per-route figure has one value, so rather than turn the total into a 0/1 flag
 * (which would hide what was measured), the breakdowns are compared in a figure of their own:
 * "requests off the minimum, by command" sums |measured − minimum| over every route and command
 * (budget: equal 0) and names each route that differs; a differing route's own note says so too.
 * A last figure counts Scan requests across all routes (budget: equal 0).
 *
 * The middleware sits at the SDK's `initialize` step: it counts each request the code sends once,
 * however many attempts the SDK's own retries make of it (none against DynamoDB Local), so the
 * figures are what the code asks for, the quantity the minimums describe.
 */
import { randomUUID } from 'node:crypto';
import { invoke } from '../lib/env.ts';
import type { Figure } from '../lib/report.ts';
import { stat } from '../lib/stats.ts';
import { SCENARIOS, type Scenario, totalRequests } from '../scenarios.ts';

type Breakdown = Record<string, number>;

/** `GetItem 1 + BatchGetItem 1`, in a stable order (reads first); `none` for no request. */
export const breakdownText = (counts: Breakdown): string => {
  const order = ['GetItem', 'Query', 'BatchGetItem', 'Scan', 'TransactWriteItems', 'TransactGetItems'];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const names = Object.keys(counts)
    .filter((name) => (counts[name] ?? 0) > 0)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return names.length === 0 ? 'none' : names.map((name) => `${name} ${counts[name]}`).join(' + ');
};

/** Σ |measured − minimum| over every command either names: 0 exactly when the breakdowns are equal. */
export const offMinimum = (measured: Breakdown, minimum: Breakdown): number => {
  const names = new Set([...Object.keys(measured), ...Object.keys(minimum)]);
  let off = 0;
  for (const name of names) off += Math.abs((measured[name] ?? 0) - (minimum[name] ?? 0));
  return off;
};

const sameBreakdown = (a: Breakdown, b: Breakdown) => offMinimum(a, b) === 0;

export async function runRequests(options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<Figure[]> {
  // The shared client exists only once the environment names the table: import after startBenchDatabase().
  const { countRequests } = await import('../lib/request-counter.ts');
  const counter = countRequests();
  const repetitions = options.quick ? 1 : 3;
  const figures: Figure[] = [];
  const differing: string[] = [];
  let totalOff = 0;
  let scans = 0;
  const scanRoutes: string[] = [];

  const measureOnce = async (scenario: Scenario): Promise<Breakdown> => {
    const org = `bench-req-${randomUUID().slice(0, 8)}`;
    const request = await scenario.prepare(org);
    counter.take();
    const response = await invoke(scenario.route, request);
    const counts = counter.take();
    if (response.statusCode !== scenario.status) {
      throw new Error(
        `${scenario.route.method} ${scenario.route.path} answered ${response.statusCode}, expected ${scenario.status}: ${String(response.body)}`,
      );
    }
    return counts;
  };

  for (const scenario of SCENARIOS) {
    const name = `${scenario.route.method} ${scenario.route.path}`;
    const runs: Breakdown[] = [];
    for (let i = 0; i < repetitions; i++) runs.push(await measureOnce(scenario));
    const first = runs[0] as Breakdown;
    const minimum = scenario.minimum.requests;
    // Every repetition is held to the minimum; the note shows the first, and any that varied.
    const off = Math.max(...runs.map((run) => offMinimum(run, minimum)));
    const varied = runs.filter((run) => !sameBreakdown(run, first));
    const routeScans = Math.max(...runs.map((run) => run.Scan ?? 0));
    totalOff += off;
    scans += routeScans;
    if (routeScans > 0) scanRoutes.push(name);
    if (off > 0) differing.push(`${name}: ${breakdownText(first)} (minimum ${breakdownText(minimum)})`);
    const note = [
      off > 0 ? 'breakdown differs from the minimum: ' : '',
      `${breakdownText(first)} (minimum ${breakdownText(minimum)}: ${scenario.minimum.reason})`,
      varied.length > 0 ? `; other runs: ${varied.map(breakdownText).join('; ')}` : '',
    ].join('');
    figures.push({
      section: 'requests',
      name,
      unit: 'requests',
      value: stat(runs.map(totalRequests)),
      budget: { kind: 'equal', limit: totalRequests(minimum) },
      note,
    });
    options.log(
      `requests ${name}: ${breakdownText(first)}${off > 0 ? `  ≠ minimum ${breakdownText(minimum)}` : ''}`,
    );
  }

  /** A count of requests across all routes that must be 0. */
  const noneAcrossRoutes = (name: string, value: number, note: string): Figure => ({
    section: 'requests',
    name,
    unit: 'requests',
    value: stat([value]),
    budget: { kind: 'equal', limit: 0 },
    note,
  });
  figures.push(
    noneAcrossRoutes(
      'Requests off the minimum, by command, across all routes',
      totalOff,
      differing.length === 0
        ? `Σ |measured − minimum| per command over ${SCENARIOS.length} routes: every route makes exactly its minimum's requests, command by command`
        : `Σ |measured − minimum| per command over ${SCENARIOS.length} routes; differing: ${differing.join('; ')}`,
    ),
    noneAcrossRoutes(
      'Scan requests across all routes',
      scans,
      scanRoutes.length === 0
        ? `no route's request made a Scan (${SCENARIOS.length} routes, ${repetitions} run${repetitions > 1 ? 's' : ''} each)`
        : `Scans made by: ${scanRoutes.join(', ')}`,
    ),
  );
  return figures;
}
