import { type Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * A dead-letter (or on-failure) queue: encrypted, TLS-only, keeping messages `retention`. It is the
 * last stop of what it receives, so cdk-nag's "this queue has no DLQ of its own" rules are
 * acknowledged on it with `reason` (what lands there and who handles it).
 */
export function createDeadLetterQueue(
  scope: Construct,
  id: string,
  options: { retention: Duration; reason: string },
): Queue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: options.retention,
  });
  Validations.of(queue).acknowledge(
    { id: 'AwsSolutions-SQS3', reason: options.reason },
    { id: 'Serverless-SQSRedrivePolicy', reason: options.reason },
  );
  return queue;
}

/**
 * In alarm as soon as `queue` holds a message in one `period`. No alarm actions here: operators wire an
 * action (an SNS topic, a chat integration) to the stack's alarms.
 */
export const queueNotEmptyAlarm = (
  scope: Construct,
  id: string,
  queue: Queue,
  options: { description: string; period: Duration },
): Alarm =>
  new Alarm(scope, id, {
    alarmDescription: options.description,
    metric: queue.metricApproximateNumberOfMessagesVisible({
      period: options.period,
      statistic: Stats.MAXIMUM,
    }),
    threshold: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
