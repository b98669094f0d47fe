import { fileURLToPath } from 'node:url';
import {
  CfnOutput,
  Duration,
  NestedStack,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import type { HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  CorsHttpMethod,
  type CorsPreflightOptions,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpRoute,
  HttpRouteKey,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer, HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
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
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import {
  AttributeType,
  BillingMode,
  Operation,
  ProjectionType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TABLE } from '../shared/db/table.ts';
import { ROUTES, type Route, routeKey } from '../shared/routes.ts';
import { AdminFunction } from './constructs/admin-function.ts';
import { AdminConsole } from './constructs/console.ts';

/** Steady-state requests per second across the API (the stage's default route throttling). */
export const THROTTLE_RATE_LIMIT = 100;
/** Requests the API absorbs in a burst above the steady rate. */
export const THROTTLE_BURST_LIMIT = 200;
/** How long API access logs are kept. */
export const ACCESS_LOG_RETENTION = RetentionDays.ONE_MONTH;

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

/** The Cognito groups the handlers check in `cognito:groups`. */
export const USER_GROUPS = {
  admin: 'Read and write access to the organizations listed in custom:orgs',
  viewer: 'Read-only access to the organizations listed in custom:orgs',
} as const;

/**
 * An external OpenID Connect provider whose JWTs the API accepts instead of the built-in user pool's.
 * Its tokens must carry the claims the handlers read: `sub`, `email`, `cognito:groups` and `custom:orgs`.
 */
export interface ExternalJwtIssuer {
  /** Issuer URL, as in the tokens' `iss` claim. */
  readonly issuer: string;
  /** Accepted `aud` values (or `client_id` of access tokens). */
  readonly audience: readonly string[];
}

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
}

export interface AdminApiStackProps extends StackProps {
  /** Origins allowed by CORS, e.g. the admin console's. Empty: no CORS configuration at all. */
  readonly allowedOrigins: readonly string[];
  /** Use this IdP instead of creating a Cognito user pool. */
  readonly externalJwtIssuer?: ExternalJwtIssuer;
  /** Host the admin console (CloudFront + S3) and let it sign in through the user pool's hosted UI. */
  readonly console?: AdminConsoleOptions;
  /** The API's routes. @default ROUTES (tests add more, to prove the stack has room for them) */
  readonly routes?: readonly Route[];
  /** A deployment stage (`dev`, `prod`): several stages can live in one account and region. */
  readonly stage?: string;
}

export interface AdminConsoleOptions {
  /** The built console (`console/dist`). */
  readonly distDir: string;
  /**
   * The hosted UI's domain prefix (`<prefix>.auth.<region>.amazoncognito.com`), unique in the region.
   * @default `subscription-admin-<account id>`
   */
  readonly authDomainPrefix?: string;
}

const FUNCTIONS_DIR = fileURLToPath(new URL('../functions/', import.meta.url));

/** `packages/create` → `PackagesCreate`: a stable construct id per handler, so logical ids never shuffle. */
export const functionIdFor = (handler: string): string =>
  handler
    .split(/[/_-]/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');

/** `Plan groups` → `PlanGroups`: the construct id of a route area's nested stack. */
export const routeAreaOf = (route: Route): string =>
  route.tag.replace(/(?:^|\s+)(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * The admin API: one DynamoDB table, a Cognito user pool (unless an external IdP is configured), an
 * HTTP API with one Lambda function per entry of `ROUTES`, and the scheduled subscription expirer.
 */
export class AdminApiStack extends Stack {
  readonly table: Table;
  readonly api: HttpApi;
  readonly userPool?: UserPool;
  /** The admin console's hosting, when `console` is given. */
  readonly adminConsole?: AdminConsole;
  readonly functions: ReadonlyMap<Route, AdminFunction>;
  /**
   * The nested stack of each resource area (a route's `tag`): its functions, roles, log groups and routes.
   * CloudFormation allows 500 resources per stack and each route costs 7, so one flat stack would fit
   * only about 70 routes; an area holds its own, and the root stack one resource per area.
   */
  readonly routeAreas: ReadonlyMap<string, NestedStack>;
  /** The scheduled subscription expirer (not an API route). */
  readonly expirer: AdminFunction;
  /** The EventBridge rule that runs the expirer every EXPIRY_INTERVAL. */
  readonly expirerSchedule: Rule;
  /** Where EventBridge puts schedule events it could not deliver to the expirer. */
  readonly expirerDeadLetterQueue: Queue;
  readonly alarms: AdminApiAlarms;

  constructor(scope: Construct, id: string, props: AdminApiStackProps) {
    super(scope, id, props);

    this.table = this.createTable();

    if (props.console && props.externalJwtIssuer) {
      throw new Error(
        'The admin console signs in through the built-in Cognito user pool, which jwtIssuer replaces: ' +
          'deploy with -c console=false, or without jwtIssuer.',
      );
    }
    // Created first: its origin is a CORS origin of the API and its URL the user pool client's redirect.
    this.adminConsole = props.console ? new AdminConsole(this, 'Console') : undefined;
    const allowedOrigins = [
      ...props.allowedOrigins,
      ...(this.adminConsole ? [this.adminConsole.origin] : []),
    ];
    const redirectUrls = [
      ...props.allowedOrigins.map((origin) => `${origin}/`),
      ...(this.adminConsole ? [this.adminConsole.url] : []),
    ];

    let authorizer: IHttpRouteAuthorizer;
    let signIn: { userPool: UserPool; client: UserPoolClient; domain?: UserPoolDomain } | undefined;
    if (props.externalJwtIssuer) {
      authorizer = new HttpJwtAuthorizer('JwtAuthorizer', props.externalJwtIssuer.issuer, {
        jwtAudience: [...props.externalJwtIssuer.audience],
      });
    } else {
      const { userPool, client } = this.createUserPool(redirectUrls);
      this.userPool = userPool;
      signIn = {
        userPool,
        client,
        ...(props.console
          ? {
              domain: userPool.addDomain('HostedUi', {
                cognitoDomain: {
                  domainPrefix:
                    props.console.authDomainPrefix ??
                    `subscription-admin-${props.stage ? `${props.stage}-` : ''}${this.account}`,
                },
              }),
            }
          : {}),
      };
      // The authorizer checks `aud` against the client id, so it accepts this client's ID tokens. Admins
      // must send ID tokens, not access tokens: only ID tokens carry `custom:orgs` and `email`, which the
      // handlers read (with `cognito:groups` and `sub`) from requestContext.authorizer.jwt.claims.
      authorizer = new HttpUserPoolAuthorizer('UserPoolAuthorizer', userPool, { userPoolClients: [client] });
      new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
      new CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
    }

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'Subscription admin API',
      corsPreflight: corsFor(allowedOrigins),
      // The stage is created below, with throttling and access logs, which the default stage cannot take.
      createDefaultStage: false,
    });
    const stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: THROTTLE_RATE_LIMIT, burstLimit: THROTTLE_BURST_LIMIT },
      accessLogSettings: {
        destination: new LogGroupLogDestination(
          new LogGroup(this, 'AccessLogs', { retention: ACCESS_LOG_RETENTION }),
        ),
        format: ACCESS_LOG_FORMAT,
      },
    });

    const functions = new Map<Route, AdminFunction>();
    const areas = new Map<string, NestedStack>();
    for (const route of props.routes ?? ROUTES) {
      const id = functionIdFor(route.handler);
      const area = routeAreaOf(route);
      let scope = areas.get(area);
      if (!scope) {
        scope = new NestedStack(this, `${area}Routes`, {
          description: `Subscription admin API: the functions and routes of ${route.tag}`,
        });
        areas.set(area, scope);
      }
      const fn = new AdminFunction(scope, id, {
        entry: `${FUNCTIONS_DIR}${route.handler}.ts`,
        description: `${routeKey(route)}: ${route.summary}`,
        // Also where the table is not bound (GET /health): shared modules read TABLE_NAME when loaded.
        // The name is not a permission; access is granted by bindTable only.
        environment: { TABLE_NAME: this.table.tableName },
      });
      // A route without authentication gets no table access at all: nothing public may read tenant data.
      if (route.auth) {
        fn.bindTable(this.table, route.access === 'read' ? 'RO' : 'RW');
      }
      Validations.of(fn.function).acknowledge({
        id: 'Serverless-LambdaDLQ',
        reason:
          'API Gateway invokes this function synchronously and returns its errors to the caller; a dead-letter queue only ever receives failed asynchronous invocations.',
      });
      const httpRoute = new HttpRoute(scope, `${id}Route`, {
        httpApi: this.api,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: new HttpLambdaIntegration(`${id}Integration`, fn.function),
        authorizer: route.auth ? authorizer : new HttpNoneAuthorizer(),
      });
      // Only this one route is acknowledged; every other route added without auth fails cdk-nag until someone
      // decides, with a reason, that it may be public.
      if (!route.auth && routeKey(route) === 'GET /health') {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'GET /health is the public liveness check: it answers {"status":"ok"} and has no table access.',
        });
      }
      functions.set(route, fn);
    }
    this.functions = functions;
    this.routeAreas = areas;

    const expirer = this.createExpirer();
    this.expirer = expirer.fn;
    this.expirerSchedule = expirer.schedule;
    this.expirerDeadLetterQueue = expirer.deadLetterQueue;

    this.alarms = {
      ...this.createApiAlarms(stage, [...functions.values()]),
      ...this.createTableAlarms(),
      expirerErrors: expirer.errorsAlarm,
      expirerDeadLetters: expirer.deadLetterAlarm,
    };

    if (this.adminConsole && props.console && signIn?.domain) {
      this.adminConsole.publish(props.console.distDir, {
        apiUrl: stage.url,
        region: this.region,
        userPoolId: signIn.userPool.userPoolId,
        clientId: signIn.client.userPoolClientId,
        authDomain: signIn.domain.baseUrl(),
      });
    }

    new CfnOutput(this, 'ApiUrl', { value: stage.url });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'ExpirerFunctionName', { value: this.expirer.function.functionName });
  }

  /**
   * The API's alarms: its 5xx rate and 4xx surges (the stage's metrics), and throttled invocations of the
   * route functions. CloudWatch allows at most MAX_METRICS_PER_ALARM metrics in one metric-math alarm, so
   * the functions' Throttles are summed in groups of that size and a composite alarm joins the groups.
   */
  private createApiAlarms(
    stage: HttpStage,
    functions: readonly AdminFunction[],
  ): Pick<
    AdminApiAlarms,
    'apiServerErrorRate' | 'apiClientErrorRate' | 'apiThrottlesByGroup' | 'apiThrottles'
  > {
    const requests = stage.metricCount({ period: ALARM_PERIOD, statistic: Stats.SUM });
    const apiServerErrorRate = new Alarm(this, 'ApiServerErrorRateAlarm', {
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
    const apiClientErrorRate = new Alarm(this, 'ApiClientErrorRateAlarm', {
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
      return new Alarm(this, `ApiThrottlesAlarm${g + 1}`, {
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
    const apiThrottles = new CompositeAlarm(this, 'ApiThrottlesAlarm', {
      alarmDescription: `Lambda throttled invocations of any API function in ${ALARM_PERIOD.toMinutes()} minutes`,
      alarmRule: AlarmRule.anyOf(...apiThrottlesByGroup),
    });
    return { apiServerErrorRate, apiClientErrorRate, apiThrottlesByGroup, apiThrottles };
  }

  /** ThrottledRequests and SystemErrors on the table, summed over the operations the functions call. */
  private createTableAlarms(): Pick<AdminApiAlarms, 'tableThrottledRequests' | 'tableSystemErrors'> {
    const sumOverOperations = (metricName: string): MathExpression => {
      const usingMetrics: Record<string, Metric> = {};
      for (const operation of TABLE_OPERATIONS) {
        usingMetrics[operation[0]?.toLowerCase() + operation.slice(1)] = new Metric({
          namespace: 'AWS/DynamoDB',
          metricName,
          dimensionsMap: { TableName: this.table.tableName, Operation: operation },
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
      new Alarm(this, id, {
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

  /**
   * The scheduled expirer (API.md, Subscriptions → Expiry): its own function with only the table actions
   * an expiry pass uses, an EventBridge rule every EXPIRY_INTERVAL with retries and a dead-letter queue,
   * and alarms on its errors and on dead-lettered events.
   */
  private createExpirer(): {
    fn: AdminFunction;
    schedule: Rule;
    deadLetterQueue: Queue;
    errorsAlarm: Alarm;
    deadLetterAlarm: Alarm;
  } {
    const fn = new AdminFunction(this, 'Expirer', {
      entry: `${FUNCTIONS_DIR}subscriptions/expire.ts`,
      description: 'Scheduled expirer: active/trialing subscriptions whose endsAt has passed become expired',
      timeout: EXPIRER_TIMEOUT,
      environment: { POWERTOOLS_METRICS_NAMESPACE: 'SubscriptionAdmin' },
    });
    // Exactly Query (on the expiry index only), GetItem, UpdateItem, PutItem and DeleteItem (on the table
    // only): TABLE_GRANTS.EXPIRY, plus TABLE_NAME.
    // No cloudwatch:PutMetricData: Powertools Metrics writes its metrics to the function's log (Embedded
    // Metric Format), and CloudWatch extracts them from there; the role already writes its log group.
    fn.bindTable(this.table, 'EXPIRY');
    // No reserved concurrency: two passes at once are safe (each expiry is its own conditional transaction).

    const deadLetterQueue = new Queue(this, 'ExpirerDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: EXPIRER_DLQ_RETENTION,
    });
    const dlqReason =
      'This queue is itself the dead-letter queue of the expirer schedule: EventBridge puts undeliverable events here, ' +
      'nothing consumes them automatically, so there is nothing to redrive to a further queue.';
    Validations.of(deadLetterQueue).acknowledge(
      { id: 'AwsSolutions-SQS3', reason: dlqReason },
      { id: 'Serverless-SQSRedrivePolicy', reason: dlqReason },
    );

    const schedule = new Rule(this, 'ExpirerSchedule', {
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
    const errorsAlarm = new Alarm(this, 'ExpirerErrorsAlarm', {
      alarmDescription: `The subscription expirer failed in 2 consecutive ${EXPIRY_INTERVAL.toMinutes()}-minute periods`,
      metric: fn.function.metricErrors({ period: EXPIRY_INTERVAL, statistic: Stats.SUM }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 2,
      datapointsToAlarm: 2,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const deadLetterAlarm = new Alarm(this, 'ExpirerDeadLetterQueueAlarm', {
      alarmDescription: 'Expirer schedule events were dead-lettered: runs were missed after all retries',
      metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: EXPIRY_INTERVAL,
        statistic: Stats.MAXIMUM,
      }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    return { fn, schedule, deadLetterQueue, errorsAlarm, deadLetterAlarm };
  }

  private createTable(): Table {
    const table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: TABLE.ttlAttribute,
      // Kept when the stack is updated or deleted; deleted when the deploy that created it rolls back, so
      // a failed first deploy leaves nothing behind for the retry to collide with.
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });
    for (const gsi of TABLE.globalSecondaryIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: { name: gsi.partitionKey, type: AttributeType.STRING },
        sortKey: { name: gsi.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
    return table;
  }

  /** `redirectUrls`: where the hosted sign-in may send users back (the console's URL, allowed origins). */
  private createUserPool(redirectUrls: readonly string[]): { userPool: UserPool; client: UserPoolClient } {
    const userPool = new UserPool(this, 'UserPool', {
      // Admins are invited (AdminCreateUser); nobody signs themselves up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // `custom:orgs` in the ID token: comma-separated org ids, or `*`.
      customAttributes: { orgs: new StringAttribute({ mutable: true, minLen: 1, maxLen: 2048 }) },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // These users can change every plan and subscription of their organizations: a second factor is
      // required. TOTP only; SMS would need an SNS role and a spend limit. CLI sign-ins answer the
      // SOFTWARE_TOKEN_MFA challenge of InitiateAuth with RespondToAuthChallenge.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus tier with threat protection enforced: Cognito acts on compromised credentials and risky sign-ins.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      // Kept when the stack is updated or deleted; deleted when the deploy that created it rolls back, so
      // a failed first deploy leaves nothing behind for the retry to collide with.
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });

    for (const [groupName, description] of Object.entries(USER_GROUPS)) {
      userPool.addGroup(`${groupName[0]?.toUpperCase()}${groupName.slice(1)}Group`, {
        groupName,
        description,
      });
    }

    const client = userPool.addClient('AdminClient', {
      generateSecret: false,
      // SRP and password sign-in for CLIs that fetch a token; the console uses the code flow with PKCE.
      authFlows: { userSrp: true, userPassword: true },
      // The console's URLs are its redirect targets. Without a console there is nowhere to redirect to,
      // so the OAuth flows stay off rather than pointing at a placeholder URL. Code grant only (no implicit
      // grant); a public client without a secret, so the console proves itself with PKCE.
      ...(redirectUrls.length > 0
        ? {
            oAuth: {
              flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
              scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
              callbackUrls: [...redirectUrls],
              logoutUrls: [...redirectUrls],
            },
          }
        : { disableOAuth: true }),
      preventUserExistenceErrors: true,
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('orgs'),
      // Never `custom:orgs`: a user who could write it could grant themselves every organization.
      // Only administrators set it (AdminUpdateUserAttributes).
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    return { userPool, client };
  }
}

/** One JSON object per request; the fields API Gateway HTTP APIs can log that matter when debugging. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    ip: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    requestTime: '$context.requestTime',
    httpMethod: '$context.httpMethod',
    path: '$context.path',
    routeKey: '$context.routeKey',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationStatus: '$context.integrationStatus',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    sub: '$context.authorizer.claims.sub',
    errorMessage: '$context.error.message',
  }),
);

/** Request headers a browser may send cross-origin: the JWT, JSON bodies, optimistic locking, idempotency. */
export const CORS_ALLOW_HEADERS = ['authorization', 'content-type', 'if-match', 'idempotency-key'] as const;
/** Response headers a browser may read cross-origin (others than the CORS-safelisted ones). */
export const CORS_EXPOSE_HEADERS = ['etag', 'location', 'retry-after', 'idempotent-replayed'] as const;

function corsFor(allowedOrigins: readonly string[]): CorsPreflightOptions | undefined {
  if (allowedOrigins.length === 0) return undefined;
  return {
    allowOrigins: [...allowedOrigins],
    allowMethods: [
      CorsHttpMethod.GET,
      CorsHttpMethod.POST,
      CorsHttpMethod.PATCH,
      CorsHttpMethod.DELETE,
      CorsHttpMethod.OPTIONS,
    ],
    // Exactly the request headers the API reads, and the response headers a browser client needs to see.
    allowHeaders: [...CORS_ALLOW_HEADERS],
    exposeHeaders: [...CORS_EXPOSE_HEADERS],
    // Tokens travel in the Authorization header, never in cookies: no credentialed CORS.
    allowCredentials: false,
    maxAge: Duration.hours(1),
  };
}
