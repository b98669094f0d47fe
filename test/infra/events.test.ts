import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build.ts';
import {
  EVENTS_BATCH_SIZE,
  EVENTS_MAX_RECORD_AGE,
  EVENTS_RETRY_ATTEMPTS,
} from '../../infra/constructs/change-events.ts';
import { AuditEvent } from '../../shared/entities/audit-event.ts';
import { flatTemplate, logicalIdOf } from './template.ts';

/** Synthesize without running esbuild: these tests read the template only. */
const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

type Resource = { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] };
type Statement = {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
};

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
const getAtt = (logicalId: string, attribute: string) => ({ 'Fn::GetAtt': [logicalId, attribute] });

describe('change events in AWS (event bus fed from the table stream)', () => {
  let template: Template;
  let resources: Record<string, Resource>;
  let id: { table: string; bus: string; fn: string; role: string; queue: string; mapping: string };

  beforeAll(() => {
    const { stack } = buildApp({ context: NO_BUNDLING });
    template = flatTemplate(stack);
    resources = template.toJSON().Resources as Record<string, Resource>;
    const events = stack.changeEvents;
    id = {
      table: logicalIdOf(stack.table.node.defaultChild),
      bus: logicalIdOf(events.bus.node.defaultChild),
      fn: logicalIdOf(events.publisher.function.node.defaultChild),
      role: logicalIdOf(events.publisher.role.node.defaultChild),
      queue: logicalIdOf(events.deadLetterQueue.node.defaultChild),
      mapping: logicalIdOf(events.mapping.node.defaultChild),
    };
  });

  const statementsOfRole = (roleId: string): Statement[] =>
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .filter((r) => JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);

  it('turns on the table stream with new images', () => {
    expect(resources[id.table]?.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
  });

  it('creates one event bus, without a resource policy, and outputs its name', () => {
    template.resourceCountIs('AWS::Events::EventBus', 1);
    template.resourceCountIs('AWS::Events::EventBusPolicy', 0);
    expect(resources[id.bus]?.Properties.Policy).toBeUndefined();
    expect(template.findOutputs('EventBusName')).toEqual({ EventBusName: { Value: { Ref: id.bus } } });
  });

  it('reads the stream with an event source mapping: audit inserts only, partial failures, bisect, retries, an on-failure queue', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    const mapping = resources[id.mapping]?.Properties ?? {};
    expect(mapping).toMatchObject({
      EventSourceArn: getAtt(id.table, 'StreamArn'),
      FunctionName: { Ref: id.fn },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: EVENTS_BATCH_SIZE,
      ParallelizationFactor: 1,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: EVENTS_RETRY_ATTEMPTS,
      MaximumRecordAgeInSeconds: EVENTS_MAX_RECORD_AGE.toSeconds(),
      DestinationConfig: { OnFailure: { Destination: getAtt(id.queue, 'Arn') } },
    });
    expect(EVENTS_RETRY_ATTEMPTS).toBeGreaterThanOrEqual(5);
    const filters = (mapping.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((f) => JSON.parse(f.Pattern))).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { __edb_e__: { S: ['auditEvent'] } } } },
    ]);
    // The filter names the entity audit items are stored as.
    expect(AuditEvent.schema.model.entity).toBe('auditEvent');
    // The role holds its stream permissions before the mapping is validated.
    expect(resources[id.mapping]?.DependsOn?.some((d) => d.startsWith(id.role.slice(0, -8)))).toBe(true);
  });

  it('runs the publisher like every function: Node.js 22 on arm64, its own log group, bus and table names', () => {
    const fn = resources[id.fn]?.Properties ?? {};
    expect(fn).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Timeout: 60 });
    expect((fn.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
      EVENT_BUS_NAME: { Ref: id.bus },
      TABLE_NAME: { Ref: id.table },
    });
  });

  it('lets the publisher put events on that bus, read that stream and send to its queue, and nothing else', () => {
    const statements = statementsOfRole(id.role);
    const actions = statements.flatMap((s) => asArray(s.Action));
    expect(statements.find((s) => s.Sid === 'PutChangeEvents')).toEqual({
      Sid: 'PutChangeEvents',
      Effect: 'Allow',
      Action: 'events:PutEvents',
      Resource: getAtt(id.bus, 'Arn'),
    });
    expect(actions.filter((a) => a.startsWith('events:'))).toEqual(['events:PutEvents']);
    const stream = statements.find((s) => s.Sid === 'ReadTableStream');
    expect(stream?.Resource).toEqual(getAtt(id.table, 'StreamArn'));
    expect([...asArray(stream?.Action ?? [])].sort()).toEqual([
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
    ]);
    // No item access to the table at all: the events come from the stream.
    expect(actions.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(
      asArray(stream?.Action ?? []).sort(),
    );
    for (const s of statements.filter((st) => asArray(st.Action).some((a) => a.startsWith('sqs:')))) {
      expect(s.Resource).toEqual(getAtt(id.queue, 'Arn'));
      expect(
        asArray(s.Action).every((a) => /^sqs:(SendMessage|GetQueueAttributes|GetQueueUrl)$/.test(a)),
      ).toBe(true);
    }
    expect(actions).toContain('sqs:SendMessage');
  });

  it('keeps undelivered records in an encrypted, TLS-only queue for 14 days', () => {
    expect(resources[id.queue]?.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    const policy = Object.values(resources).find(
      (r) =>
        r.Type === 'AWS::SQS::QueuePolicy' &&
        JSON.stringify(r.Properties.Queues) === JSON.stringify([{ Ref: id.queue }]),
    );
    expect(policy).toBeDefined();
    const document = policy?.Properties.PolicyDocument as { Statement: Statement[] } | undefined;
    expect(document?.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'sqs:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('alarms on the stream iterator age, on publisher errors and on dead-lettered records', () => {
    const alarms = Object.values(resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
    const on = (metricName: string, dimension: unknown) =>
      alarms.filter(
        (a) =>
          a.Properties.MetricName === metricName &&
          JSON.stringify(a.Properties.Dimensions).includes(JSON.stringify(dimension)),
      );
    const [age] = on('IteratorAge', { Ref: id.fn });
    expect(age?.Properties).toMatchObject({ Statistic: 'Maximum', Threshold: 60_000, EvaluationPeriods: 2 });
    const [errors] = on('Errors', { Ref: id.fn });
    expect(errors?.Properties).toMatchObject({ Statistic: 'Sum', Threshold: 1 });
    const [dlq] = on('ApproximateNumberOfMessagesVisible', getAtt(id.queue, 'QueueName'));
    expect(dlq?.Properties).toMatchObject({
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });
});
