import { fileURLToPath } from 'node:url';
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { CATALOG_INDEX, EXPIRY_INDEX, NOTICE_INDEX, TABLE } from '../../shared/db/table.ts';
import { crudModule } from '../../shared/resources.ts';
import type { Route } from '../../shared/routes.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Memory for every function. 512 MB also buys proportionally more CPU, which shortens cold starts. */
export const FUNCTION_MEMORY_MB = 512;

/** Timeout of a function behind the HTTP API (API Gateway itself gives up after 30 s). */
export const API_FUNCTION_TIMEOUT = Duration.seconds(10);

/** How long function logs are kept. */
export const FUNCTION_LOG_RETENTION = RetentionDays.ONE_MONTH;

/** The Lambda runtime; the esbuild target below must match it. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_22_X;

/**
 * Modules esbuild leaves out of the bundle. The AWS SDK is bundled at the version pinned in package.json
 * instead of whatever the runtime ships (`['@aws-sdk/*']` would switch to the runtime's), except the
 * Secrets Manager client: only the list functions use it, once per container and only when deployed
 * (shared/db/cursor-key.ts), so it is taken from the Lambda runtime (Node.js 22 ships SDK v3) when that
 * first read happens, rather than parsed on every cold start (bundled it cost the list functions
 * 31 KB and ~20 ms of cold start, measured). The EventBridge client of the change-event publisher
 * (functions/events/publish.ts) likewise: it is not a dependency of this repository at all.
 */
export const EXTERNAL_MODULES: string[] = ['@aws-sdk/client-secrets-manager', '@aws-sdk/client-eventbridge'];

/**
 * Prepended to every bundle. The bundle is ESM, but electrodb (and parts of the SDK) are CommonJS and call
 * `require`, which ESM does not define.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * Packages replaced inside the bundles, relative to the repository root (esbuild `--alias`).
 * `jsonschema` is only ElectroDB's start-up check of model definitions: see infra/bundle/jsonschema-lite.cjs.
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  jsonschema: './infra/bundle/jsonschema-lite.cjs',
};

/**
 * What a route's function is built from: its entry file, and for a CRUD route the alias that resolves
 * `crud-resource` to its resource's module (shared/http/crud-resource.d.ts), so that the one generic
 * entry of each op makes one bundle per resource holding that resource alone.
 */
export const routeBundle = (route: Pick<Route, 'entry' | 'crud'>) => ({
  entry: `${REPO_ROOT}functions/${route.entry}.ts`,
  aliases: (route.crud ? { 'crud-resource': `./${crudModule(route.crud)}` } : {}) as Record<string, string>,
});

/**
 * The esbuild settings of every function, in esbuild's API form: `bench/` builds with exactly these
 * (test/infra/bundle.test.ts checks that its output is byte for byte what CDK deploys). `aliases` are
 * a route's own (`routeBundle`).
 */
export const esbuildOptions = (
  entry: string,
  outfile: string,
  externalModules: readonly string[] = EXTERNAL_MODULES,
  aliases: Readonly<Record<string, string>> = {},
) => ({
  entryPoints: [entry],
  outfile,
  absWorkingDir: REPO_ROOT,
  bundle: true,
  platform: 'node' as const,
  format: 'esm' as const,
  target: 'node22',
  mainFields: ['module', 'main'],
  banner: { js: ESM_REQUIRE_BANNER },
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  external: [...externalModules],
  alias: { ...BUNDLE_ALIASES, ...aliases },
});

/** Every function reports under this Powertools service name. */
export const SERVICE_NAME = 'subscription-admin';

/**
 * How a function may use the table: `RO` (GET routes) reads, `RW` (every other authenticated route) also
 * writes items, `EXPIRY` (the scheduled expirer) has exactly the calls an expiry pass makes, `CATALOG` (the
 * public catalog routes, which have no authorizer) reads items and queries the catalog index only.
 */
export type TableAccess = 'RO' | 'RW' | 'EXPIRY' | 'CATALOG';

/** What one access mode may do: item actions on the table itself, and where it may Query. */
export interface TableGrant {
  /**
   * Actions on items, granted on the table's ARN only: GetItem and its kin address the table, never an
   * index. IAM authorises TransactWriteItems by the per-item actions it contains (PutItem, UpdateItem,
   * DeleteItem, ConditionCheckItem), so transactions need no action of their own.
   */
  readonly itemActions: readonly string[];
  /**
   * Where `dynamodb:Query` is allowed: `table-and-indexes` is the table and each index of TABLE by name;
   * `{ indexes }` is those indexes only, not the table.
   */
  readonly query: 'table-and-indexes' | { readonly indexes: readonly string[] };
}

const READ_ITEM_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem'] as const;
const WRITE_ITEM_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** The indexes the expirer queries (shared/db/table.ts, EXPIRY_INDEX and NOTICE_INDEX): it may query nothing else. */
export const EXPIRY_QUERY_INDEXES = [EXPIRY_INDEX.name, NOTICE_INDEX.name] as const;

/**
 * The DynamoDB access of each mode, from what the handlers call (shared/<area>/operations.ts, shared/db,
 * shared/http/idempotency.ts): GetItem, BatchGetItem (shared/db/batch.ts), Query (lists, on the table and
 * the indexes), TransactWriteItems of Put/Update/Delete/ConditionCheck (shared/db/commit.ts), and
 * PutItem/UpdateItem/DeleteItem for idempotency records. Nothing calls Scan, BatchWriteItem or
 * DescribeTable, so no mode allows them.
 */
export const TABLE_GRANTS: Readonly<Record<TableAccess, TableGrant>> = {
  RO: { itemActions: READ_ITEM_ACTIONS, query: 'table-and-indexes' },
  RW: { itemActions: [...READ_ITEM_ACTIONS, ...WRITE_ITEM_ACTIONS], query: 'table-and-indexes' },
  // What `runExpiry` (shared/subscriptions/expiry.ts) calls: Query on the expiry and notice indexes only, GetItem to
  // re-read a subscription that changed, and per expiry one TransactWriteItems of UpdateItem (the
  // subscription, the plan's live count), DeleteItem (the live-subscription guard) and PutItem (the audit
  // event); then, for a plan change whose reference release never landed (its marker in the same index),
  // one TransactWriteItems of UpdateItem (the counts, the plan) and DeleteItem (the marker).
  // No batch reads or writes, no ConditionCheckItem, no Query on the table or another index.
  EXPIRY: {
    itemActions: ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
    query: { indexes: EXPIRY_QUERY_INDEXES },
  },
  // What shared/catalog/operations.ts calls: GetItem (the slug guard, the plan), BatchGetItem (the items'
  // products) and Query on the catalog index alone: no write, no Query on the table or another index.
  CATALOG: { itemActions: READ_ITEM_ACTIONS, query: { indexes: [CATALOG_INDEX.name] } },
};

/** The policy statement ids of each access mode: one for item actions, one for Query. */
const TABLE_STATEMENT_SIDS: Readonly<Record<TableAccess, { items: string; query: string }>> = {
  RO: { items: 'TableReadItems', query: 'TableQuery' },
  RW: { items: 'TableReadWriteItems', query: 'TableQuery' },
  EXPIRY: { items: 'ExpiryItems', query: 'ExpiryIndexQuery' },
  CATALOG: { items: 'CatalogReadItems', query: 'CatalogIndexQuery' },
};

export interface AdminFunctionProps {
  /** Absolute path of the entry file; it must export `handler`. */
  readonly entry: string;
  readonly description?: string;
  /** @default API_FUNCTION_TIMEOUT */
  readonly timeout?: Duration;
  /** Added to the defaults (`NODE_OPTIONS`, `POWERTOOLS_SERVICE_NAME`); a key given here wins. */
  readonly environment?: Readonly<Record<string, string>>;
  /** Modules replaced in this function's bundle besides BUNDLE_ALIASES (`routeBundle`). */
  readonly aliases?: Readonly<Record<string, string>>;
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
        // esbuild resolves alias paths from its working directory, which CDK sets to projectRoot.
        esbuildArgs: {
          '--alias': Object.entries({ ...BUNDLE_ALIASES, ...props.aliases }).map(
            ([from, to]) => `${from}=${to}`,
          ),
        },
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
   * Least-privilege access to the table (TABLE_GRANTS), and `TABLE_NAME` in the environment: two
   * statements, the item actions on the table's ARN, and Query on the table and indexes it may read.
   * Each index is named rather than `index/*`, so the grant names exactly what TABLE defines.
   */
  /**
   * Read access to one secret (GetSecretValue on it, nothing else), and its ARN in `envName`: the
   * function reads the value itself at run time, so it never appears in the template or environment.
   */
  readSecret(secret: ISecret, envName: string): void {
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'ReadSecret',
        actions: ['secretsmanager:GetSecretValue'],
        resources: [secret.secretArn],
      }),
    );
    this.function.addEnvironment(envName, secret.secretArn);
  }

  bindTable(table: ITable, access: TableAccess): void {
    const grant = TABLE_GRANTS[access];
    const sids = TABLE_STATEMENT_SIDS[access];
    const indexNames: readonly string[] = TABLE.globalSecondaryIndexes.map((gsi) => gsi.indexName);
    const queryIndexes = grant.query === 'table-and-indexes' ? indexNames : grant.query.indexes;
    for (const name of queryIndexes) {
      if (!indexNames.includes(name)) throw new Error(`Table access ${access}: TABLE has no index "${name}"`);
    }
    const indexArns = queryIndexes.map((name) => `${table.tableArn}/index/${name}`);
    // Statements with a Sid are never merged by @aws-cdk/aws-iam:minimizePolicies, so each keeps its scope.
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ sid: sids.items, actions: [...grant.itemActions], resources: [table.tableArn] }),
    );
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: sids.query,
        actions: ['dynamodb:Query'],
        resources: grant.query === 'table-and-indexes' ? [table.tableArn, ...indexArns] : indexArns,
      }),
    );
    this.function.addEnvironment('TABLE_NAME', table.tableName);
  }
}
