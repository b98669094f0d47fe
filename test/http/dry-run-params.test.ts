/**
 * The `dryRun` parameter (API.md "Dry run"): only `true` and `false`, writes only, refused and
 * validated like the real request, deaf to a used `Idempotency-Key`; a dry run of a transaction at
 * DynamoDB's cap of 100 items; and dry runs racing real writes. A Scan of this file's own table
 * proves what was written.
 */
import { describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('dry-run-params'));

import type { PlanResource } from '../../shared/plans/schemas.ts';
import { type ApiResponse, expectProblem, newOrg, useApi } from '../support/api.ts';
import { getOk } from '../support/dry-run-scenarios.ts';
import { pkgBody, rand } from '../support/fixtures.ts';
import { diffDumps, dumpTable } from '../support/fuzz/table.ts';
import { createActivePlan, createSubscriber } from '../support/subscriptions.ts';

const api = useApi();

const get = <T>(path: string) => getOk<T>(api, path);

describe('dryRun', () => {
  it('accepts only true and false, and is a normal request when false', async () => {
    const org = newOrg('dry-param');
    for (const value of ['1', 'yes', 'TRUE', '']) {
      const res = await api.request('POST', `/orgs/${org}/packages?dryRun=${value}`, { body: pkgBody() });
      expect(expectProblem(res, 400, 'validation_failed').errors?.map((e) => e.path)).toEqual(['dryRun']);
    }
    const res = await api.request('POST', `/orgs/${org}/packages?dryRun=false`, { body: pkgBody() });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('dry-run')).toBeNull();
    expect(
      (await api.request('GET', `/orgs/${org}/packages/${(res.body as { id: string }).id}`)).status,
    ).toBe(200);
  });

  it('is not a parameter of reads', async () => {
    const res = await api.request('GET', `/orgs/${newOrg('dry-get')}/packages?dryRun=true`);
    expectProblem(res, 400, 'validation_failed');
  });

  it('is refused to a viewer like the real request, and validated like it', async () => {
    const org = newOrg('dry-auth');
    const viewer = await api.request('POST', `/orgs/${org}/packages?dryRun=true`, {
      body: pkgBody(),
      token: (await import('../support/api.ts')).viewerToken(org),
    });
    expectProblem(viewer, 403, 'forbidden');
    expect(viewer.headers.get('dry-run')).toBe('true');
    const invalid = await api.request('POST', `/orgs/${org}/packages?dryRun=true`, { body: { code: '!' } });
    expectProblem(invalid, 400, 'validation_failed');
    expect(invalid.headers.get('dry-run')).toBe('true');
  });

  it('ignores a used Idempotency-Key: neither replays nor refuses it', async () => {
    const org = newOrg('dry-key');
    const first = await api.request('POST', `/orgs/${org}/packages`, {
      body: pkgBody(),
      headers: { 'idempotency-key': 'k1' },
    });
    expect(first.status).toBe(201);
    const other = pkgBody();
    const dry = await api.request('POST', `/orgs/${org}/packages?dryRun=true`, {
      body: other,
      headers: { 'idempotency-key': 'k1' },
    });
    expect(dry.status, dry.text).toBe(201);
    expect(dry.headers.get('idempotent-replayed')).toBeNull();
    expect((dry.body as { code: string }).code).toBe(other.code);
  });
});

describe("a transaction at DynamoDB's cap of 100 items", () => {
  it('is judged too: a child product with 48 prices, its parent and company', async () => {
    const org = newOrg('dry-cap');
    const company = await api.request<{ id: string }>('POST', `/orgs/${org}/companies`, {
      body: { name: 'C' },
    });
    const parent = await api.request<{ id: string }>('POST', `/orgs/${org}/products`, {
      body: { name: 'Parent', companyId: company.body.id },
    });
    const child = await api.request<{ id: string }>('POST', `/orgs/${org}/products`, {
      body: { name: 'Child', parentId: parent.body.id },
    });
    for (let i = 0; i < 48; i++) {
      const price = await api.request('POST', `/orgs/${org}/products/${child.body.id}/prices`, {
        body: { amount: i, currency: 'USD', cycle: 'monthly' },
      });
      expect(price.status, price.text).toBe(201);
    }
    const path = `/orgs/${org}/products/${child.body.id}`;
    const before = await dumpTable();
    const dry = await api.request('DELETE', `${path}?dryRun=true`);
    expect(dry.status, dry.text).toBe(204);
    expect(diffDumps(before, await dumpTable())).toBe('');
    const real = await api.request('DELETE', path);
    expect(real.status, real.text).toBe(204);
    expect((await api.request('GET', path)).status).toBe(404);
  });
});

describe('dry runs racing real writes', () => {
  it('never write and never answer a 5xx', async () => {
    const org = newOrg('dry-race');
    const plan = await createActivePlan(api, org);
    const subscribers = await Promise.all(Array.from({ length: 6 }, () => createSubscriber(api, org)));
    const code = `RACE_${rand()}`;
    const planPath = `/orgs/${org}/plans/${plan.id}`;
    const requests: { dry: boolean; run: () => Promise<ApiResponse<unknown>> }[] = [];
    for (let i = 0; i < 6; i++) {
      const sub = subscribers[i]?.id ?? '';
      const bindBody = { subscriberId: sub, planId: plan.id };
      requests.push(
        {
          dry: true,
          run: () => api.request('PATCH', `${planPath}?dryRun=true`, { body: { name: `dry ${i}` } }),
        },
        { dry: false, run: () => api.request('PATCH', planPath, { body: { name: `real ${i}` } }) },
        {
          dry: true,
          run: () => api.request('POST', `/orgs/${org}/subscriptions?dryRun=true`, { body: bindBody }),
        },
        { dry: false, run: () => api.request('POST', `/orgs/${org}/subscriptions`, { body: bindBody }) },
        { dry: true, run: () => api.request('POST', `${planPath}/archive?dryRun=true`) },
        {
          dry: true,
          run: () => api.request('POST', `/orgs/${org}/packages?dryRun=true`, { body: pkgBody({ code }) }),
        },
        { dry: false, run: () => api.request('POST', `/orgs/${org}/packages`, { body: pkgBody({ code }) }) },
      );
    }
    const answers = await Promise.all(requests.map((r) => r.run()));
    for (const [i, res] of answers.entries()) expect(res.status, `${i}: ${res.text}`).toBeLessThan(500);
    const realOk = answers.filter((res, i) => !requests[i]?.dry && res.status < 300).length;
    // Every real write succeeded but the colliding package creates (one of six wins).
    expect(realOk).toBe(6 + 6 + 1);
    const events = await get<{ items: unknown[] }>(`/orgs/${org}/audit-events?limit=100`);
    // Seeded: the plan (created active) and six subscribers; then exactly the real writes.
    expect(events.items.length).toBe(1 + 6 + realOk);
    const final = await get<PlanResource>(planPath);
    expect(final.version).toBe(1 + 6);
    expect(final.liveSubscriptionCount).toBe(6);
    expect(final.name).toMatch(/^real /);
  });
});
