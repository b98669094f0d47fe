import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectProblem, newOrg, useApi } from '../support/api.ts';
import { auditEvents } from '../support/catalog.ts';
import { type FaultInjector, installFaults } from '../support/faults.ts';
import { pkgBody } from '../support/fixtures.ts';

const api = useApi();
let faults: FaultInjector;
beforeEach(() => {
  faults = installFaults({ retryDelayMs: 1 });
});
afterEach(() => {
  vi.useRealTimers();
  faults.remove();
});

const LOCK_MS = 60_000; // shared/http/idempotency.ts

describe('an outage that outlasts the request', () => {
  it('leaves the key locked until the lock expires: 409 idempotency_in_progress with Retry-After, then the retry succeeds exactly once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const org = newOrg('outage');
    const body = pkgBody();
    const headers = { 'idempotency-key': `outage-${org}` };
    const post = () => api.request('POST', `/orgs/${org}/packages`, { org, body, headers });

    // The key is taken; from then on every request fails, the lock's release included.
    faults.arm({ fault: 'throttling', nth: 2, persist: 'onwards' });
    const failed = await post();
    faults.disarm();
    expectProblem(failed, 503, 'unavailable');
    expect(faults.requests()).toEqual(['PutItem', 'TransactWriteItems', 'DeleteItem']);

    // The database is back, but the lock outlived the request that held it.
    const locked = await post();
    expectProblem(locked, 409, 'idempotency_in_progress');
    expect(locked.headers.get('retry-after')).toBe('1');
    expect(
      (await api.request<{ items: unknown[] }>('GET', `/orgs/${org}/packages`, { org })).body.items,
    ).toEqual([]);

    // Once the lock has expired (as abandoned), the same key goes through, once.
    vi.setSystemTime(Date.now() + LOCK_MS + 1);
    const created = await post();
    expect(created.status, created.text).toBe(201);
    const replay = await post();
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(created.body);
    const listed = await api.request<{ items: { id: string }[] }>('GET', `/orgs/${org}/packages`, { org });
    expect(listed.body.items.map((p) => p.id)).toEqual([(created.body as { id: string }).id]);
    expect((await auditEvents(api, org)).map((e) => e.action)).toEqual(['package.created']);
  });
});
