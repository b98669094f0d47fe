/**
 * Contract tests for `/orgs/{orgId}/plan-groups` (API.md, "Plan groups"), over HTTP against the
 * local server. What every CRUD resource does is `crudContract`'s; this file keeps what is special
 * about groups: their fields and the plans in them. A plan in a group is its reference count, kept
 * by the plan's write through `groupReference`; tests that need one take that same step directly.
 */
import { describe, expect, it } from 'vitest';
import { groupReference } from '../../shared/plan-groups/references.ts';
import type { PlanGroupResource } from '../../shared/plan-groups/schemas.ts';
import {
  auditEvents as auditEventsOf,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  resourceClient,
  useApi,
} from '../support/api.ts';
import { crudContract, refusedCreates } from '../support/crud-contract.ts';
import { ISO_MS, rand, sleep } from '../support/fixtures.ts';
import { commitSteps } from '../support/steps.ts';

const api = useApi();
const groups = resourceClient<PlanGroupResource>(api, 'plan-groups');
const { get: getGroup, patch: patchGroup, remove: deleteGroup, list: listGroups } = groups;

crudContract<PlanGroupResource>('plan-groups', {
  api,
  body: () => ({ name: `Group ${rand()}` }),
  fields: (body) => ({ description: null, ...body }),
  change: (n) => ({ name: `Group ${n}` }),
  required: ['name'],
});

const createGroup = (org: string, body: Record<string, unknown> = {}) =>
  groups.create(org, { name: 'Group', ...body });

const auditEvents = (org: string) => auditEventsOf(api, org);

/** What a plan write does to its group: one more (or one fewer) plan in it. */
const planInGroup = (org: string, groupId: string, delta: 1 | -1) =>
  commitSteps(org, [groupReference(org, groupId, delta)]);

describe('POST /orgs/{orgId}/plan-groups', () => {
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

  refusedCreates(api, 'plan-groups', { name: 'G' }, [
    { label: 'missing name', body: { name: undefined }, path: 'name' },
    { label: 'empty name', body: { name: '' }, path: 'name' },
    { label: 'name of 101 characters', body: { name: 'n'.repeat(101) }, path: 'name' },
    { label: 'null name', body: { name: null }, path: 'name' },
    { label: 'description of 1001 characters', body: { description: 'd'.repeat(1001) }, path: 'description' },
    { label: 'numeric description', body: { description: 1 }, path: 'description' },
    { label: 'internal refCount', body: { refCount: 0 }, path: 'refCount' },
  ]);
});

describe('GET /orgs/{orgId}/plan-groups', () => {
  it('refuses unknown query parameters and a bad limit with 400 validation_failed', async () => {
    const org = newOrg();
    expectInvalidField(await listGroups(org, 'status=active'), 'status');
    expectInvalidField(await listGroups(org, 'limit=101'), 'limit');
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
});

describe('DELETE /orgs/{orgId}/plan-groups/{groupId}', () => {
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
});
