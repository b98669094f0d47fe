/**
 * Cross-cutting contract tests (API.md, "Conventions") over HTTP, on the package, offer and
 * audit-event routes: org ids, unknown routes, request bodies (media types, JSON, size) and the
 * shape of every error response, which never leaks a stack trace or an internal message.
 */
import { describe, expect, it } from 'vitest';
import type { OfferResource } from '../../shared/offers/schemas.ts';
import type { PackageResource } from '../../shared/packages/schemas.ts';
import { adminToken, errorPaths, newOrg, type Problem, useApi } from '../support/api.ts';
import {
  type Call,
  commonRefusals,
  conventionsClient,
  expectProblem,
  type Refusal,
  routesOf,
  STACK,
  writes,
} from '../support/conventions.ts';
import { MISSING_OFF, MISSING_PKG, pkgBody, rand } from '../support/fixtures.ts';
import { type RawResponse, rawClient } from '../support/raw-http.ts';
import { b64json } from '../support/security-checks.ts';

const MAX_BODY = 256 * 1024;
/** What an internal message looks like in a 500. */
const INTERNAL =
  /ElectroError|DynamoDB|ConditionalCheck|TransactionCanceled|TypeError|ReferenceError|RangeError/;

const api = useApi();
const { createPackage, actions, seed, expectUntouched } = conventionsClient(api);
/** A request without fetch's defaults (fetch adds `text/plain` to string bodies). */
const rawRequest = rawClient(api);

const expectRawProblem = (res: RawResponse, status: number, code: string) => {
  expect(res.status, res.text).toBe(status);
  expect(res.contentType).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.text) as Problem;
  expect(body).toMatchObject({ type: expect.any(String), status, code, title: expect.any(String) });
};

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
    const cases: Refusal[] = [
      ...commonRefusals(api, { org, pkg }, other),
      [() => api.request('GET', `/orgs/${org}/packages`, { token: null }), 401, 'unauthorized'],
      [
        () => api.request('GET', `/orgs/${org}/packages`, { token: adminToken('someone-else') }),
        403,
        'forbidden',
      ],
      [() => api.request('GET', `/orgs/${org}/packages/${MISSING_PKG}`), 404, 'not_found'],
      [() => api.request('GET', `/orgs/${org}/offers/${MISSING_OFF}`), 404, 'not_found'],
      [() => api.request('GET', `/orgs/${org}/nothing-here`), 404, 'not_found'],
      [() => api.request('POST', `/orgs/${org}/packages`, { body: { tier: 'x' } }), 400, 'validation_failed'],
      [() => api.request('GET', `/orgs/${org}/packages?cursor=bogus`), 400, 'invalid_cursor'],
      [() => api.request('GET', `/orgs/${org}/audit-events?cursor=bogus`), 400, 'invalid_cursor'],
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
