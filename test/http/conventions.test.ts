/**
 * Cross-cutting contract tests (API.md, "Conventions" and "Audit events") over HTTP, on the
 * package, offer and audit-event routes: authentication, authorization, tenancy, request bodies,
 * error shape and the audit trail.
 */
import { request as httpRequest } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import { localToken, signToken } from '../../shared/local/jwt.ts';
import type { OfferResource } from '../../shared/offers/schemas.ts';
import type { PackageResource } from '../../shared/packages/schemas.ts';
import {
  type ApiResponse,
  adminToken,
  errorPaths,
  expectProblem as expectProblemFields,
  newOrg,
  type Problem,
  useApi,
  viewerToken,
} from '../support/api.ts';
import { ISO_MS, MISSING_OFF, MISSING_PKG, offerBody, pkgBody, rand } from '../support/fixtures.ts';

interface RawResponse {
  status: number;
  contentType: string | undefined;
  text: string;
}

const EVT_ID = /^evt_[0-9A-HJKMNP-TV-Z]{26}$/;
const MAX_BODY = 256 * 1024;
/** What a stack trace looks like in a response. */
const STACK = /\n\s+at |\bat \S+ \(.*:\d+:\d+\)|\bat (file:|node:|\/)|node_modules|\/work\/|\.[cm]?[jt]s:\d+/;
/** What an internal message looks like in a 500. */
const INTERNAL =
  /ElectroError|DynamoDB|ConditionalCheck|TransactionCanceled|TypeError|ReferenceError|RangeError/;

const api = useApi();

/**
 * The shared problem checks, plus what this file pins for every refusal: a non-empty title, a string
 * detail if there is one, and no stack trace anywhere in the body.
 */
const expectProblem = (res: ApiResponse<unknown>, status: number, code: string): Problem => {
  const body = expectProblemFields(res, status, code);
  expect(body.title.length).toBeGreaterThan(0);
  if (body.detail !== undefined) expect(body.detail).toEqual(expect.any(String));
  expect(res.text).not.toMatch(STACK);
  return body;
};

/** A request without fetch's defaults (fetch adds `text/plain` to string bodies). */
const rawRequest = (
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const all =
      body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = httpRequest(`${api.url}${path}`, { method, headers: all }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'],
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });

const expectRawProblem = (res: RawResponse, status: number, code: string) => {
  expect(res.status, res.text).toBe(status);
  expect(res.contentType).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.text) as Problem;
  expect(body).toMatchObject({ type: expect.any(String), status, code, title: expect.any(String) });
};

const createPackage = async (org: string, token?: string): Promise<PackageResource> => {
  const res = await api.request<PackageResource>('POST', `/orgs/${org}/packages`, {
    body: pkgBody(),
    ...(token ? { token } : {}),
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const createOffer = async (org: string, packageId: string, token?: string): Promise<OfferResource> => {
  const res = await api.request<OfferResource>('POST', `/orgs/${org}/offers`, {
    body: offerBody(packageId),
    ...(token ? { token } : {}),
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const auditList = async (org: string, query = 'limit=100'): Promise<AuditEventResource[]> => {
  const res = await api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events?${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body.items;
};

const actions = async (org: string, query = 'limit=100') =>
  (await auditList(org, query)).map((e) => e.action);

interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

/** Every package, offer and audit route of `org`, with bodies that would succeed for an admin. */
const routesOf = (org: string, pkg: PackageResource, offer: OfferResource): Call[] => [
  { method: 'GET', path: `/orgs/${org}/packages` },
  { method: 'POST', path: `/orgs/${org}/packages`, body: pkgBody() },
  { method: 'GET', path: `/orgs/${org}/packages/${pkg.id}` },
  { method: 'PATCH', path: `/orgs/${org}/packages/${pkg.id}`, body: { name: 'Changed' } },
  { method: 'DELETE', path: `/orgs/${org}/packages/${pkg.id}` },
  { method: 'GET', path: `/orgs/${org}/offers` },
  { method: 'POST', path: `/orgs/${org}/offers`, body: offerBody(pkg.id) },
  { method: 'GET', path: `/orgs/${org}/offers/${offer.id}` },
  { method: 'PATCH', path: `/orgs/${org}/offers/${offer.id}`, body: { name: 'Changed' } },
  { method: 'DELETE', path: `/orgs/${org}/offers/${offer.id}` },
  { method: 'GET', path: `/orgs/${org}/audit-events` },
];

const writes = (calls: Call[]) => calls.filter((c) => c.method !== 'GET');

const b64json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An org with one package and one offer on it, made by an admin. */
const seed = async () => {
  const org = newOrg();
  const pkg = await createPackage(org);
  const offer = await createOffer(org, pkg.id);
  return { org, pkg, offer };
};

/** The seeded org is exactly as seeded: nothing written, nothing deleted. */
const expectUntouched = async ({ org, pkg, offer }: Awaited<ReturnType<typeof seed>>) => {
  expect((await api.request('GET', `/orgs/${org}/packages/${pkg.id}`)).body).toEqual(pkg);
  expect((await api.request('GET', `/orgs/${org}/offers/${offer.id}`)).body).toEqual(offer);
  const pkgs = await api.request<Page<PackageResource>>('GET', `/orgs/${org}/packages`);
  expect(pkgs.body.items.map((p) => p.id)).toEqual([pkg.id]);
  const offers = await api.request<Page<OfferResource>>('GET', `/orgs/${org}/offers`);
  expect(offers.body.items.map((o) => o.id)).toEqual([offer.id]);
  expect(await actions(org)).toEqual(['offer.created', 'package.created']);
};

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

describe('org ids', () => {
  it.each(['Bad_Org', 'UPPER', '-leading-dash', 'has.dot', 'a'.repeat(64), 'org%20space'])(
    'answers 404 not_found for the org id %s with a "*" token',
    async (org) => {
      const calls: Call[] = [
        { method: 'GET', path: `/orgs/${org}/packages` },
        { method: 'POST', path: `/orgs/${org}/packages`, body: pkgBody() },
        { method: 'GET', path: `/orgs/${org}/packages/${MISSING_PKG}` },
        { method: 'GET', path: `/orgs/${org}/offers` },
        { method: 'GET', path: `/orgs/${org}/audit-events` },
      ];
      for (const call of calls) {
        const res = await api.request(
          call.method,
          call.path,
          call.body !== undefined ? { body: call.body } : {},
        );
        expectProblem(res, 404, 'not_found');
      }
    },
  );

  it('accepts the longest org id the pattern allows (63 characters)', async () => {
    const org = `z${rand()}`.padEnd(63, '0');
    expect(org).toMatch(/^[a-z0-9][a-z0-9-]{0,62}$/);
    expect((await createPackage(org)).organizationId).toBe(org);
  });
});

describe('routes', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/nope'],
    ['GET', '/orgs'],
    ['GET', '/orgs/acme'],
    ['GET', '/orgs/acme/widgets'],
    ['GET', `/orgs/acme/packages/${MISSING_PKG}/offers`],
    ['POST', `/orgs/acme/packages/${MISSING_PKG}`],
    ['DELETE', '/orgs/acme/packages'],
    ['PATCH', '/orgs/acme/audit-events'],
  ])('answers %s %s with 404 not_found problem+json', async (method, path) => {
    const res = await api.request(method, path, method === 'GET' || method === 'DELETE' ? {} : { body: {} });
    expectProblem(res, 404, 'not_found');
  });
});

describe('request bodies', () => {
  const writesWithBody = (org: string, pkg: PackageResource, offer: OfferResource): Call[] =>
    writes(routesOf(org, pkg, offer)).filter((c) => c.body !== undefined);

  it.each([
    { label: 'malformed JSON', raw: '{"status": "active",' },
    { label: 'single quotes', raw: "{'name': 'x'}" },
    { label: 'trailing garbage', raw: '{"name":"x"} x' },
    { label: 'a JSON array', raw: '[{"name":"x"}]' },
    { label: 'a JSON string', raw: '"name"' },
    { label: 'JSON null', raw: 'null' },
    { label: 'a JSON number', raw: '42' },
    { label: 'JSON true', raw: 'true' },
    { label: 'an empty body', raw: '' },
  ])('refuses $label with 400 invalid_json on every write route, writing nothing', async ({ raw }) => {
    const seeded = await seed();
    for (const call of writesWithBody(seeded.org, seeded.pkg, seeded.offer)) {
      const res = await api.request(call.method, call.path, {
        raw,
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(res, 400, 'invalid_json');
    }
    await expectUntouched(seeded);
  });

  it('refuses a body without Content-Type with 415 unsupported_media_type, writing nothing', async () => {
    const seeded = await seed();
    const auth = { authorization: `Bearer ${adminToken(seeded.org)}` };
    for (const call of writesWithBody(seeded.org, seeded.pkg, seeded.offer)) {
      const res = await rawRequest(call.method, call.path, auth, JSON.stringify(call.body));
      expectRawProblem(res, 415, 'unsupported_media_type');
    }
    await expectUntouched(seeded);
  });

  it.each([
    'text/plain',
    'text/plain; charset=utf-8',
    'application/x-www-form-urlencoded',
    'application/xml',
  ])(
    'refuses a JSON body sent as %s with 415 unsupported_media_type, writing nothing',
    async (contentType) => {
      const seeded = await seed();
      for (const call of writesWithBody(seeded.org, seeded.pkg, seeded.offer)) {
        const res = await api.request(call.method, call.path, {
          body: call.body,
          headers: { 'content-type': contentType },
        });
        expectProblem(res, 415, 'unsupported_media_type');
      }
      await expectUntouched(seeded);
    },
  );

  it('accepts application/json with a charset parameter', async () => {
    const org = newOrg();
    const res = await api.request('POST', `/orgs/${org}/packages`, {
      body: pkgBody(),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(res.status, res.text).toBe(201);
  });

  const sized = (bytes: number, extra: Record<string, unknown> = {}) => {
    const shell = JSON.stringify({ ...extra, name: '' });
    const body = JSON.stringify({ ...extra, name: 'n'.repeat(bytes - Buffer.byteLength(shell)) });
    expect(Buffer.byteLength(body)).toBe(bytes);
    return body;
  };

  it('refuses a body over 256 KiB with 413 payload_too_large, writing nothing', async () => {
    const seeded = await seed();
    const createBody = sized(MAX_BODY + 1, { status: 'active', code: 'BIG', tier: 1 });
    const patchBody = sized(MAX_BODY + 1);
    const json = { 'content-type': 'application/json' };
    const calls: [Call['method'], string, string][] = [
      ['POST', `/orgs/${seeded.org}/packages`, createBody],
      ['PATCH', `/orgs/${seeded.org}/packages/${seeded.pkg.id}`, patchBody],
      ['POST', `/orgs/${seeded.org}/offers`, createBody],
      ['PATCH', `/orgs/${seeded.org}/offers/${seeded.offer.id}`, patchBody],
    ];
    for (const [method, path, raw] of calls) {
      expectProblem(await api.request(method, path, { raw, headers: json }), 413, 'payload_too_large');
    }
    const huge = `{"name":"${'n'.repeat(2 * 1024 * 1024)}"}`;
    expectProblem(
      await api.request('POST', `/orgs/${seeded.org}/packages`, { raw: huge, headers: json }),
      413,
      'payload_too_large',
    );
    await expectUntouched(seeded);
  });

  it('does not refuse a body of exactly 256 KiB as too large (its too-long name fails validation)', async () => {
    const org = newOrg();
    const raw = sized(MAX_BODY, { status: 'active', code: 'BIG', tier: 1 });
    const res = await api.request('POST', `/orgs/${org}/packages`, {
      raw,
      headers: { 'content-type': 'application/json' },
    });
    const problem = expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(problem)).toContain('name');
    expect(await actions(org)).toEqual([]);
  });
});

describe('error responses', () => {
  it('are problem+json with type, status, code and title for every kind of refusal', async () => {
    const { org, pkg, offer } = await seed();
    const other = await createPackage(org);
    const json = { 'content-type': 'application/json' };
    const cases: [() => Promise<ApiResponse<unknown>>, number, string][] = [
      [() => api.request('GET', `/orgs/${org}/packages`, { token: null }), 401, 'unauthorized'],
      [
        () => api.request('GET', `/orgs/${org}/packages`, { token: adminToken('someone-else') }),
        403,
        'forbidden',
      ],
      [() => api.request('GET', `/orgs/${org}/packages/${MISSING_PKG}`), 404, 'not_found'],
      [() => api.request('GET', `/orgs/${org}/offers/${MISSING_OFF}`), 404, 'not_found'],
      [() => api.request('GET', `/orgs/${org}/nothing-here`), 404, 'not_found'],
      [() => api.request('POST', `/orgs/${org}/packages`, { raw: '{', headers: json }), 400, 'invalid_json'],
      [() => api.request('POST', `/orgs/${org}/packages`, { body: { tier: 'x' } }), 400, 'validation_failed'],
      [() => api.request('GET', `/orgs/${org}/packages?cursor=bogus`), 400, 'invalid_cursor'],
      [() => api.request('GET', `/orgs/${org}/audit-events?cursor=bogus`), 400, 'invalid_cursor'],
      [
        () =>
          api.request('PATCH', `/orgs/${org}/packages/${other.id}`, {
            body: { code: pkg.code.toLowerCase() },
          }),
        409,
        'code_taken',
      ],
      [() => api.request('DELETE', `/orgs/${org}/packages/${pkg.id}`), 409, 'package_in_use'],
      [
        () =>
          api.request('PATCH', `/orgs/${org}/offers/${offer.id}`, {
            body: { name: 'x' },
            headers: { 'if-match': '"7"' },
          }),
        412,
        'version_mismatch',
      ],
      [
        () => api.request('POST', `/orgs/${org}/packages`, { raw: 'x'.repeat(MAX_BODY + 10), headers: json }),
        413,
        'payload_too_large',
      ],
      [
        () =>
          api.request('POST', `/orgs/${org}/packages`, {
            body: pkgBody(),
            headers: { 'content-type': 'text/plain' },
          }),
        415,
        'unsupported_media_type',
      ],
      [
        () =>
          api.request('POST', `/orgs/${org}/offers`, {
            body: { status: 'active', code: 'X', name: 'X', packageId: MISSING_PKG },
          }),
        422,
        'reference_not_found',
      ],
    ];
    for (const [send, status, code] of cases) expectProblem(await send(), status, code);
    const validation = expectProblem(
      await api.request('POST', `/orgs/${org}/packages`, { body: { tier: 'x' } }),
      400,
      'validation_failed',
    );
    expect(validation.errors).toEqual(
      expect.arrayContaining([{ path: 'tier', message: expect.any(String) }]),
    );
  });

  it('never leak a stack trace or internal message, whatever the request', async () => {
    const org = newOrg();
    const pkg = await createPackage(org);
    const auth = { authorization: `Bearer ${adminToken(org)}` };
    const json = { ...auth, 'content-type': 'application/json' };
    const hostile: [string, string, Record<string, string>, string?][] = [
      ['GET', `/orgs/${org}/packages/%E0%A4%A`, auth],
      ['GET', '/orgs/%E0%A4%A/packages', auth],
      ['GET', `/orgs/${org}/packages?limit=%`, auth],
      ['GET', `/orgs/${org}/packages?limit=1&limit=2`, auth],
      ['GET', `/orgs/${org}/packages?cursor=${'A'.repeat(5000)}`, auth],
      ['GET', `/orgs/${org}/audit-events?entityId=${'x'.repeat(5000)}`, auth],
      ['GET', `/orgs/${org}/packages/${'pkg_'.padEnd(3000, 'A')}`, auth],
      ['POST', `/orgs/${org}/packages`, json, '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}'],
      [
        'POST',
        `/orgs/${org}/packages`,
        json,
        `{"status":"active","code":"DEEP","name":"n","tier":1,"description":${'['.repeat(50000)}${']'.repeat(50000)}}`,
      ],
      ['POST', `/orgs/${org}/packages`, json, '{"status":"active","code":"NUM","name":"n","tier":1e400}'],
      ['POST', `/orgs/${org}/packages`, json, '{"status":"active","code":"SUR","name":"\\ud800","tier":1}'],
      ['POST', `/orgs/${org}/packages`, json, '{"status":"active","code":"NUL","name":"a\\u0000b","tier":1}'],
      [
        'POST',
        `/orgs/${org}/packages`,
        { ...json, 'content-type': 'application/json; charset=latin1' },
        '{"x":1}',
      ],
      [
        'PATCH',
        `/orgs/${org}/packages/${pkg.id}`,
        { ...json, 'if-match': `"${'9'.repeat(40)}"` },
        '{"name":"x"}',
      ],
      ['PATCH', `/orgs/${org}/packages/${pkg.id}`, { ...json, 'if-match': 'garbage' }, '{"name":"x"}'],
      ['POST', `/orgs/${org}/packages`, { ...json, 'idempotency-key': 'k'.repeat(300) }, '{}'],
      ['DELETE', `/orgs/${org}/packages/${pkg.id}`, { ...json }, '{"unexpected":"body"}'],
      ['GET', `/orgs/${org}/packages`, { authorization: `Bearer ${'x'.repeat(8000)}` }],
      ['GET', `/orgs/${org}/packages`, { authorization: `Bearer ${b64json({ alg: 'HS256' })}.!!!.###` }],
    ];
    for (const [method, path, headers, body] of hostile) {
      const res = await rawRequest(method, path, headers, body);
      const where = `${method} ${path.slice(0, 80)} -> ${res.status} ${res.text.slice(0, 300)}`;
      expect(res.text, where).not.toMatch(STACK);
      if (res.status >= 400) {
        expect(res.contentType, where).toMatch(/^application\/problem\+json/);
        const problem = JSON.parse(res.text) as Problem;
        expect(problem.status, where).toBe(res.status);
        expect(problem.code, where).toEqual(expect.any(String));
      }
      if (res.status >= 500) {
        const keys = Object.keys(JSON.parse(res.text) as Problem);
        for (const key of keys) expect(['type', 'status', 'code', 'title', 'detail'], where).toContain(key);
        expect(res.text, where).not.toMatch(INTERNAL);
      }
    }
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

describe('audit events', () => {
  const actorToken = (org: string) =>
    localToken({ org, role: 'admin', sub: 'user-42', email: 'ann@example.com' });
  const actor = { sub: 'user-42', email: 'ann@example.com' };

  const expectEventShape = (event: AuditEventResource) => {
    expect(event.id).toMatch(EVT_ID);
    expect(event.at).toMatch(ISO_MS);
    expect(event).not.toHaveProperty('version');
  };

  it('records exactly one event per package create, update and delete, newest first', async () => {
    const org = newOrg();
    const token = actorToken(org);
    const created = await api.request<PackageResource>('POST', `/orgs/${org}/packages`, {
      token,
      body: pkgBody(),
    });
    expect(created.status).toBe(201);
    expect(await auditList(org)).toHaveLength(1);
    const updated = await api.request<PackageResource>('PATCH', `/orgs/${org}/packages/${created.body.id}`, {
      token,
      body: { name: 'Renamed', description: 'Now described' },
    });
    expect(updated.status).toBe(200);
    expect(await auditList(org)).toHaveLength(2);
    const deleted = await api.request('DELETE', `/orgs/${org}/packages/${created.body.id}`, { token });
    expect(deleted.status).toBe(204);

    const events = await auditList(org);
    expect(events).toHaveLength(3);
    const [del, upd, cre] = events;
    expect(cre).toMatchObject({
      actor,
      entityType: 'package',
      entityId: created.body.id,
      action: 'package.created',
      before: null,
      after: created.body,
    });
    expect(upd).toMatchObject({
      actor,
      entityType: 'package',
      entityId: created.body.id,
      action: 'package.updated',
      before: created.body,
      after: updated.body,
    });
    expect(del).toMatchObject({
      actor,
      entityType: 'package',
      entityId: created.body.id,
      action: 'package.deleted',
      before: updated.body,
      after: null,
    });
    for (const event of events) expectEventShape(event);
    // The images are exactly the public resource: nothing internal added, nothing missing.
    expect([cre?.before, cre?.after, upd?.before, upd?.after, del?.before, del?.after]).toEqual([
      null,
      created.body,
      created.body,
      updated.body,
      updated.body,
      null,
    ]);
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    expect([...ids].sort().reverse()).toEqual(ids);
    expect(Date.parse(del?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(cre?.at ?? ''));
  });

  it('records exactly one event per offer create, update and delete, and none for the package it points at', async () => {
    const org = newOrg();
    const token = actorToken(org);
    const a = await createPackage(org, token);
    const b = await createPackage(org, token);
    const created = await api.request<OfferResource>('POST', `/orgs/${org}/offers`, {
      token,
      body: { status: 'active', code: 'OFF1', name: 'Offer', packageId: a.id },
    });
    expect(created.status).toBe(201);
    const updated = await api.request<OfferResource>('PATCH', `/orgs/${org}/offers/${created.body.id}`, {
      token,
      body: { packageId: b.id, status: 'inactive' },
    });
    expect(updated.status).toBe(200);
    expect((await api.request('DELETE', `/orgs/${org}/offers/${created.body.id}`, { token })).status).toBe(
      204,
    );

    const events = await auditList(org);
    expect(events.map((e) => e.action)).toEqual([
      'offer.deleted',
      'offer.updated',
      'offer.created',
      'package.created',
      'package.created',
    ]);
    const [del, upd, cre] = events;
    expect(cre).toMatchObject({
      actor,
      entityType: 'offer',
      entityId: created.body.id,
      before: null,
      after: created.body,
    });
    expect(upd).toMatchObject({
      actor,
      entityType: 'offer',
      entityId: created.body.id,
      before: created.body,
      after: updated.body,
    });
    expect(del).toMatchObject({
      actor,
      entityType: 'offer',
      entityId: created.body.id,
      before: updated.body,
      after: null,
    });
    for (const event of events) expectEventShape(event);
    // The images are exactly the public resource: nothing internal added, nothing missing.
    expect([cre?.before, cre?.after, upd?.before, upd?.after, del?.before, del?.after]).toEqual([
      null,
      created.body,
      created.body,
      updated.body,
      updated.body,
      null,
    ]);
  });

  it('records the actor email as null when the token has none', async () => {
    const org = newOrg();
    const token = signToken({ sub: 'svc-7', 'cognito:groups': ['admin'], 'custom:orgs': org });
    await createPackage(org, token);
    const [event] = await auditList(org);
    expect(event?.actor).toEqual({ sub: 'svc-7', email: null });
  });

  it('records each actor separately', async () => {
    const org = newOrg();
    await createPackage(org, localToken({ org, role: 'admin', sub: 'alice', email: 'alice@x.io' }));
    await createPackage(org, localToken({ org, role: 'admin', sub: 'bob', email: 'bob@x.io' }));
    expect((await auditList(org)).map((e) => e.actor)).toEqual([
      { sub: 'bob', email: 'bob@x.io' },
      { sub: 'alice', email: 'alice@x.io' },
    ]);
  });

  describe('filters', () => {
    const org = newOrg('audit-filters');
    let p1: PackageResource;
    let p2: PackageResource;
    let o1: OfferResource;

    beforeAll(async () => {
      p1 = await createPackage(org);
      p2 = await createPackage(org);
      o1 = await createOffer(org, p1.id);
      expect(
        (await api.request('PATCH', `/orgs/${org}/packages/${p1.id}`, { body: { tier: 5 } })).status,
      ).toBe(200);
      expect(
        (await api.request('PATCH', `/orgs/${org}/offers/${o1.id}`, { body: { name: 'N' } })).status,
      ).toBe(200);
      expect((await api.request('DELETE', `/orgs/${org}/packages/${p2.id}`)).status).toBe(204);
    });

    it('lists every event newest first', async () => {
      expect(await actions(org)).toEqual([
        'package.deleted',
        'offer.updated',
        'package.updated',
        'offer.created',
        'package.created',
        'package.created',
      ]);
    });

    it('filters by entityType', async () => {
      const packages = await auditList(org, 'entityType=package');
      expect(packages.map((e) => e.action)).toEqual([
        'package.deleted',
        'package.updated',
        'package.created',
        'package.created',
      ]);
      expect(packages.every((e) => e.entityType === 'package')).toBe(true);
      expect(await actions(org, 'entityType=offer')).toEqual(['offer.updated', 'offer.created']);
      expect(await auditList(org, 'entityType=plan')).toEqual([]);
    });

    it('filters by entityId', async () => {
      const events = await auditList(org, `entityId=${p1.id}`);
      expect(events.map((e) => e.action)).toEqual(['package.updated', 'package.created']);
      expect(events.every((e) => e.entityId === p1.id)).toBe(true);
      expect(await actions(org, `entityId=${p2.id}`)).toEqual(['package.deleted', 'package.created']);
      expect(await actions(org, `entityId=${o1.id}`)).toEqual(['offer.updated', 'offer.created']);
      expect(await auditList(org, `entityId=${MISSING_PKG}`)).toEqual([]);
    });

    it('filters by entityType and entityId together', async () => {
      expect(await actions(org, `entityType=package&entityId=${p1.id}`)).toEqual([
        'package.updated',
        'package.created',
      ]);
      expect(await actions(org, `entityType=offer&entityId=${o1.id}`)).toEqual([
        'offer.updated',
        'offer.created',
      ]);
      expect(await auditList(org, `entityType=offer&entityId=${p1.id}`)).toEqual([]);
    });

    it('pages through the events without losing or repeating any', async () => {
      const all = (await auditList(org)).map((e) => e.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const res: ApiResponse<Page<AuditEventResource>> = await api.request<Page<AuditEventResource>>(
          'GET',
          `/orgs/${org}/audit-events?${query}`,
        );
        expect(res.status, res.text).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((e) => e.id));
        cursor = res.body.nextCursor;
        pages += 1;
        expect(pages).toBeLessThan(20);
      } while (cursor !== null);
      expect(seen).toEqual(all);
    });

    it('refuses a bad limit with 400 validation_failed', async () => {
      for (const limit of ['0', '101', 'abc']) {
        expectProblem(
          await api.request('GET', `/orgs/${org}/audit-events?limit=${limit}`),
          400,
          'validation_failed',
        );
      }
    });

    it('lets a viewer read them', async () => {
      const res = await api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events`, {
        token: viewerToken(org),
      });
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(6);
    });
  });

  it('records nothing for a refused request', async () => {
    const { org, pkg, offer } = await seed();
    const other = await createPackage(org);
    const json = { 'content-type': 'application/json' };
    const refused: [() => Promise<ApiResponse<unknown>>, number, string][] = [
      [
        () => api.request('POST', `/orgs/${org}/packages`, { body: pkgBody({ tier: 1001 }) }),
        400,
        'validation_failed',
      ],
      [
        () => api.request('POST', `/orgs/${org}/packages`, { body: pkgBody({ version: 1 }) }),
        400,
        'validation_failed',
      ],
      [
        () => api.request('PATCH', `/orgs/${org}/packages/${pkg.id}`, { body: { name: '' } }),
        400,
        'validation_failed',
      ],
      [
        () => api.request('PATCH', `/orgs/${org}/offers/${offer.id}`, { body: { bogus: 1 } }),
        400,
        'validation_failed',
      ],
      [() => api.request('POST', `/orgs/${org}/packages`, { raw: '{', headers: json }), 400, 'invalid_json'],
      [
        () =>
          api.request('POST', `/orgs/${org}/packages`, { body: pkgBody({ code: pkg.code.toUpperCase() }) }),
        409,
        'code_taken',
      ],
      [
        () =>
          api.request('PATCH', `/orgs/${org}/packages/${other.id}`, {
            body: { code: pkg.code.toLowerCase() },
          }),
        409,
        'code_taken',
      ],
      [
        () =>
          api.request('POST', `/orgs/${org}/offers`, {
            body: { status: 'active', code: offer.code.toLowerCase(), name: 'x', packageId: pkg.id },
          }),
        409,
        'code_taken',
      ],
      [() => api.request('DELETE', `/orgs/${org}/packages/${pkg.id}`), 409, 'package_in_use'],
      [
        () =>
          api.request('PATCH', `/orgs/${org}/packages/${pkg.id}`, {
            body: { name: 'x' },
            headers: { 'if-match': '"2"' },
          }),
        412,
        'version_mismatch',
      ],
      [
        () => api.request('DELETE', `/orgs/${org}/offers/${offer.id}`, { headers: { 'if-match': '"3"' } }),
        412,
        'version_mismatch',
      ],
      [
        () => api.request('PATCH', `/orgs/${org}/offers/${offer.id}`, { body: { packageId: MISSING_PKG } }),
        422,
        'reference_not_found',
      ],
      [
        () =>
          api.request('POST', `/orgs/${org}/offers`, {
            body: { status: 'active', code: 'NEWONE', name: 'x', packageId: MISSING_PKG },
          }),
        422,
        'reference_not_found',
      ],
      [
        () => api.request('PATCH', `/orgs/${org}/packages/${MISSING_PKG}`, { body: { name: 'x' } }),
        404,
        'not_found',
      ],
      [() => api.request('DELETE', `/orgs/${org}/offers/${MISSING_OFF}`), 404, 'not_found'],
      [
        () => api.request('POST', `/orgs/${org}/packages`, { body: pkgBody(), token: viewerToken(org) }),
        403,
        'forbidden',
      ],
      [
        () => api.request('POST', `/orgs/${org}/packages`, { body: pkgBody(), token: null }),
        401,
        'unauthorized',
      ],
      [
        () =>
          api.request('POST', `/orgs/${org}/packages`, {
            body: pkgBody(),
            headers: { 'content-type': 'text/plain' },
          }),
        415,
        'unsupported_media_type',
      ],
    ];
    for (const [send, status, code] of refused) expectProblem(await send(), status, code);
    expect(await actions(org)).toEqual(['package.created', 'offer.created', 'package.created']);
    expect((await api.request('GET', `/orgs/${org}/packages/${pkg.id}`)).body).toEqual(pkg);
    expect((await api.request('GET', `/orgs/${org}/offers/${offer.id}`)).body).toEqual(offer);
  });
});
