/**
 * Defects found by attacking the API (issue 16), each pinned over HTTP against the local server, and
 * the AWS path (an API Gateway event straight into the function) where the two could differ:
 * Content-Type spellings, charsets and invalid UTF-8, and security headers. Record keys such as
 * `__proto__`, `If-Match` on routes that do not honour it, group names with commas, non-numeric `nbf`,
 * `limit` spellings and forged cursors are in hardening-inputs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { gatewayEvent, lambdaContext } from '../../shared/local/event.ts';
import { loadHandler } from '../../shared/local/handlers.ts';
import { flattenClaims } from '../../shared/local/jwt.ts';
import type { PackageResource } from '../../shared/packages/schemas.ts';
import { findRoute } from '../../shared/routes.ts';
import { adminToken, newOrg, useApi, viewerToken } from '../support/api.ts';
import { createPlan, packagesOf } from '../support/catalog.ts';
import { pkgBody } from '../support/fixtures.ts';
import { type RawResponse, rawClient } from '../support/raw-http.ts';

const api = useApi();

/** A request with exactly these headers and bytes (fetch would add or re-encode some). */
const raw = rawClient(api);

const codeOf = (res: RawResponse) => (JSON.parse(res.text) as { code?: string }).code;

const packages = (org: string) => packagesOf(api, org);

describe('Content-Type: one rule for our check and the JSON parser', () => {
  it.each([
    'application/json',
    'application/JSON',
    'Application/Json',
    'application/json ; charset=utf-8',
    'application/json;',
    'application/json; ',
    ' application/json',
    'application/json;charset=UTF-8',
    'APPLICATION/JSON; CHARSET="utf-8"',
    'application/json; charset=utf8',
    'application/merge-patch+json',
  ])('accepts a JSON body sent as %j (create, update and lifecycle POST)', async (contentType) => {
    const org = newOrg();
    const headers = { authorization: `Bearer ${adminToken(org)}`, 'content-type': contentType };
    const created = await raw('POST', `/orgs/${org}/packages`, headers, JSON.stringify(pkgBody()));
    expect(created.status, created.text).toBe(201);
    const pkg = JSON.parse(created.text) as PackageResource;
    const patched = await raw('PATCH', `/orgs/${org}/packages/${pkg.id}`, headers, '{"name":"Renamed"}');
    expect(patched.status, patched.text).toBe(200);
    expect((JSON.parse(patched.text) as PackageResource).name).toBe('Renamed');
    const plan = await createPlan(api, org);
    const published = await raw('POST', `/orgs/${org}/plans/${plan.id}/publish`, headers, '{}');
    expect(published.status, published.text).toBe(200);
  });

  it.each(['application/jsonx', 'application/json-seq', 'text/json', 'application/json; foo', 'json'])(
    'refuses %j with 415 unsupported_media_type, writing nothing',
    async (contentType) => {
      const org = newOrg();
      const headers = { authorization: `Bearer ${adminToken(org)}`, 'content-type': contentType };
      const res = await raw('POST', `/orgs/${org}/packages`, headers, JSON.stringify(pkgBody()));
      expect(res.status, res.text).toBe(415);
      expect(codeOf(res)).toBe('unsupported_media_type');
      expect(await packages(org)).toEqual([]);
    },
  );
});

describe('charsets and UTF-8', () => {
  it.each(['latin1', 'ISO-8859-1', 'utf-16', 'windows-1252', '"us-ascii"'])(
    'refuses charset=%s with 415 unsupported_media_type, writing nothing',
    async (charset) => {
      const org = newOrg();
      const headers = {
        authorization: `Bearer ${adminToken(org)}`,
        'content-type': `application/json; charset=${charset}`,
      };
      const body = Buffer.from(JSON.stringify(pkgBody({ name: 'Café' })), 'latin1');
      const res = await raw('POST', `/orgs/${org}/packages`, headers, body);
      expect(res.status, res.text).toBe(415);
      expect(codeOf(res)).toBe('unsupported_media_type');
      expect(await packages(org)).toEqual([]);
    },
  );

  it('refuses a body with invalid UTF-8 bytes with 400 invalid_json instead of storing U+FFFD', async () => {
    const org = newOrg();
    const headers = { authorization: `Bearer ${adminToken(org)}`, 'content-type': 'application/json' };
    // "Caf\xe9": é in Latin-1, not UTF-8.
    const body = Buffer.from(JSON.stringify(pkgBody({ name: 'Caf\u00e9' })), 'latin1');
    const res = await raw('POST', `/orgs/${org}/packages`, headers, body);
    expect(res.status, res.text).toBe(400);
    expect(codeOf(res)).toBe('invalid_json');
    expect(await packages(org)).toEqual([]);
  });

  it('stores multi-byte UTF-8 exactly', async () => {
    const org = newOrg();
    const headers = { authorization: `Bearer ${adminToken(org)}`, 'content-type': 'application/json' };
    const name = 'Café ✓ 日本 🎉';
    const res = await raw('POST', `/orgs/${org}/packages`, headers, JSON.stringify(pkgBody({ name })));
    expect(res.status, res.text).toBe(201);
    expect((await packages(org)).map((p) => p.name)).toEqual([name]);
  });

  /** The event API Gateway would hand the packages/create function, base64-encoded as for binary bodies. */
  const base64Event = (org: string, body: Buffer, contentType = 'application/json') => {
    const route = findRoute('POST /orgs/{orgId}/packages');
    if (!route) throw new Error('no route');
    const event = gatewayEvent({
      route,
      rawPath: `/orgs/${org}/packages`,
      headers: { 'content-type': contentType },
      pathParameters: { orgId: org },
      body: body.toString('base64'),
      claims: flattenClaims({ sub: 'aws-admin', 'cognito:groups': ['admin'], 'custom:orgs': org }),
      requestId: `req-${org}`,
    });
    event.isBase64Encoded = true;
    return event;
  };

  it('in AWS too: a base64-encoded body with invalid UTF-8 is 400 invalid_json, a valid one is stored exactly', async () => {
    const handler = await loadHandler('POST /orgs/{orgId}/packages');
    const org = newOrg();
    const bad = await handler(
      base64Event(org, Buffer.from(JSON.stringify(pkgBody({ name: 'Caf\u00e9' })), 'latin1')),
      lambdaContext('r1', 'packages-create'),
    );
    expect(bad.statusCode, bad.body).toBe(400);
    expect(JSON.parse(bad.body ?? '{}')).toMatchObject({ code: 'invalid_json' });
    expect(await packages(org)).toEqual([]);

    const latin1 = await handler(
      base64Event(org, Buffer.from(JSON.stringify(pkgBody()), 'latin1'), 'application/json; charset=latin1'),
      lambdaContext('r2', 'packages-create'),
    );
    expect(latin1.statusCode, latin1.body).toBe(415);

    const good = await handler(
      base64Event(
        org,
        Buffer.from(JSON.stringify(pkgBody({ name: 'Café ✓' })), 'utf8'),
        'Application/JSON ;',
      ),
      lambdaContext('r3', 'packages-create'),
    );
    expect(good.statusCode, good.body).toBe(201);
    expect((await packages(org)).map((p) => p.name)).toEqual(['Café ✓']);
  });
});

describe('security headers', () => {
  it('authenticated answers carry Cache-Control: no-store and nosniff, success or refusal', async () => {
    const org = newOrg();
    const auth = { authorization: `Bearer ${adminToken(org)}` };
    const json = { ...auth, 'content-type': 'application/json' };
    const created = await raw('POST', `/orgs/${org}/packages`, json, JSON.stringify(pkgBody()));
    const pkg = JSON.parse(created.text) as PackageResource;
    const answers: [string, RawResponse][] = [
      ['201 create', created],
      ['200 get', await raw('GET', `/orgs/${org}/packages/${pkg.id}`, auth)],
      ['200 list', await raw('GET', `/orgs/${org}/packages`, auth)],
      ['400', await raw('POST', `/orgs/${org}/packages`, json, '{"tier":"x"}')],
      ['401 no token', await raw('GET', `/orgs/${org}/packages`, {})],
      ['401 bad token', await raw('GET', `/orgs/${org}/packages`, { authorization: 'Bearer x.y.z' })],
      [
        '403 viewer write',
        await raw('DELETE', `/orgs/${org}/packages/${pkg.id}`, {
          authorization: `Bearer ${viewerToken(org)}`,
        }),
      ],
      ['404', await raw('GET', `/orgs/${org}/packages/pkg_01ARZ3NDEKTSV4RRFFQ69G5FAV`, auth)],
      ['415', await raw('POST', `/orgs/${org}/packages`, auth, '{}')],
      ['204 delete', await raw('DELETE', `/orgs/${org}/packages/${pkg.id}`, auth)],
      ['404 no route', await raw('GET', `/orgs/${org}/nothing-here`, auth)],
    ];
    for (const [what, res] of answers) {
      expect(res.headers['cache-control'], what).toBe('no-store');
      expect(res.headers['x-content-type-options'], what).toBe('nosniff');
    }
  });

  it('/health carries nosniff and no no-store (it holds nothing private)', async () => {
    const res = await raw('GET', '/health', {});
    expect(res.status).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBeUndefined();
  });

  it('in AWS too: the function itself sets them (API Gateway adds neither)', async () => {
    const handler = await loadHandler('GET /orgs/{orgId}/packages');
    const route = findRoute('GET /orgs/{orgId}/packages');
    if (!route) throw new Error('no route');
    const org = newOrg();
    const res = await handler(
      gatewayEvent({
        route,
        rawPath: `/orgs/${org}/packages`,
        pathParameters: { orgId: org },
        claims: flattenClaims({ sub: 'aws-admin', 'cognito:groups': ['admin'], 'custom:orgs': org }),
        requestId: 'r-headers',
      }),
      lambdaContext('r-headers', 'packages-list'),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  });
});
