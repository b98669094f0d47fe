/**
 * Defects found by attacking the API (issue 16), each pinned over HTTP against the local server, and
 * the AWS path (an API Gateway event straight into the function) where the two could differ:
 * Content-Type spellings, charsets and invalid UTF-8, security headers, record keys such as
 * `__proto__`, `If-Match` on routes that do not honour it, group names with commas, non-numeric `nbf`,
 * `limit` spellings and forged cursors.
 */
import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { cursorKey } from '../../shared/db/cursor-key.ts';
import type { Page } from '../../shared/db/pagination.ts';
import { gatewayEvent, lambdaContext } from '../../shared/local/event.ts';
import { loadHandler } from '../../shared/local/handlers.ts';
import { flattenClaims, signToken } from '../../shared/local/jwt.ts';
import type { PackageResource } from '../../shared/packages/schemas.ts';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import { findRoute } from '../../shared/routes.ts';
import {
  adminToken,
  auditEvents,
  expectInvalidField,
  expectProblem,
  newOrg,
  useApi,
  viewerToken,
} from '../support/api.ts';
import { createPlan } from '../support/catalog.ts';
import { pkgBody } from '../support/fixtures.ts';
import { createActivePlan, createSubscriber } from '../support/subscriptions.ts';

const api = useApi();

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A request with exactly these headers and bytes (fetch would add or re-encode some). */
const raw = (method: string, path: string, headers: Record<string, string>, body?: Buffer | string) =>
  new Promise<RawResponse>((resolve, reject) => {
    const bytes = body === undefined ? undefined : Buffer.from(body);
    const all = bytes ? { ...headers, 'content-length': String(bytes.length) } : headers;
    const req = httpRequest(`${api.url}${path}`, { method, headers: all }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(bytes);
  });

const codeOf = (res: RawResponse) => (JSON.parse(res.text) as { code?: string }).code;

const packages = async (org: string) =>
  (await api.request<Page<PackageResource>>('GET', `/orgs/${org}/packages?limit=100`)).body.items;

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

describe('record-shaped fields refuse __proto__ instead of dropping it', () => {
  it('a create with limits.__proto__ is 400 validation_failed and creates nothing', async () => {
    const org = newOrg();
    const res = await api.request('POST', `/orgs/${org}/plans`, {
      raw: '{"name":"P","slug":"p-proto","limits":{"users":5,"__proto__":7}}',
      headers: { 'content-type': 'application/json' },
    });
    expectInvalidField(res, 'limits.__proto__');
    const list = await api.request<Page<PlanResource>>('GET', `/orgs/${org}/plans`);
    expect(list.body.items).toEqual([]);
  });

  it('a PATCH with limits.__proto__ is 400 and keeps every limit, with no plan.updated event', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { limits: { users: 10, seats: 3 } });
    for (const body of ['{"limits":{"__proto__":1}}', '{"limits":{"__proto__":{"users":1}}}']) {
      const res = await api.request('PATCH', `/orgs/${org}/plans/${plan.id}`, {
        raw: body,
        headers: { 'content-type': 'application/json' },
      });
      expectInvalidField(res, 'limits.__proto__');
    }
    const after = await api.request<PlanResource>('GET', `/orgs/${org}/plans/${plan.id}`);
    expect(after.body.limits).toEqual({ users: 10, seats: 3 });
    expect(after.body.version).toBe(1);
    expect((await auditEvents(api, org)).map((e) => e.action)).toEqual(['plan.created']);
  });

  it('a __proto__ key anywhere in a body (top level, nested) is a 400 naming it', async () => {
    const org = newOrg();
    const res = await api.request('POST', `/orgs/${org}/plans`, {
      raw: '{"name":"P","slug":"p-x","__proto__":{"admin":true},"price":{"amount":1,"currency":"USD","__proto__":{}}}',
      headers: { 'content-type': 'application/json' },
    });
    const problem = expectInvalidField(res, '__proto__');
    expect(problem.errors?.map((e) => e.path)).toContain('price.__proto__');
  });

  it('constructor and prototype are ordinary limit names: stored and returned, never dropped', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org, { limits: { constructor: 1, prototype: 2, toString: 3 } });
    expect(plan.limits).toEqual({ constructor: 1, prototype: 2, toString: 3 });
    const read = await api.request<PlanResource>('GET', `/orgs/${org}/plans/${plan.id}`);
    expect(read.body.limits).toEqual({ constructor: 1, prototype: 2, toString: 3 });
  });
});

describe('If-Match on routes that do not honour it: ignored, whatever its value', () => {
  const stale = ['"999"', 'garbage', '*', 'W/"0"'];

  it.each(stale)(
    'creates, duplicate, bulk routes and bind answer as without If-Match: %s',
    async (ifMatch) => {
      const org = newOrg();
      const headers = { 'if-match': ifMatch };
      const pkg = await api.request('POST', `/orgs/${org}/packages`, { body: pkgBody(), headers });
      expect(pkg.status, pkg.text).toBe(201);
      const plan = await createActivePlan(api, org);
      const draft = await createPlan(api, org);
      const copy = await api.request<PlanResource>('POST', `/orgs/${org}/plans/${plan.id}/duplicate`, {
        headers,
      });
      expect(copy.status, copy.text).toBe(201);
      const archived = await api.request('POST', `/orgs/${org}/plans/bulk-archive`, {
        body: { planIds: [plan.id] },
        headers,
      });
      expect(archived.body).toEqual({ succeeded: [plan.id], skipped: [] });
      const deleted = await api.request('POST', `/orgs/${org}/plans/bulk-delete`, {
        body: { planIds: [draft.id, copy.body.id] },
        headers,
      });
      expect(deleted.body).toEqual({ succeeded: [draft.id, copy.body.id], skipped: [] });
      const active = await createActivePlan(api, org);
      const subscriber = await createSubscriber(api, org);
      const bound = await api.request('POST', `/orgs/${org}/subscriptions`, {
        body: { subscriberId: subscriber.id, planId: active.id },
        headers,
      });
      expect(bound.status, bound.text).toBe(201);
    },
  );

  it('routes that honour it still do: a stale If-Match on PATCH, DELETE and a lifecycle POST is 412', async () => {
    const org = newOrg();
    const plan = await createPlan(api, org);
    const headers = { 'if-match': '"9"' };
    expectProblem(
      await api.request('PATCH', `/orgs/${org}/plans/${plan.id}`, { body: { name: 'x' }, headers }),
      412,
      'version_mismatch',
    );
    expectProblem(
      await api.request('POST', `/orgs/${org}/plans/${plan.id}/publish`, { headers }),
      412,
      'version_mismatch',
    );
    expectProblem(
      await api.request('DELETE', `/orgs/${org}/plans/${plan.id}`, { headers }),
      412,
      'version_mismatch',
    );
    expectInvalidField(
      await api.request('PATCH', `/orgs/${org}/plans/${plan.id}`, {
        body: { name: 'x' },
        headers: { 'if-match': 'garbage' },
      }),
      'If-Match',
    );
  });
});

describe('tokens', () => {
  const withGroups = (org: string, groups: unknown) =>
    signToken({ sub: 'u-1', 'cognito:groups': groups, 'custom:orgs': org });

  it.each([
    ['a group "admin,x" (array)', ['admin,x']],
    ['a group "admin,x" (string)', 'admin,x'],
    ['a group "x,admin" flattened', '[x,admin]'],
  ])('%s grants neither admin nor viewer: 403', async (_, groups) => {
    const org = newOrg();
    const token = withGroups(org, groups);
    expectProblem(await api.request('GET', `/orgs/${org}/packages`, { token }), 403, 'forbidden');
    expectProblem(
      await api.request('POST', `/orgs/${org}/packages`, { token, body: pkgBody() }),
      403,
      'forbidden',
    );
    expect(await packages(org)).toEqual([]);
  });

  it('"[ad,min viewer]" (API Gateway\'s flattened form) is a viewer, not an admin', async () => {
    const org = newOrg();
    const token = withGroups(org, '[ad,min viewer]');
    expect((await api.request('GET', `/orgs/${org}/packages`, { token })).status).toBe(200);
    expectProblem(
      await api.request('POST', `/orgs/${org}/packages`, { token, body: pkgBody() }),
      403,
      'forbidden',
    );
  });

  it('the flattened form still grants by whitespace-separated names: "[viewer admin]" is an admin', async () => {
    const org = newOrg();
    const res = await api.request('POST', `/orgs/${org}/packages`, {
      token: withGroups(org, '[viewer admin]'),
      body: pkgBody(),
    });
    expect(res.status, res.text).toBe(201);
  });

  it.each(['later', '0', '', null, true, [1], { n: 1 }])('a non-numeric nbf (%j) is 401', async (nbf) => {
    const org = newOrg();
    const token = signToken({ sub: 'u-1', 'cognito:groups': ['admin'], 'custom:orgs': org, nbf });
    expectProblem(await api.request('GET', `/orgs/${org}/packages`, { token }), 401, 'unauthorized');
  });

  it('a numeric nbf in the past is fine, one in the future is 401', async () => {
    const org = newOrg();
    const now = Math.floor(Date.now() / 1000);
    const past = signToken({ sub: 'u', 'cognito:groups': ['admin'], 'custom:orgs': org, nbf: now - 60 });
    const future = signToken({ sub: 'u', 'cognito:groups': ['admin'], 'custom:orgs': org, nbf: now + 600 });
    expect((await api.request('GET', `/orgs/${org}/packages`, { token: past })).status).toBe(200);
    expectProblem(await api.request('GET', `/orgs/${org}/packages`, { token: future }), 401, 'unauthorized');
  });
});

describe('limit: a plain decimal integer from 1 to 100', () => {
  it.each(['0x10', '1e1', ' 10', '+10', '10 ', '10.0', '0b11', '010', '-1', '0', '101', '', '1,2'])(
    'limit=%j is 400 validation_failed (path limit)',
    async (limit) => {
      const org = newOrg();
      const res = await api.request('GET', `/orgs/${org}/packages?limit=${encodeURIComponent(limit)}`);
      expectInvalidField(res, 'limit');
    },
  );

  it.each(['1', '10', '100'])('limit=%s is accepted', async (limit) => {
    const org = newOrg();
    const res = await api.request('GET', `/orgs/${org}/packages?limit=${limit}`);
    expect(res.status, res.text).toBe(200);
  });
});

describe('forged cursors: a correctly signed cursor with a bad position is 400 invalid_cursor', () => {
  const sign = (key: string, payload: string) =>
    createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22);

  /** Re-signs a real cursor with its start key changed by `change`. */
  const forge = async (cursor: string, change: (key: Record<string, unknown>) => unknown) => {
    const [payload = ''] = cursor.split('.');
    const { s, c } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      s: string;
      c: string;
    };
    const start = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as Record<string, unknown>;
    const inner = Buffer.from(JSON.stringify(change({ ...start }))).toString('base64url');
    const forged = Buffer.from(JSON.stringify({ s, c: inner })).toString('base64url');
    return `${forged}.${sign(await cursorKey(), `${s}|${forged}`)}`;
  };

  const firstCursor = async (org: string, query: string) => {
    const res = await api.request<Page<unknown>>('GET', `/orgs/${org}/packages?limit=1${query}`);
    expect(res.body.nextCursor, res.text).toEqual(expect.any(String));
    return res.body.nextCursor ?? '';
  };

  const without = (key: Record<string, unknown>, name: string) => {
    const { [name]: _, ...rest } = key;
    return rest;
  };

  it('the forging itself is sound: an unchanged re-signed cursor pages on', async () => {
    const org = newOrg();
    for (let i = 0; i < 3; i++) await api.request('POST', `/orgs/${org}/packages`, { body: pkgBody() });
    const cursor = await forge(await firstCursor(org, ''), (key) => key);
    const res = await api.request<Page<unknown>>(
      'GET',
      `/orgs/${org}/packages?limit=1&cursor=${encodeURIComponent(cursor)}`,
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body.items).toHaveLength(1);
  });

  it('on the table (primary) list: missing, empty, non-string or foreign sk, extra attributes', async () => {
    const org = newOrg();
    for (let i = 0; i < 2; i++) await api.request('POST', `/orgs/${org}/packages`, { body: pkgBody() });
    const cursor = await firstCursor(org, '');
    const changes: [string, (key: Record<string, unknown>) => unknown][] = [
      ['no sk', (k) => without(k, 'sk')],
      ['empty sk', (k) => ({ ...k, sk: '' })],
      ['numeric sk', (k) => ({ ...k, sk: 5 })],
      ['foreign sk', (k) => ({ ...k, sk: '$plan_1#id_plan_01ARZ3NDEKTSV4RRFFQ69G5FAV' })],
      ['extra attribute', (k) => ({ ...k, gsi1pk: 'x' })],
      ['an array', () => [1, 2]],
      ['null', () => null],
      ['empty object', () => ({})],
    ];
    for (const [what, change] of changes) {
      const res = await api.request(
        'GET',
        `/orgs/${org}/packages?limit=1&cursor=${encodeURIComponent(await forge(cursor, change))}`,
      );
      expect(res.status, `${what}: ${res.text}`).toBe(400);
      expect((res.body as { code?: string }).code, what).toBe('invalid_cursor');
    }
  });

  it('on an index list: a partial index key or a missing table key', async () => {
    const org = newOrg();
    for (let i = 0; i < 2; i++) await api.request('POST', `/orgs/${org}/packages`, { body: pkgBody() });
    const cursor = await firstCursor(org, '&status=active');
    const changes: [string, (key: Record<string, unknown>) => unknown][] = [
      ['no gsi1sk', (k) => without(k, 'gsi1sk')],
      ['empty gsi1sk', (k) => ({ ...k, gsi1sk: '' })],
      ['foreign gsi1sk', (k) => ({ ...k, gsi1sk: '$offer_1#id_x' })],
      ['no sk', (k) => without(k, 'sk')],
      ['no pk', (k) => without(k, 'pk')],
      ['empty pk', (k) => ({ ...k, pk: '' })],
    ];
    for (const [what, change] of changes) {
      const res = await api.request(
        'GET',
        `/orgs/${org}/packages?limit=1&status=active&cursor=${encodeURIComponent(await forge(cursor, change))}`,
      );
      expect(res.status, `${what}: ${res.text}`).toBe(400);
      expect((res.body as { code?: string }).code, what).toBe('invalid_cursor');
    }
  });

  it('other lists (audit events, plans) refuse a forged sk too', async () => {
    const org = newOrg();
    await createPlan(api, org);
    await createPlan(api, org);
    for (const list of ['audit-events', 'plans']) {
      const page = await api.request<Page<unknown>>('GET', `/orgs/${org}/${list}?limit=1`);
      const cursor = await forge(page.body.nextCursor ?? '', (k) => without(k, 'sk'));
      const res = await api.request(
        'GET',
        `/orgs/${org}/${list}?limit=1&cursor=${encodeURIComponent(cursor)}`,
      );
      expectProblem(res, 400, 'invalid_cursor');
    }
  });
});
