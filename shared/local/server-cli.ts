/**
 * `npm start`: DynamoDB Local (embedded, unless DYNAMODB_ENDPOINT is set), the table, and every
 * route of the table served on http://localhost:$PORT by the same handlers Lambda runs. Both listen
 * on 127.0.0.1 only unless HOST says otherwise: local tokens are signed with a secret everybody knows,
 * and /console/config.json hands out an admin token.
 */
import { join } from 'node:path';
import { CONSOLE_PATH, ensureConsoleBuilt } from '../../console/build.ts';
import { DOCS_HTML } from '../openapi-docs.ts';
import { consoleHandler, localAdminToken, localConsoleConfig } from './console.ts';
import { ensureTable, LocalSetupError, startDynamoLocal } from './dynamo.ts';

const env = process.env;
const port = Number(env.PORT || 3000);
const host = env.HOST || '127.0.0.1';
const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host);
/** How the printed URLs name the server: `localhost` while it is only on loopback. */
const shownHost = loopback ? 'localhost' : host.includes(':') ? `[${host}]` : host;
const dynamoPort = Number(env.DYNAMODB_PORT || 8000);
const tableName = env.TABLE_NAME || 'subscription-admin';
const inMemory = env.IN_MEMORY === '1' || env.IN_MEMORY === 'true';
const dataDir = env.DATA_DIR || '.data';

const fail = (message: string): never => {
  console.error(`\n  ✗ ${message}\n`);
  process.exit(1);
};

let dynamo: Awaited<ReturnType<typeof startDynamoLocal>> | undefined;
let endpoint = env.DYNAMODB_ENDPOINT;
try {
  if (!endpoint) {
    dynamo = await startDynamoLocal({ port: dynamoPort, host, ...(inMemory ? {} : { dataDir }) });
    endpoint = dynamo.endpoint;
    if (dynamo.warning) console.warn(`  ! ${dynamo.warning}`);
  }
  await ensureTable(endpoint, tableName);
} catch (error) {
  dynamo?.stop();
  fail(
    error instanceof LocalSetupError
      ? error.message
      : `Could not prepare DynamoDB at ${endpoint}: ${String(error)}`,
  );
}
// The handlers read these when they load, exactly as they read the Lambda environment.
env.DYNAMODB_ENDPOINT = endpoint;
env.TABLE_NAME = tableName;

// The console builds in a few seconds, only when console/ changed since the last build. Without it the API
// still starts; /console/ says how to build it.
let consoleNote = '';
try {
  await ensureConsoleBuilt((message) => console.log(`  ${message}`));
} catch (error) {
  consoleNote = `   (not built: ${error instanceof Error ? error.message : String(error)})`;
}
// Locally the console opens signed in as the printed admin of org "demo" (same origin, so no CORS).
const serveConsole = consoleHandler({ config: localConsoleConfig });

// Change events: with EVENTS_WEBHOOK_URL, every audit event is POSTed there from the table's stream.
const webhookUrl = env.EVENTS_WEBHOOK_URL;
let events: import('./webhook.ts').EventDelivery | undefined;
if (webhookUrl) {
  try {
    new URL(webhookUrl);
  } catch {
    dynamo?.stop();
    fail(`EVENTS_WEBHOOK_URL is not a URL: ${webhookUrl}`);
  }
  const { startEventDelivery } = await import('./webhook.ts');
  try {
    events = await startEventDelivery({
      endpoint: endpoint ?? '',
      tableName,
      url: webhookUrl,
      secret: env.EVENTS_WEBHOOK_SECRET,
      // Persisted data: a restart also sends what was committed while the server was stopped.
      ...(dynamo && !inMemory
        ? { checkpointFile: join(dataDir, `${tableName}.events-checkpoint.json`) }
        : {}),
    });
  } catch (error) {
    dynamo?.stop();
    fail(`Could not read the table's stream for change events: ${String(error)}`);
  }
}

const { createLocalServer } = await import('./server.ts');
const { buildOpenApi } = await import('../openapi.ts');
let openapi: string | undefined;
const server = await createLocalServer({
  extra: async (req, url, res) => {
    if (serveConsole(req, url, res)) return true;
    if (req.method !== 'GET') return false;
    if (url.pathname === '/openapi.json') {
      openapi ??= JSON.stringify(await buildOpenApi(), null, 2);
      res
        .writeHead(200, { 'content-type': 'application/json', 'x-content-type-options': 'nosniff' })
        .end(openapi);
      return true;
    }
    if (url.pathname === '/docs') {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff' })
        .end(DOCS_HTML);
      return true;
    }
    return false;
  },
});

// The scheduled expirer: every 5 minutes in AWS, every 30 seconds here.
const { runExpiry } = await import('../subscriptions/expiry.ts');
const EXPIRY_INTERVAL_MS = 30_000;
let expiring = false;
const expiryTimer = setInterval(async () => {
  if (expiring) return;
  expiring = true;
  try {
    const result = await runExpiry({ now: new Date() });
    if (result.expired > 0) console.log(`  expirer: ${JSON.stringify(result)}`);
  } catch (error) {
    console.error(`  expirer failed: ${String(error)}`);
  } finally {
    expiring = false;
  }
}, EXPIRY_INTERVAL_MS);

const shutdown = async () => {
  clearInterval(expiryTimer);
  server.close();
  await events?.stop().catch(() => undefined);
  dynamo?.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

server.on('error', (error: NodeJS.ErrnoException) => {
  dynamo?.stop();
  fail(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop what is listening there, or start with PORT=3001 npm start.`
      : `The server could not start: ${error.message}`,
  );
});
server.listen(port, host, () => {
  const token = localAdminToken();
  console.log(`
  Subscription Admin API  http://${shownHost}:${port}
  Admin console           http://${shownHost}:${port}${CONSOLE_PATH}   (signed in as the admin of org "demo")${consoleNote}
  API docs                http://${shownHost}:${port}/docs   (OpenAPI: /openapi.json)
  DynamoDB                ${dynamo ? `DynamoDB Local at ${endpoint} (${inMemory ? 'in memory' : `data in ${dataDir}/`})` : endpoint}, table ${tableName}

  Admin token for org "demo" (valid 7 days; more with: npm run token -- --org ORG --role admin|viewer):

  export TOKEN=${token}

  Try:  curl -s http://${shownHost}:${port}/orgs/demo/packages -H "Authorization: Bearer $TOKEN"

  The expirer runs every 30 s (one pass now: npm run expire -- [--at ISO]).
  Change events   ${webhookUrl ? `POSTed to ${webhookUrl} (signed: X-Signature)` : 'off (set EVENTS_WEBHOOK_URL to receive them)'}
  ${
    loopback
      ? `Listening on ${host} only (HOST=0.0.0.0 would open it, and DynamoDB Local, to the network).`
      : `Listening on ${host} (HOST): reachable from the network, with local tokens anyone can sign.`
  }
  Ctrl-C stops the API and DynamoDB Local.
`);
});
