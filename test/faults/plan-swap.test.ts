/**
 * A plan change too large for one transaction (50 items replaced by 50 others, and another package)
 * commits the plan first and lowers the old counts in a second transaction. Here the process "dies"
 * between the two: from the second transaction on, every transaction it sends fails (the injector,
 * `onwards`), so nothing after the plan change lands. The counts are then too high — an old product
 * answers `409 product_in_use` — until the release lands: from the plan's next write (PATCH, publish,
 * bulk-move, delete, another large change) or from the expirer's pass, exactly once however many
 * of them race.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../shared/db/service.ts';
import { finishRelease, RELEASE_GRACE_MS } from '../../shared/plans/references.ts';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import { newOrg, useApi } from '../support/api.ts';
import { createPackage } from '../support/catalog.ts';
import { type FaultInjector, type FaultKind, installFaults } from '../support/faults.ts';
import { rand } from '../support/fixtures.ts';
import { storeItems } from '../support/products.ts';

// Expiry passes are table-wide: this file's passes must finish only this file's releases.
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('faults-swap'));

const api = useApi();
let faults: FaultInjector;
beforeAll(() => {
  faults = installFaults({ retryDelayMs: 1 });
});
afterAll(() => faults.remove());

/** `n` root products with a price each, written directly (the plan writes are what is under test). */
const seed = storeItems;

const productCounts = async (org: string, items: { productId: string }[]) =>
  new Set(
    await Promise.all(
      items.map(
        async (i) =>
          (await db.product.get({ organizationId: org, id: i.productId }).go({ consistent: true })).data
            ?.planRefCount,
      ),
    ),
  );

const packageCount = async (org: string, id: string) =>
  (await db.package.get({ organizationId: org, id }).go({ consistent: true })).data?.refCount;

const marker = async (org: string, planId: string) =>
  (await db.pendingRelease.get({ organizationId: org, planId }).go({ consistent: true })).data;

/** A plan of 50 items and a package, then a PATCH to 50 other items and another package that dies halfway. */
const crashedSwap = async (fault: FaultKind) => {
  const org = newOrg('swap');
  const [first, second] = [await seed(org, 50), await seed(org, 50)];
  const [p1, p2] = [await createPackage(api, org), await createPackage(api, org)];
  const created = await api.request<PlanResource>('POST', `/orgs/${org}/plans`, {
    body: { name: 'Big', slug: `big-${rand()}`, items: first, packageId: p1.id },
  });
  expect(created.status, created.text).toBe(201);
  const plan = created.body;

  faults.arm({ fault, command: 'TransactWriteItems', nth: 2, persist: 'onwards' });
  const swapped = await api.request<PlanResource>('PATCH', `/orgs/${org}/plans/${plan.id}`, {
    body: { items: second, packageId: p2.id },
  });
  await faults.idle();
  faults.disarm();
  // The change itself committed and is answered; the release after it was cut off.
  expect(swapped.status, swapped.text).toBe(200);
  expect(swapped.body.items.map((i) => i.productId)).toEqual(second.map((i) => i.productId));
  expect(faults.attempts.filter((a) => a.fault !== null).length).toBeGreaterThan(0);
  expect(faults.requests().filter((c) => c === 'TransactWriteItems').length).toBeGreaterThanOrEqual(2);

  // The state a crash leaves: old counts too high, an old product "in use", the release owed.
  expect(await productCounts(org, first)).toEqual(new Set([1]));
  expect(await productCounts(org, second)).toEqual(new Set([1]));
  expect(await packageCount(org, p1.id)).toBe(1);
  const owed = await marker(org, plan.id);
  expect(owed?.releases).toHaveLength(51);
  const stored = (await db.plan.get({ organizationId: org, id: plan.id }).go({ consistent: true })).data;
  expect(stored?.pendingRelease).toBe(owed?.token);
  const inUse = await api.request('DELETE', `/orgs/${org}/products/${first[0]?.productId}`);
  expect(inUse.status, inUse.text).toBe(409);
  // Reads neither finish it nor show it.
  const read = await api.request<PlanResource>('GET', `/orgs/${org}/plans/${plan.id}`);
  expect(Object.keys(read.body)).not.toContain('pendingRelease');
  return { org, plan, first, second, p1, p2, owed };
};

/** After recovery: every count exact, nothing owed, an old product deletable. */
const expectSettled = async (
  s: Awaited<ReturnType<typeof crashedSwap>>,
  expected: { second: number; p2: number } = { second: 1, p2: 1 },
) => {
  expect(await productCounts(s.org, s.first)).toEqual(new Set([0]));
  expect(await productCounts(s.org, s.second)).toEqual(new Set([expected.second]));
  expect(await packageCount(s.org, s.p1.id)).toBe(0);
  expect(await packageCount(s.org, s.p2.id)).toBe(expected.p2);
  expect(await marker(s.org, s.plan.id)).toBeNull();
  const stored = (await db.plan.get({ organizationId: s.org, id: s.plan.id }).go({ consistent: true })).data;
  expect(stored?.pendingRelease).toBeUndefined();
  const removed = await api.request('DELETE', `/orgs/${s.org}/products/${s.first[0]?.productId}`);
  expect(removed.status, removed.text).toBe(204);
  // Finishing it once more changes nothing.
  if (s.owed) expect(await finishRelease(s.org, s.owed)).toBe(false);
  expect(await productCounts(s.org, s.second.slice(0, 5))).toEqual(new Set([expected.second]));
};

/** 100 products seeded and 50-item plans written per test, on a shared 2-core machine. */
const SLOW = 180_000;

const later = () => new Date(Date.now() + RELEASE_GRACE_MS + 60_000);

describe('a crash between the two transactions of a large plan change', () => {
  it.each<[FaultKind, string]>([
    ['unknown', 'the next PATCH'],
    ['throttling', 'the next publish'],
    ['internal-error', 'the next bulk-move'],
    ['timeout', 'the expirer'],
    ['transaction-conflict', 'the plan’s delete'],
  ])(
    'dying with %s, the release lands exactly once at %s',
    async (fault, path) => {
      const s = await crashedSwap(fault);
      const url = `/orgs/${s.org}/plans`;
      if (path === 'the next PATCH') {
        const res = await api.request('PATCH', `${url}/${s.plan.id}`, { body: { name: 'Renamed' } });
        expect(res.status, res.text).toBe(200);
      } else if (path === 'the next publish') {
        const res = await api.request('POST', `${url}/${s.plan.id}/publish`);
        expect(res.status, res.text).toBe(200);
      } else if (path === 'the next bulk-move') {
        const res = await api.request<{ succeeded: string[] }>('POST', `${url}/bulk-move`, {
          body: { planIds: [s.plan.id], groupId: null },
        });
        expect(res.status, res.text).toBe(200);
      } else if (path === 'the expirer') {
        // Within the grace period the request that wrote it is left to finish it.
        expect((await runExpiry({ now: new Date() })).released).toBe(0);
        expect(await productCounts(s.org, s.first)).toEqual(new Set([1]));
        expect((await runExpiry({ now: later() })).released).toBe(1);
      } else {
        const res = await api.request('DELETE', `${url}/${s.plan.id}`);
        expect(res.status, res.text).toBe(204);
      }
      const deleted = path === 'the plan’s delete';
      await expectSettled(s, deleted ? { second: 0, p2: 0 } : undefined);
    },
    SLOW,
  );

  it(
    'lands exactly once when two expiry passes and a PATCH race to finish it',
    async () => {
      const s = await crashedSwap('unknown');
      const [a, b, patched] = await Promise.all([
        runExpiry({ now: later() }),
        runExpiry({ now: later() }),
        api.request('PATCH', `/orgs/${s.org}/plans/${s.plan.id}`, { body: { name: 'Raced' } }),
      ]);
      expect(patched.status, patched.text).toBe(200);
      expect(a.released + b.released).toBeLessThanOrEqual(1);
      await expectSettled(s);
    },
    SLOW,
  );

  it(
    'lands before the next large change, which then owes and pays its own',
    async () => {
      const s = await crashedSwap('unknown');
      const back = await api.request<PlanResource>('PATCH', `/orgs/${s.org}/plans/${s.plan.id}`, {
        body: { items: s.first, packageId: s.p1.id },
      });
      expect(back.status, back.text).toBe(200);
      expect(await productCounts(s.org, s.first)).toEqual(new Set([1]));
      expect(await productCounts(s.org, s.second)).toEqual(new Set([0]));
      expect(await packageCount(s.org, s.p1.id)).toBe(1);
      expect(await packageCount(s.org, s.p2.id)).toBe(0);
      expect(await marker(s.org, s.plan.id)).toBeNull();
      const removed = await api.request('DELETE', `/orgs/${s.org}/products/${s.second[0]?.productId}`);
      expect(removed.status, removed.text).toBe(204);
    },
    SLOW,
  );
});
