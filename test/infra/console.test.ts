import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../../console/build.ts';
import type { AdminApiStack } from '../../infra/admin-api-stack.ts';
import { buildApp } from '../../infra/build.ts';
import { CONSOLE_PREFIX } from '../../infra/constructs/console.ts';
import { flatTemplate, logicalIdOf } from './template.ts';

/**
 * The stack as `cdk deploy` builds it (infra/app.ts turns the console on): skip esbuild, and make a failed
 * cdk-nag validation throw instead of printing.
 */
const CONTEXT = {
  'aws:cdk:bundling-stacks': [],
  '@aws-cdk/core:appMode': 'inmemory',
  console: 'true',
};

type Resource = { Type: string; Properties: Record<string, unknown> };
type Json = Record<string, unknown>;

describe('the admin console in the stack (context console=true)', () => {
  let stack: AdminApiStack;
  let template: Template;
  let resources: Record<string, Resource>;
  let assemblyDir: string;
  const ofType = (type: string) =>
    Object.entries(resources).filter(([, r]) => r.Type === type) as [string, Resource][];
  const logicalId = (element: unknown) => logicalIdOf(element);
  const only = (type: string): [string, Resource] => {
    const found = ofType(type);
    expect(found, type).toHaveLength(1);
    return found[0] as [string, Resource];
  };

  beforeAll(async () => {
    // The stack uploads console/dist: build it if missing or stale (the browser tests share the build).
    await ensureConsoleBuilt();
    const built = buildApp({ context: CONTEXT });
    stack = built.stack;
    // cdk-nag runs on synthesis and throws with its report on any unacknowledged finding.
    assemblyDir = built.app.synth().directory;
    template = flatTemplate(stack);
    resources = template.toJSON().Resources as Record<string, Resource>;
  });

  it('passes cdk-nag (AwsSolutions and Serverless) with the console in it', () => {
    const report = JSON.parse(readFileSync(join(assemblyDir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { violations: { ruleName: string }[] }[];
    };
    expect(report.pluginReports.flatMap((r) => r.violations.map((v) => v.ruleName))).toEqual([]);
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      expect(
        pack.validateScope(stack).violations.map((v) => v.ruleName),
        pack.name,
      ).toEqual([]);
    }
  });

  it('keeps the console bucket private: all public access blocked, TLS only, encrypted, access logged', () => {
    const bucketId = logicalId(stack.adminConsole?.bucket.node.defaultChild);
    const bucket = resources[bucketId];
    expect(bucket?.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      LoggingConfiguration: {
        DestinationBucketName: { Ref: logicalId(stack.adminConsole?.logBucket.node.defaultChild) },
      },
    });
    expect(bucket?.Properties.WebsiteConfiguration).toBeUndefined();
    const policy = ofType('AWS::S3::BucketPolicy').find(
      ([, p]) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: bucketId }),
    )?.[1];
    if (!policy) throw new Error('the console bucket has no bucket policy');
    const statements = (policy.Properties.PolicyDocument as { Statement: Json[] }).Statement;
    // TLS only…
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    // …and the only reader is CloudFront, for this distribution.
    const allows = statements.filter(
      (s) => s.Effect === 'Allow' && JSON.stringify(s.Action).includes('s3:GetObject'),
    );
    expect(allows).toHaveLength(1);
    expect(allows[0]?.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(JSON.stringify(allows[0]?.Condition)).toContain('AWS:SourceArn');
  });

  it('serves it through CloudFront with origin access control, HTTPS only', () => {
    const [oacId, oac] = only('AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const [, distribution] = only('AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig as Json & {
      Origins: Json[];
      DefaultCacheBehavior: Json;
      CacheBehaviors?: Json[];
    };
    expect(config.Origins).toHaveLength(1);
    expect(config.Origins[0]).toMatchObject({
      OriginAccessControlId: { 'Fn::GetAtt': [oacId, 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
    });
    expect(config.CacheBehaviors ?? []).toEqual([]);
    expect(config.Logging).toMatchObject({
      Bucket: {
        'Fn::GetAtt': [logicalId(stack.adminConsole?.logBucket.node.defaultChild), 'RegionalDomainName'],
      },
    });
    // Client routes get index.html, and / goes to the console.
    const [, fn] = only('AWS::CloudFront::Function');
    expect(fn.Properties.FunctionCode).toContain(`request.uri = '/${CONSOLE_PREFIX}index.html'`);
  });

  it('answers with security headers: HSTS, CSP, no framing, no sniffing, no referrer', () => {
    const [policyId, policy] = only('AWS::CloudFront::ResponseHeadersPolicy');
    const headers = (policy.Properties.ResponseHeadersPolicyConfig as Json).SecurityHeadersConfig as Json;
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
    });
    const csp = JSON.stringify((headers.ContentSecurityPolicy as Json).ContentSecurityPolicy);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "frame-ancestors 'none'",
      'connect-src',
    ]) {
      expect(csp).toContain(directive);
    }
    const [, distribution] = only('AWS::CloudFront::Distribution');
    expect(distribution.Properties.DistributionConfig).toMatchObject({
      DefaultCacheBehavior: { ResponseHeadersPolicyId: { Ref: policyId } },
    });
  });

  it('publishes the build and a config.json with the API URL, user pool, client, hosted UI and region', () => {
    const deployments = ofType('Custom::CDKBucketDeployment');
    expect(deployments).toHaveLength(2);
    for (const [, d] of deployments) {
      expect(d.Properties.DestinationBucketKeyPrefix).toBe(CONSOLE_PREFIX);
      expect(d.Properties.Prune).toBe(false);
    }
    const entry = deployments.find(([, d]) => d.Properties.DistributionPaths !== undefined)?.[1];
    if (!entry) throw new Error('no deployment invalidates the distribution');
    expect(entry.Properties.DistributionPaths).toEqual([
      `/${CONSOLE_PREFIX}index.html`,
      `/${CONSOLE_PREFIX}config.json`,
    ]);
    // Source.jsonData stages config.json with a marker for each deploy-time value; the handler resolves them.
    const [zip, configZip] = entry.Properties.SourceObjectKeys as string[];
    // index.html goes last and alone (revalidated); the hashed assets before it, without it (immutable).
    const filesOf = (key: string | undefined) =>
      readdirSync(join(assemblyDir, `asset.${key?.replace(/\.zip$/, '')}`), { recursive: true }).map(String);
    expect(filesOf(zip)).toEqual(['index.html']);
    const assets = deployments.find(([, d]) => d.Properties.DistributionPaths === undefined)?.[1];
    if (!assets) throw new Error('no deployment for the hashed assets');
    const assetFiles = filesOf((assets.Properties.SourceObjectKeys as string[])[0]);
    expect(assetFiles).not.toContain('index.html');
    expect(assetFiles.some((f) => /^assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
    expect(assets.Properties.SystemMetadata).toEqual({
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(entry.Properties.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    const staged = join(assemblyDir, `asset.${configZip?.replace(/\.zip$/, '')}`, 'config.json');
    const config = JSON.parse(readFileSync(staged, 'utf8')) as Record<string, string>;
    expect(Object.keys(config).sort()).toEqual(
      ['apiUrl', 'authDomain', 'clientId', 'mode', 'redirectUri', 'region', 'userPoolId'].sort(),
    );
    expect(config.mode).toBe('cognito');
    const markers = (entry.Properties.SourceMarkers as Record<string, unknown>[])[1] ?? {};
    const resolved = (value: string | undefined) =>
      JSON.stringify((value?.match(/<<marker:0xbaba:\d+>>/g) ?? []).map((marker) => markers[marker]));
    const ref = (element: unknown) => JSON.stringify({ Ref: logicalId(element) });
    const { userPool, adminConsole, api } = stack;
    expect(resolved(config.apiUrl)).toContain(ref(api.node.defaultChild));
    expect(resolved(config.region)).toBe(JSON.stringify([{ Ref: 'AWS::Region' }]));
    expect(resolved(config.userPoolId)).toBe(`[${ref(userPool?.node.defaultChild)}]`);
    expect(resolved(config.clientId)).toMatch(/UserPoolAdminClient/);
    expect(resolved(config.authDomain)).toMatch(/UserPoolHostedUi/);
    expect(config.authDomain).toMatch(/^https:\/\/.*\.auth\..*\.amazoncognito\.com$/);
    expect(resolved(config.redirectUri)).toContain(logicalId(adminConsole?.distribution.node.defaultChild));
    expect(config.redirectUri).toMatch(new RegExp(`^https://.*/${CONSOLE_PREFIX}$`));
  });

  it('lets the distribution origin call the API (CORS), and nothing else', () => {
    const [, api] = only('AWS::ApiGatewayV2::Api');
    const cors = api.Properties.CorsConfiguration as Json;
    const [distributionId] = only('AWS::CloudFront::Distribution');
    expect(cors.AllowOrigins).toEqual([
      { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] },
    ]);
    expect(cors.AllowCredentials).toBe(false);
  });

  it('signs in with the hosted UI: a public client, authorization code only (PKCE), redirecting to the console', () => {
    const [, client] = only('AWS::Cognito::UserPoolClient');
    const [distributionId] = only('AWS::CloudFront::Distribution');
    const consoleUrl = {
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, `/${CONSOLE_PREFIX}`]],
    };
    expect(client.Properties).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: expect.arrayContaining(['openid', 'email']),
      CallbackURLs: [consoleUrl],
      LogoutURLs: [consoleUrl],
      SupportedIdentityProviders: ['COGNITO'],
    });
    const [, domain] = only('AWS::Cognito::UserPoolDomain');
    expect(domain.Properties.Domain).toBeDefined();
    expect(Object.keys(template.findOutputs('ConsoleUrl'))).toEqual(['ConsoleUrl']);
  });
});

describe('console context', () => {
  it('refuses the console with an external JWT issuer, which replaces the user pool it signs in with', () => {
    expect(() =>
      buildApp({
        context: {
          ...CONTEXT,
          jwtIssuer: 'https://idp.example.com/',
          jwtAudience: 'subscription-admin',
        },
      }),
    ).toThrow(/console=false/);
  });
});
