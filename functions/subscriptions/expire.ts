import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { logger } from '../../shared/log.ts';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';

const metrics = new Metrics({ namespace: 'SubscriptionAdmin', serviceName: 'subscription-admin' });

/**
 * The scheduled expirer (EventBridge, every 5 minutes). Its clock is the event's `time`, so a
 * delayed or retried delivery expires exactly what was due at that moment. It stops taking new
 * work before the function's time runs out; the next run continues.
 */
export const handler = async (
  event: Pick<ScheduledEvent, 'time'>,
  context: Pick<Context, 'getRemainingTimeInMillis'>,
) => {
  const now = event.time ? new Date(event.time) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`Invalid event time: ${event.time}`);
  const result = await runExpiry({ now, remainingMs: () => context.getRemainingTimeInMillis() });
  logger.info('expiry pass', { ...result });
  metrics.addMetric('SubscriptionsExpired', MetricUnit.Count, result.expired);
  metrics.addMetric('ExpiryNoticesRecorded', MetricUnit.Count, result.noticed);
  metrics.addMetric('ExpiryCandidatesSkipped', MetricUnit.Count, result.skipped);
  if (result.stoppedEarly) metrics.addMetric('ExpiryStoppedEarly', MetricUnit.Count, 1);
  metrics.publishStoredMetrics();
  return result;
};
