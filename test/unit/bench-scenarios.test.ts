import { describe, expect, it } from 'vitest';
import { SCENARIOS, scenarioOf, totalRequests } from '../../bench/scenarios.ts';
import { breakdownText, offMinimum } from '../../bench/sections/requests.ts';
import { ROUTES, routeKey } from '../../shared/routes.ts';

/** SDK commands a minimum may name (without "Command"). */
const COMMANDS = new Set([
  'GetItem',
  'BatchGetItem',
  'Query',
  'TransactWriteItems',
  'TransactGetItems',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
]);

describe('bench scenarios', () => {
  it('cover every route of ROUTES exactly once', () => {
    const keys = SCENARIOS.map((s) => routeKey(s.route));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(ROUTES.map(routeKey).sort());
    for (const scenario of SCENARIOS) expect(ROUTES).toContain(scenario.route);
  });

  it('give each a success status and a minimum with a reason, never a Scan', () => {
    for (const scenario of SCENARIOS) {
      const what = routeKey(scenario.route);
      expect([200, 201, 204], what).toContain(scenario.status);
      expect(scenario.minimum.reason.trim().length, what).toBeGreaterThan(0);
      for (const [command, count] of Object.entries(scenario.minimum.requests)) {
        expect(COMMANDS.has(command), `${what}: ${command}`).toBe(true);
        expect(Number.isInteger(count) && count > 0, `${what}: ${command} ${count}`).toBe(true);
      }
      if (scenario.route.auth) expect(totalRequests(scenario.minimum.requests), what).toBeGreaterThan(0);
    }
  });

  it('find the scenario of a route by the route, its key or its handler', () => {
    for (const route of ROUTES) {
      expect(scenarioOf(route).route).toBe(route);
      expect(scenarioOf(routeKey(route)).route).toBe(route);
      expect(scenarioOf(route.handler).route).toBe(route);
    }
    expect(() => scenarioOf('GET /nope')).toThrow(/no bench scenario/);
  });

  it('compare breakdowns command by command, not only their totals', () => {
    expect(offMinimum({ GetItem: 1, BatchGetItem: 1 }, { GetItem: 1, BatchGetItem: 1 })).toBe(0);
    expect(offMinimum({ GetItem: 2 }, { GetItem: 1, BatchGetItem: 1 })).toBe(2);
    expect(offMinimum({}, {})).toBe(0);
    expect(breakdownText({ TransactWriteItems: 1, GetItem: 1 })).toBe('GetItem 1 + TransactWriteItems 1');
    expect(breakdownText({})).toBe('none');
  });
});
