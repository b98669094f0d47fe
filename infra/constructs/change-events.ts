import { fileURLToPath } from 'node:url';
import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { EventSourceMapping, FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { AUDIT_ENTITY, ENTITY_ATTRIBUTE } from '../../shared/events/source.ts';
import { AdminFunction } from './admin-function.ts';
import { ALARM_PERIOD } from './alarms.ts';
import { createDeadLetterQueue, queueNotEmptyAlarm } from './dead-letters.ts';

const FUNCTIONS_DIR = fileURLToPath(new URL('../../functions/', import.meta.url));

/** Stream records per invocation: at most 10 PutEvents calls of 10 entries. */
export const EVENTS_BATCH_SIZE = 100;
/** The publisher's timeout: a batch is a few PutEvents calls, with short retries of failed entries. */
export const EVENTS_PUBLISHER_TIMEOUT = Duration.seconds(60);
/**
 * Retries of a failing batch (halved each time, bisectBatchOnError) before its records go to the
 * on-failure queue. A shard (one org's audit events share a partition key, so a shard) waits while its
 * batch retries, so this is bounded; enough to ride out an EventBridge hiccup of some minutes.
 */
export const EVENTS_RETRY_ATTEMPTS = 50;
/** A record older than this goes to the on-failure queue instead (the stream keeps records 24 hours). */
export const EVENTS_MAX_RECORD_AGE = Duration.hours(6);
/** How long the on-failure queue keeps the pointers to undelivered records (SQS's maximum). */
export const EVENTS_DLQ_RETENTION = Duration.days(14);
/** The stream alarms when its oldest record waited at least this long, in 2 periods in a row. */
export const EVENTS_ITERATOR_AGE_ALARM = Duration.minutes(1);

export interface ChangeEvents {
  bus: EventBus;
  publisher: AdminFunction;
  mapping: EventSourceMapping;
  deadLetterQueue: Queue;
  iteratorAgeAlarm: Alarm;
  errorsAlarm: Alarm;
  deadLetterAlarm: Alarm;
}

/**
 * Change events (API.md): an EventBridge bus, and a function that reads the table's stream through a
 * Lambda event source mapping (filtered to audit inserts, partial batch failures, bisect on error,
 * retries, an SQS on-failure queue) and puts every audit event on the bus. The audit event is written in
 * its change's own transaction, so the stream is a transactional outbox: no event without its change,
 * none lost after it.
 */
export function createChangeEvents(scope: Construct, table: Table): ChangeEvents {
  const streamArn = table.tableStreamArn;
  if (!streamArn) throw new Error('Change events need the table stream (TABLE.streamViewType)');

  const bus = new EventBus(scope, 'EventBus', {
    description: 'Subscription admin change events: one per audit event (source subscription-admin)',
  });

  const publisher = new AdminFunction(scope, 'EventsPublisher', {
    entry: `${FUNCTIONS_DIR}events/publish.ts`,
    description: 'Change events: audit events from the table stream to the event bus',
    timeout: EVENTS_PUBLISHER_TIMEOUT,
    // TABLE_NAME only because the entities are bound to it when parsed; the function has no table access.
    environment: { EVENT_BUS_NAME: bus.eventBusName, TABLE_NAME: table.tableName },
  });
  publisher.role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: 'PutChangeEvents',
      actions: ['events:PutEvents'],
      resources: [bus.eventBusArn],
    }),
  );
  // What the event source mapping reads the stream with, on this table's stream only. Not
  // table.grantStreamRead: it adds dynamodb:ListStreams on "*".
  publisher.role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: 'ReadTableStream',
      actions: [
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
      ],
      resources: [streamArn],
    }),
  );

  const deadLetterQueue = createDeadLetterQueue(scope, 'EventsDeadLetterQueue', {
    retention: EVENTS_DLQ_RETENTION,
    reason:
      'This queue is itself the on-failure destination of the change-event stream mapping: it receives pointers to ' +
      'stream records that could not be published, for an operator to redrive; there is no further queue to send them to.',
  });

  const mapping = new EventSourceMapping(scope, 'EventsStreamMapping', {
    target: publisher.function,
    eventSourceArn: streamArn,
    // From the oldest record kept: records written between the stream's creation and the mapping's are published too.
    startingPosition: StartingPosition.TRIM_HORIZON,
    batchSize: EVENTS_BATCH_SIZE,
    // One batch at a time per shard: an org's events reach the bus in commit order.
    parallelizationFactor: 1,
    bisectBatchOnError: true,
    reportBatchItemFailures: true,
    retryAttempts: EVENTS_RETRY_ATTEMPTS,
    maxRecordAge: EVENTS_MAX_RECORD_AGE,
    onFailure: new SqsDlq(deadLetterQueue),
    // Only audit events are change events; the function is never invoked for any other write.
    filters: [
      FilterCriteria.filter({
        eventName: FilterRule.isEqual('INSERT'),
        dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: FilterRule.isEqual(AUDIT_ENTITY) } } },
      }),
    ],
  });
  // The role must hold the stream permissions before the mapping is created (it is validated then).
  mapping.node.addDependency(publisher.role);
  Validations.of(publisher.function).acknowledge({
    id: 'Serverless-LambdaDLQ',
    reason:
      'The publisher is invoked only by its DynamoDB stream event source mapping, whose on-failure destination ' +
      '(EventsDeadLetterQueue) receives the records it could not publish; a function DLQ serves asynchronous invocations only.',
  });

  // No alarm actions here: operators wire an action (an SNS topic, a chat integration) to these alarms.
  const iteratorAgeAlarm = new Alarm(scope, 'EventsIteratorAgeAlarm', {
    alarmDescription: `Change events are late: the oldest unpublished stream record was at least ${EVENTS_ITERATOR_AGE_ALARM.toSeconds()} s old in 2 consecutive ${ALARM_PERIOD.toMinutes()}-minute periods`,
    metric: publisher.function.metric('IteratorAge', { period: ALARM_PERIOD, statistic: Stats.MAXIMUM }),
    threshold: EVENTS_ITERATOR_AGE_ALARM.toMilliseconds(),
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  const errorsAlarm = new Alarm(scope, 'EventsPublisherErrorsAlarm', {
    alarmDescription: `The change-event publisher failed (threw or timed out) in ${ALARM_PERIOD.toMinutes()} minutes`,
    metric: publisher.function.metricErrors({ period: ALARM_PERIOD, statistic: Stats.SUM }),
    threshold: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  const deadLetterAlarm = queueNotEmptyAlarm(scope, 'EventsDeadLetterQueueAlarm', deadLetterQueue, {
    description:
      'Change events were not published after all retries: their stream records are in EventsDeadLetterQueue (redrive within 24 h)',
    period: ALARM_PERIOD,
  });

  return { bus, publisher, mapping, deadLetterQueue, iteratorAgeAlarm, errorsAlarm, deadLetterAlarm };
}
