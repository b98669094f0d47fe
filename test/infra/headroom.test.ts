import { NestedStack, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeAreaOf } from '../../infra/admin-api-stack.ts';
import { buildApp } from '../../infra/build.ts';
import { ROUTES, type Route } from '../../shared/routes.ts';

const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

/** CloudFormation's hard limit is 500 resources per stack; this leaves room for what a change adds. */
const MAX_RESOURCES_PER_STACK = 450;

/** The root stack and every nested stack below it, with their resource counts. */
const resourceCounts = (stack: Stack): Map<string, number> => {
  const stacks = [stack, ...stack.node.findAll().filter((c) => NestedStack.isNestedStack(c))] as Stack[];
  return new Map(
    stacks.map((s) => [s.node.path, Object.keys(Template.fromStack(s).toJSON().Resources ?? {}).length]),
  );
};

/**
 * 100 routes more than the API has: ten new areas of ten routes each, reusing existing handler files
 * (whose functions are then built twice, as a new route's would be).
 */
const extraRoutes = (): Route[] => {
  const handlers = ROUTES.filter((route) => route.auth).slice(0, 10);
  return Array.from({ length: 10 }, (_, area) =>
    handlers.map((route) => ({
      ...route,
      path: `/orgs/{orgId}/extra-${area}${route.path.slice('/orgs/{orgId}'.length)}`,
      tag: `Extra area ${area}`,
    })),
  ).flat();
};

describe('room in the stack (CloudFormation: 500 resources per stack)', () => {
  let counts: Map<string, number>;
  let grown: Map<string, number>;

  beforeAll(() => {
    counts = resourceCounts(buildApp({ context: NO_BUNDLING }).stack);
    grown = resourceCounts(buildApp({ context: NO_BUNDLING, routes: [...ROUTES, ...extraRoutes()] }).stack);
  });

  it(`keeps every stack, root and nested, at most ${MAX_RESOURCES_PER_STACK} resources`, () => {
    expect(counts.size).toBe(new Set(ROUTES.map(routeAreaOf)).size + 1);
    for (const [path, count] of counts) expect(count, path).toBeLessThanOrEqual(MAX_RESOURCES_PER_STACK);
  });

  it('puts each resource area in its own nested stack: the root grows by one per area and one per 10 routes', () => {
    const root = counts.get('SubscriptionAdmin') ?? 0;
    expect(root).toBeGreaterThan(0);
    // 10 nested stacks, and 10 more throttle alarms (one metric-math alarm sums at most 10 functions).
    expect(grown.get('SubscriptionAdmin')).toBe(root + 10 + 10);
  });

  it('has room for at least 100 more routes', () => {
    expect(grown.size).toBe(counts.size + 10);
    for (const [path, count] of grown) expect(count, path).toBeLessThanOrEqual(MAX_RESOURCES_PER_STACK);
    const total = [...grown.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(500);
  });
});

describe('stages (-c stage=…)', () => {
  it('names the stack after its stage, so dev and prod can share an account', () => {
    const { stack } = buildApp({ context: { ...NO_BUNDLING, stage: 'dev' } });
    expect(stack.stackName).toBe('SubscriptionAdmin-dev');
    expect(buildApp({ context: NO_BUNDLING }).stack.stackName).toBe('SubscriptionAdmin');
  });

  it('refuses a stage that cannot be part of a stack name', () => {
    expect(() => buildApp({ context: { ...NO_BUNDLING, stage: 'Prod_1' } })).toThrow(/stage/);
  });
});
