import { type CfnElement, CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';

/** Where the console lives in the bucket and on the distribution: Vite builds it for this base. */
export const CONSOLE_PREFIX = 'console/';
/** How long CloudFront and the S3 buckets keep access logs. */
export const CONSOLE_LOG_RETENTION = Duration.days(90);

/**
 * Answers `/` and `/console` with a redirect to the console, and any other extension-less path below it
 * (a client route such as /console/plans/plan_…) with index.html, so reloads and deep links work. Asset
 * paths keep their real 404s.
 */
const SPA_ROUTING = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/' || uri === '/console') {
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: '/${CONSOLE_PREFIX}' } } };
  }
  if (uri.indexOf('/${CONSOLE_PREFIX}') === 0 && uri.split('/').pop().indexOf('.') === -1) {
    request.uri = '/${CONSOLE_PREFIX}index.html';
  }
  return request;
}`;

/** What `config.json` tells the console in AWS: where the API is and how to sign in. */
export interface AdminConsoleConfig {
  readonly apiUrl: string;
  readonly region: string;
  readonly userPoolId: string;
  readonly clientId: string;
  /** The hosted UI's base URL, e.g. `https://prefix.auth.eu-west-1.amazoncognito.com`. */
  readonly authDomain: string;
}

/**
 * The admin console's hosting: a private S3 bucket read by CloudFront through origin access control,
 * HTTPS only, with security headers. `publish` uploads the built console and its `config.json`.
 */
export class AdminConsole extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;
  /** `https://<distribution domain>`: the CORS origin the API must allow. */
  readonly origin: string;
  /** The console's URL, also the OAuth redirect and sign-out URL. */
  readonly url: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { region, urlSuffix } = Stack.of(this);

    // CloudFront's standard logs are delivered with ACLs, so this one bucket keeps object ACLs enabled.
    this.logBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: CONSOLE_LOG_RETENTION }],
      // Kept on update and delete; removed when the deploy that created it rolls back.
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket holds the access logs of the console bucket and its CloudFront distribution; logging its own ' +
        'access into itself would log every log delivery.',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/',
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });

    const csp = [
      "default-src 'self'",
      // The API and the hosted UI's token endpoint, by pattern: naming the API's own id here would make the
      // API (whose CORS names this distribution) and the distribution depend on each other.
      `connect-src 'self' https://*.execute-api.${region}.${urlSuffix} https://*.auth.${region}.amazoncognito.com`,
      "script-src 'self'",
      // Mantine sets style attributes on its components.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; ');
    this.headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Admin console: HSTS, CSP, no framing, no sniffing, no referrer',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        // The sign-in answer carries the authorization code in the URL: never send it on as a referrer.
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        xssProtection: { protection: true, modeBlock: true, override: true },
      },
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Subscription Admin console',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new EdgeFunction(this, 'SpaRouting', {
              comment: 'Console client routes get index.html; / redirects to the console',
              code: FunctionCode.fromInline(SPA_ROUTING),
              runtime: FunctionRuntime.JS_2_0,
            }),
          },
        ],
      },
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'Admins sign in from wherever they work; access is controlled by Cognito sign-in with MFA and by the API authorizer, not by country.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'The distribution serves only static, public build files (no data, no secrets); every API call is authenticated and throttled by API Gateway.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default *.cloudfront.net certificate, for which CloudFront fixes the security policy; ' +
          'a custom domain with its own certificate and TLSv1.2_2021 is a deployment choice left to operators.',
      },
    );

    this.origin = `https://${this.distribution.distributionDomainName}`;
    this.url = `${this.origin}/${CONSOLE_PREFIX}`;
    new CfnOutput(Stack.of(this), 'ConsoleUrl', { value: this.url, description: 'The admin console' });
  }

  /**
   * Uploads the built console (hashed assets cached for a year, index.html and config.json revalidated on
   * every load) and invalidates the two files that change in place.
   */
  publish(distDir: string, config: AdminConsoleConfig): void {
    const logGroup = new LogGroup(this, 'DeploymentLogs', { retention: RetentionDays.ONE_MONTH });
    const assets = new BucketDeployment(this, 'Assets', {
      sources: [Source.asset(distDir, { exclude: ['index.html'] })],
      destinationBucket: this.bucket,
      destinationKeyPrefix: CONSOLE_PREFIX,
      // Older hashed assets stay: a browser holding the previous index.html can still load them.
      prune: false,
      cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
      logGroup,
    });
    const entry = new BucketDeployment(this, 'Entry', {
      sources: [
        Source.asset(distDir, { exclude: ['*', '!index.html'] }),
        Source.jsonData('config.json', { mode: 'cognito', ...config, redirectUri: this.url }),
      ],
      destinationBucket: this.bucket,
      destinationKeyPrefix: CONSOLE_PREFIX,
      prune: false,
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: [`/${CONSOLE_PREFIX}index.html`, `/${CONSOLE_PREFIX}config.json`],
      logGroup,
    });
    // index.html names the assets: they are in place before it is.
    entry.node.addDependency(assets);

    acknowledgeDeploymentHandler(this);
  }
}

/**
 * BucketDeployment runs one handler function per stack (a singleton beside the deployments), whose code,
 * runtime and policy CDK owns. Its findings are acknowledged on that function, each with what it allows.
 */
function acknowledgeDeploymentHandler(scope: AdminConsole): void {
  const stack = Stack.of(scope);
  const handlers = stack.node.children.filter((child: IConstruct) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  const what =
    "CDK's BucketDeployment handler, which only runs during deployments to copy the built console into its bucket";
  const consoleBucket = `<${stack.getLogicalId(scope.bucket.node.defaultChild as CfnElement)}.Arn>/*`;
  const acknowledgements = [
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: `${what}: CDK attaches AWSLambdaBasicExecutionRole so that it can write its own logs.`,
    },
    ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      reason: `${what}: CDK grants ${action} to read the staged asset and write the console files, on those two buckets only.`,
    })),
    {
      id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
      reason: `${what}: it reads the console's zipped build from the CDK bootstrap asset bucket.`,
    },
    {
      id: `AwsSolutions-IAM5[Resource::${consoleBucket}]`,
      reason: `${what}: it writes the console's files, which are objects of the console bucket.`,
    },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `${what}: cloudfront:CreateInvalidation and GetInvalidation, for index.html and config.json, support no resource-level permissions in CDK's grant.`,
    },
    ...['AwsSolutions-L1', 'Serverless-LambdaLatestVersion'].map((id) => ({
      id,
      reason: `${what}: CDK chooses and upgrades its Python runtime together with aws-cdk-lib.`,
    })),
    {
      id: 'Serverless-LambdaDLQ',
      reason: `${what}: CloudFormation invokes it synchronously and a failure fails the deployment, so nothing is lost.`,
    },
    {
      id: 'Serverless-LambdaTracing',
      reason: `${what}: a copy job at deploy time, on no request path that a trace would follow.`,
    },
  ];
  for (const handler of handlers) Validations.of(handler).acknowledge(...acknowledgements);
}
