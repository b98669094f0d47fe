import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build.ts';
import { EXPIRY_INTERVAL } from '../../infra/constructs/expirer.ts';
import { EXPIRY_INDEX, NOTICE_INDEX } from '../../shared/entities/subscription.ts';
import { flatTemplate, logicalIdOf } from './template.ts';

/** Synthesize without running esbuild: these tests read the template only. */
const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

/** What runExpiry calls: Query (gsi4), GetItem, and TransactWriteItems of Update/Delete/Put items. */
const EXPIRER_TABLE_ACTIONS = [
  'dynamodb:DeleteItem',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:UpdateItem',
];

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Principal?: unknown;
  Condition?: unknown;
};

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
const getAtt = (logicalId: string, attribute: string) => ({ 'Fn::GetAtt': [logicalId, attribute] });

describe('the scheduled subscription expirer', () => {
  let template: Template;
  let resources: Record<string, Resource>;
  /** Logical ids of the expirer's resources. */
  let id: { fn: string; role: string; logGroup: string; queue: string; rule: string; table: string };
  let routeFunctionIds: string[];
  let routeRoleIds: string[];

  beforeAll(() => {
    const { stack } = buildApp({ context: NO_BUNDLING });
    template = flatTemplate(stack);
    resources = template.toJSON().Resources as Record<string, Resource>;
    const logicalId = (element: unknown): string => logicalIdOf(element);
    id = {
      fn: logicalId(stack.expirer.function.node.defaultChild),
      role: logicalId(stack.expirer.role.node.defaultChild),
      logGroup: logicalId(stack.expirer.logGroup.node.defaultChild),
      queue: logicalId(stack.expirerDeadLetterQueue.node.defaultChild),
      rule: logicalId(stack.expirerSchedule.node.defaultChild),
      table: logicalId(stack.table.node.defaultChild),
    };
    routeFunctionIds = [...stack.functions.values()].map((fn) => logicalId(fn.function.node.defaultChild));
    routeRoleIds = [...stack.functions.values()].map((fn) => logicalId(fn.role.node.defaultChild));
  });

  const statementsOfRole = (roleId: string): Statement[] =>
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .filter((r) => JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);

  /** The one alarm on `metricName` of the expirer's resources (the change events have alarms of their own). */
  const alarmOn = (metricName: string): Resource => {
    const own = [`"${id.fn}"`, `"${id.queue}"`];
    const alarms = Object.values(resources).filter(
      (r) =>
        r.Type === 'AWS::CloudWatch::Alarm' &&
        r.Properties.MetricName === metricName &&
        own.some((ref) => JSON.stringify(r.Properties.Dimensions).includes(ref)),
    );
    expect(alarms, metricName).toHaveLength(1);
    return alarms[0] as Resource;
  };

  describe('function', () => {
    it('is its own function, not one of the routes', () => {
      expect(resources[id.fn]?.Type).toBe('AWS::Lambda::Function');
      expect(routeFunctionIds).not.toContain(id.fn);
      expect(routeRoleIds).not.toContain(id.role);
      // No API integration invokes it.
      const integrations = JSON.stringify(template.findResources('AWS::ApiGatewayV2::Integration'));
      expect(integrations).not.toContain(`"${id.fn}"`);
    });

    it('times out within the schedule interval, with the defaults of every function', () => {
      const props = resources[id.fn]?.Properties ?? {};
      expect(props.Timeout).toBe(240);
      expect(props.Timeout).toBeLessThan(EXPIRY_INTERVAL.toSeconds());
      expect(props).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: id.logGroup } },
      });
      expect(resources[id.logGroup]?.Properties.RetentionInDays).toBe(30);
    });

    it('has the metrics namespace besides the default environment and the table name', () => {
      expect(resources[id.fn]?.Properties.Environment).toEqual({
        Variables: {
          NODE_OPTIONS: '--enable-source-maps',
          POWERTOOLS_SERVICE_NAME: 'subscription-admin',
          POWERTOOLS_METRICS_NAMESPACE: 'SubscriptionAdmin',
          TABLE_NAME: { Ref: id.table },
        },
      });
    });

    it('has no reserved concurrency: two passes at once are safe', () => {
      expect(resources[id.fn]?.Properties.ReservedConcurrentExecutions).toBeUndefined();
    });

    it('is named in the ExpirerFunctionName output', () => {
      expect(template.findOutputs('ExpirerFunctionName')).toEqual({
        ExpirerFunctionName: { Value: { Ref: id.fn } },
      });
    });
  });

  describe('permissions', () => {
    const dynamoStatements = () =>
      statementsOfRole(id.role).filter((s) => asArray(s.Action).some((a) => a.startsWith('dynamodb:')));

    it('allows exactly Query, GetItem, UpdateItem, PutItem and DeleteItem', () => {
      const actions = dynamoStatements().flatMap((s) => asArray(s.Action));
      expect([...new Set(actions)].sort()).toEqual(EXPIRER_TABLE_ACTIONS);
      expect(actions).toHaveLength(EXPIRER_TABLE_ACTIONS.length);
      for (const statement of dynamoStatements()) expect(statement.Effect).toBe('Allow');
    });

    it('allows Query on the expiry (gsi4) and notice (gsi6) indexes only, neither on the table nor on another index', () => {
      expect(EXPIRY_INDEX.name).toBe('gsi4');
      expect(NOTICE_INDEX.name).toBe('gsi6');
      const query = dynamoStatements().filter((s) => asArray(s.Action).includes('dynamodb:Query'));
      expect(query).toHaveLength(1);
      expect(query[0]?.Sid).toBe('ExpiryIndexQuery');
      expect(query[0]?.Action).toEqual('dynamodb:Query');
      expect(query[0]?.Resource).toEqual([
        { 'Fn::Join': ['', [getAtt(id.table, 'Arn'), `/index/${EXPIRY_INDEX.name}`]] },
        { 'Fn::Join': ['', [getAtt(id.table, 'Arn'), `/index/${NOTICE_INDEX.name}`]] },
      ]);
    });

    it('allows the item actions on the table ARN only', () => {
      const items = dynamoStatements().filter((s) => !asArray(s.Action).includes('dynamodb:Query'));
      expect(items).toHaveLength(1);
      expect(items[0]?.Sid).toBe('ExpiryItems');
      expect([...asArray(items[0]?.Action ?? [])].sort()).toEqual(
        EXPIRER_TABLE_ACTIONS.filter((a) => a !== 'dynamodb:Query'),
      );
      expect(items[0]?.Resource).toEqual(getAtt(id.table, 'Arn'));
    });

    it('never allows Scan, batch reads or writes, ConditionCheckItem, DescribeTable or any wildcard', () => {
      const actions = statementsOfRole(id.role).flatMap((s) => asArray(s.Action));
      for (const action of [
        'dynamodb:Scan',
        'dynamodb:BatchWriteItem',
        'dynamodb:BatchGetItem',
        'dynamodb:ConditionCheckItem',
        'dynamodb:DescribeTable',
      ]) {
        expect(actions).not.toContain(action);
      }
      expect(actions.filter((a) => a.includes('*'))).toEqual([]);
      expect(JSON.stringify(dynamoStatements())).not.toContain('*');
    });

    it('can do nothing but write its logs, send traces and use the table (metrics go out as EMF logs)', () => {
      const services = new Set(
        statementsOfRole(id.role)
          .flatMap((s) => asArray(s.Action))
          .map((a) => a.split(':')[0]),
      );
      expect([...services].sort()).toEqual(['dynamodb', 'logs', 'xray']);
      template.hasResourceProperties('AWS::IAM::Role', {
        Description: Match.stringLikeRegexp('/Expirer$'),
        ManagedPolicyArns: Match.absent(),
      });
    });
  });

  describe('schedule', () => {
    it('runs every 5 minutes', () => {
      expect(resources[id.rule]?.Type).toBe('AWS::Events::Rule');
      expect(resources[id.rule]?.Properties).toMatchObject({
        ScheduleExpression: 'rate(5 minutes)',
        State: 'ENABLED',
      });
    });

    it('targets the expirer with 2 retries, a 1-hour event age and the dead-letter queue', () => {
      expect(resources[id.rule]?.Properties.Targets).toEqual([
        {
          Id: 'Target0',
          Arn: getAtt(id.fn, 'Arn'),
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: getAtt(id.queue, 'Arn') },
        },
      ]);
    });

    it('lets only this rule invoke the function', () => {
      const permissions = Object.values(resources).filter(
        (r) =>
          r.Type === 'AWS::Lambda::Permission' &&
          JSON.stringify(r.Properties.FunctionName) === JSON.stringify(getAtt(id.fn, 'Arn')),
      );
      expect(permissions.map((p) => p.Properties)).toEqual([
        {
          Action: 'lambda:InvokeFunction',
          FunctionName: getAtt(id.fn, 'Arn'),
          Principal: 'events.amazonaws.com',
          SourceArn: getAtt(id.rule, 'Arn'),
        },
      ]);
    });
  });

  describe('dead-letter queue', () => {
    it('is encrypted and keeps messages for 14 days', () => {
      // Its own, and the change events' on-failure queue (test/infra/events.test.ts).
      template.resourceCountIs('AWS::SQS::Queue', 2);
      expect(resources[id.queue]?.Properties).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
    });

    it('refuses requests without TLS and accepts messages from the expirer rule only', () => {
      const policies = Object.values(resources).filter(
        (r) =>
          r.Type === 'AWS::SQS::QueuePolicy' &&
          JSON.stringify(r.Properties.Queues) === JSON.stringify([{ Ref: id.queue }]),
      );
      expect(policies).toHaveLength(1);
      const document = policies[0]?.Properties.PolicyDocument as { Statement: Statement[] } | undefined;
      const statements = document?.Statement ?? [];
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 'sqs:*',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          Resource: getAtt(id.queue, 'Arn'),
        }),
      );
      const allows = statements.filter((s) => s.Effect === 'Allow');
      expect(allows).toEqual([
        expect.objectContaining({
          Action: 'sqs:SendMessage',
          Principal: { Service: 'events.amazonaws.com' },
          Condition: { ArnEquals: { 'aws:SourceArn': getAtt(id.rule, 'Arn') } },
          Resource: getAtt(id.queue, 'Arn'),
        }),
      ]);
    });
  });

  describe('alarms', () => {
    it('alarms on expirer errors in 2 consecutive 5-minute periods', () => {
      expect(alarmOn('Errors').Properties).toMatchObject({
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: id.fn } }],
        Statistic: 'Sum',
        Period: 300,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        EvaluationPeriods: 2,
        DatapointsToAlarm: 2,
        TreatMissingData: 'notBreaching',
      });
    });

    it('alarms when the dead-letter queue has a visible message', () => {
      expect(alarmOn('ApproximateNumberOfMessagesVisible').Properties).toMatchObject({
        Namespace: 'AWS/SQS',
        Dimensions: [{ Name: 'QueueName', Value: getAtt(id.queue, 'QueueName') }],
        Statistic: 'Maximum',
        Period: 300,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        EvaluationPeriods: 1,
      });
    });
  });
});
