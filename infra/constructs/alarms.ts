import { Duration } from 'aws-cdk-lib';
import type { HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmRule,
  ComparisonOperator,
  CompositeAlarm,
  MathExpression,
  Metric,
  Stats,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { Operation, type Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import type { AdminFunction } from './admin-function.ts';

/**
 * Every alarm's period. No alarm has an action: operators wire one (an SNS topic, a chat integration) to
 * the alarms they want to be told about.
 */
export const ALARM_PERIOD = Duration.minutes(5);
/** The API alarms when at least this share of its requests (percent) in a period answered 5xx. */
export const API_SERVER_ERROR_RATE_PERCENT = 1;
/** The API alarms when at least this share of its requests (percent) answered 4xx in 2 periods in a row… */
export const API_CLIENT_ERROR_RATE_PERCENT = 25;
/** …and that period had at least this many requests (a handful of 404s on a quiet day is not a surge). */
export const API_CLIENT_ERROR_MIN_REQUESTS = 100;
/** CloudWatch's hard limit of metrics in one metric-math alarm. */
export const MAX_METRICS_PER_ALARM = 10;
/**
 * The DynamoDB operations the functions call, whose ThrottledRequests and SystemErrors the table alarms
 * watch (transactions are reported as TransactWriteItems, not per item). At most MAX_METRICS_PER_ALARM.
 */
export const TABLE_OPERATIONS: readonly Operation[] = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

/** The stack's CloudWatch alarms. None has an action: operators wire their own (e.g. an SNS topic). */
export interface AdminApiAlarms {
  /** 5xx answers ≥ API_SERVER_ERROR_RATE_PERCENT of the stage's requests in one ALARM_PERIOD. */
  readonly apiServerErrorRate: Alarm;
  /** 4xx answers ≥ API_CLIENT_ERROR_RATE_PERCENT of ≥ API_CLIENT_ERROR_MIN_REQUESTS requests, twice in a row. */
  readonly apiClientErrorRate: Alarm;
  /**
   * Throttled invocations summed over groups of at most MAX_METRICS_PER_ALARM API functions (one
   * metric-math alarm cannot hold more), ≥ 1 in one ALARM_PERIOD; together they cover every API function.
   */
  readonly apiThrottlesByGroup: readonly Alarm[];
  /** In alarm when any of apiThrottlesByGroup is: the sum over all API functions is ≥ 1. */
  readonly apiThrottles: CompositeAlarm;
  /** ThrottledRequests on the table, summed over TABLE_OPERATIONS, ≥ 1 in one ALARM_PERIOD. */
  readonly tableThrottledRequests: Alarm;
  /** SystemErrors (DynamoDB 500s) on the table, summed over TABLE_OPERATIONS, ≥ 1 in one ALARM_PERIOD. */
  readonly tableSystemErrors: Alarm;
  /** The expirer failed in 2 consecutive EXPIRY_INTERVALs. */
  readonly expirerErrors: Alarm;
  /** The expirer's dead-letter queue holds a message. */
  readonly expirerDeadLetters: Alarm;
  /** Change events are late: the stream's IteratorAge ≥ EVENTS_ITERATOR_AGE_ALARM twice in a row. */
  readonly eventsIteratorAge: Alarm;
  /** The change-event publisher threw or timed out. */
  readonly eventsPublisherErrors: Alarm;
  /** The change-event on-failure queue holds a message: events were not published after all retries. */
  readonly eventsDeadLetters: Alarm;
  /** With `eventsWebhookUrl`: the webhook's dead-letter queue holds an event it could not deliver for 24 hours. */
  readonly eventsWebhookDeadLetters?: Alarm;
}

/**
 * The API's alarms: its 5xx rate and 4xx surges (the stage's metrics), and throttled invocations of the
 * route functions. CloudWatch allows at most MAX_METRICS_PER_ALARM metrics in one metric-math alarm, so
 * the functions' Throttles are summed in groups of that size and a composite alarm joins the groups.
 */
export function createApiAlarms(
  scope: Construct,
  stage: HttpStage,
  functions: readonly AdminFunction[],
): Pick<
  AdminApiAlarms,
  'apiServerErrorRate' | 'apiClientErrorRate' | 'apiThrottlesByGroup' | 'apiThrottles'
> {
  const requests = stage.metricCount({ period: ALARM_PERIOD, statistic: Stats.SUM });
  const apiServerErrorRate = new Alarm(scope, 'ApiServerErrorRateAlarm', {
    alarmDescription: `At least ${API_SERVER_ERROR_RATE_PERCENT}% of API requests answered 5xx in ${ALARM_PERIOD.toMinutes()} minutes`,
    // A period without requests has no rate: missing data, not breaching. A period without 5xx datapoints
    // but with requests has a rate of 0.
    metric: new MathExpression({
      expression: '100 * FILL(errors, 0) / requests',
      usingMetrics: {
        errors: stage.metricServerError({ period: ALARM_PERIOD, statistic: Stats.SUM }),
        requests,
      },
      label: '5xx rate (%)',
      period: ALARM_PERIOD,
    }),
    threshold: API_SERVER_ERROR_RATE_PERCENT,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  const apiClientErrorRate = new Alarm(scope, 'ApiClientErrorRateAlarm', {
    alarmDescription:
      `At least ${API_CLIENT_ERROR_RATE_PERCENT}% of API requests answered 4xx in 2 consecutive ` +
      `${ALARM_PERIOD.toMinutes()}-minute periods of at least ${API_CLIENT_ERROR_MIN_REQUESTS} requests ` +
      '(a broken client, expired tokens, or someone probing the API)',
    metric: new MathExpression({
      expression: `IF(requests >= ${API_CLIENT_ERROR_MIN_REQUESTS}, 100 * FILL(errors, 0) / requests, 0)`,
      usingMetrics: {
        errors: stage.metricClientError({ period: ALARM_PERIOD, statistic: Stats.SUM }),
        requests,
      },
      label: '4xx rate (%)',
      period: ALARM_PERIOD,
    }),
    threshold: API_CLIENT_ERROR_RATE_PERCENT,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });

  const groups: AdminFunction[][] = [];
  for (let i = 0; i < functions.length; i += MAX_METRICS_PER_ALARM) {
    groups.push(functions.slice(i, i + MAX_METRICS_PER_ALARM));
  }
  const apiThrottlesByGroup = groups.map((group, g) => {
    const usingMetrics: Record<string, Metric> = {};
    group.forEach((fn, i) => {
      usingMetrics[`fn${i}`] = fn.function.metricThrottles({ period: ALARM_PERIOD, statistic: Stats.SUM });
    });
    return new Alarm(scope, `ApiThrottlesAlarm${g + 1}`, {
      alarmDescription: `Lambda throttled invocations of API functions (group ${g + 1} of ${groups.length}: ${group.length} functions) in ${ALARM_PERIOD.toMinutes()} minutes`,
      // SUM of an array: one value per timestamp, also when some functions had no invocations at all.
      metric: new MathExpression({
        expression: `SUM([${Object.keys(usingMetrics).join(', ')}])`,
        usingMetrics,
        label: 'Throttles',
        period: ALARM_PERIOD,
      }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  });
  // The counts are whole and never negative: the sum over all functions is ≥ 1 exactly when one group's is.
  const apiThrottles = new CompositeAlarm(scope, 'ApiThrottlesAlarm', {
    alarmDescription: `Lambda throttled invocations of any API function in ${ALARM_PERIOD.toMinutes()} minutes`,
    alarmRule: AlarmRule.anyOf(...apiThrottlesByGroup),
  });
  return { apiServerErrorRate, apiClientErrorRate, apiThrottlesByGroup, apiThrottles };
}

/** ThrottledRequests and SystemErrors on the table, summed over the operations the functions call. */
export function createTableAlarms(
  scope: Construct,
  table: Table,
): Pick<AdminApiAlarms, 'tableThrottledRequests' | 'tableSystemErrors'> {
  const sumOverOperations = (metricName: string): MathExpression => {
    const usingMetrics: Record<string, Metric> = {};
    for (const operation of TABLE_OPERATIONS) {
      usingMetrics[operation[0]?.toLowerCase() + operation.slice(1)] = new Metric({
        namespace: 'AWS/DynamoDB',
        metricName,
        dimensionsMap: { TableName: table.tableName, Operation: operation },
        statistic: Stats.SUM,
        period: ALARM_PERIOD,
      });
    }
    return new MathExpression({
      expression: `SUM([${Object.keys(usingMetrics).join(', ')}])`,
      usingMetrics,
      label: metricName,
      period: ALARM_PERIOD,
    });
  };
  const alarm = (id: string, metricName: string, description: string): Alarm =>
    new Alarm(scope, id, {
      alarmDescription: `${description} in ${ALARM_PERIOD.toMinutes()} minutes`,
      metric: sumOverOperations(metricName),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  return {
    tableThrottledRequests: alarm(
      'TableThrottledRequestsAlarm',
      'ThrottledRequests',
      'DynamoDB throttled requests to the table (the SDK retries them; throttling that outlasts the retries answers 503)',
    ),
    tableSystemErrors: alarm(
      'TableSystemErrorsAlarm',
      'SystemErrors',
      'DynamoDB answered requests to the table with an internal server error',
    ),
  };
}
