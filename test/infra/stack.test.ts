import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build.ts';
import { THROTTLE_BURST_LIMIT, THROTTLE_RATE_LIMIT } from '../../infra/constructs/http-api.ts';
import { TABLE } from '../../shared/db/table.ts';
import { ROUTES, type Route, routeKey } from '../../shared/routes.ts';
import { flatTemplate, logicalIdOf } from './template.ts';

/** Synthesize without running esbuild: these tests read the template only. */
const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

/**
 * The DynamoDB actions of each kind of function, written out here rather than imported from infra, so a
 * widened grant fails these tests. What the handlers call: GetItem, BatchGetItem (shared/db/batch.ts),
 * Query (lists), and for writes TransactWriteItems (shared/db/commit.ts), which IAM authorises by its
 * items' Put/Update/Delete/ConditionCheck actions, plus PutItem/UpdateItem/DeleteItem of idempotency
 * records. Nothing calls Scan, BatchWriteItem or DescribeTable.
 */
const READ_ACTIONS = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'];
const WRITE_ACTIONS = [
  ...READ_ACTIONS,
  'dynamodb:ConditionCheckItem',
  'dynamodb:DeleteItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
].sort();

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Sid?: string; Effect: string; Action: string | string[]; Resource: unknown };

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe('the SubscriptionAdmin stack (default context: built-in user pool, no CORS)', () => {
  let template: Template;
  let resources: Record<string, Resource>;
  /** Logical ids of each route's function and role. */
  let ids: Map<Route, { fn: string; role: string; logGroup: string }>;
  let tableId: string;

  beforeAll(() => {
    const { stack } = buildApp({ context: NO_BUNDLING });
    template = flatTemplate(stack);
    resources = template.toJSON().Resources as Record<string, Resource>;
    const logicalId = (element: unknown): string => logicalIdOf(element);
    tableId = logicalId(stack.table.node.defaultChild);
    ids = new Map(
      [...stack.functions].map(([route, fn]) => [
        route,
        {
          fn: logicalId(fn.function.node.defaultChild),
          role: logicalId(fn.role.node.defaultChild),
          logGroup: logicalId(fn.logGroup.node.defaultChild),
        },
      ]),
    );
  });

  const statementsOfRole = (roleId: string): Statement[] =>
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .filter((r) => JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);

  const actionsOfRole = (roleId: string): string[] =>
    statementsOfRole(roleId).flatMap((statement) => asArray(statement.Action));

  describe('functions', () => {
    it('builds exactly one Lambda function per route, plus the scheduled expirer and the change-event publisher, and nothing else', () => {
      // No custom resources or log-retention helpers: every function in the template is a route's, the
      // expirer's (test/infra/expirer.test.ts) or the change-event publisher's (test/infra/events.test.ts).
      template.resourceCountIs('AWS::Lambda::Function', ROUTES.length + 2);
      expect(ids.size).toBe(ROUTES.length);
      for (const route of ROUTES) {
        expect(ids.get(route), routeKey(route)).toBeDefined();
      }
    });

    it('runs every function on Node.js 22, arm64, 512 MB, with active tracing', () => {
      template.allResourcesProperties('AWS::Lambda::Function', {
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        TracingConfig: { Mode: 'Active' },
        Handler: 'index.handler',
      });
    });

    it('gives every route function a 10 s timeout', () => {
      for (const [route, { fn }] of ids) {
        expect(resources[fn]?.Properties.Timeout, routeKey(route)).toBe(10);
      }
    });

    it('gives every function source maps, its service name and the table name', () => {
      template.allResourcesProperties('AWS::Lambda::Function', {
        Environment: {
          Variables: Match.objectLike({
            NODE_OPTIONS: '--enable-source-maps',
            POWERTOOLS_SERVICE_NAME: 'subscription-admin',
            TABLE_NAME: { Ref: Match.stringLikeRegexp('^Table') },
          }),
        },
      });
    });

    it('logs every function to its own log group with a retention period', () => {
      for (const [route, { fn, logGroup }] of ids) {
        expect(resources[fn]?.Properties.LoggingConfig, routeKey(route)).toEqual({
          LogGroup: { Ref: logGroup },
        });
        expect(resources[logGroup]?.Properties.RetentionInDays, routeKey(route)).toBe(30);
      }
    });

    it('gives every function its own role, without AWS managed policies', () => {
      const roles = new Set([...ids.values()].map(({ role }) => role));
      expect(roles.size).toBe(ROUTES.length);
      template.allResourcesProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    });
  });

  describe('table access', () => {
    const dynamoActionsOf = (route: Route): string[] =>
      [...new Set(actionsOfRole(ids.get(route)?.role ?? '').filter((a) => a.startsWith('dynamodb:')))].sort();

    it('gives every read route exactly GetItem, BatchGetItem and Query', () => {
      const readRoutes = ROUTES.filter((r) => r.auth && r.access === 'read');
      expect(readRoutes.length).toBeGreaterThan(0);
      for (const route of readRoutes) expect(dynamoActionsOf(route), routeKey(route)).toEqual(READ_ACTIONS);
    });

    it('gives every write route exactly the reads plus Put/Update/Delete/ConditionCheckItem', () => {
      const writeRoutes = ROUTES.filter((r) => r.access === 'write');
      expect(writeRoutes.length).toBeGreaterThan(0);
      for (const route of writeRoutes) expect(dynamoActionsOf(route), routeKey(route)).toEqual(WRITE_ACTIONS);
    });

    it('never allows Scan, BatchWriteItem, DescribeTable or any wildcard action', () => {
      for (const [route, { role }] of ids) {
        const actions = actionsOfRole(role);
        for (const action of ['dynamodb:Scan', 'dynamodb:BatchWriteItem', 'dynamodb:DescribeTable']) {
          expect(actions, routeKey(route)).not.toContain(action);
        }
        expect(
          actions.filter((a) => a.includes('*')),
          routeKey(route),
        ).toEqual([]);
      }
    });

    it('allows item actions on the table only, and Query on the table and its seven indexes by name', () => {
      const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
      const indexArn = (name: string) => ({ 'Fn::Join': ['', [tableArn, `/index/${name}`]] });
      for (const route of ROUTES.filter((r) => r.auth)) {
        const dynamo = statementsOfRole(ids.get(route)?.role ?? '').filter((s) =>
          asArray(s.Action).some((a) => a.startsWith('dynamodb:')),
        );
        expect(dynamo, routeKey(route)).toHaveLength(2);
        const [query, items] = [
          dynamo.filter((s) => asArray(s.Action).includes('dynamodb:Query')),
          dynamo.filter((s) => !asArray(s.Action).includes('dynamodb:Query')),
        ];
        expect(query.map((s) => s.Action)).toEqual(['dynamodb:Query']);
        // IAM resource lists are sets; CDK orders them by token, which differs between stacks.
        const unordered = (list: unknown) =>
          asArray(list)
            .map((r) => JSON.stringify(r))
            .sort();
        expect(unordered(query[0]?.Resource), routeKey(route)).toEqual(
          unordered([tableArn, ...TABLE.globalSecondaryIndexes.map((gsi) => indexArn(gsi.indexName))]),
        );
        expect(JSON.stringify(query[0]?.Resource)).not.toContain('index/*');
        expect(items).toHaveLength(1);
        expect(items[0]?.Resource, routeKey(route)).toEqual(tableArn);
        for (const statement of dynamo) expect(statement.Effect).toBe('Allow');
      }
    });

    it('generates the cursor key at deploy time and lets only the list functions read it', () => {
      const secrets = template.findResources('AWS::SecretsManager::Secret');
      const [secretId, secret] = Object.entries(secrets)[0] ?? [];
      expect(Object.keys(secrets)).toHaveLength(1);
      expect(secret?.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 64 });
      expect(secret?.Properties.SecretString).toBeUndefined();
      for (const route of ROUTES) {
        const secretStatements = statementsOfRole(ids.get(route)?.role ?? '').filter((statement) =>
          asArray(statement.Action).some((a) => a.startsWith('secretsmanager:')),
        );
        const environment = resources[ids.get(route)?.fn ?? '']?.Properties.Environment as
          | { Variables: Record<string, unknown> }
          | undefined;
        const env = environment?.Variables ?? {};
        if (route.handler.endsWith('/list')) {
          expect(secretStatements, routeKey(route)).toEqual([
            expect.objectContaining({ Action: 'secretsmanager:GetSecretValue', Resource: { Ref: secretId } }),
          ]);
          expect(env.CURSOR_KEY_SECRET_ARN, routeKey(route)).toEqual({ Ref: secretId });
        } else {
          expect(secretStatements, routeKey(route)).toEqual([]);
          expect(env.CURSOR_KEY_SECRET_ARN, routeKey(route)).toBeUndefined();
        }
      }
    });

    it('gives the public /health function no table access at all', () => {
      const health = ROUTES.filter((r) => !r.auth && !r.path.startsWith('/orgs/'));
      expect(health.map(routeKey)).toEqual(['GET /health']);
      for (const route of health) {
        const actions = actionsOfRole(ids.get(route)?.role ?? '');
        expect(
          actions.filter((a) => a.startsWith('dynamodb:')),
          routeKey(route),
        ).toEqual([]);
      }
    });

    it('lets the public catalog functions read items and Query the catalog index (gsi7) only: no write, no other index, not the table', () => {
      const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
      const catalog = ROUTES.filter((r) => !r.auth && r.path.startsWith('/orgs/'));
      expect(catalog.map(routeKey)).toEqual([
        'GET /orgs/{orgId}/catalog/plans',
        'GET /orgs/{orgId}/catalog/plans/{slug}',
      ]);
      for (const route of catalog) {
        expect(dynamoActionsOf(route), routeKey(route)).toEqual(READ_ACTIONS);
        const dynamo = statementsOfRole(ids.get(route)?.role ?? '').filter((s) =>
          asArray(s.Action).some((a) => a.startsWith('dynamodb:')),
        );
        expect(dynamo, routeKey(route)).toHaveLength(2);
        const query = dynamo.find((s) => asArray(s.Action).includes('dynamodb:Query'));
        const items = dynamo.find((s) => !asArray(s.Action).includes('dynamodb:Query'));
        expect(query?.Action).toEqual('dynamodb:Query');
        expect(query?.Resource, routeKey(route)).toEqual({ 'Fn::Join': ['', [tableArn, '/index/gsi7']] });
        expect(asArray(items?.Action).sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem']);
        expect(items?.Resource).toEqual(tableArn);
      }
    });
  });

  describe('routes', () => {
    it('creates every route of ROUTES, and no other', () => {
      template.resourceCountIs('AWS::ApiGatewayV2::Route', ROUTES.length);
      for (const route of ROUTES) {
        template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: routeKey(route) });
      }
    });

    it('puts the JWT authorizer on every route except GET /health and the public catalog', () => {
      const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer');
      expect(Object.keys(authorizers)).toHaveLength(1);
      const authorizerId = Object.keys(authorizers)[0];
      for (const route of ROUTES) {
        template.hasResourceProperties(
          'AWS::ApiGatewayV2::Route',
          route.auth
            ? { RouteKey: routeKey(route), AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } }
            : { RouteKey: routeKey(route), AuthorizationType: 'NONE', AuthorizerId: Match.absent() },
        );
      }
      expect(ROUTES.filter((r) => !r.auth).map(routeKey)).toEqual([
        'GET /health',
        'GET /orgs/{orgId}/catalog/plans',
        'GET /orgs/{orgId}/catalog/plans/{slug}',
      ]);
    });

    it("sends each route to that route's own function", () => {
      const byKey = new Map(
        Object.values(resources)
          .filter((r) => r.Type === 'AWS::ApiGatewayV2::Route')
          .map((r) => [r.Properties.RouteKey, r.Properties.Target]),
      );
      for (const [route, { fn }] of ids) {
        const target = JSON.stringify(byKey.get(routeKey(route)));
        const integrationId = /"Ref":"([^"]+)"/.exec(target)?.[1] ?? '';
        expect(resources[integrationId]?.Properties.IntegrationUri, routeKey(route)).toEqual({
          'Fn::GetAtt': [fn, 'Arn'],
        });
      }
    });

    it('validates ID tokens of the user pool client (aud = client id)', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: {
          Audience: [{ Ref: Match.stringLikeRegexp('^UserPoolAdminClient') }],
          Issuer: { 'Fn::Join': ['', Match.arrayWith([{ Ref: Match.stringLikeRegexp('^UserPool') }])] },
        },
      });
    });

    it('configures no CORS when no allowedOrigins are given', () => {
      template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
      template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
      // No OPTIONS route answers preflights behind API Gateway's back either.
      template.resourcePropertiesCountIs(
        'AWS::ApiGatewayV2::Route',
        { RouteKey: Match.stringLikeRegexp('^(OPTIONS|ANY) ') },
        0,
      );
    });
  });

  describe('stage', () => {
    it('throttles the default stage, with no route exempt', () => {
      template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: {
          ThrottlingBurstLimit: THROTTLE_BURST_LIMIT,
          ThrottlingRateLimit: THROTTLE_RATE_LIMIT,
        },
        // Per-route settings could lift a route's limits above the stage's.
        RouteSettings: Match.absent(),
      });
      expect(THROTTLE_RATE_LIMIT).toBeGreaterThan(0);
      expect(THROTTLE_BURST_LIMIT).toBeGreaterThanOrEqual(THROTTLE_RATE_LIMIT);
      expect(THROTTLE_RATE_LIMIT).toBeLessThanOrEqual(1000);
    });

    it('writes JSON access logs to a log group with retention', () => {
      const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0] as Resource;
      const settings = stage.Properties.AccessLogSettings as { DestinationArn: unknown; Format: string };
      const logGroupId = (settings.DestinationArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      expect(resources[logGroupId]?.Type).toBe('AWS::Logs::LogGroup');
      expect(resources[logGroupId]?.Properties.RetentionInDays).toBeGreaterThan(0);
      const format = JSON.parse(settings.Format) as Record<string, string>;
      expect(format).toMatchObject({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        routeKey: '$context.routeKey',
        status: '$context.status',
        responseLatency: '$context.responseLatency',
        integrationLatency: '$context.integrationLatency',
      });
    });
  });

  describe('table', () => {
    it('is built from TABLE: keys, seven GSIs projecting ALL, TTL', () => {
      template.resourceCountIs('AWS::DynamoDB::Table', 1);
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
        GlobalSecondaryIndexes: TABLE.globalSecondaryIndexes.map((gsi) => ({
          IndexName: gsi.indexName,
          KeySchema: [
            { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
            { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      });
      expect(TABLE.globalSecondaryIndexes).toHaveLength(7);
    });

    it('is protected: PITR, deletion protection, retained on stack deletion, encrypted', () => {
      template.hasResource('AWS::DynamoDB::Table', {
        // Retained on update and deletion; only the rollback of the deploy that created it removes it.
        DeletionPolicy: 'RetainExceptOnCreate',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          SSESpecification: { SSEEnabled: true },
        }),
      });
    });
  });

  describe('user pool', () => {
    it('is invitation-only, signs in by email, requires MFA and is retained', () => {
      template.hasResource('AWS::Cognito::UserPool', {
        DeletionPolicy: 'RetainExceptOnCreate',
        Properties: Match.objectLike({
          AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
          UsernameAttributes: ['email'],
          MfaConfiguration: 'ON',
          Schema: Match.arrayWith([
            Match.objectLike({ Name: 'orgs', AttributeDataType: 'String', Mutable: true }),
          ]),
        }),
      });
    });

    it('has the admin and viewer groups', () => {
      template.resourceCountIs('AWS::Cognito::UserPoolGroup', 2);
      template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'admin' });
      template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'viewer' });
    });

    it('has a public client that can read custom:orgs but never write it', () => {
      template.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
      const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0] as Resource;
      expect(client.Properties.GenerateSecret).toBe(false);
      expect(client.Properties.ExplicitAuthFlows).toEqual(
        expect.arrayContaining(['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH']),
      );
      expect(client.Properties.ReadAttributes).toEqual(expect.arrayContaining(['custom:orgs', 'email']));
      // An explicit write list, so custom:orgs can never become user-writable by default.
      expect(client.Properties.WriteAttributes).toBeInstanceOf(Array);
      expect(client.Properties.WriteAttributes).not.toContain('custom:orgs');
    });
  });

  it('outputs the API URL, user pool, client, table name and expirer function name', () => {
    for (const name of ['ApiUrl', 'UserPoolId', 'UserPoolClientId', 'TableName', 'ExpirerFunctionName']) {
      expect(Object.keys(template.findOutputs(name)), name).toEqual([name]);
    }
  });
});

describe('the SubscriptionAdmin stack with allowedOrigins and an external JWT issuer', () => {
  let template: Template;

  beforeAll(() => {
    const { stack } = buildApp({
      context: {
        ...NO_BUNDLING,
        allowedOrigins: 'https://admin.example.com, http://localhost:5173',
        jwtIssuer: 'https://idp.example.com/',
        jwtAudience: 'subscription-admin',
      },
    });
    template = flatTemplate(stack);
  });

  it('allows exactly the configured origins, methods and headers, and exposes the API headers', () => {
    const apis = Object.values(template.findResources('AWS::ApiGatewayV2::Api')) as Resource[];
    expect(apis).toHaveLength(1);
    const cors = apis[0]?.Properties.CorsConfiguration as Record<string, unknown>;
    expect(cors.AllowOrigins).toEqual(['https://admin.example.com', 'http://localhost:5173']);
    expect([...(cors.AllowMethods as string[])].sort()).toEqual([
      'DELETE',
      'GET',
      'OPTIONS',
      'PATCH',
      'POST',
    ]);
    // Every method a route uses can be called from the console.
    for (const route of ROUTES) expect(cors.AllowMethods, routeKey(route)).toContain(route.method);
    expect([...(cors.AllowHeaders as string[])].sort()).toEqual([
      'authorization',
      'content-type',
      'idempotency-key',
      'if-match',
    ]);
    expect([...(cors.ExposeHeaders as string[])].sort()).toEqual([
      'etag',
      'idempotent-replayed',
      'location',
      'retry-after',
    ]);
    // Bearer tokens, no cookies: no credentialed requests, and no wildcard anywhere.
    expect(cors.AllowCredentials).toBe(false);
    expect(JSON.stringify(cors)).not.toContain('*');
    expect(cors.MaxAge).toBe(3600);
  });

  it('still throttles the stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: {
        ThrottlingBurstLimit: THROTTLE_BURST_LIMIT,
        ThrottlingRateLimit: THROTTLE_RATE_LIMIT,
      },
    });
  });

  it('trusts the external issuer and creates no user pool', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 0);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: 'https://idp.example.com/', Audience: ['subscription-admin'] },
    });
    expect(template.findOutputs('UserPoolId')).toEqual({});
    template.resourceCountIs('AWS::Lambda::Function', ROUTES.length + 2);
  });
});

describe('context validation', () => {
  it('rejects an allowed origin with a path', () => {
    expect(() =>
      buildApp({ context: { ...NO_BUNDLING, allowedOrigins: 'https://admin.example.com/app' } }),
    ).toThrow(/not an origin/);
  });

  it('rejects a JWT issuer without an audience', () => {
    expect(() => buildApp({ context: { ...NO_BUNDLING, jwtIssuer: 'https://idp.example.com/' } })).toThrow(
      /jwtAudience/,
    );
  });
});
