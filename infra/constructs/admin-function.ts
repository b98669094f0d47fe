import { fileURLToPath } from 'node:url';
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { TABLE } from '../../shared/db/table.ts';

/** Memory for every function. 512 MB also buys proportionally more CPU, which shortens cold starts. */
export const FUNCTION_MEMORY_MB = 512;

/** Timeout of a function behind the HTTP API (API Gateway itself gives up after 30 s). */
export const API_FUNCTION_TIMEOUT = Duration.seconds(10);

/** How long function logs are kept. */
export const FUNCTION_LOG_RETENTION = RetentionDays.ONE_MONTH;

/** The Lambda runtime; the esbuild target below must match it. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_22_X;

/**
 * Modules esbuild leaves out of the bundle. Empty: the AWS SDK is bundled at the version pinned in
 * package.json instead of whatever the runtime ships. Use `['@aws-sdk/*']` to switch to the runtime's SDK.
 */
export const EXTERNAL_MODULES: string[] = [];

/**
 * Prepended to every bundle. The bundle is ESM, but electrodb (and parts of the SDK) are CommonJS and call
 * `require`, which ESM does not define.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** Every function reports under this Powertools service name. */
export const SERVICE_NAME = 'subscription-admin';

/**
 * How a function may use the table: `RO` (GET routes) reads, `RW` (every other authenticated route) also
 * writes items, `EXPIRY` (the scheduled expirer) has exactly the calls an expiry pass makes.
 */
export type TableAccess = 'RO' | 'RW' | 'EXPIRY';

/**
 * The DynamoDB actions of each access mode. Scan is in none: no function reads the whole table.
 * Transactions need no action of their own: IAM authorises TransactWriteItems / TransactGetItems by the
 * per-item actions (PutItem, UpdateItem, DeleteItem, ConditionCheckItem, GetItem) they contain.
 */
export const TABLE_ACTIONS: Readonly<Record<TableAccess, readonly string[]>> = {
  RO: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:ConditionCheckItem',
    'dynamodb:DescribeTable',
  ],
  RW: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:ConditionCheckItem',
    'dynamodb:DescribeTable',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
  ],
  // What `runExpiry` (shared/subscriptions/expiry.ts) calls: Query on the expiry index (gsi4), GetItem to
  // re-read a subscription that changed, and per expiry one TransactWriteItems of UpdateItem (the
  // subscription, the plan's live count), DeleteItem (the live-subscription guard) and PutItem (the audit
  // event). No Scan, no batch reads or writes, no ConditionCheckItem, no DescribeTable.
  EXPIRY: [
    'dynamodb:Query',
    'dynamodb:GetItem',
    'dynamodb:UpdateItem',
    'dynamodb:PutItem',
    'dynamodb:DeleteItem',
  ],
};

/** The policy statement id of each access mode. */
const TABLE_STATEMENT_SIDS: Readonly<Record<TableAccess, string>> = {
  RO: 'TableReadOnly',
  RW: 'TableReadWrite',
  EXPIRY: 'TableExpiry',
};

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface AdminFunctionProps {
  /** Absolute path of the entry file; it must export `handler`. */
  readonly entry: string;
  readonly description?: string;
  /** @default API_FUNCTION_TIMEOUT */
  readonly timeout?: Duration;
  /** Added to the defaults (`NODE_OPTIONS`, `POWERTOOLS_SERVICE_NAME`); a key given here wins. */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * A Lambda function with this project's defaults: Node 22 on arm64, one ESM bundle with the SDK inside,
 * source maps, X-Ray tracing, its own log group with retention, and a role that can do nothing but write
 * that log group and send traces until `bindTable` grants table access.
 */
export class AdminFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: AdminFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'LogGroup', { retention: FUNCTION_LOG_RETENTION });

    // Our own role instead of the default one: AWSLambdaBasicExecutionRole lets a function write to
    // every log group in the account; this role can write to its own log group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${this.node.path}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: FUNCTION_MEMORY_MB,
      timeout: props.timeout ?? API_FUNCTION_TIMEOUT,
      tracing: Tracing.ACTIVE,
      logGroup: this.logGroup,
      role: this.role,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        ...props.environment,
      },
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        minify: true,
        sourceMap: true,
        // The map only needs mappings for `--enable-source-maps`; embedding the sources would double the asset.
        sourcesContent: false,
        externalModules: EXTERNAL_MODULES,
      },
    });

    // Active tracing makes CDK add xray:PutTraceSegments / PutTelemetryRecords on "*" to the role.
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Only the X-Ray actions PutTraceSegments and PutTelemetryRecords use Resource "*": they support no resource-level permissions.',
    });
    const runtimeReason =
      'Node.js 22 is pinned on purpose: it is a supported LTS runtime, and the esbuild target (node22), @types/node 22 and ' +
      'the local toolchain match it. Moving to a newer runtime is a deliberate upgrade of all of them together.';
    Validations.of(this.function).acknowledge(
      { id: 'AwsSolutions-L1', reason: runtimeReason },
      { id: 'Serverless-LambdaLatestVersion', reason: runtimeReason },
    );
  }

  /**
   * Least-privilege access to the table and its indexes, and `TABLE_NAME` in the environment.
   * `RO` allows reads only; `RW` adds item writes; `EXPIRY` allows only what the expirer calls. None allows Scan.
   */
  bindTable(table: ITable, access: TableAccess): void {
    // Each index by name rather than `index/*`, so the grant names exactly what TABLE defines.
    const indexArns = TABLE.globalSecondaryIndexes.map((gsi) => `${table.tableArn}/index/${gsi.indexName}`);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: TABLE_STATEMENT_SIDS[access],
        actions: [...TABLE_ACTIONS[access]],
        resources: [table.tableArn, ...indexArns],
      }),
    );
    this.function.addEnvironment('TABLE_NAME', table.tableName);
  }
}
