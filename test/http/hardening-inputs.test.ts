/**
 * Defects found by attacking the API (issue 16), each pinned over HTTP against the local server:
 * record keys such as `__proto__`, `If-Match` on routes that do not honour it, group names with
 * commas, non-numeric `nbf`, `limit` spellings and forged cursors.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cursorKey } from '../../shared/db/cursor-key.ts';
import type { Page } from '../../shared/db/pagination.ts';
import { signToken } from '../../shared/local/jwt.ts';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import { auditEvents, expectInvalidField, expectProblem, newOrg, useApi } from '../support/api.ts';
import { createPlan, packagesOf } from '../support/catalog.ts';
import { pkgBody } from '../support/fixtures.ts';
import { createActivePlan, createSubscriber } from '../support/subscriptions.ts';

const api = useApi();

const packages = (org: string) => packagesOf(api, org);

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
