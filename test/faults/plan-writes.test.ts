import { describe, expect, it, vi } from 'vitest';
import type { BulkResult } from '../../shared/plans/schemas.ts';
import { createItem } from '../support/catalog.ts';
import { rand } from '../support/fixtures.ts';
import { createActivePlan } from '../support/subscriptions.ts';
import { eventAbout, useFaultMatrix } from './harness.ts';

// The fault matrix (harness.ts) over plan writes: create with items, publish, bulk-archive. Every
// case empties and Scans the whole table: it must be this file's alone.
const table = await vi.hoisted(async () =>
  (await import('../support/own-table.ts')).useOwnTable('faults-plans'),
);
const { run } = useFaultMatrix('plans', table.shared);

describe('a plan write that meets a database fault absorbs it, or answers 503/500 having written nothing', () => {
  it('plan create with an item (counts a reference on its product)', () =>
    run({
      name: 'plan create',
      setup: async (api, org) => ({ items: [(await createItem(api, org)).item] }),
      call: (org, f) => ({
        method: 'POST',
        path: `/orgs/${org}/plans`,
        body: { name: 'Plan', slug: `plan-${rand()}`, items: f.items },
      }),
      status: 201,
      change: {
        change: [
          '+plan',
          '+guard:plan-slug',
          '~product[planRefCount]',
          '+auditEvent:plan.created',
          '+idempotency:completed',
        ],
      },
      verify: eventAbout('plan'),
    }));

  it('plan publish', () =>
    run({
      name: 'plan publish',
      setup: async (api, org) => {
        const { item } = await createItem(api, org);
        const res = await api.request<{ id: string }>('POST', `/orgs/${org}/plans`, {
          org,
          body: { name: 'Plan', slug: `plan-${rand()}`, items: [item] },
        });
        expect(res.status, res.text).toBe(201);
        return res.body;
      },
      call: (org, plan) => ({ method: 'POST', path: `/orgs/${org}/plans/${plan.id}/publish` }),
      status: 200,
      change: {
        change: [
          '~plan[publishedAt,status,updatedAt,version]',
          '+auditEvent:plan.published',
          '+idempotency:completed',
        ],
      },
      verify: eventAbout('plan'),
    }));
});

describe('a bulk route that meets a database fault handles each plan on its own', () => {
  it('plan bulk-archive: each plan archived with its event, or untouched and reported skipped', () =>
    run<{ ids: string[] }>({
      name: 'bulk-archive',
      setup: async (api, org) => ({
        ids: [(await createActivePlan(api, org)).id, (await createActivePlan(api, org)).id],
      }),
      call: (org, f) => ({
        method: 'POST',
        path: `/orgs/${org}/plans/bulk-archive`,
        body: { planIds: f.ids },
      }),
      status: 200,
      change: {
        'plan 1': ['~plan[archivedAt,status,updatedAt,version]', '+auditEvent:plan.archived'],
        'plan 2': ['~plan[archivedAt,status,updatedAt,version]', '+auditEvent:plan.archived'],
        request: ['+idempotency:completed'],
      },
      unitOf: (item, f) => {
        const id = item.__edb_e__ === 'auditEvent' ? item.entityId : item.id;
        const n = f.ids.indexOf(String(id));
        return n >= 0 ? `plan ${n + 1}` : 'request';
      },
      independent: {
        // After taking the key, the plans (and their products) are read ahead for the whole request in
        // one BatchGet each: a fault there answers for the request, having written nothing. Then each
        // plan is its own transaction: a plan the database refused is skipped with `unavailable`, the
        // code its single archive would have answered (internal_error for an unknown error), and the
        // others are archived. Remembering the answer (last) answers for the request again.
        expectation: (c, _requests, base) =>
          (base === 'unavailable' || base === 'internal_error') && c.command === 'TransactWriteItems'
            ? 'skipped'
            : base,
        checkSkipped: (body, written, f, c) => {
          const result = body as BulkResult;
          expect(result.skipped.length).toBeGreaterThan(0);
          const code = c.fault === 'unknown' ? 'internal_error' : 'unavailable';
          expect(new Set(result.skipped.map((s) => s.code))).toEqual(new Set([code]));
          expect(written).toContain('request');
          for (const id of result.succeeded) expect(written).toContain(`plan ${f.ids.indexOf(id) + 1}`);
          // Unless its answer was lost after it was applied, a skipped plan is untouched.
          if (c.fault !== 'lost-response') {
            for (const s of result.skipped) expect(written).not.toContain(`plan ${f.ids.indexOf(s.id) + 1}`);
          }
        },
        resubmit: (org, _f, body) => ({
          method: 'POST',
          path: `/orgs/${org}/plans/bulk-archive`,
          body: { planIds: (body as BulkResult).skipped.map((s) => s.id) },
        }),
      },
    }));
});
