import { Duration, SecretValue, Validations } from 'aws-cdk-lib';
import type { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import {
  ApiDestination,
  Authorization,
  Connection,
  type EventBus,
  HttpMethod,
  Rule,
} from 'aws-cdk-lib/aws-events';
import { ApiDestination as ApiDestinationTarget } from 'aws-cdk-lib/aws-events-targets';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { EVENT_SOURCE } from '../../shared/events/source.ts';
import { ALARM_PERIOD } from './alarms.ts';
import { createDeadLetterQueue, queueNotEmptyAlarm } from './dead-letters.ts';

/** The header the webhook's receiver checks: the token in `EventsWebhookTokenSecretArn`. */
export const WEBHOOK_TOKEN_HEADER = 'X-Webhook-Token';
/** Deliveries per second at most (EventBridge's default is 300; a small receiver is spared bursts). */
export const WEBHOOK_RATE_PER_SECOND = 50;
/** EventBridge retries a failed delivery with backoff for up to this long (its maximum), then dead-letters it. */
export const WEBHOOK_MAX_EVENT_AGE = Duration.hours(24);
export const WEBHOOK_RETRY_ATTEMPTS = 185;

export interface EventsWebhook {
  tokenSecret: Secret;
  connection: Connection;
  destination: ApiDestination;
  rule: Rule;
  deadLetterQueue: Queue;
  deadLetterAlarm: Alarm;
}

/** `-c eventsWebhookUrl=`: an HTTPS URL without credentials in it, or an error that says what is wrong. */
export function parseWebhookUrl(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' || url.username || url.password || url.hash || url.href.includes('*')) {
    throw new Error(
      `Context "eventsWebhookUrl" must be an https:// URL (API destinations call HTTPS only) without credentials, fragment or "*" (a path wildcard to EventBridge), got ${JSON.stringify(value)}`,
    );
  }
  return url.href;
}

/**
 * For teams without an EventBridge consumer: every change event on the bus is POSTed to a webhook URL
 * through an EventBridge API destination. The body is the EventBridge event (the same envelope as the
 * local webhook's, plus `id`, `time`, `account`, `region`), the receiver authenticates the call by the
 * `X-Webhook-Token` header (a generated secret; EventBridge cannot sign bodies, so there is no
 * `X-Signature` here), EventBridge retries with backoff for 24 hours, and what it still cannot deliver
 * lands in a dead-letter queue with an alarm.
 */
export function createEventsWebhook(scope: Construct, bus: EventBus, url: string): EventsWebhook {
  const tokenSecret = new Secret(scope, 'EventsWebhookToken', {
    description: `The ${WEBHOOK_TOKEN_HEADER} header the change-event webhook receives: compare it in constant time`,
    generateSecretString: { passwordLength: 48, excludePunctuation: true },
  });
  Validations.of(tokenSecret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'A shared token the webhook receiver compares: rotating it needs the receiver to accept the new value at the same moment, ' +
      'so it is rotated by an operator (put a new secret value, then `aws events update-connection` with it: the template does not change), not on a schedule.',
  });
  const connection = new Connection(scope, 'EventsWebhookConnection', {
    description: 'Change-event webhook: authenticates with the generated token header',
    authorization: Authorization.apiKey(
      WEBHOOK_TOKEN_HEADER,
      SecretValue.secretsManager(tokenSecret.secretArn),
    ),
  });
  const destination = new ApiDestination(scope, 'EventsWebhookDestination', {
    description: 'Change events POSTed to the configured webhook',
    connection,
    endpoint: url,
    httpMethod: HttpMethod.POST,
    rateLimitPerSecond: WEBHOOK_RATE_PER_SECOND,
  });
  const deadLetterQueue = createDeadLetterQueue(scope, 'EventsWebhookDeadLetterQueue', {
    retention: Duration.days(14),
    reason:
      'This queue is itself the dead-letter queue of the change-event webhook rule: it keeps the events EventBridge could not ' +
      'deliver after 24 hours of retries, for an operator to replay; there is no further queue to send them to.',
  });
  const rule = new Rule(scope, 'EventsWebhookRule', {
    description: 'Every change event to the webhook',
    eventBus: bus,
    eventPattern: { source: [EVENT_SOURCE] },
    targets: [
      new ApiDestinationTarget(destination, {
        deadLetterQueue,
        retryAttempts: WEBHOOK_RETRY_ATTEMPTS,
        maxEventAge: WEBHOOK_MAX_EVENT_AGE,
      }),
    ],
  });
  const deadLetterAlarm = queueNotEmptyAlarm(scope, 'EventsWebhookDeadLetterAlarm', deadLetterQueue, {
    description:
      'Change events could not be delivered to the webhook after 24 hours of retries: they are in EventsWebhookDeadLetterQueue',
    period: ALARM_PERIOD,
  });
  return { tokenSecret, connection, destination, rule, deadLetterQueue, deadLetterAlarm };
}
