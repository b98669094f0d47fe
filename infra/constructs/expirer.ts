import { fileURLToPath } from 'node:url';
import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { AdminFunction } from './admin-function.ts';
import { createDeadLetterQueue, queueNotEmptyAlarm } from './dead-letters.ts';

const FUNCTIONS_DIR = fileURLToPath(new URL('../../functions/', import.meta.url));

/** How often EventBridge runs the subscription expirer. */
export const EXPIRY_INTERVAL = Duration.minutes(5);
/**
 * The expirer's timeout: below the interval, so one run is normally over before the next starts. A pass
 * stops taking new work 10 s before this deadline; the next run continues where it stopped.
 */
export const EXPIRER_TIMEOUT = Duration.minutes(4);
/** EventBridge retries a failed invocation of the expirer this many times before dead-lettering it. */
export const EXPIRER_RETRY_ATTEMPTS = 2;
/** An expirer event older than this is dead-lettered instead of delivered: later runs cover its work. */
export const EXPIRER_MAX_EVENT_AGE = Duration.hours(1);
/** How long undeliverable expirer events stay in the dead-letter queue (SQS's maximum). */
export const EXPIRER_DLQ_RETENTION = Duration.days(14);

/**
 * The scheduled expirer (API.md, Subscriptions → Expiry): its own function with only the table actions
 * an expiry pass uses, an EventBridge rule every EXPIRY_INTERVAL with retries and a dead-letter queue,
 * and alarms on its errors and on dead-lettered events.
 */
export function createExpirer(
  scope: Construct,
  table: Table,
): {
  fn: AdminFunction;
  schedule: Rule;
  deadLetterQueue: Queue;
  errorsAlarm: Alarm;
  deadLetterAlarm: Alarm;
} {
  const fn = new AdminFunction(scope, 'Expirer', {
    entry: `${FUNCTIONS_DIR}subscriptions/expire.ts`,
    description: 'Scheduled expirer: active/trialing subscriptions whose endsAt has passed become expired',
    timeout: EXPIRER_TIMEOUT,
    environment: { POWERTOOLS_METRICS_NAMESPACE: 'SubscriptionAdmin' },
  });
  // Exactly Query (on the expiry index only), GetItem, UpdateItem, PutItem and DeleteItem (on the table
  // only): TABLE_GRANTS.EXPIRY, plus TABLE_NAME.
  // No cloudwatch:PutMetricData: Powertools Metrics writes its metrics to the function's log (Embedded
  // Metric Format), and CloudWatch extracts them from there; the role already writes its log group.
  fn.bindTable(table, 'EXPIRY');
  // No reserved concurrency: two passes at once are safe (each expiry is its own conditional transaction).

  const deadLetterQueue = createDeadLetterQueue(scope, 'ExpirerDeadLetterQueue', {
    retention: EXPIRER_DLQ_RETENTION,
    reason:
      'This queue is itself the dead-letter queue of the expirer schedule: EventBridge puts undeliverable events here, ' +
      'nothing consumes them automatically, so there is nothing to redrive to a further queue.',
  });

  const schedule = new Rule(scope, 'ExpirerSchedule', {
    description: `Runs the subscription expirer every ${EXPIRY_INTERVAL.toMinutes()} minutes`,
    schedule: Schedule.rate(EXPIRY_INTERVAL),
    targets: [
      new LambdaFunction(fn.function, {
        retryAttempts: EXPIRER_RETRY_ATTEMPTS,
        maxEventAge: EXPIRER_MAX_EVENT_AGE,
        deadLetterQueue,
      }),
    ],
  });
  Validations.of(fn.function).acknowledge({
    id: 'Serverless-LambdaDLQ',
    reason:
      'The expirer is invoked only by its EventBridge rule, whose target has retries and its own dead-letter queue ' +
      '(ExpirerDeadLetterQueue): events that cannot be delivered or keep failing end up there.',
  });

  // No alarm actions here: operators wire an action (an SNS topic, a chat integration) to these alarms.
  const errorsAlarm = new Alarm(scope, 'ExpirerErrorsAlarm', {
    alarmDescription: `The subscription expirer failed in 2 consecutive ${EXPIRY_INTERVAL.toMinutes()}-minute periods`,
    metric: fn.function.metricErrors({ period: EXPIRY_INTERVAL, statistic: Stats.SUM }),
    threshold: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  const deadLetterAlarm = queueNotEmptyAlarm(scope, 'ExpirerDeadLetterQueueAlarm', deadLetterQueue, {
    description: 'Expirer schedule events were dead-lettered: runs were missed after all retries',
    period: EXPIRY_INTERVAL,
  });

  return { fn, schedule, deadLetterQueue, errorsAlarm, deadLetterAlarm };
}
