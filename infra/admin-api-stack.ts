import { CfnOutput, NestedStack, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import {
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
import type { UserPool, UserPoolClient, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ROUTES, type Route, routeKey } from '../shared/routes.ts';
import { AdminFunction, routeBundle, type TableAccess } from './constructs/admin-function.ts';
import { type AdminApiAlarms, createApiAlarms, createTableAlarms } from './constructs/alarms.ts';
import { type ChangeEvents, createChangeEvents } from './constructs/change-events.ts';
import { AdminConsole } from './constructs/console.ts';
import { createEventsWebhook, type EventsWebhook } from './constructs/events-webhook.ts';
import { createExpirer } from './constructs/expirer.ts';
import {
  ACCESS_LOG_FORMAT,
  ACCESS_LOG_RETENTION,
  corsFor,
  THROTTLE_BURST_LIMIT,
  THROTTLE_RATE_LIMIT,
} from './constructs/http-api.ts';
import { createTable } from './constructs/table.ts';
import { createUserPool } from './constructs/user-pool.ts';

export type { AdminApiAlarms } from './constructs/alarms.ts';

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
  /** POST every change event to this HTTPS URL too, through an EventBridge API destination. */
  readonly eventsWebhookUrl?: string;
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

/** `packages/create` → `PackagesCreate`: a stable construct id per handler, so logical ids never shuffle. */
export const functionIdFor = (handler: string): string =>
  handler
    .split(/[/_-]/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');

/** `Plan groups` → `PlanGroups`: the construct id of a route area's nested stack. */
/** The public catalog's routes: no authorizer, and only the catalog's reads (TABLE_GRANTS.CATALOG). */
export const isCatalogRoute = (route: Route): boolean =>
  !route.auth && route.path.startsWith('/orgs/{orgId}/catalog/');

/**
 * A route's table access: read-only for authenticated GETs, read-write for the other authenticated
 * routes, the catalog's reads for the public catalog, and none at all for any other public route.
 */
export const tableAccessOf = (route: Route): TableAccess | undefined =>
  route.auth ? (route.access === 'read' ? 'RO' : 'RW') : isCatalogRoute(route) ? 'CATALOG' : undefined;

/** Lists (`<collection>/list`) sign and check cursors (shared/db/cursor-key.ts). */
export const readsCursorKey = (route: Route): boolean => route.handler.endsWith('/list');

export const routeAreaOf = (route: Route): string =>
  route.tag.replace(/(?:^|\s+)(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * The admin API: one DynamoDB table, a Cognito user pool (unless an external IdP is configured), an
 * HTTP API with one Lambda function per entry of `ROUTES`, the scheduled subscription expirer, and the
 * change events (an event bus fed from the table's stream).
 */
export class AdminApiStack extends Stack {
  readonly table: Table;
  /** The generated key that signs list cursors (Secrets Manager), readable by the list functions only. */
  readonly cursorKey: Secret;
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
  /** The bus every change event (one per audit event) is put on, and what publishes them from the table's stream. */
  readonly eventBus: EventBus;
  readonly changeEvents: ChangeEvents;
  /** The change events' webhook (an EventBridge API destination), when `eventsWebhookUrl` is given. */
  readonly eventsWebhook?: EventsWebhook;
  readonly alarms: AdminApiAlarms;

  constructor(scope: Construct, id: string, props: AdminApiStackProps) {
    super(scope, id, props);

    this.table = createTable(this);

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
      const { userPool, client } = createUserPool(this, redirectUrls);
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

    // The key that signs list cursors: generated at deploy time, read by the list functions at run time.
    this.cursorKey = new Secret(this, 'CursorKey', {
      description:
        'Signs the list cursors of the subscription admin API (integrity only: a cursor grants nothing)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(this.cursorKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The cursor key only makes altered cursors fail (400 invalid_cursor); rotating it would only invalidate the ' +
        'cursors clients hold. Rotate it by hand (put a new value) if it ever leaks.',
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
        ...routeBundle(route),
        description: `${routeKey(route)}: ${route.summary}`,
        // Also where the table is not bound (GET /health): shared modules read TABLE_NAME when loaded.
        // The name is not a permission; access is granted by bindTable only.
        environment: { TABLE_NAME: this.table.tableName },
      });
      // A public route gets no table access, except the catalog's reads of published plans.
      const access = tableAccessOf(route);
      if (access) fn.bindTable(this.table, access);
      if (readsCursorKey(route)) fn.readSecret(this.cursorKey, 'CURSOR_KEY_SECRET_ARN');
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
      if (isCatalogRoute(route) && route.method === 'GET') {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'The public catalog shows end users the published plans (API.md: no token needed). Its functions ' +
            'only read (GetItem, BatchGetItem, Query on the catalog index), answer only public fields, and are ' +
            'throttled with the rest of the stage.',
        });
      }
      functions.set(route, fn);
    }
    this.functions = functions;
    this.routeAreas = areas;

    const expirer = createExpirer(this, this.table);
    this.expirer = expirer.fn;
    this.expirerSchedule = expirer.schedule;
    this.expirerDeadLetterQueue = expirer.deadLetterQueue;

    this.changeEvents = createChangeEvents(this, this.table);
    this.eventBus = this.changeEvents.bus;
    if (props.eventsWebhookUrl) {
      this.eventsWebhook = createEventsWebhook(this, this.eventBus, props.eventsWebhookUrl);
    }

    this.alarms = {
      ...createApiAlarms(this, stage, [...functions.values()]),
      ...createTableAlarms(this, this.table),
      expirerErrors: expirer.errorsAlarm,
      expirerDeadLetters: expirer.deadLetterAlarm,
      eventsIteratorAge: this.changeEvents.iteratorAgeAlarm,
      eventsPublisherErrors: this.changeEvents.errorsAlarm,
      eventsDeadLetters: this.changeEvents.deadLetterAlarm,
      ...(this.eventsWebhook ? { eventsWebhookDeadLetters: this.eventsWebhook.deadLetterAlarm } : {}),
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
    new CfnOutput(this, 'EventBusName', { value: this.eventBus.eventBusName });
    if (this.eventsWebhook) {
      new CfnOutput(this, 'EventsWebhookTokenSecretArn', {
        description: 'The X-Webhook-Token value the change-event webhook receives',
        value: this.eventsWebhook.tokenSecret.secretArn,
      });
    }
  }
}
