/**
 * Contract tests for `/orgs/{orgId}/plan-groups` (API.md, "Plan groups"), over HTTP against the
 * local server. A plan in a group is its reference count, kept by the plan's write through
 * `groupReference`; tests that need one take that same step directly.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { OperationContext } from '../../shared/context.ts';
import { commit } from '../../shared/db/commit.ts';
import type { Page } from '../../shared/db/pagination.ts';
import { groupReference } from '../../shared/plan-groups/references.ts';
import type { PlanGroupResource } from '../../shared/plan-groups/schemas.ts';
import {
  type ApiResponse,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  useApi,
  viewerToken,
} from '../support/api.ts';
import { ISO_MS, sleep } from '../support/fixtures.ts';

const GROUP_ID = /^pgrp_[0-9A-HJKMNP-TV-Z]{26}$/;
const MISSING_GROUP = 'pgrp_01ARZ3NDEKTSV4RRFFQ69G5FAV';

const api = useApi();

const createGroup = async (org: string, body: Record<string, unknown> = {}): Promise<PlanGroupResource> => {
  const res = await api.request<PlanGroupResource>('POST', `/orgs/${org}/plan-groups`, {
    body: { name: 'Group', ...body },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

const getGroup = (org: string, id: string) =>
  api.request<PlanGroupResource>('GET', `/orgs/${org}/plan-groups/${id}`);

const patchGroup = (
  org: string,
  id: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) =>
  api.request<PlanGroupResource>('PATCH', `/orgs/${org}/plan-groups/${id}`, {
    body,
    ...(headers ? { headers } : {}),
  });

const deleteGroup = (org: string, id: string, headers?: Record<string, string>) =>
  api.request('DELETE', `/orgs/${org}/plan-groups/${id}`, headers ? { headers } : {});

const listGroups = (org: string, query = '') =>
  api.request<Page<PlanGroupResource>>('GET', `/orgs/${org}/plan-groups${query ? `?${query}` : ''}`);

const auditEvents = async (org: string): Promise<AuditEventResource[]> => {
  const res = await api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events?limit=100`);
  expect(res.status, res.text).toBe(200);
  return res.body.items;
};

/** What a plan write does to its group: one more (or one fewer) plan in it. */
const planInGroup = (org: string, groupId: string, delta: 1 | -1) => {
  const ctx: OperationContext = { orgId: org, actor: { sub: 'test', email: null }, now: new Date() };
  return commit(ctx, [groupReference(org, groupId, delta)]);
};

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('POST /orgs/{orgId}/plan-groups', () => {
  it('creates a group: 201 with every field, Location and ETag "1", recorded as plan-group.created', async () => {
    const org = newOrg();
    const res = await api.request<PlanGroupResource>('POST', `/orgs/${org}/plan-groups`, {
      body: { name: 'Team plans' },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(GROUP_ID),
      organizationId: org,
      name: 'Team plans',
      description: null,
      version: 1,
      createdAt: expect.stringMatching(ISO_MS),
      updatedAt: res.body.createdAt,
    });
    expect(res.headers.get('location')).toBe(`/orgs/${org}/plan-groups/${res.body.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    const got = await getGroup(org, res.body.id);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
    expect(got.headers.get('etag')).toBe('"1"');
    const [event] = await auditEvents(org);
    expect(event).toMatchObject({
      entityType: 'plan-group',
      entityId: res.body.id,
      action: 'plan-group.created',
      before: null,
      after: res.body,
    });
  });

  it.each([
    { label: 'name of 100 characters', body: { name: 'n'.repeat(100) } },
    { label: 'description of 1000 characters', body: { description: 'd'.repeat(1000) } },
    { label: 'empty description', body: { description: '' } },
    { label: 'null description', body: { description: null } },
  ])('accepts $label', async ({ body }) => {
    const org = newOrg();
    const group = await createGroup(org, body);
    expect(group).toMatchObject(body);
  });

  it.each([
    { label: 'missing name', body: { name: undefined }, path: 'name' },
    { label: 'empty name', body: { name: '' }, path: 'name' },
    { label: 'name of 101 characters', body: { name: 'n'.repeat(101) }, path: 'name' },
    { label: 'null name', body: { name: null }, path: 'name' },
    { label: 'description of 1001 characters', body: { description: 'd'.repeat(1001) }, path: 'description' },
    { label: 'numeric description', body: { description: 1 }, path: 'description' },
    { label: 'unknown field', body: { color: 'red' }, path: 'color' },
    { label: 'read-only id', body: { id: MISSING_GROUP }, path: 'id' },
    { label: 'read-only version', body: { version: 1 }, path: 'version' },
    { label: 'internal refCount', body: { refCount: 0 }, path: 'refCount' },
  ])(
    'refuses $label with 400 validation_failed naming the field, writing nothing',
    async ({ body, path }) => {
      const org = newOrg();
      const res = await api.request('POST', `/orgs/${org}/plan-groups`, { body: { name: 'G', ...body } });
      expectInvalidField(res, path);
      expect((await listGroups(org)).body.items).toEqual([]);
      expect(await auditEvents(org)).toEqual([]);
    },
  );

  it('refuses a viewer with 403 forbidden', async () => {
    const org = newOrg();
    const res = await api.request('POST', `/orgs/${org}/plan-groups`, {
      body: { name: 'G' },
      token: viewerToken(org),
    });
    expectProblem(res, 403, 'forbidden');
  });
});

describe('GET /orgs/{orgId}/plan-groups', () => {
  it('lists newest first, pages with limit and cursor, and refuses a tampered cursor', async () => {
    const org = newOrg();
    const made: PlanGroupResource[] = [];
    for (let i = 0; i < 5; i++) made.push(await createGroup(org, { name: `G${i}` }));
    await createGroup(newOrg(), { name: 'elsewhere' });
    const all = await listGroups(org);
    expect(all.body).toEqual({ items: [...made].reverse(), nextCursor: null });

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res: ApiResponse<Page<PlanGroupResource>> = await listGroups(org, q);
      expect(res.status, res.text).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...ids(res.body.items));
      cursor = res.body.nextCursor;
      pages += 1;
      expect(pages).toBeLessThan(10);
    } while (cursor);
    expect(seen).toEqual(ids([...made].reverse()));

    const first = await listGroups(org, 'limit=1');
    const token = first.body.nextCursor ?? '';
    expectProblem(await listGroups(org, `cursor=${encodeURIComponent(`${token}x`)}`), 400, 'invalid_cursor');
  });

  it('refuses unknown query parameters and a bad limit with 400 validation_failed', async () => {
    const org = newOrg();
    expectInvalidField(await listGroups(org, 'status=active'), 'status');
    expectInvalidField(await listGroups(org, 'limit=101'), 'limit');
  });

  it('answers 404 not_found for a group that does not exist or is malformed', async () => {
    const org = newOrg();
    expectProblem(await getGroup(org, MISSING_GROUP), 404, 'not_found');
    expectProblem(await getGroup(org, 'pgrp_1'), 404, 'not_found');
  });

  it("does not show another org's group", async () => {
    const group = await createGroup(newOrg());
    expectProblem(await getGroup(newOrg(), group.id), 404, 'not_found');
  });
});

describe('PATCH /orgs/{orgId}/plan-groups/{groupId}', () => {
  it('changes the fields sent, bumps the version and records plan-group.updated', async () => {
    const org = newOrg();
    const group = await createGroup(org, { description: 'Old' });
    await sleep(5);
    const res = await patchGroup(org, group.id, { name: 'Renamed' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      ...group,
      name: 'Renamed',
      version: 2,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(res.body.updatedAt > group.updatedAt).toBe(true);
    expect(res.headers.get('etag')).toBe('"2"');
    const cleared = await patchGroup(org, group.id, { description: null });
    expect(cleared.body).toMatchObject({ description: null, version: 3 });
    expect((await getGroup(org, group.id)).body).toEqual(cleared.body);
    const [event] = await auditEvents(org);
    expect(event).toMatchObject({
      action: 'plan-group.updated',
      before: res.body,
      after: cleared.body,
    });
  });

  it('refuses invalid fields, changing nothing', async () => {
    const org = newOrg();
    const group = await createGroup(org);
    const res = await patchGroup(org, group.id, { name: '', description: 'd'.repeat(1001), refCount: 3 });
    expect(errorPaths(expectProblem(res, 400, 'validation_failed'))).toEqual(
      expect.arrayContaining(['name', 'description', 'refCount']),
    );
    expectInvalidField(await patchGroup(org, group.id, { name: null }), 'name');
    expect((await getGroup(org, group.id)).body).toEqual(group);
  });

  it('refuses a stale If-Match with 412 version_mismatch', async () => {
    const org = newOrg();
    const group = await createGroup(org);
    const moved = await patchGroup(org, group.id, { name: 'Second' });
    expectProblem(
      await patchGroup(org, group.id, { name: 'Third' }, { 'if-match': '"1"' }),
      412,
      'version_mismatch',
    );
    expect((await getGroup(org, group.id)).body).toEqual(moved.body);
    const ok = await patchGroup(org, group.id, { name: 'Third' }, { 'if-match': '"2"' });
    expect(ok.body.version).toBe(3);
  });

  it('answers 404 not_found for a group that does not exist', async () => {
    expectProblem(await patchGroup(newOrg(), MISSING_GROUP, { name: 'x' }), 404, 'not_found');
  });
});

describe('DELETE /orgs/{orgId}/plan-groups/{groupId}', () => {
  it('answers 204 and the group is gone, recorded as plan-group.deleted', async () => {
    const org = newOrg();
    const group = await createGroup(org);
    const res = await deleteGroup(org, group.id);
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe('');
    expectProblem(await getGroup(org, group.id), 404, 'not_found');
    expect((await listGroups(org)).body.items).toEqual([]);
    expect((await auditEvents(org))[0]).toMatchObject({
      entityType: 'plan-group',
      action: 'plan-group.deleted',
      before: group,
      after: null,
    });
    expectProblem(await deleteGroup(org, group.id), 404, 'not_found');
  });

  it('refuses a group with plans with 409 group_not_empty until the last plan leaves', async () => {
    const org = newOrg();
    const group = await createGroup(org);
    await planInGroup(org, group.id, 1);
    await planInGroup(org, group.id, 1);
    expectProblem(await deleteGroup(org, group.id), 409, 'group_not_empty');
    await planInGroup(org, group.id, -1);
    expectProblem(await deleteGroup(org, group.id), 409, 'group_not_empty');
    expect((await getGroup(org, group.id)).body).toEqual(group);
    await planInGroup(org, group.id, -1);
    expect((await deleteGroup(org, group.id)).status).toBe(204);
    expect((await auditEvents(org)).map((e) => e.action)).toEqual([
      'plan-group.deleted',
      'plan-group.created',
    ]);
  });

  it('refuses a plan joining a deleted group with 422 reference_not_found', async () => {
    const org = newOrg();
    const group = await createGroup(org);
    expect((await deleteGroup(org, group.id)).status).toBe(204);
    await expect(planInGroup(org, group.id, 1)).rejects.toMatchObject({ code: 'reference_not_found' });
  });

  it('refuses a stale If-Match with 412 version_mismatch and keeps the group', async () => {
    const org = newOrg();
    const group = await createGroup(org);
    await patchGroup(org, group.id, { name: 'Moved on' });
    expectProblem(await deleteGroup(org, group.id, { 'if-match': '"1"' }), 412, 'version_mismatch');
    expect((await getGroup(org, group.id)).status).toBe(200);
  });

  it('answers 404 not_found for a group that does not exist', async () => {
    expectProblem(await deleteGroup(newOrg(), MISSING_GROUP), 404, 'not_found');
  });
});
