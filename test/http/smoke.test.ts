import { describe, expect, it } from 'vitest';
import { newOrg, useApi } from '../support/api.ts';

const api = useApi();

describe('local server', () => {
  it('answers /health without a token', async () => {
    const res = await api.request('GET', '/health', { token: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('creates and reads back a package', async () => {
    const org = newOrg();
    const created = await api.request('POST', `/orgs/${org}/packages`, {
      body: { status: 'active', code: 'PRO', name: 'Pro', tier: 1 },
    });
    expect(created.status).toBe(201);
    const got = await api.request('GET', `/orgs/${org}/packages/${created.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);
  });
});

describe('local server paths', () => {
  it('answers a malformed percent-escape in a path id with 404, not 500', async () => {
    const res = await api.request('GET', `/orgs/${newOrg()}/packages/%E0%A4%A`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found' });
  });

  it('does not let an encoded slash split a path parameter', async () => {
    const res = await api.request('GET', `/orgs/${newOrg()}/packages/a%2Fb`);
    expect(res.status).toBe(404);
  });
});

describe('text that DynamoDB would alter', () => {
  it('refuses strings with lone surrogates and writes nothing', async () => {
    const org = newOrg();
    const res = await api.request('POST', `/orgs/${org}/packages`, {
      raw: '{"status":"active","code":"U","name":"bad \\ud800 name","tier":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'name', message: 'is not well-formed Unicode' }],
    });
    const list = await api.request<{ items: unknown[] }>('GET', `/orgs/${org}/packages`);
    expect(list.body.items).toHaveLength(0);
  });
});
