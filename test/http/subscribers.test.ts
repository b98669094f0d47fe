/**
 * Contract tests for `/orgs/{orgId}/subscribers` (API.md, "Subscribers" and the conventions it
 * relies on), over HTTP against the local server.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import { commit } from '../../shared/db/commit.ts';
import type { Page } from '../../shared/db/pagination.ts';
import { db } from '../../shared/db/service.ts';
import { subscriberReference } from '../../shared/subscribers/references.ts';
import type { SubscriberResource } from '../../shared/subscribers/schemas.ts';
import {
  type ApiResponse,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  resourceClient,
  useApi,
  viewerToken,
} from '../support/api.ts';
import { ISO_MS, rand } from '../support/fixtures.ts';

const SBR_ID = /^sbr_[0-9A-HJKMNP-TV-Z]{26}$/;
const MISSING_SBR = 'sbr_01ARZ3NDEKTSV4RRFFQ69G5FAV';

const api = useApi();
const {
  post: postSubscriber,
  get: getSubscriber,
  patch: patchSubscriber,
  remove: deleteSubscriber,
  list: listSubscribers,
} = resourceClient<SubscriberResource>(api, 'subscribers');

/** A valid create body with a fresh username and email; `overrides` replace fields (or drop them, with `undefined`). */
const sbrBody = (overrides: Record<string, unknown> = {}) => {
  const tag = rand();
  return { username: `user_${tag}`, email: `user.${tag}@example.com`, name: 'Subscriber', ...overrides };
};

const createSubscriber = async (
  org: string,
  overrides: Record<string, unknown> = {},
): Promise<SubscriberResource> => {
  const res = await postSubscriber(org, sbrBody(overrides));
  expect(res.status, res.text).toBe(201);
  return res.body;
};

/** The ids a list answers, asserting it succeeded. */
const listedIds = async (org: string, query = '') => {
  const res = await listSubscribers(org, query);
  expect(res.status, res.text).toBe(200);
  return res.body.items.map((s) => s.id);
};

/** Lists every page, following `nextCursor` until it is null. */
const listAll = async (org: string, query: string): Promise<string[]> => {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const q: string = cursor ? `${query}&cursor=${encodeURIComponent(cursor)}` : query;
    const res: ApiResponse<Page<SubscriberResource>> = await listSubscribers(org, q);
    expect(res.status, res.text).toBe(200);
    ids.push(...res.body.items.map((s) => s.id));
    cursor = res.body.nextCursor;
    pages += 1;
    expect(pages, 'pagination does not terminate').toBeLessThan(50);
  } while (cursor !== null);
  return ids;
};

const auditEvents = async (org: string, query = ''): Promise<AuditEventResource[]> => {
  const res = await api.request<Page<AuditEventResource>>(
    'GET',
    `/orgs/${org}/audit-events?limit=100${query ? `&${query}` : ''}`,
  );
  expect(res.status, res.text).toBe(200);
  return res.body.items;
};

/** Asserts a refused request wrote nothing in a fresh org: no subscriber, no audit event. */
const expectNothingWritten = async (org: string) => {
  expect(await listedIds(org)).toEqual([]);
  expect(await auditEvents(org)).toEqual([]);
};

/** Gives a subscriber one subscription's worth of reference, as a bind's transaction does. */
const holdSubscription = (org: string, subscriberId: string) =>
  commit({ orgId: org, actor: { sub: 'test', email: null }, now: new Date() }, [
    subscriberReference(org, subscriberId, 'subscriberId'),
  ]);

/** An address of exactly `length` characters (at least 10). */
const emailOfLength = (length: number) => {
  const local = 'a'.repeat(Math.min(64, length - 10));
  return `${local}@${'b'.repeat(length - local.length - 5)}.com`;
};

describe('POST /orgs/{orgId}/subscribers', () => {
  it('creates a subscriber: 201 with exactly the public fields, Location and ETag "1"', async () => {
    const org = newOrg();
    const before = Date.now();
    const res = await postSubscriber(org, {
      username: 'Alice',
      email: 'Alice@Example.com',
      name: 'Alice A.',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const sbr = res.body;
    expect(sbr).toStrictEqual({
      id: expect.stringMatching(SBR_ID),
      organizationId: org,
      username: 'Alice',
      email: 'Alice@Example.com',
      name: 'Alice A.',
      version: 1,
      createdAt: expect.stringMatching(ISO_MS),
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(sbr.updatedAt).toBe(sbr.createdAt);
    expect(Date.parse(sbr.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(sbr.createdAt)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(res.headers.get('location')).toBe(`/orgs/${org}/subscribers/${sbr.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect((await getSubscriber(org, sbr.id)).body).toStrictEqual(sbr);
  });

  it('defaults name to null when it is not sent', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { name: undefined });
    expect(sbr.name).toBeNull();
  });

  it.each([
    { label: 'username of 3 characters', field: 'username', value: 'abc' },
    { label: 'username of 64 characters', field: 'username', value: 'u'.repeat(64) },
    { label: 'username with digits, _, . and -', field: 'username', value: 'Al.ice_2024-x' },
    { label: 'username of digits only', field: 'username', value: '123' },
    { label: 'username of punctuation only', field: 'username', value: '._-' },
    { label: 'email with plus and subdomain', field: 'email', value: 'first.last+tag@mail.example.co.uk' },
    { label: 'upper-case email', field: 'email', value: 'BOB@EXAMPLE.COM' },
    { label: 'email of 254 characters', field: 'email', value: emailOfLength(254) },
    { label: 'name of 200 characters', field: 'name', value: 'n'.repeat(200) },
    { label: 'name of 1 character', field: 'name', value: 'n' },
    { label: 'empty name', field: 'name', value: '' },
    { label: 'null name', field: 'name', value: null },
  ])('accepts $label', async ({ field, value }) => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { [field]: value });
    expect(sbr[field as keyof SubscriberResource]).toEqual(value);
    expect((await getSubscriber(org, sbr.id)).body).toStrictEqual(sbr);
  });

  it.each([
    { label: 'username of 2 characters', body: { username: 'ab' } },
    { label: 'username of 65 characters', body: { username: 'u'.repeat(65) } },
    { label: 'empty username', body: { username: '' } },
    { label: 'username with a space', body: { username: 'al ice' } },
    { label: 'username with an @', body: { username: 'al@ice' } },
    { label: 'username with a +', body: { username: 'al+ice' } },
    { label: 'username with a slash', body: { username: 'al/ice' } },
    { label: 'username with a non-ASCII letter', body: { username: 'alïce' } },
    { label: 'username with a trailing newline', body: { username: 'alice\n' } },
    { label: 'numeric username', body: { username: 12345 } },
    { label: 'null username', body: { username: null } },
    { label: 'missing username', body: { username: undefined } },
  ])('refuses $label with 400 validation_failed naming username, writing nothing', async ({ body }) => {
    const org = newOrg();
    expectInvalidField(await postSubscriber(org, sbrBody(body)), 'username');
    await expectNothingWritten(org);
  });

  it.each([
    { label: 'an address without @', email: 'alice.example.com' },
    { label: 'an address without a local part', email: '@example.com' },
    { label: 'an address without a domain', email: 'alice@' },
    { label: 'an address without a top-level domain', email: 'alice@example' },
    { label: 'an address with two @', email: 'alice@@example.com' },
    { label: 'an address with a space', email: 'ali ce@example.com' },
    { label: 'an address with surrounding spaces', email: ' alice@example.com ' },
    { label: 'an address with a double dot', email: 'alice..b@example.com' },
    { label: 'a display-name address', email: 'Alice <alice@example.com>' },
    { label: 'an empty string', email: '' },
    { label: 'an address of 255 characters', email: emailOfLength(255) },
    { label: 'a number', email: 42 },
    { label: 'null', email: null },
    { label: 'nothing', email: undefined },
  ])(
    'refuses $label as email with 400 validation_failed naming email, writing nothing',
    async ({ email }) => {
      const org = newOrg();
      expectInvalidField(await postSubscriber(org, sbrBody({ email })), 'email');
      await expectNothingWritten(org);
    },
  );

  it.each([
    { label: 'name of 201 characters', body: { name: 'n'.repeat(201) } },
    { label: 'numeric name', body: { name: 7 } },
  ])('refuses $label with 400 validation_failed naming name, writing nothing', async ({ body }) => {
    const org = newOrg();
    expectInvalidField(await postSubscriber(org, sbrBody(body)), 'name');
    await expectNothingWritten(org);
  });

  it('lists every problem of a body at once', async () => {
    const org = newOrg();
    const res = await postSubscriber(org, { username: 'x', email: 'nope', name: 'n'.repeat(201) });
    const problem = expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(problem)).toEqual(expect.arrayContaining(['username', 'email', 'name']));
    await expectNothingWritten(org);
  });

  it('lists both missing required fields of an empty object', async () => {
    const org = newOrg();
    const problem = expectProblem(await postSubscriber(org, {}), 400, 'validation_failed');
    expect(errorPaths(problem)).toEqual(expect.arrayContaining(['username', 'email']));
    await expectNothingWritten(org);
  });

  it.each([
    { field: 'id', value: MISSING_SBR },
    { field: 'version', value: 1 },
    { field: 'createdAt', value: '2024-01-01T00:00:00.000Z' },
    { field: 'updatedAt', value: '2024-01-01T00:00:00.000Z' },
    { field: 'organizationId', value: 'someone-else' },
    { field: 'refCount', value: 0 },
    { field: 'usernameKey', value: 'x' },
    { field: 'emailKey', value: 'x@example.com' },
    { field: 'color', value: 'red' },
  ])('refuses the read-only or unknown field $field, writing nothing', async ({ field, value }) => {
    const org = newOrg();
    expectInvalidField(await postSubscriber(org, sbrBody({ [field]: value })), field);
    await expectNothingWritten(org);
  });

  it('refuses a username already used in the org ignoring case with 409 username_taken', async () => {
    const org = newOrg();
    const first = await createSubscriber(org, { username: 'Alice' });
    for (const username of ['Alice', 'alice', 'ALICE', 'aLiCe']) {
      const problem = expectProblem(await postSubscriber(org, sbrBody({ username })), 409, 'username_taken');
      expect(problem.errors).toEqual([{ path: 'username', message: expect.any(String) }]);
    }
    expect(await listedIds(org)).toEqual([first.id]);
    expect(await auditEvents(org)).toHaveLength(1);
  });

  it('refuses an email already used in the org ignoring case with 409 email_taken', async () => {
    const org = newOrg();
    const first = await createSubscriber(org, { email: 'Bob@Example.com' });
    for (const email of ['Bob@Example.com', 'bob@example.com', 'BOB@EXAMPLE.COM']) {
      const problem = expectProblem(await postSubscriber(org, sbrBody({ email })), 409, 'email_taken');
      expect(problem.errors).toEqual([{ path: 'email', message: expect.any(String) }]);
    }
    expect(await listedIds(org)).toEqual([first.id]);
    expect(await auditEvents(org)).toHaveLength(1);
  });

  it('claims neither value when one of them is taken', async () => {
    const org = newOrg();
    await createSubscriber(org, { username: 'carol', email: 'carol@example.com' });
    expectProblem(
      await postSubscriber(org, { username: 'dave', email: 'CAROL@example.com' }),
      409,
      'email_taken',
    );
    // 'dave' was not kept by the refused create.
    const dave = await createSubscriber(org, { username: 'Dave' });
    expect(dave.username).toBe('Dave');
  });

  it('lets two orgs use the same username and email', async () => {
    const a = newOrg();
    const b = newOrg();
    await createSubscriber(a, { username: 'shared', email: 'shared@example.com' });
    const sbr = await createSubscriber(b, { username: 'SHARED', email: 'Shared@Example.com' });
    expect(sbr.organizationId).toBe(b);
  });

  it('lets exactly one of 20 concurrent creates of one email (in any case) win', async () => {
    const org = newOrg();
    const spellings = ['race@example.com', 'RACE@EXAMPLE.COM', 'Race@Example.com', 'rAcE@eXaMpLe.CoM'];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postSubscriber(org, sbrBody({ username: `racer_${i}`, email: spellings[i % 4] })),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(19);
    for (const r of refused) expectProblem(r, 409, 'email_taken');
    expect(await listedIds(org)).toHaveLength(1);
    expect(await auditEvents(org)).toHaveLength(1);
  });

  it('lets exactly one of 20 concurrent creates of one username (in any case) win', async () => {
    const org = newOrg();
    const spellings = ['racer', 'RACER', 'Racer', 'rAcEr'];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postSubscriber(org, sbrBody({ username: spellings[i % 4] }))),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 201)) expectProblem(r, 409, 'username_taken');
    expect(await listedIds(org)).toHaveLength(1);
  });

  it('replays a create sent again with the same Idempotency-Key', async () => {
    const org = newOrg();
    const body = sbrBody();
    const first = await postSubscriber(org, body, { 'idempotency-key': 'k-1' });
    expect(first.status, first.text).toBe(201);
    const again = await postSubscriber(org, body, { 'idempotency-key': 'k-1' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await listedIds(org)).toEqual([first.body.id]);
  });

  it('refuses a viewer with 403 forbidden', async () => {
    const org = newOrg();
    const res = await api.request('POST', `/orgs/${org}/subscribers`, {
      token: viewerToken(org),
      body: sbrBody(),
    });
    expectProblem(res, 403, 'forbidden');
    await expectNothingWritten(org);
  });
});

describe('GET /orgs/{orgId}/subscribers/{subscriberId}', () => {
  it('returns the subscriber with its ETag, to a viewer too', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org);
    const res = await api.request('GET', `/orgs/${org}/subscribers/${sbr.id}`, { token: viewerToken(org) });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toStrictEqual(sbr);
    expect(res.headers.get('etag')).toBe('"1"');
  });

  it('answers 404 not_found for an id that does not exist', async () => {
    expectProblem(await getSubscriber(newOrg(), MISSING_SBR), 404, 'not_found');
  });

  it("answers 404 not_found for another org's subscriber", async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org);
    const other = newOrg();
    expectProblem(await getSubscriber(other, sbr.id), 404, 'not_found');
    expectProblem(await patchSubscriber(other, sbr.id, { name: 'x' }), 404, 'not_found');
    expectProblem(await deleteSubscriber(other, sbr.id), 404, 'not_found');
    expect((await getSubscriber(org, sbr.id)).body).toStrictEqual(sbr);
  });

  it.each(['not-an-id', 'sbr_123', 'sbr_01ARZ3NDEKTSV4RRFFQ69G5FAVX', 'pkg_01ARZ3NDEKTSV4RRFFQ69G5FAV'])(
    'answers 404 not_found for the malformed id %s',
    async (id) => {
      const org = newOrg();
      expectProblem(await getSubscriber(org, id), 404, 'not_found');
      expectProblem(await patchSubscriber(org, id, { name: 'x' }), 404, 'not_found');
      expectProblem(await deleteSubscriber(org, id), 404, 'not_found');
    },
  );
});

describe('GET /orgs/{orgId}/subscribers', () => {
  it('returns { items, nextCursor } newest first', async () => {
    const org = newOrg();
    const created: SubscriberResource[] = [];
    for (let i = 0; i < 3; i++) created.push(await createSubscriber(org));
    const res = await listSubscribers(org);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ items: [...created].reverse(), nextCursor: null });
  });

  it('returns an empty list for an org without subscribers', async () => {
    const res = await listSubscribers(newOrg());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextCursor: null });
  });

  it('pages through every subscriber exactly once, newest first', async () => {
    const org = newOrg();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createSubscriber(org)).id);
    expect(await listAll(org, 'limit=2')).toEqual([...ids].reverse());
  });

  it('filters by username: an exact match ignoring case', async () => {
    const org = newOrg();
    const alice = await createSubscriber(org, { username: 'alice' });
    await createSubscriber(org, { username: 'alice2' });
    await createSubscriber(org, { username: 'malice' });
    for (const username of ['alice', 'ALICE', 'Alice']) {
      const res = await listSubscribers(org, `username=${username}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toStrictEqual({ items: [alice], nextCursor: null });
    }
  });

  it('does not match a username by prefix, suffix or substring', async () => {
    const org = newOrg();
    await createSubscriber(org, { username: 'alice_smith' });
    for (const username of ['alice', 'ALI', 'smith', 'ce_sm', 'alice_smith_']) {
      expect(await listedIds(org, `username=${username}`)).toEqual([]);
    }
  });

  it('filters by email: an exact match ignoring case', async () => {
    const org = newOrg();
    const bob = await createSubscriber(org, { email: 'Bob@Example.com' });
    await createSubscriber(org, { email: 'bob@example.org' });
    await createSubscriber(org, { email: 'bobby@example.com' });
    for (const email of ['bob@example.com', 'BOB@EXAMPLE.COM', 'Bob@Example.com']) {
      const res = await listSubscribers(org, `email=${encodeURIComponent(email)}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toStrictEqual({ items: [bob], nextCursor: null });
    }
    for (const email of ['bob', 'bob@', 'bob@example', 'ob@example.com']) {
      expect(await listedIds(org, `email=${encodeURIComponent(email)}`)).toEqual([]);
    }
  });

  it('combines the username and email filters', async () => {
    const org = newOrg();
    const carol = await createSubscriber(org, { username: 'carol', email: 'carol@example.com' });
    await createSubscriber(org, { username: 'dave', email: 'dave@example.com' });
    const both = (u: string, e: string) => listedIds(org, `username=${u}&email=${encodeURIComponent(e)}`);
    expect(await both('CAROL', 'Carol@Example.com')).toEqual([carol.id]);
    expect(await both('carol', 'dave@example.com')).toEqual([]);
    expect(await both('dave', 'carol@example.com')).toEqual([]);
  });

  it('follows a change of username or email in the filters', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { username: 'before', email: 'before@example.com' });
    const res = await patchSubscriber(org, sbr.id, { username: 'After', email: 'After@Example.com' });
    expect(res.status, res.text).toBe(200);
    expect(await listedIds(org, 'username=before')).toEqual([]);
    expect(await listedIds(org, 'email=before%40example.com')).toEqual([]);
    expect(await listedIds(org, 'username=after')).toEqual([sbr.id]);
    expect(await listedIds(org, 'email=AFTER%40EXAMPLE.COM')).toEqual([sbr.id]);
  });

  it('finds no deleted subscriber through the filters', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { username: 'gone', email: 'gone@example.com' });
    expect((await deleteSubscriber(org, sbr.id)).status).toBe(204);
    expect(await listedIds(org, 'username=gone')).toEqual([]);
    expect(await listedIds(org, 'email=gone%40example.com')).toEqual([]);
  });

  it("never lists another org's subscribers, filtered or not", async () => {
    const org = newOrg();
    await createSubscriber(org, { username: 'mine', email: 'mine@example.com' });
    const other = newOrg();
    expect(await listedIds(other)).toEqual([]);
    expect(await listedIds(other, 'username=mine')).toEqual([]);
    expect(await listedIds(other, 'email=mine%40example.com')).toEqual([]);
  });

  it.each([
    { query: 'username=', path: 'username' },
    { query: 'email=', path: 'email' },
    { query: 'name=alice', path: 'name' },
    { query: 'limit=0', path: 'limit' },
    { query: 'limit=101', path: 'limit' },
  ])('refuses ?$query with 400 validation_failed', async ({ query, path }) => {
    expectInvalidField(await listSubscribers(newOrg(), query), path);
  });

  it('refuses a cursor issued for another filter with 400 invalid_cursor', async () => {
    const org = newOrg();
    for (let i = 0; i < 2; i++) await createSubscriber(org);
    const first = await listSubscribers(org, 'limit=1');
    const cursor = first.body.nextCursor ?? '';
    expect(cursor).not.toBe('');
    const ok = await listSubscribers(org, `limit=1&cursor=${encodeURIComponent(cursor)}`);
    expect(ok.status, ok.text).toBe(200);
    expectProblem(
      await listSubscribers(org, `limit=1&username=x&cursor=${encodeURIComponent(cursor)}`),
      400,
      'invalid_cursor',
    );
    expectProblem(await listSubscribers(org, 'cursor=garbage'), 400, 'invalid_cursor');
  });
});

describe('PATCH /orgs/{orgId}/subscribers/{subscriberId}', () => {
  it('changes the name, bumps version and updatedAt, and answers with the ETag', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { name: 'Old' });
    const res = await patchSubscriber(org, sbr.id, { name: 'New' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toStrictEqual({ ...sbr, name: 'New', version: 2, updatedAt: res.body.updatedAt });
    expect(res.body.updatedAt >= sbr.updatedAt).toBe(true);
    expect(res.headers.get('etag')).toBe('"2"');
    expect((await getSubscriber(org, sbr.id)).body).toStrictEqual(res.body);
  });

  it('clears the name with null', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { name: 'Someone' });
    const res = await patchSubscriber(org, sbr.id, { name: null });
    expect(res.status, res.text).toBe(200);
    expect(res.body.name).toBeNull();
    expect((await getSubscriber(org, sbr.id)).body.name).toBeNull();
  });

  it('changes nothing (same version, no event) when every field keeps its value', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org);
    const res = await patchSubscriber(org, sbr.id, { username: sbr.username, email: sbr.email });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toStrictEqual(sbr);
    expect(await auditEvents(org)).toHaveLength(1);
  });

  it('moves the username: the old one is free again, the new one taken', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { username: 'old_name' });
    const res = await patchSubscriber(org, sbr.id, { username: 'New_Name' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ username: 'New_Name', version: 2 });
    expectProblem(await postSubscriber(org, sbrBody({ username: 'new_name' })), 409, 'username_taken');
    expect((await createSubscriber(org, { username: 'OLD_NAME' })).username).toBe('OLD_NAME');
  });

  it('moves the email: the old one is free again, the new one taken', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { email: 'old@example.com' });
    const res = await patchSubscriber(org, sbr.id, { email: 'New@Example.com' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ email: 'New@Example.com', version: 2 });
    expectProblem(await postSubscriber(org, sbrBody({ email: 'new@example.com' })), 409, 'email_taken');
    expect((await createSubscriber(org, { email: 'OLD@example.com' })).email).toBe('OLD@example.com');
  });

  it('changes only the case of username and email, keeping both guarded', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { username: 'erin', email: 'erin@example.com' });
    const res = await patchSubscriber(org, sbr.id, { username: 'ERIN', email: 'Erin@Example.COM' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ username: 'ERIN', email: 'Erin@Example.COM', version: 2 });
    expect((await getSubscriber(org, sbr.id)).body).toStrictEqual(res.body);
    expectProblem(await postSubscriber(org, sbrBody({ username: 'Erin' })), 409, 'username_taken');
    expectProblem(await postSubscriber(org, sbrBody({ email: 'ERIN@example.com' })), 409, 'email_taken');
    expect(await listedIds(org, 'username=erin&email=erin%40example.com')).toEqual([sbr.id]);
    // Deleting it frees every spelling.
    expect((await deleteSubscriber(org, sbr.id)).status).toBe(204);
    await createSubscriber(org, { username: 'eRiN', email: 'eRiN@example.com' });
  });

  it("refuses another subscriber's username ignoring case with 409 username_taken, changing nothing", async () => {
    const org = newOrg();
    await createSubscriber(org, { username: 'frank' });
    const sbr = await createSubscriber(org, { username: 'grace', email: 'grace@example.com' });
    const res = await patchSubscriber(org, sbr.id, { username: 'FRANK', email: 'grace2@example.com' });
    const problem = expectProblem(res, 409, 'username_taken');
    expect(errorPaths(problem)).toEqual(['username']);
    expect((await getSubscriber(org, sbr.id)).body).toStrictEqual(sbr);
    // Neither its own values were released nor the new email claimed.
    expectProblem(await postSubscriber(org, sbrBody({ username: 'grace' })), 409, 'username_taken');
    await createSubscriber(org, { email: 'grace2@example.com' });
    expect(await auditEvents(org)).toHaveLength(3);
  });

  it("refuses another subscriber's email ignoring case with 409 email_taken, changing nothing", async () => {
    const org = newOrg();
    await createSubscriber(org, { email: 'heidi@example.com' });
    const sbr = await createSubscriber(org, { username: 'ivan', email: 'ivan@example.com' });
    const res = await patchSubscriber(org, sbr.id, { username: 'ivan2', email: 'HEIDI@example.com' });
    const problem = expectProblem(res, 409, 'email_taken');
    expect(errorPaths(problem)).toEqual(['email']);
    expect((await getSubscriber(org, sbr.id)).body).toStrictEqual(sbr);
    expectProblem(await postSubscriber(org, sbrBody({ email: 'ivan@example.com' })), 409, 'email_taken');
    await createSubscriber(org, { username: 'ivan2' });
  });

  it.each([
    { label: 'a username of 2 characters', body: { username: 'ab' }, path: 'username' },
    { label: 'a username of 65 characters', body: { username: 'u'.repeat(65) }, path: 'username' },
    { label: 'a username with invalid characters', body: { username: 'a b!' }, path: 'username' },
    { label: 'a null username', body: { username: null }, path: 'username' },
    { label: 'an invalid email', body: { email: 'not-an-email' }, path: 'email' },
    { label: 'a null email', body: { email: null }, path: 'email' },
    { label: 'a name of 201 characters', body: { name: 'n'.repeat(201) }, path: 'name' },
    { label: 'the read-only id', body: { id: MISSING_SBR }, path: 'id' },
    { label: 'the read-only version', body: { version: 5 }, path: 'version' },
    { label: 'the internal refCount', body: { refCount: 0 }, path: 'refCount' },
  ])('refuses $label with 400 validation_failed, changing nothing', async ({ body, path }) => {
    const org = newOrg();
    const sbr = await createSubscriber(org);
    expectInvalidField(await patchSubscriber(org, sbr.id, body), path);
    expect((await getSubscriber(org, sbr.id)).body).toStrictEqual(sbr);
  });

  it('refuses a stale If-Match with 412 version_mismatch and changes nothing', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { name: 'Original' });
    const moved = await patchSubscriber(org, sbr.id, { name: 'Second' });
    expect(moved.body.version).toBe(2);
    const res = await patchSubscriber(org, sbr.id, { username: 'lost_update' }, { 'if-match': '"1"' });
    expectProblem(res, 412, 'version_mismatch');
    const got = await getSubscriber(org, sbr.id);
    expect(got.body).toStrictEqual(moved.body);
    expect(got.headers.get('etag')).toBe('"2"');
    // The refused username was not claimed.
    await createSubscriber(org, { username: 'lost_update' });
  });

  it('applies a change whose If-Match names the current version', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org);
    const res = await patchSubscriber(org, sbr.id, { name: 'Matched' }, { 'if-match': '"1"' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ name: 'Matched', version: 2 });
    const again = await patchSubscriber(
      org,
      sbr.id,
      { name: 'Again' },
      { 'if-match': res.headers.get('etag') ?? '' },
    );
    expect(again.status, again.text).toBe(200);
    expect(again.body.version).toBe(3);
  });

  it('never loses an update: 10 concurrent PATCHes without If-Match all land', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => patchSubscriber(org, sbr.id, { name: `Name ${i}` })),
    );
    for (const r of results) expect(r.status, r.text).toBe(200);
    expect((await getSubscriber(org, sbr.id)).body.version).toBe(11);
    expect(await auditEvents(org, 'entityType=subscriber')).toHaveLength(11);
  });
});

describe('DELETE /orgs/{orgId}/subscribers/{subscriberId}', () => {
  it('answers 204 with no body; the subscriber is gone and its username and email free again', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { username: 'judy', email: 'judy@example.com' });
    const res = await deleteSubscriber(org, sbr.id);
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe('');
    expectProblem(await getSubscriber(org, sbr.id), 404, 'not_found');
    expect(await listedIds(org)).toEqual([]);
    const again = await createSubscriber(org, { username: 'JUDY', email: 'Judy@Example.com' });
    expect(again.id).not.toBe(sbr.id);
    expectProblem(await deleteSubscriber(org, sbr.id), 404, 'not_found');
  });

  it('answers 404 not_found for a subscriber that does not exist', async () => {
    const org = newOrg();
    expectProblem(await deleteSubscriber(org, MISSING_SBR), 404, 'not_found');
    await expectNothingWritten(org);
  });

  it('refuses a stale If-Match with 412 version_mismatch and keeps the subscriber', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org);
    const moved = await patchSubscriber(org, sbr.id, { name: 'Moved' });
    expect(moved.status).toBe(200);
    expectProblem(await deleteSubscriber(org, sbr.id, { 'if-match': '"1"' }), 412, 'version_mismatch');
    expect((await getSubscriber(org, sbr.id)).body).toStrictEqual(moved.body);
    const ok = await deleteSubscriber(org, sbr.id, { 'if-match': '"2"' });
    expect(ok.status, ok.text).toBe(204);
  });

  it('refuses to delete a subscriber that has a subscription with 409 subscriber_in_use, deleting nothing', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { username: 'kim', email: 'kim@example.com' });
    await holdSubscription(org, sbr.id);
    expectProblem(await deleteSubscriber(org, sbr.id), 409, 'subscriber_in_use');
    expectProblem(await deleteSubscriber(org, sbr.id, { 'if-match': '"1"' }), 409, 'subscriber_in_use');
    // Still there, unchanged, still holding its username and email; no delete was recorded.
    expect((await getSubscriber(org, sbr.id)).body).toStrictEqual(sbr);
    expect(await listedIds(org, 'username=kim')).toEqual([sbr.id]);
    expectProblem(await postSubscriber(org, sbrBody({ username: 'KIM' })), 409, 'username_taken');
    expectProblem(await postSubscriber(org, sbrBody({ email: 'KIM@example.com' })), 409, 'email_taken');
    expect((await auditEvents(org)).map((e) => e.action)).toEqual(['subscriber.created']);
    // Its refCount is internal: it never shows, and it survives an update.
    const renamed = await patchSubscriber(org, sbr.id, { name: 'Kim K.' });
    expect(renamed.status, renamed.text).toBe(200);
    expect(Object.keys(renamed.body).sort()).toEqual(Object.keys(sbr).sort());
    expectProblem(await deleteSubscriber(org, sbr.id), 409, 'subscriber_in_use');
  });

  it('stays deletable while it has no subscription, and refuses a reference once deleted', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org);
    expect((await deleteSubscriber(org, sbr.id)).status).toBe(204);
    await expect(holdSubscription(org, sbr.id)).rejects.toMatchObject({ code: 'reference_not_found' });
    // The refused reference did not bring the item back.
    expect(
      (await db.subscriber.get({ organizationId: org, id: sbr.id }).go({ consistent: true })).data,
    ).toBeNull();
  });
});

describe('audit events of subscribers', () => {
  it('records subscriber.created, .updated and .deleted with the actor and before/after images', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { username: 'leo', email: 'leo@example.com', name: 'Leo' });
    const updated = (await patchSubscriber(org, sbr.id, { username: 'Leo2', name: null })).body;
    expect((await deleteSubscriber(org, sbr.id)).status).toBe(204);
    const events = await auditEvents(org, `entityId=${sbr.id}`);
    expect(events.map((e) => e.action)).toEqual([
      'subscriber.deleted',
      'subscriber.updated',
      'subscriber.created',
    ]);
    const [deleted, update, created] = events;
    for (const e of events) {
      expect(e).toMatchObject({
        organizationId: org,
        entityType: 'subscriber',
        entityId: sbr.id,
        actor: { sub: 'local-admin', email: expect.any(String) },
        at: expect.stringMatching(ISO_MS),
      });
    }
    expect(created).toMatchObject({ before: null, after: sbr });
    expect(update).toMatchObject({ before: sbr, after: updated });
    expect(deleted).toMatchObject({ before: updated, after: null });
    // The images carry only public fields.
    expect(Object.keys(created?.after ?? {}).sort()).toEqual(Object.keys(sbr).sort());
    expect(await auditEvents(org, 'entityType=subscriber')).toHaveLength(3);
  });

  it('records nothing for a refused change', async () => {
    const org = newOrg();
    const sbr = await createSubscriber(org, { username: 'mia' });
    await holdSubscription(org, sbr.id);
    expectProblem(await postSubscriber(org, sbrBody({ username: 'MIA' })), 409, 'username_taken');
    expectProblem(await deleteSubscriber(org, sbr.id), 409, 'subscriber_in_use');
    expectProblem(
      await patchSubscriber(org, sbr.id, { name: 'x' }, { 'if-match': '"9"' }),
      412,
      'version_mismatch',
    );
    expect((await auditEvents(org)).map((e) => e.action)).toEqual(['subscriber.created']);
  });
});
