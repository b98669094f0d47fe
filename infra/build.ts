import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { CONSOLE_DIST } from '../console/build.ts';
import type { Route } from '../shared/routes.ts';
import { AdminApiStack, type ExternalJwtIssuer } from './admin-api-stack.ts';
import { parseWebhookUrl } from './constructs/events-webhook.ts';

/** The stack's id, and its CloudFormation stack name (with `-<stage>` when a stage is given). */
export const STACK_ID = 'SubscriptionAdmin';

/** `-c stage=dev`: lower-case letters, digits and hyphens, so it fits stack names and domain prefixes. */
const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;

const CDK_JSON = new URL('../cdk.json', import.meta.url);

export interface BuildAppOptions {
  /**
   * Context on top of cdk.json's. The CLI's context (cdk.json, `-c`, cdk.context.json) reaches the app
   * through the environment and wins over both.
   */
  readonly context?: AppProps['context'];
  /** Cloud assembly directory. @default - the CLI's, or a temporary directory */
  readonly outdir?: string;
  /** The routes to deploy. @default ROUTES */
  readonly routes?: readonly Route[];
}

/**
 * The CDK app: the one stack, checked by the cdk-nag AwsSolutions and Serverless packs. Any finding that is
 * not acknowledged (with a reason, next to the construct it concerns) fails synthesis.
 *
 * Context:
 * - `allowedOrigins`: comma-separated CORS origins (e.g. the admin console's); none by default, meaning no CORS.
 * - `jwtIssuer` and `jwtAudience` (comma-separated): accept an external IdP's JWTs instead of creating a
 *   Cognito user pool.
 * - `console` (`true`/`false`): host the admin console (CloudFront + S3, hosted sign-in). Off here, on in
 *   `infra/app.ts` (what `cdk synth`/`deploy` run), which builds `console/dist` first.
 * - `authDomainPrefix`: the console's Cognito hosted UI domain prefix (default `subscription-admin-<account>`).
 * - `eventsWebhookUrl`: also POST every change event to this HTTPS URL (an EventBridge API destination
 *   authenticated by a generated `X-Webhook-Token`), for teams without an EventBridge consumer.
 * - `stage`: a deployment stage (`dev`, `prod`): the stack is `SubscriptionAdmin-<stage>`, so stages can share
 *   an account and region.
 */
export function buildApp(options: BuildAppOptions = {}): { app: App; stack: AdminApiStack } {
  // cdk.json's context (feature flags above all) also when the app is built outside the CLI, e.g. in
  // tests, so that they synthesize exactly what `cdk synth` does.
  const app = new App({ context: { ...cdkJsonContext(), ...options.context }, outdir: options.outdir });
  const allowedOrigins = parseOrigins(listContext(app, 'allowedOrigins'));
  const externalJwtIssuer = parseJwtIssuer(app);
  const adminConsole = parseConsole(app);
  const stage = parseStage(app);
  const eventsWebhookUrl = parseWebhookUrl(app.node.tryGetContext('eventsWebhookUrl'));

  const stack = new AdminApiStack(app, stage ? `${STACK_ID}-${stage}` : STACK_ID, {
    description:
      'Subscription admin API: DynamoDB table, HTTP API with one Lambda function per route, scheduled subscription expirer',
    allowedOrigins,
    externalJwtIssuer,
    ...(adminConsole ? { console: adminConsole } : {}),
    ...(stage ? { stage } : {}),
    ...(eventsWebhookUrl ? { eventsWebhookUrl } : {}),
    ...(options.routes ? { routes: options.routes } : {}),
  });

  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, stack };
}

/** A context value given as a comma-separated string (`-c key=a,b`) or as a JSON array (cdk.json). */
function listContext(app: App, key: string): string[] {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined || value === null) return [];
  const items =
    typeof value === 'string' ? value.split(',') : Array.isArray(value) ? (value as unknown[]) : undefined;
  if (!items?.every((item): item is string => typeof item === 'string')) {
    throw new Error(`Context "${key}" must be a comma-separated string or an array of strings`);
  }
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

function parseOrigins(origins: string[]): string[] {
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    // An origin is scheme://host[:port] with nothing after it; CORS compares it byte for byte.
    if (parsed?.origin !== origin) {
      throw new Error(
        `Context "allowedOrigins": "${origin}" is not an origin such as https://admin.example.com`,
      );
    }
  }
  return origins;
}

function parseJwtIssuer(app: App): ExternalJwtIssuer | undefined {
  const issuer: unknown = app.node.tryGetContext('jwtIssuer');
  const audience = listContext(app, 'jwtAudience');
  if (issuer === undefined || issuer === null || issuer === '') {
    if (audience.length > 0) throw new Error('Context "jwtAudience" needs "jwtIssuer"');
    return undefined;
  }
  if (typeof issuer !== 'string' || !issuer.startsWith('https://')) {
    throw new Error('Context "jwtIssuer" must be an https:// issuer URL');
  }
  if (audience.length === 0) throw new Error('Context "jwtIssuer" needs "jwtAudience" (comma-separated)');
  return { issuer, audience };
}

function parseConsole(app: App): { distDir: string; authDomainPrefix?: string } | undefined {
  const value: unknown = app.node.tryGetContext('console');
  if (value === undefined || value === null || value === false || value === 'false') return undefined;
  if (value !== true && value !== 'true') throw new Error('Context "console" must be true or false');
  if (!existsSync(join(CONSOLE_DIST, 'index.html'))) {
    throw new Error(
      'The admin console is not built (console/dist/index.html is missing): run `npm run build:console`, ' +
        'or synthesize without it (-c console=false). `npx cdk synth` and `npx cdk deploy` build it themselves.',
    );
  }
  const prefix: unknown = app.node.tryGetContext('authDomainPrefix');
  if (
    prefix !== undefined &&
    (typeof prefix !== 'string' || !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix))
  ) {
    throw new Error('Context "authDomainPrefix" must be lower-case letters, digits and hyphens (at most 63)');
  }
  return { distDir: CONSOLE_DIST, ...(typeof prefix === 'string' ? { authDomainPrefix: prefix } : {}) };
}

function parseStage(app: App): string | undefined {
  const stage: unknown = app.node.tryGetContext('stage');
  if (stage === undefined || stage === null || stage === '') return undefined;
  if (typeof stage !== 'string' || !STAGE_PATTERN.test(stage)) {
    throw new Error(
      'Context "stage" must be 1-20 lower-case letters, digits and hyphens, starting with a letter',
    );
  }
  return stage;
}

function cdkJsonContext(): Record<string, unknown> {
  const cdkJson: unknown = JSON.parse(readFileSync(CDK_JSON, 'utf8'));
  const context =
    typeof cdkJson === 'object' && cdkJson !== null && 'context' in cdkJson ? cdkJson.context : {};
  return typeof context === 'object' && context !== null ? { ...context } : {};
}
