/**
 * Cross-cutting contract tests (API.md, "Conventions": Authentication, Tenancy) over HTTP, on the
 * package, offer and audit-event routes: who gets in (401), who may do what (403), what a token's
 * orgs and groups grant, and one org's data invisible from another. Request bodies and the error
 * shape are in conventions-requests.test.ts, the audit trail in conventions-audit.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../shared/db/pagination.ts';
import { signToken } from '../../shared/local/jwt.ts';
import { adminToken, newOrg, useApi, viewerToken } from '../support/api.ts';
import { conventionsClient, expectProblem, routesOf } from '../support/conventions.ts';
import { MISSING_PKG, pkgBody } from '../support/fixtures.ts';
import { b64json } from '../support/security-checks.ts';

const api = useApi();
const { createPackage, actions, seed, expectUntouched } = conventionsClient(api);
describe('authentication: 401 unauthorized', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const goodClaims = () => ({
    sub: 'user-1',
    email: 'u@example.com',
    'cognito:groups': ['admin'],
    'custom:orgs': '*',
  });

  const cases: { label: string; auth: () => { token: string | null; headers?: Record<string, string> } }[] = [
    { label: 'no token', auth: () => ({ token: null }) },
    { label: 'a token that is not a JWT', auth: () => ({ token: 'not-a-jwt' }) },
    { label: 'three garbage segments', auth: () => ({ token: 'aaa.bbb.ccc' }) },
    { label: 'an empty bearer', auth: () => ({ token: null, headers: { authorization: 'Bearer ' } }) },
    {
      label: 'a valid token under another scheme',
      auth: () => ({ token: null, headers: { authorization: `Token ${signToken(goodClaims())}` } }),
    },
    {
      label: 'a token signed with another secret',
      auth: () => ({ token: signToken(goodClaims(), { secret: 'other' }) }),
    },
    {
      label: 'a token whose payload was altered after signing',
      auth: () => {
        const [header, , signature] = signToken({ ...goodClaims(), 'custom:orgs': 'nobody' }).split('.');
        const payload = b64json({ ...goodClaims(), iat: now(), exp: now() + 3600 });
        return { token: `${header}.${payload}.${signature}` };
      },
    },
    {
      label: 'an alg: none token',
      auth: () => ({
        token: `${b64json({ alg: 'none', typ: 'JWT' })}.${b64json({ ...goodClaims(), iat: now(), exp: now() + 3600 })}.`,
      }),
    },
    {
      label: 'an alg: none token carrying a signature',
      auth: () => {
        const signature = signToken(goodClaims()).split('.')[2];
        return {
          token: `${b64json({ alg: 'none', typ: 'JWT' })}.${b64json({ ...goodClaims(), iat: now(), exp: now() + 3600 })}.${signature}`,
        };
      },
    },
    {
      label: 'an expired token',
      auth: () => ({ token: signToken(goodClaims(), { expiresInSeconds: -60 }) }),
    },
    {
      label: 'a token without sub',
      auth: () => ({ token: signToken({ 'cognito:groups': ['admin'], 'custom:orgs': '*', email: 'a@b.c' }) }),
    },
    { label: 'a token with an empty sub', auth: () => ({ token: signToken({ ...goodClaims(), sub: '' }) }) },
  ];

  let seeded: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    seeded = await seed();
  });

  it.each(cases)('refuses $label on every route and writes nothing', async ({ auth }) => {
    for (const call of routesOf(seeded.org, seeded.pkg, seeded.offer)) {
      const { token, headers } = auth();
      const res = await api.request(call.method, call.path, {
        token,
        ...(headers ? { headers } : {}),
        ...(call.body !== undefined ? { body: call.body } : {}),
      });
      expectProblem(res, 401, 'unauthorized');
    }
    await expectUntouched(seeded);
  });

  it('accepts a valid token signed with the local secret', async () => {
    const org = newOrg();
    const res = await api.request('GET', `/orgs/${org}/packages`, { token: signToken(goodClaims()) });
    expect(res.status, res.text).toBe(200);
  });
});

describe('authorization: 403 forbidden', () => {
  let seeded: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    seeded = await seed();
  });

  const forbiddenEverywhere = async (token: string) => {
    for (const call of routesOf(seeded.org, seeded.pkg, seeded.offer)) {
      const res = await api.request(call.method, call.path, {
        token,
        ...(call.body !== undefined ? { body: call.body } : {}),
      });
      expectProblem(res, 403, 'forbidden');
    }
    await expectUntouched(seeded);
  };

  it('refuses an admin token for another org', async () => {
    await forbiddenEverywhere(adminToken(newOrg('elsewhere')));
  });

  it('refuses a viewer token for another org', async () => {
    await forbiddenEverywhere(viewerToken(newOrg('elsewhere')));
  });

  it('refuses a token whose org list only has a prefix or extension of the org id', async () => {
    await forbiddenEverywhere(adminToken(seeded.org.slice(0, -1)));
    await forbiddenEverywhere(adminToken(`${seeded.org}x`));
    await forbiddenEverywhere(adminToken(`x${seeded.org}`));
  });

  it('refuses a token without custom:orgs', async () => {
    await forbiddenEverywhere(signToken({ sub: 'u', 'cognito:groups': ['admin'] }));
  });

  it('refuses a token with neither group', async () => {
    await forbiddenEverywhere(signToken({ sub: 'u', 'cognito:groups': ['editor'], 'custom:orgs': '*' }));
    await forbiddenEverywhere(
      signToken({ sub: 'u', 'cognito:groups': '[editor billing]', 'custom:orgs': '*' }),
    );
  });

  it('refuses a token without cognito:groups', async () => {
    await forbiddenEverywhere(signToken({ sub: 'u', 'custom:orgs': seeded.org }));
  });

  it('does not take a group whose name only contains "admin" or "viewer" for them', async () => {
    await forbiddenEverywhere(
      signToken({ sub: 'u', 'cognito:groups': ['administrators'], 'custom:orgs': '*' }),
    );
    await forbiddenEverywhere(signToken({ sub: 'u', 'cognito:groups': '[superviewer]', 'custom:orgs': '*' }));
  });

  it('lets a viewer read but refuses every write, writing nothing', async () => {
    const token = viewerToken(seeded.org);
    for (const call of routesOf(seeded.org, seeded.pkg, seeded.offer)) {
      const res = await api.request(call.method, call.path, {
        token,
        ...(call.body !== undefined ? { body: call.body } : {}),
      });
      if (call.method === 'GET') expect(res.status, `${call.method} ${call.path}: ${res.text}`).toBe(200);
      else expectProblem(res, 403, 'forbidden');
    }
    const got = await api.request('GET', `/orgs/${seeded.org}/packages/${seeded.pkg.id}`, { token });
    expect(got.body).toEqual(seeded.pkg);
    expect(got.headers.get('etag')).toBe('"1"');
    await expectUntouched(seeded);
  });

  it('refuses a viewer write even when the body is invalid or the target missing', async () => {
    const org = newOrg();
    const token = viewerToken(org);
    expectProblem(
      await api.request('POST', `/orgs/${org}/packages`, { token, body: { nope: 1 } }),
      403,
      'forbidden',
    );
    expectProblem(
      await api.request('DELETE', `/orgs/${org}/packages/${MISSING_PKG}`, { token }),
      403,
      'forbidden',
    );
    expect(await actions(org)).toEqual([]);
  });
});

describe('access grants', () => {
  it('custom:orgs "*" grants every org', async () => {
    const token = signToken({ sub: 'root', 'cognito:groups': ['admin'], 'custom:orgs': '*' });
    for (const org of [newOrg(), newOrg()]) {
      const pkg = await createPackage(org, token);
      expect(pkg.organizationId).toBe(org);
    }
  });

  it('a comma-separated custom:orgs grants each listed org and no other', async () => {
    const a = newOrg('a');
    const b = newOrg('b');
    const c = newOrg('c');
    const token = signToken({ sub: 'multi', 'cognito:groups': ['admin'], 'custom:orgs': `${a},${b}` });
    expect((await createPackage(a, token)).organizationId).toBe(a);
    expect((await createPackage(b, token)).organizationId).toBe(b);
    expect((await api.request('GET', `/orgs/${a}/packages`, { token })).status).toBe(200);
    expect((await api.request('GET', `/orgs/${b}/packages`, { token })).status).toBe(200);
    expectProblem(await api.request('GET', `/orgs/${c}/packages`, { token }), 403, 'forbidden');
    expectProblem(
      await api.request('POST', `/orgs/${c}/packages`, { token, body: pkgBody() }),
      403,
      'forbidden',
    );
  });

  it('accepts cognito:groups as an array', async () => {
    const org = newOrg();
    const admin = signToken({ sub: 'arr', 'cognito:groups': ['viewer', 'admin'], 'custom:orgs': org });
    expect((await createPackage(org, admin)).organizationId).toBe(org);
    const viewer = signToken({ sub: 'arr', 'cognito:groups': ['viewer'], 'custom:orgs': org });
    expect((await api.request('GET', `/orgs/${org}/packages`, { token: viewer })).status).toBe(200);
    expectProblem(
      await api.request('POST', `/orgs/${org}/packages`, { token: viewer, body: pkgBody() }),
      403,
      'forbidden',
    );
  });

  it('accepts cognito:groups flattened to a string as API Gateway sends it', async () => {
    const org = newOrg();
    const admin = signToken({ sub: 'flat', 'cognito:groups': '[viewer admin]', 'custom:orgs': org });
    expect((await createPackage(org, admin)).organizationId).toBe(org);
    const adminOnly = signToken({ sub: 'flat', 'cognito:groups': '[admin]', 'custom:orgs': org });
    expect((await createPackage(org, adminOnly)).organizationId).toBe(org);
    const viewer = signToken({ sub: 'flat', 'cognito:groups': '[viewer]', 'custom:orgs': org });
    expect((await api.request('GET', `/orgs/${org}/packages`, { token: viewer })).status).toBe(200);
    expectProblem(
      await api.request('POST', `/orgs/${org}/packages`, { token: viewer, body: pkgBody() }),
      403,
      'forbidden',
    );
  });
});

describe('tenancy', () => {
  it("keeps one org's packages, offers and events invisible and untouchable from another org", async () => {
    const a = await seed();
    const b = newOrg();
    for (const token of [undefined, adminToken(b)]) {
      const as = token ? { token } : {};
      expectProblem(await api.request('GET', `/orgs/${b}/packages/${a.pkg.id}`, as), 404, 'not_found');
      expectProblem(await api.request('GET', `/orgs/${b}/offers/${a.offer.id}`, as), 404, 'not_found');
      expectProblem(
        await api.request('PATCH', `/orgs/${b}/packages/${a.pkg.id}`, { ...as, body: { name: 'Hijacked' } }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('PATCH', `/orgs/${b}/offers/${a.offer.id}`, { ...as, body: { name: 'Hijacked' } }),
        404,
        'not_found',
      );
      expectProblem(await api.request('DELETE', `/orgs/${b}/offers/${a.offer.id}`, as), 404, 'not_found');
      expectProblem(await api.request('DELETE', `/orgs/${b}/packages/${a.pkg.id}`, as), 404, 'not_found');
      expect((await api.request('GET', `/orgs/${b}/packages`, as)).body).toEqual({
        items: [],
        nextCursor: null,
      });
      expect((await api.request('GET', `/orgs/${b}/offers`, as)).body).toEqual({
        items: [],
        nextCursor: null,
      });
      expect((await api.request('GET', `/orgs/${b}/offers?packageId=${a.pkg.id}`, as)).body).toEqual({
        items: [],
        nextCursor: null,
      });
      expect((await api.request('GET', `/orgs/${b}/audit-events`, as)).body).toEqual({
        items: [],
        nextCursor: null,
      });
      expect((await api.request('GET', `/orgs/${b}/audit-events?entityId=${a.pkg.id}`, as)).body).toEqual({
        items: [],
        nextCursor: null,
      });
      expectProblem(
        await api.request('POST', `/orgs/${b}/offers`, {
          ...as,
          body: { status: 'active', code: 'STEAL', name: 'x', packageId: a.pkg.id },
        }),
        422,
        'reference_not_found',
      );
    }
    await expectUntouched(a);
  });

  it("refuses org A's list cursor under org B with 400 invalid_cursor", async () => {
    const a = newOrg();
    const b = newOrg();
    await createPackage(a);
    await createPackage(a);
    await createPackage(b);
    await createPackage(b);
    for (const list of ['packages', 'audit-events']) {
      const page = await api.request<Page<unknown>>('GET', `/orgs/${a}/${list}?limit=1`);
      expect(page.body.nextCursor).toEqual(expect.any(String));
      const res = await api.request(
        'GET',
        `/orgs/${b}/${list}?limit=1&cursor=${encodeURIComponent(page.body.nextCursor ?? '')}`,
      );
      expectProblem(res, 400, 'invalid_cursor');
    }
  });
});
