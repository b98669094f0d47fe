import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import type { ChangeEvent } from '../../shared/events/envelope.ts';
import { client, ensureStream, ensureTable } from '../../shared/local/dynamo.ts';
import { type EventDelivery, signatureOf, startEventDelivery } from '../../shared/local/webhook.ts';
import { runExpiry } from '../../shared/subscriptions/expiry.ts';
import { type ApiClient, newOrg, useApi } from '../support/api.ts';
import { namedPkg, offerBody, sleep } from '../support/fixtures.ts';
import { bind, createActivePlan, createSubscriber } from '../support/subscriptions.ts';

// Its own table: the stream is read from the start of this file's writes only, and the expiry pass below
// (table-wide by contract) ends no other file's subscriptions.
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('events'));

const SECRET = 'events-test-secret';

interface Received {
  raw: string;
  signature: string | undefined;
  event: ChangeEvent;
  at: number;
  status: number;
}

/** How the receiver answers one request: a status, or `hang` (no answer for longer than the 5 s timeout). */
type Answer = number | 'hang';

/** A webhook receiver on a free port that records every request and answers as `answer` says. */
const startReceiver = async () => {
  const requests: Received[] = [];
  let answer: (event: ChangeEvent, nth: number) => Answer = () => 204;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const event = JSON.parse(raw) as ChangeEvent;
      const nth = requests.filter((r) => r.event.detail.id === event.detail.id).length + 1;
      const decided = answer(event, nth);
      const status = decided === 'hang' ? 0 : decided;
      requests.push({
        raw,
        signature: req.headers['x-signature'] as string | undefined,
        event,
        at: Date.now(),
        status,
      });
      if (decided === 'hang') {
        setTimeout(() => res.writeHead(200).end(), 6_000).unref();
        return;
      }
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/events`,
    requests,
    answerWith(fn: typeof answer) {
      answer = fn;
    },
    /** The events of `org` the receiver accepted (2xx), first acceptance of each `detail.id`, in arrival order. */
    accepted(org: string): Received[] {
      const seen = new Set<string>();
      return requests.filter((r) => {
        if (r.event.detail.organizationId !== org || r.status < 200 || r.status > 299) return false;
        if (seen.has(r.event.detail.id)) return false;
        seen.add(r.event.detail.id);
        return true;
      });
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
};

const api: ApiClient = useApi();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let delivery: EventDelivery;

beforeAll(async () => {
  receiver = await startReceiver();
  delivery = await startEventDelivery({
    endpoint: process.env.DYNAMODB_ENDPOINT ?? '',
    tableName: process.env.TABLE_NAME ?? '',
    url: receiver.url,
    secret: SECRET,
    log: () => undefined,
  });
});

afterAll(async () => {
  await delivery?.stop();
  await receiver?.close();
});

/** Every audit event of `org` as GET /audit-events lists it (all pages), oldest first. */
const auditEventsOf = async (org: string): Promise<AuditEventResource[]> => {
  const events: AuditEventResource[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res: { status: number; text: string; body: Page<AuditEventResource> } = await api.request<
      Page<AuditEventResource>
    >('GET', `/orgs/${org}/audit-events?${query}`);
    expect(res.status, res.text).toBe(200);
    events.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return events.reverse();
};

/** Waits until the receiver has accepted `ids` of `org` (each at least once), or fails after `ms`. */
const waitFor = async (org: string, ids: string[], ms = 20_000) => {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = new Set(receiver.accepted(org).map((r) => r.event.detail.id));
    if (ids.every((id) => got.has(id))) return;
    if (Date.now() > deadline) {
      throw new Error(
        `only ${ids.filter((id) => got.has(id)).length} of ${ids.length} events arrived in ${ms} ms`,
      );
    }
    await sleep(100);
  }
};

/** The resource version an event produced: what orders one entity's events (a delete is the version after). */
const versionOf = (event: AuditEventResource): number =>
  typeof event.after?.version === 'number' ? event.after.version : Number(event.before?.version ?? 0) + 1;

/** A mixed workload through the API: creates, updates, lifecycle steps, binds (concurrent), a cancel, deletes. */
const mixedWorkload = async (org: string) => {
  const pkg = (await api.request<{ id: string }>('POST', `/orgs/${org}/packages`, { body: namedPkg('EVT') }))
    .body;
  const offer = (
    await api.request<{ id: string }>('POST', `/orgs/${org}/offers`, { body: offerBody(pkg.id) })
  ).body;
  for (let i = 1; i <= 3; i++) {
    expect(
      (await api.request('PATCH', `/orgs/${org}/packages/${pkg.id}`, { body: { name: `Pkg ${i}` } })).status,
    ).toBe(200);
  }
  const plan = await createActivePlan(api, org, { name: 'Pro', slug: 'pro' });
  const draft = (
    await api.request<{ id: string }>('POST', `/orgs/${org}/plans`, {
      body: { name: 'Draft', slug: 'draft' },
    })
  ).body;
  const subscribers = await Promise.all([0, 1, 2, 3].map(() => createSubscriber(api, org)));
  const subscriptions = await Promise.all(
    subscribers.map((s) => bind(api, org, { subscriberId: s.id, planId: plan.id })),
  );
  expect(
    (await api.request('POST', `/orgs/${org}/subscriptions/${subscriptions[0]?.id}/cancel`)).status,
  ).toBe(200);
  // Concurrent changes to one entity: each commits on its own version, so its events have an order.
  await Promise.all(
    [1, 2, 3, 4].map((i) =>
      api.request('PATCH', `/orgs/${org}/plans/${draft.id}`, { body: { description: `d${i}` } }),
    ),
  );
  expect((await api.request('DELETE', `/orgs/${org}/offers/${offer.id}`)).status).toBe(204);
  expect((await api.request('DELETE', `/orgs/${org}/packages/${pkg.id}`)).status).toBe(204);
  expect((await api.request('DELETE', `/orgs/${org}/plans/${draft.id}`)).status).toBe(204);
  return { plan, subscriptions };
};

describe('change events under npm start (EVENTS_WEBHOOK_URL)', () => {
  it('delivers every audit event of a mixed workload exactly once after dedupe, as listed, in commit order per entity', async () => {
    receiver.answerWith(() => 204);
    const org = newOrg('evt');
    await mixedWorkload(org);
    const audit = await auditEventsOf(org);
    expect(audit.length).toBeGreaterThan(20);
    await waitFor(
      org,
      audit.map((e) => e.id),
    );
    await sleep(500);

    const accepted = receiver.accepted(org);
    // Exactly the audit trail: nothing missing, nothing extra.
    expect(accepted.map((r) => r.event.detail.id).sort()).toEqual(audit.map((e) => e.id).sort());
    const byId = new Map(audit.map((e) => [e.id, e]));
    for (const { event } of accepted) {
      const listed = byId.get(event.detail.id) as AuditEventResource;
      expect(event).toEqual({
        id: expect.any(String),
        source: 'subscription-admin',
        'detail-type': listed.action,
        time: listed.at,
        detail: { ...listed, organizationId: org },
      });
    }
    // Per entity, the order of arrival is the order of the versions the changes made.
    const entities = new Map<string, number[]>();
    for (const { event } of accepted) {
      entities.set(event.detail.entityId, [
        ...(entities.get(event.detail.entityId) ?? []),
        versionOf(event.detail),
      ]);
    }
    expect(entities.size).toBeGreaterThan(8);
    for (const [entityId, versions] of entities) {
      expect(versions, entityId).toEqual([...versions].sort((a, b) => a - b));
    }
    const draftVersions = [...entities.values()].find((v) => v.length >= 6);
    expect(draftVersions).toEqual([1, 2, 3, 4, 5, 6]);
    // A healthy receiver has each event within 10 seconds of its commit.
    for (const r of accepted) expect(r.at - Date.parse(r.event.time)).toBeLessThan(10_000);
  });

  it('signs every request: X-Signature is sha256=<hex HMAC-SHA256 of the raw body> with the secret', async () => {
    receiver.answerWith(() => 204);
    const org = newOrg('sig');
    const created = await api.request<{ id: string }>('POST', `/orgs/${org}/packages`, {
      body: namedPkg('SIG'),
    });
    expect(created.status).toBe(201);
    const [event] = await auditEventsOf(org);
    await waitFor(org, [event?.id ?? '']);
    const [request] = receiver.accepted(org);
    const expected = `sha256=${createHmac('sha256', SECRET)
      .update(request?.raw ?? '')
      .digest('hex')}`;
    expect(request?.signature).toBe(expected);
    expect(signatureOf(request?.raw ?? '', SECRET)).toBe(expected);
    expect(signatureOf(request?.raw ?? '', 'another-secret')).not.toBe(expected);
    expect(JSON.parse(request?.raw ?? '{}')).toEqual(request?.event);
  });

  it('retries a receiver that fails or does not answer, with backoff, without holding up other entities', async () => {
    const org = newOrg('retry');
    const slow = (
      await api.request<{ id: string }>('POST', `/orgs/${org}/packages`, { body: namedPkg('SLOW') })
    ).body;
    // The first answers to the slow package's creation: none within 5 s, then two 503s, then a 500; then 204.
    receiver.answerWith((event, nth) =>
      event.detail.entityId !== slow.id || event['detail-type'] !== 'package.created'
        ? 204
        : nth === 1
          ? 'hang'
          : nth <= 3
            ? 503
            : nth === 4
              ? 500
              : 204,
    );
    await sleep(200);
    const fast = (
      await api.request<{ id: string }>('POST', `/orgs/${org}/packages`, { body: namedPkg('FAST') })
    ).body;
    await api.request('PATCH', `/orgs/${org}/packages/${fast.id}`, { body: { name: 'Fast 2' } });
    await api.request('PATCH', `/orgs/${org}/packages/${slow.id}`, { body: { name: 'Slow 2' } });
    const audit = await auditEventsOf(org);
    expect(audit).toHaveLength(4);
    await waitFor(
      org,
      audit.map((e) => e.id),
      40_000,
    );

    const slowTries = receiver.requests.filter((r) => r.event.detail.entityId === slow.id);
    const first = slowTries.filter((r) => r.event['detail-type'] === 'package.created');
    expect(first.map((r) => r.status)).toEqual([0, 503, 503, 500, 204]);
    // Backoff: each retry waits longer than the one before.
    const gaps = first.slice(2).map((r, i) => r.at - (first[i + 1] as Received).at);
    for (let i = 1; i < gaps.length; i++)
      expect(gaps[i] as number).toBeGreaterThan((gaps[i - 1] as number) * 1.5);
    // The slow package's update waited for its create; the fast package did not wait for either.
    const accepted = receiver.accepted(org);
    const slowIds = accepted
      .filter((r) => r.event.detail.entityId === slow.id)
      .map((r) => r.event['detail-type']);
    expect(slowIds).toEqual(['package.created', 'package.updated']);
    const fastDone = Math.max(
      ...accepted.filter((r) => r.event.detail.entityId === fast.id).map((r) => r.at),
    );
    const slowFirstOk = (first.at(-1) as Received).at;
    expect(fastDone).toBeLessThan(slowFirstOk - 3_000);
    receiver.answerWith(() => 204);
  }, 60_000);

  it('sends nothing for refused requests and dry runs', async () => {
    receiver.answerWith(() => 204);
    const org = newOrg('refused');
    const pkg = (
      await api.request<{ id: string }>('POST', `/orgs/${org}/packages`, { body: namedPkg('ONE') })
    ).body;
    const refused = [
      await api.request('POST', `/orgs/${org}/packages`, { body: namedPkg('ONE') }), // 409 code_taken
      await api.request('POST', `/orgs/${org}/packages`, { body: { ...namedPkg('TWO'), extra: 1 } }), // 400
      await api.request('PATCH', `/orgs/${org}/packages/${pkg.id}`, {
        body: { name: 'x' },
        headers: { 'if-match': '"9"' },
      }), // 412
      await api.request('POST', `/orgs/${org}/packages?dryRun=true`, { body: namedPkg('THREE') }),
      await api.request('DELETE', `/orgs/${org}/packages/${pkg.id}?dryRun=true`),
    ];
    expect(refused.slice(0, 3).map((r) => r.status)).toEqual([409, 400, 412]);
    // Dry runs (API.md, Dry run) write nothing, so they cannot have an event, whatever they answer.
    // A last real change: once its event is in, every earlier one would have been too (same entity, same queue).
    expect(
      (await api.request('PATCH', `/orgs/${org}/packages/${pkg.id}`, { body: { name: 'Last' } })).status,
    ).toBe(200);
    const audit = await auditEventsOf(org);
    expect(audit.map((e) => e.action)).toEqual(['package.created', 'package.updated']);
    await waitFor(
      org,
      audit.map((e) => e.id),
    );
    await sleep(1_000);
    expect(
      receiver.requests
        .filter((r) => r.event.detail.organizationId === org)
        .map((r) => r.event['detail-type']),
    ).toEqual(['package.created', 'package.updated']);
  });

  it("delivers the expirer's changes with actor system:expirer", async () => {
    receiver.answerWith(() => 204);
    const org = newOrg('expiry');
    const plan = await createActivePlan(api, org, { name: 'Monthly', slug: 'monthly' });
    const subscriber = await createSubscriber(api, org);
    const subscription = await bind(api, org, { subscriberId: subscriber.id, planId: plan.id });
    const result = await runExpiry({ now: new Date(Date.parse(subscription.endsAt as string) + 60_000) });
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const audit = await auditEventsOf(org);
    const expired = audit.find((e) => e.action === 'subscription.expired');
    expect(expired).toBeDefined();
    await waitFor(
      org,
      audit.map((e) => e.id),
    );
    const event = receiver.accepted(org).find((r) => r.event.detail.id === expired?.id)?.event;
    expect(event).toMatchObject({
      'detail-type': 'subscription.expired',
      detail: {
        actor: { sub: 'system:expirer', email: null },
        entityId: subscription.id,
        after: { status: 'expired' },
      },
    });
    expect(event?.detail).toEqual({ ...expired, organizationId: org });
  });
});

describe('the local table stream', () => {
  it('is enabled on a table created without one (an older DATA_DIR), once', async () => {
    const endpoint = process.env.DYNAMODB_ENDPOINT ?? '';
    const name = `${process.env.TABLE_NAME}-nostream`;
    const ddb = client(endpoint);
    await ddb.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
    try {
      const arn = await ensureStream(endpoint, name);
      const { Table: table } = await ddb.send(new DescribeTableCommand({ TableName: name }));
      expect(table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
      expect(table?.LatestStreamArn).toBe(arn);
      expect(await ensureStream(endpoint, name)).toBe(arn);
    } finally {
      await ddb.send(new DeleteTableCommand({ TableName: name }));
      ddb.destroy();
    }
  });

  it('is part of a table ensureTable creates with stream: true', async () => {
    const name = `${process.env.TABLE_NAME}-streamed`;
    const endpoint = process.env.DYNAMODB_ENDPOINT ?? '';
    await ensureTable(endpoint, name, { stream: true });
    const ddb = client(endpoint);
    try {
      const { Table: table } = await ddb.send(new DescribeTableCommand({ TableName: name }));
      expect(table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
    } finally {
      await ddb.send(new DeleteTableCommand({ TableName: name }));
      ddb.destroy();
    }
  });
});
