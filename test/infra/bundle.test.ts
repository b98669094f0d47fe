import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AdminFunction,
  ESM_REQUIRE_BANNER,
  esbuildOptions,
  routeBundle,
} from '../../infra/constructs/admin-function.ts';
import { findRoute, type Route } from '../../shared/routes.ts';

const HEALTH_ENTRY = fileURLToPath(new URL('../../functions/health.ts', import.meta.url));

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** Really runs esbuild, with the settings every deployed function gets, on one small stack. */
describe('AdminFunction bundling (real esbuild run on functions/health.ts)', () => {
  let outdir: string;
  let assetDir: string;

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'admin-bundle-'));
    const app = new App({ outdir });
    const stack = new Stack(app, 'BundleTest');
    new AdminFunction(stack, 'Health', { entry: HEALTH_ENTRY });
    const assembly = app.synth();
    const fn = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0];
    const assetHash = String(fn?.Properties.Code.S3Key).replace(/\.zip$/, '');
    assetDir = join(assembly.directory, `asset.${assetHash}`);
  }, 60_000);

  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(outdir, { recursive: true, force: true });
  });

  it('produces one ESM file with its source map', () => {
    expect(existsSync(join(assetDir, 'index.mjs'))).toBe(true);
    expect(existsSync(join(assetDir, 'index.mjs.map'))).toBe(true);
    const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(code).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
    expect(code).not.toMatch(/\bmodule\.exports\s*=/);
  });

  it('is byte for byte what esbuildOptions builds (the bundles bench/ measures are the deployed ones)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'admin-bundle-api-'));
    try {
      await build({ ...esbuildOptions(HEALTH_ENTRY, join(dir, 'index.mjs')), logLevel: 'error' });
      expect(readFileSync(join(dir, 'index.mjs'), 'utf8')).toBe(
        readFileSync(join(assetDir, 'index.mjs'), 'utf8'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('replaces jsonschema with the start-up stand-in (infra/bundle/jsonschema-lite.cjs)', () => {
    const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(code).toContain('is not a v1 model');
    // A string only the real jsonschema package contains.
    expect(code).not.toContain('SchemaError');
  });

  it('starts with the createRequire banner, so bundled CommonJS can require', () => {
    const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
  });

  it('loads as an ES module and answers GET /health', async () => {
    // Shared modules read TABLE_NAME when loaded, as in Lambda; /health never touches the table.
    vi.stubEnv('TABLE_NAME', 'bundle-test');
    const { handler } = (await import(pathToFileURL(join(assetDir, 'index.mjs')).href)) as {
      handler: Handler;
    };
    const event = {
      version: '2.0',
      routeKey: 'GET /health',
      rawPath: '/health',
      rawQueryString: '',
      headers: {},
      isBase64Encoded: false,
      requestContext: {
        accountId: '123456789012',
        apiId: 'api',
        domainName: 'api.example.com',
        domainPrefix: 'api',
        http: {
          method: 'GET',
          path: '/health',
          protocol: 'HTTP/1.1',
          sourceIp: '127.0.0.1',
          userAgent: 'vitest',
        },
        requestId: 'bundle-test',
        routeKey: 'GET /health',
        stage: '$default',
        time: '01/Jan/2026:00:00:00 +0000',
        timeEpoch: 1767225600000,
      },
    } satisfies APIGatewayProxyEventV2;
    const context = { awsRequestId: 'bundle-test', getRemainingTimeInMillis: () => 10_000 } as Context;
    const response = await handler(event, context);
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(String(response.body))).toEqual({ status: 'ok' });
  });
});

/** A CRUD route's function: the generic entry of its op, built with its resource (`routeBundle`). */
describe('AdminFunction bundling of a CRUD route (functions/crud/get.ts with packages)', () => {
  let outdir: string;
  let code: string;
  const bundle = routeBundle(findRoute('GET /orgs/{orgId}/packages/{packageId}') as Route);

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'admin-bundle-crud-'));
    const app = new App({ outdir });
    const stack = new Stack(app, 'CrudBundleTest');
    new AdminFunction(stack, 'PackagesGet', bundle);
    const assembly = app.synth();
    const fn = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0];
    const assetHash = String(fn?.Properties.Code.S3Key).replace(/\.zip$/, '');
    code = readFileSync(join(assembly.directory, `asset.${assetHash}`, 'index.mjs'), 'utf8');
  }, 60_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('is byte for byte what esbuildOptions builds with the same alias', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'admin-bundle-crud-api-'));
    try {
      const options = esbuildOptions(bundle.entry, join(dir, 'index.mjs'), undefined, bundle.aliases);
      await build({ ...options, logLevel: 'error' });
      expect(readFileSync(join(dir, 'index.mjs'), 'utf8')).toBe(code);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds its own resource and no other CRUD resource', () => {
    // Each resource's own refusal message (every error code is in every bundle: shared/http/problem.ts).
    expect(code).toContain('is referenced by an offer or a plan');
    for (const other of [
      'still has plans',
      'is referenced by a plan or a product',
      "' has subscriptions",
      'has been redeemed; deactivate it',
      'A product with children cannot become a child',
    ]) {
      expect(code, other).not.toContain(other);
    }
  });
});
