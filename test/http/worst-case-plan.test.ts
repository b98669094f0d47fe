/**
 * The largest plan the contract allows lives its whole life over HTTP: create, a PATCH of every
 * field, publish, a bind, a PATCH while live, cancel, archive, restore, duplicate, delete of the
 * copy, and bulk routes — every answer a success, every audit event exactly the images the answers
 * showed, every stored item under DynamoDB's 400 KB, and every list page under Lambda's 6 MB.
 *
 * Before the audit images were stored compactly, the PATCH answered `500` ("Item size has exceeded
 * the maximum allowed size"): an update's event held two images of about 200 KB each.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import type { PlanResource } from '../../shared/plans/schemas.ts';
import type { SubscriptionResource } from '../../shared/subscriptions/schemas.ts';
import { dump } from '../faults/harness.ts';
import { type ApiResponse, newOrg, useApi } from '../support/api.ts';
import { bind, cancel, createSubscriber } from '../support/subscriptions.ts';
import {
  expectAllChildren,
  itemBytes,
  LAMBDA_RESPONSE_LIMIT,
  lambdaPayloadBytes,
  type WorstCatalog,
  worstCatalog,
  worstFields,
  worstSlug,
} from '../support/worst-case.ts';

// The item-size check reads every item of the table: this file's own.
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('worst-case'));

const api = useApi();

const ok = <T>(res: ApiResponse<T>, status = 200): T => {
  expect(res.status, res.text.slice(0, 500)).toBe(status);
  return res.body;
};

/** Every page of a list (at `limit=100`), each checked against Lambda's response limit. */
const allPages = async <T>(path: string) => {
  const items: T[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res: ApiResponse<Page<T>> = await api.request<Page<T>>(
      'GET',
      `${path}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    ok(res);
    sizes.push(lambdaPayloadBytes(res));
    expect(lambdaPayloadBytes(res), `${path}: a page over Lambda's 6 MB`).toBeLessThan(LAMBDA_RESPONSE_LIMIT);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    expect(sizes.length, 'pagination does not terminate').toBeLessThan(100);
  } while (cursor !== null);
  return { items, sizes };
};

describe('the largest plan the contract allows', () => {
  // One catalog (1,400 products) serves both tests; each works in an org of its own otherwise.
  let org = '';
  let catalog: WorstCatalog;
  beforeAll(async () => {
    org = newOrg('worst');
    catalog = await worstCatalog(api, org);
  });

  it('lives its whole life: every write succeeds, events hold exactly the answers, items and pages fit', async () => {
    const base = `/orgs/${org}/plans`;
    const key = (step: string) => ({ 'idempotency-key': `${org}-${step}` });

    // Create: control characters everywhere (6 bytes each in JSON), with every reference.
    const createBody = {
      ...worstFields(1, 'control', {
        items: catalog.items,
        packageId: catalog.packageIds[0],
        groupId: catalog.groupIds[0],
        companyId: catalog.companyId,
      }),
      slug: worstSlug('worst'),
    };
    expect(Buffer.byteLength(JSON.stringify(createBody))).toBeLessThan(256 * 1024);
    const created = ok(
      await api.request<PlanResource>('POST', base, { body: createBody, headers: key('create') }),
      201,
    );
    expect(created).toMatchObject({ ...createBody, status: 'draft', version: 1 });
    expectAllChildren(created, catalog);
    // What the answers showed, step by step: each event must hold exactly these.
    const answers: { action: string; before: unknown; after: unknown }[] = [
      { action: 'plan.created', before: null, after: created },
    ];

    // PATCH every field at once: new control characters (an event of two images of about 200 KB of
    // JSON each: this answered 500 before), the items in another order with other quantities, the
    // other package and group, no company.
    const reordered = [...catalog.items]
      .reverse()
      .map((item, i) => ({ ...item, quantity: 1_000_000 - i, included: i % 2 === 0 }));
    const patchBody = {
      ...worstFields(2, 'control', {
        items: reordered,
        packageId: catalog.packageIds[1],
        groupId: catalog.groupIds[1],
        companyId: null,
      }),
      type: 'custom',
      visibility: 'public',
      defaultCycle: 'annual',
      customDays: 3649,
      trialDays: 89,
      slug: worstSlug('patched'),
    };
    const patched = ok(
      await api.request<PlanResource>('PATCH', `${base}/${created.id}`, { body: patchBody }),
    );
    expect(patched).toMatchObject({ ...patchBody, version: 2 });
    expectAllChildren(patched, catalog);
    answers.push({ action: 'plan.updated', before: created, after: patched });

    const step = async (verb: string, before: PlanResource, action: string) => {
      const after = ok(
        await api.request<PlanResource>('POST', `${base}/${created.id}/${verb}`, { headers: key(verb) }),
      );
      answers.push({ action, before, after });
      return after;
    };
    const published = await step('publish', patched, 'plan.published');

    // A bind: the subscription's snapshot carries the plan's terms.
    const subscriber = await createSubscriber(api, org);
    const subscription: SubscriptionResource = await bind(api, org, {
      subscriberId: subscriber.id,
      planId: created.id,
    });
    expect(subscription.plan).toMatchObject({ name: patchBody.name, slug: patchBody.slug });
    const counted = { ...published, liveSubscriptionCount: 1, subscriptionCount: 1 };

    // While live, PATCH the text to random characters of the Basic Multilingual Plane (what compresses
    // worst), then one field more: an event with two such images.
    const { name, description, features, limits } = worstFields(3, 'bmp', {
      items: [],
      packageId: null,
      groupId: null,
      companyId: null,
    });
    const rewritten = ok(
      await api.request<PlanResource>('PATCH', `${base}/${created.id}`, {
        body: { name, description, features, limits },
      }),
    );
    expect(rewritten).toMatchObject({ name, description, features, limits, items: patched.items });
    answers.push({ action: 'plan.updated', before: counted, after: rewritten });
    const renamed = ok(
      await api.request<PlanResource>('PATCH', `${base}/${created.id}`, {
        body: { name: [...name].reverse().join('') },
      }),
    );
    answers.push({ action: 'plan.updated', before: rewritten, after: renamed });

    await cancel(api, org, subscription.id);
    const idle = { ...renamed, liveSubscriptionCount: 0 };
    const archived = await step('archive', idle, 'plan.archived');
    const restored = await step('restore', archived, 'plan.restored');

    // Duplicate: a new draft with every writable field (and its 50 product references).
    const copy = ok(
      await api.request<PlanResource>('POST', `${base}/${created.id}/duplicate`, {
        headers: key('duplicate'),
      }),
      201,
    );
    expect(copy).toMatchObject({
      ...patchBody,
      name: `${renamed.name.slice(0, 255 - ' (Copy)'.length)} (Copy)`,
      slug: `${patchBody.slug.slice(0, 95)}-copy`,
      description,
      features,
      limits,
      status: 'draft',
    });
    expectAllChildren(copy, catalog);

    // The original had a subscription: it can never be deleted. The copy can, in full.
    expect((await api.request('DELETE', `${base}/${created.id}`)).status).toBe(409);
    ok(await api.request('DELETE', `${base}/${copy.id}`), 204);

    // Bulk routes over the original: move (an update with two full images), archive.
    const moved = ok(
      await api.request<{ succeeded: string[] }>('POST', `${base}/bulk-move`, {
        body: { planIds: [created.id], groupId: catalog.groupIds[0] },
        headers: key('bulk-move'),
      }),
    );
    expect(moved.succeeded).toEqual([created.id]);

    // The plan's events are exactly what the answers showed, `childProductIds` included.
    const events = (await allPages<AuditEventResource>(`/orgs/${org}/audit-events?entityId=${created.id}`))
      .items;
    const oldestFirst = [...events].reverse();
    expect(oldestFirst.map((e) => e.action)).toEqual([
      ...answers.map((a) => a.action),
      'plan.updated', // bulk-move
    ]);
    answers.forEach((answer, i) => {
      const event = oldestFirst[i] as AuditEventResource;
      expect(event.before, `${answer.action} #${i}: before`).toEqual(answer.before);
      expect(event.after, `${answer.action} #${i}: after`).toEqual(answer.after);
    });
    const lastEvent = oldestFirst.at(-1) as AuditEventResource;
    expect(lastEvent.before).toEqual(restored);
    expect((lastEvent.after as PlanResource).groupId).toBe(catalog.groupIds[0]);
    const copyEvents = (await allPages<AuditEventResource>(`/orgs/${org}/audit-events?entityId=${copy.id}`))
      .items;
    expect(copyEvents.map((e) => e.action)).toEqual(['plan.deleted', 'plan.duplicated']);
    expect(copyEvents[0]?.before).toEqual(copy);
    expect(copyEvents[1]?.after).toEqual(copy);

    // Every item stored along the way (plans, events, the snapshot, idempotency records) is under
    // 400 KB, with room to spare.
    const items = [...(await dump()).values()];
    const largest = Math.max(...items.map(itemBytes));
    expect(largest).toBeLessThan(300 * 1024);
    const byEntity = new Map<string, number>();
    for (const item of items) {
      const entity = String(item.__edb_e__);
      byEntity.set(entity, Math.max(byEntity.get(entity) ?? 0, itemBytes(item)));
    }
    console.log(
      `worst-case plan: largest stored item per entity (KB): ${JSON.stringify(
        Object.fromEntries([...byEntity].map(([e, n]) => [e, Math.round(n / 1024)])),
      )}`,
    );
  }, 300_000);

  it('fills list pages under Lambda’s 6 MB: 31 such plans page by size, each listed exactly once', async () => {
    const body = {
      ...worstFields(3, 'control', {
        items: catalog.items,
        packageId: null,
        groupId: null,
        companyId: catalog.companyId,
      }),
      slug: worstSlug('listed'),
    };
    const first = ok(await api.request<PlanResource>('POST', `/orgs/${org}/plans`, { body }), 201);
    // 30 copies: each about 230 KB in a Lambda payload, so 100 of them would be 23 MB.
    const ids = [first.id];
    for (let i = 0; i < 30; i++) {
      ids.push(
        ok(await api.request<PlanResource>('POST', `/orgs/${org}/plans/${first.id}/duplicate`), 201).id,
      );
    }
    const one = await api.request<Page<PlanResource>>('GET', `/orgs/${org}/plans?limit=1`);
    expect(lambdaPayloadBytes(one) * 100).toBeGreaterThan(LAMBDA_RESPONSE_LIMIT);

    // The org also holds the other test's plan: these 31 appear in order, each exactly once.
    const ours = (listed: PlanResource[]) => listed.map((p) => p.id).filter((id) => ids.includes(id));
    const plans = await allPages<PlanResource>(`/orgs/${org}/plans`);
    expect(plans.sizes.length, 'one page of 31 would exceed 6 MB').toBeGreaterThan(1);
    expect(ours(plans.items)).toEqual([...ids].reverse());
    expect(new Set(plans.items.map((p) => p.id)).size).toBe(plans.items.length);
    for (const plan of plans.items) expectAllChildren(plan, catalog);

    // A filtered list (another index) and the audit trail (two images per update) page the same way.
    const drafts = await allPages<PlanResource>(
      `/orgs/${org}/plans?status=draft&companyId=${catalog.companyId}`,
    );
    expect(ours(drafts.items)).toEqual([...ids].reverse());
    const events = await allPages<AuditEventResource>(`/orgs/${org}/audit-events?entityType=plan`);
    expect(events.sizes.length).toBeGreaterThan(1);
    expect(new Set(events.items.map((e) => e.id)).size).toBe(events.items.length);
    const creations = events.items.filter((e) => ids.includes(e.entityId));
    expect(creations.map((e) => e.entityId)).toEqual([...ids].reverse());
  }, 300_000);
});
