import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build.ts';
import { ROUTES } from '../../shared/routes.ts';
import { flatTemplate, logicalIdOf } from './template.ts';

/** Synthesize without running esbuild: these tests read the template only. */
const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

/** CloudWatch refuses a metric-math alarm with more metrics than this (a hard limit). */
const CLOUDWATCH_MAX_METRICS = 10;

/** The DynamoDB operations the handlers call; the table alarms must watch each of them. */
const CALLED_OPERATIONS = [
  'BatchGetItem',
  'DeleteItem',
  'GetItem',
  'PutItem',
  'Query',
  'TransactWriteItems',
  'UpdateItem',
];

type Resource = { Type: string; Properties: Record<string, unknown> };
interface MetricQuery {
  Id: string;
  Expression?: string;
  ReturnData?: boolean;
  MetricStat?: {
    Metric: { Namespace: string; MetricName: string; Dimensions: { Name: string; Value: unknown }[] };
    Period: number;
    Stat: string;
  };
}

describe('CloudWatch alarms', () => {
  let resources: Record<string, Resource>;
  let id: {
    api: string;
    table: string;
    routeFunctions: string[];
    alarm: Record<string, string>;
    throttleGroups: string[];
  };

  beforeAll(() => {
    const { stack } = buildApp({ context: NO_BUNDLING });
    resources = flatTemplate(stack).toJSON().Resources as Record<string, Resource>;
    const logicalId = (element: unknown): string => logicalIdOf(element);
    const { apiThrottlesByGroup, ...single } = stack.alarms;
    id = {
      api: logicalId(stack.api.node.defaultChild),
      table: logicalId(stack.table.node.defaultChild),
      routeFunctions: [...stack.functions.values()].map((fn) => logicalId(fn.function.node.defaultChild)),
      alarm: Object.fromEntries(
        Object.entries(single).map(([name, alarm]) => [name, logicalId(alarm.node.defaultChild)]),
      ),
      throttleGroups: apiThrottlesByGroup.map((alarm) => logicalId(alarm.node.defaultChild)),
    };
  });

  const alarm = (logicalId: string | undefined): Record<string, unknown> => {
    const resource = resources[logicalId ?? ''];
    expect(resource?.Type).toBe('AWS::CloudWatch::Alarm');
    return resource?.Properties ?? {};
  };
  const queriesOf = (props: Record<string, unknown>) => (props.Metrics ?? []) as MetricQuery[];
  /** The one expression the alarm watches. */
  const expressionOf = (props: Record<string, unknown>): string => {
    const returned = queriesOf(props).filter((q) => q.ReturnData !== false);
    expect(returned).toHaveLength(1);
    return returned[0]?.Expression ?? '';
  };
  const metricById = (props: Record<string, unknown>, queryId: string) =>
    queriesOf(props).find((q) => q.Id === queryId)?.MetricStat;
  const stageDimensions = () => [
    { Name: 'ApiId', Value: { Ref: id.api } },
    { Name: 'Stage', Value: '$default' },
  ];
  /** Threshold, comparison and periods every "≥ threshold in 5 minutes" alarm shares. */
  const expectFiveMinuteAlarm = (
    props: Record<string, unknown>,
    threshold: number,
    evaluationPeriods = 1,
  ): void => {
    expect(props).toMatchObject({
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: evaluationPeriods,
      TreatMissingData: 'notBreaching',
    });
    for (const query of queriesOf(props)) {
      if (query.MetricStat) expect(query.MetricStat.Period, query.Id).toBe(300);
    }
  };

  it('keeps every metric-math alarm within CloudWatch’s 10 metrics', () => {
    const alarms = Object.values(resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThanOrEqual(12);
    for (const a of alarms) {
      expect(queriesOf(a.Properties).filter((q) => q.MetricStat).length).toBeLessThanOrEqual(
        CLOUDWATCH_MAX_METRICS,
      );
      // Actions stay enabled, so the SNS topic an operator wires to an alarm is notified.
      expect(a.Properties.ActionsEnabled).not.toBe(false);
    }
  });

  describe('API stage', () => {
    it('alarms when 5xx answers reach 1% of the requests in 5 minutes', () => {
      const props = alarm(id.alarm.apiServerErrorRate);
      expect(expressionOf(props)).toBe('100 * FILL(errors, 0) / requests');
      expect(metricById(props, 'errors')).toEqual({
        Metric: { Namespace: 'AWS/ApiGateway', MetricName: '5xx', Dimensions: stageDimensions() },
        Period: 300,
        Stat: 'Sum',
      });
      expect(metricById(props, 'requests')).toEqual({
        Metric: { Namespace: 'AWS/ApiGateway', MetricName: 'Count', Dimensions: stageDimensions() },
        Period: 300,
        Stat: 'Sum',
      });
      expectFiveMinuteAlarm(props, 1);
    });

    it('alarms on a 4xx surge: 25% of at least 100 requests, 2 periods of 5 minutes in a row', () => {
      const props = alarm(id.alarm.apiClientErrorRate);
      expect(expressionOf(props)).toBe('IF(requests >= 100, 100 * FILL(errors, 0) / requests, 0)');
      expect(metricById(props, 'errors')?.Metric).toEqual({
        Namespace: 'AWS/ApiGateway',
        MetricName: '4xx',
        Dimensions: stageDimensions(),
      });
      expect(metricById(props, 'requests')?.Metric.MetricName).toBe('Count');
      expect(metricById(props, 'errors')?.Stat).toBe('Sum');
      expectFiveMinuteAlarm(props, 25, 2);
      expect(props.DatapointsToAlarm).toBe(2);
    });
  });

  describe('Lambda throttles', () => {
    it('sums Throttles of every API function exactly once, in groups of at most 10, ≥ 1 in 5 minutes', () => {
      expect(id.routeFunctions).toHaveLength(ROUTES.length);
      const covered: unknown[] = [];
      for (const groupId of id.throttleGroups) {
        const props = alarm(groupId);
        const metrics = queriesOf(props).filter((q) => q.MetricStat);
        expect(metrics.length).toBeGreaterThan(0);
        expect(metrics.length).toBeLessThanOrEqual(CLOUDWATCH_MAX_METRICS);
        expect(expressionOf(props)).toBe(`SUM([${metrics.map((m) => m.Id).join(', ')}])`);
        for (const { MetricStat } of metrics) {
          expect(MetricStat?.Metric.Namespace).toBe('AWS/Lambda');
          expect(MetricStat?.Metric.MetricName).toBe('Throttles');
          expect(MetricStat?.Stat).toBe('Sum');
          expect(MetricStat?.Metric.Dimensions).toHaveLength(1);
          expect(MetricStat?.Metric.Dimensions[0]?.Name).toBe('FunctionName');
          covered.push(MetricStat?.Metric.Dimensions[0]?.Value);
        }
        expectFiveMinuteAlarm(props, 1);
      }
      expect(covered).toHaveLength(id.routeFunctions.length);
      expect(new Set(covered.map((v) => JSON.stringify(v)))).toEqual(
        new Set(id.routeFunctions.map((fn) => JSON.stringify({ Ref: fn }))),
      );
    });

    it('joins the groups in one composite alarm that fires when any group does', () => {
      const composite = resources[id.alarm.apiThrottles ?? ''];
      expect(composite?.Type).toBe('AWS::CloudWatch::CompositeAlarm');
      const rule = JSON.stringify(composite?.Properties.AlarmRule);
      for (const groupId of id.throttleGroups) {
        expect(rule).toContain(JSON.stringify({ 'Fn::GetAtt': [groupId, 'Arn'] }));
      }
      expect(rule).not.toContain(' AND ');
      expect(rule.match(/ALARM\(/g)).toHaveLength(id.throttleGroups.length);
    });
  });

  describe('DynamoDB table', () => {
    for (const [name, metricName] of [
      ['tableThrottledRequests', 'ThrottledRequests'],
      ['tableSystemErrors', 'SystemErrors'],
    ] as const) {
      it(`alarms on ${metricName} of every operation the functions call, ≥ 1 in 5 minutes`, () => {
        const props = alarm(id.alarm[name]);
        const metrics = queriesOf(props).filter((q) => q.MetricStat);
        expect(expressionOf(props)).toBe(`SUM([${metrics.map((m) => m.Id).join(', ')}])`);
        const operations: unknown[] = [];
        for (const { MetricStat } of metrics) {
          expect(MetricStat?.Metric.Namespace).toBe('AWS/DynamoDB');
          expect(MetricStat?.Metric.MetricName).toBe(metricName);
          expect(MetricStat?.Stat).toBe('Sum');
          const dimensions = MetricStat?.Metric.Dimensions ?? [];
          expect(dimensions.find((d) => d.Name === 'TableName')?.Value).toEqual({ Ref: id.table });
          operations.push(dimensions.find((d) => d.Name === 'Operation')?.Value);
        }
        expect([...operations].sort()).toEqual(CALLED_OPERATIONS);
        expectFiveMinuteAlarm(props, 1);
      });
    }
  });

  describe('expirer', () => {
    it('keeps its errors alarm and its dead-letter queue alarm', () => {
      expect(alarm(id.alarm.expirerErrors)).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Period: 300,
        Threshold: 1,
      });
      expect(alarm(id.alarm.expirerDeadLetters)).toMatchObject({
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Period: 300,
        Threshold: 1,
      });
    });
  });
});
