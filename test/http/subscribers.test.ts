/**
 * Contract tests for `/orgs/{orgId}/subscribers` (API.md, "Subscribers" and the conventions it
 * relies on), over HTTP against the local server. What every CRUD resource does is
 * `crudContract`'s; this file keeps what is special about subscribers: their fields, the username
 * and email filters and guards, and the subscriptions that use them.
 */
import { describe, expect, it } from 'vitest';
import { db } from '../../shared/db/service.ts';
import { subscriberReference } from '../../shared/subscribers/references.ts';
import type { SubscriberResource } from '../../shared/subscribers/schemas.ts';
import {
  auditEvents as auditEventsOf,
  errorPaths,
  expectInvalidField,
  expectProblem,
  newOrg,
  resourceClient,
  useApi,
} from '../support/api.ts';
import { crudContract } from '../support/crud-contract.ts';
import { rand } from '../support/fixtures.ts';
import { commitSteps } from '../support/steps.ts';

const api = useApi();
const subscribers = resourceClient<SubscriberResource>(api, 'subscribers');
const {
  post: postSubscriber,
  get: getSubscriber,
  patch: patchSubscriber,
  remove: deleteSubscriber,
  list: listSubscribers,
} = subscribers;

crudContract<SubscriberResource>('subscribers', {
  api,
  // Mixed case, so the contract sees it kept as sent and guarded in every case.
  body: () => {
    const tag = rand();
    return { username: `User_${tag}`, email: `User.${tag}@Example.com`, name: 'Alice A.' };
  },
  fields: (body) => body,
  change: (n) => ({ name: `Subscriber ${n}` }),
  required: ['username', 'email'],
});

/** A valid create body with a fresh username and email; `overrides` replace fields (or drop them, with `undefined`). */
const sbrBody = (overrides: Record<string, unknown> = {}) => {
  const tag = rand();
  return { username: `user_${tag}`, email: `user.${tag}@example.com`, name: 'Subscriber', ...overrides };
};

const createSubscriber = (org: string, overrides: Record<string, unknown> = {}) =>
  subscribers.create(org, sbrBody(overrides));

/** The ids a list answers, asserting it succeeded. */
const listedIds = async (org: string, query = '') => {
  const res = await listSubscribers(org, query);
  expect(res.status, res.text).toBe(200);
  return res.body.items.map((s) => s.id);
};

const auditEvents = (org: string) => auditEventsOf(api, org);

/** Asserts a refused request wrote nothing in a fresh org: no subscriber, no audit event. */
const expectNothingWritten = async (org: string) => {
  expect(await listedIds(org)).toEqual([]);
  expect(await auditEvents(org)).toEqual([]);
};

/** Gives a subscriber one subscription's worth of reference, as a bind's transaction does. */
const holdSubscription = (org: string, subscriberId: string) =>
  commitSteps(org, [subscriberReference(org, subscriberId, 'subscriberId')]);

/** An address of exactly `length` characters (at least 10). */
const emailOfLength = (length: number) => {
  const local = 'a'.repeat(Math.min(64, length - 10));
  return `${local}@${'b'.repeat(length - local.length - 5)}.com`;
};

describe('POST /orgs/{orgId}/subscribers', () => {
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

  it.each([
    { field: 'refCount', value: 0 },
    { field: 'usernameKey', value: 'x' },
    { field: 'emailKey', value: 'x@example.com' },
  ])('refuses the internal field $field, writing nothing', async ({ field, value }) => {
    const org = newOrg();
    expectInvalidField(await postSubscriber(org, sbrBody({ [field]: value })), field);
    await expectNothingWritten(org);
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
});

describe('GET /orgs/{orgId}/subscribers', () => {
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
});

describe('DELETE /orgs/{orgId}/subscribers/{subscriberId}', () => {
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
