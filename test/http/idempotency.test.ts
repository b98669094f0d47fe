import { describe, expect, it } from 'vitest';
import type { Page } from '../../shared/db/pagination.ts';
import { db } from '../../shared/db/service.ts';
import { beginIdempotent, idempotencyKeyOf } from '../../shared/http/idempotency.ts';
import { json } from '../../shared/http/response.ts';
import { createPackage } from '../../shared/packages/resource.ts';
import { adminToken, newOrg, useApi } from '../support/api.ts';
import { namedPkg } from '../support/fixtures.ts';

const api = useApi();

const createWithKey = (org: string, key: string, body: unknown, sub = 'admin-1') =>
  api.request('POST', `/orgs/${org}/packages`, {
    token: adminToken(org, sub),
    body,
    headers: { 'idempotency-key': key },
  });

/** Takes the key of a package create as `admin-1`'s request would, at `now`, without going on. */
const beginCreate = (org: string, key: string, body: unknown, now = new Date()) =>
  beginIdempotent({
    orgId: org,
    sub: 'admin-1',
    key,
    method: 'POST',
    path: `/orgs/${org}/packages`,
    body,
    now,
    shape: (r) => json(201, r),
  });

/** How many items the first page (up to 100) of one of the org's lists holds. */
const countItems = async (org: string, list: 'packages' | 'audit-events') => {
  const token = adminToken(org);
  const res = await api.request<Page<unknown>>('GET', `/orgs/${org}/${list}?limit=100`, { token });
  return res.body.items.length;
};

const countPackages = (org: string) => countItems(org, 'packages');
const countEvents = (org: string) => countItems(org, 'audit-events');

describe('Idempotency-Key', () => {
  it('replays the first response (status, body, Location, ETag) and writes nothing more', async () => {
    const org = newOrg();
    const first = await createWithKey(org, 'key-1', namedPkg('A'));
    expect(first.status).toBe(201);
    const again = await createWithKey(org, 'key-1', namedPkg('A'));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('etag')).toBe('"1"');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await countPackages(org)).toBe(1);
    expect(await countEvents(org)).toBe(1);
  });

  it('treats a body with the same fields in another order as the same request', async () => {
    const org = newOrg();
    const first = await createWithKey(org, 'k', { status: 'active', code: 'B', name: 'B', tier: 2 });
    const again = await createWithKey(org, 'k', { tier: 2, name: 'B', code: 'B', status: 'active' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });

  it('refuses the same key with a different body or path: 422 idempotency_key_reused, nothing written', async () => {
    const org = newOrg();
    expect((await createWithKey(org, 'k', namedPkg('A'))).status).toBe(201);
    const otherBody = await createWithKey(org, 'k', namedPkg('B'));
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.code).toBe('idempotency_key_reused');
    const pkgId = (await api.request<{ items: { id: string }[] }>('GET', `/orgs/${org}/packages`)).body
      .items[0]?.id;
    const otherPath = await api.request('POST', `/orgs/${org}/offers`, {
      token: adminToken(org),
      body: namedPkg('A'),
      headers: { 'idempotency-key': 'k' },
    });
    // Validation runs first (an offer needs packageId), so send a valid offer body.
    expect(otherPath.status).toBe(400);
    const validOffer = await api.request('POST', `/orgs/${org}/offers`, {
      token: adminToken(org),
      body: { status: 'active', code: 'O', name: 'O', packageId: pkgId },
      headers: { 'idempotency-key': 'k' },
    });
    expect(validOffer.status).toBe(422);
    expect(validOffer.body.code).toBe('idempotency_key_reused');
    expect(await countPackages(org)).toBe(1);
    expect(await countEvents(org)).toBe(1);
  });

  it('remembers only successes: a request that failed can be retried with the same key', async () => {
    const org = newOrg();
    const holder = await api.request<{ id: string }>('POST', `/orgs/${org}/packages`, {
      body: namedPkg('TAKEN'),
      org,
    });
    const refused = await createWithKey(org, 'retry-key', namedPkg('TAKEN'));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('code_taken');
    expect((await api.request('DELETE', `/orgs/${org}/packages/${holder.body.id}`, { org })).status).toBe(
      204,
    );
    const retried = await createWithKey(org, 'retry-key', namedPkg('TAKEN'));
    expect(retried.status).toBe(201);
  });

  it('stores nothing for a request that fails validation, so the key stays free', async () => {
    const org = newOrg();
    const invalid = await createWithKey(org, 'v-key', { ...namedPkg('X'), tier: -1 });
    expect(invalid.status).toBe(400);
    const valid = await createWithKey(org, 'v-key', namedPkg('Y'));
    expect(valid.status).toBe(201);
  });

  it('scopes keys to the caller: the same key from two callers makes two resources', async () => {
    const org = newOrg();
    const a = await createWithKey(org, 'shared', namedPkg('ONE'), 'alice');
    const b = await createWithKey(org, 'shared', namedPkg('TWO'), 'bob');
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('refuses a key longer than 255 characters, and accepts 255', async () => {
    const org = newOrg();
    const long = await createWithKey(org, 'k'.repeat(256), namedPkg('L'));
    expect(long.status).toBe(400);
    expect(long.body.code).toBe('validation_failed');
    expect(JSON.stringify(long.body.errors)).toContain('Idempotency-Key');
    expect((await createWithKey(org, 'k'.repeat(255), namedPkg('L'))).status).toBe(201);
  });

  it('works normally without a key: no record is required and nothing breaks', async () => {
    const org = newOrg();
    const first = await api.request('POST', `/orgs/${org}/packages`, { body: namedPkg('N'), org });
    const second = await api.request('POST', `/orgs/${org}/packages`, { body: namedPkg('N'), org });
    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
  });

  it('answers 409 idempotency_in_progress while the first request holds the key, then the first completes', async () => {
    const org = newOrg();
    // The first request, frozen mid-flight: it holds the lock but has not finished.
    const start = await beginCreate(org, 'slow', namedPkg('S'));
    expect(start.kind).toBe('locked');
    const duplicate = await createWithKey(org, 'slow', namedPkg('S'));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('idempotency_in_progress');
    expect(duplicate.headers.get('retry-after')).toBeTruthy();
    expect(await countPackages(org)).toBe(0);

    // The refused duplicate did not remove the first request's lock (Powertools #5675):
    // the first still owns it and can complete; later repeats replay its response.
    if (start.kind !== 'locked') throw new Error('expected a lock');
    await start.lock.complete(json(201, { id: 'pkg_frozen', organizationId: org }));
    const replay = await createWithKey(org, 'slow', namedPkg('S'));
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe('pkg_frozen');
  });

  it('takes over a lock abandoned by a request that died (past its lock expiry)', async () => {
    const org = newOrg();
    const long_ago = new Date(Date.now() - 10 * 60_000);
    const start = await beginCreate(org, 'dead', namedPkg('D'), long_ago);
    expect(start.kind).toBe('locked');
    const retry = await createWithKey(org, 'dead', namedPkg('D'));
    expect(retry.status).toBe(201);
    expect(await countPackages(org)).toBe(1);
  });

  it('completes the record in the same transaction as the change, even if the function dies right after', async () => {
    const org = newOrg();
    const start = await beginCreate(org, 'tx-key', namedPkg('T'));
    if (start.kind !== 'locked') throw new Error('expected a lock');
    // Run the operation with the lock as its hook, and never call complete(): as if the
    // Lambda died between the commit and the response.
    const created = await createPackage(
      { orgId: org, actor: { sub: 'admin-1', email: null }, now: new Date(), onCommit: start.lock },
      namedPkg('T') as Parameters<typeof createPackage>[1],
    );
    const record = (
      await db.idempotency.get(idempotencyKeyOf(org, 'admin-1', 'tx-key')).go({ consistent: true })
    ).data;
    expect(record?.status).toBe('completed');
    const replay = await createWithKey(org, 'tx-key', namedPkg('T'));
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(created.id);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await countPackages(org)).toBe(1);
  });

  it('lets exactly one of 10 concurrent identical requests create; the rest replay or wait', async () => {
    const org = newOrg();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => createWithKey(org, 'burst', namedPkg('BURST'))),
    );
    const statuses = results.map((r) => r.status);
    for (const status of statuses) expect([201, 409]).toContain(status);
    for (const r of results.filter((x) => x.status === 409))
      expect(r.body.code).toBe('idempotency_in_progress');
    const created = results.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    expect(await countPackages(org)).toBe(1);
    expect(await countEvents(org)).toBe(1);
    // And afterwards the key replays the one success.
    const after = await createWithKey(org, 'burst', namedPkg('BURST'));
    expect(after.status).toBe(201);
    expect(after.body.id).toBe(created[0]?.body.id);
  });
});
