import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { toAuditEvent } from '../../shared/audit/operations.ts';
import { db } from '../../shared/db/service.ts';
import type { AuditEventItem } from '../../shared/entities/audit-event.ts';
import { changeEventOf, EVENT_SOURCE } from '../../shared/events/envelope.ts';
import {
  MAX_ENTRIES_PER_PUT,
  MAX_PUT_BYTES,
  PUT_ATTEMPTS,
  type PutEvents,
  type PutEventsEntry,
  publishHandler,
  publishRecords,
} from '../../shared/events/publish.ts';
import { newId } from '../../shared/ids.ts';

const BUS = 'test-bus';
const noSleep = async () => undefined;

/** An audit item exactly as ElectroDB writes it to the table. */
const auditItem = (overrides: Partial<AuditEventItem> = {}) => {
  const id = newId('evt');
  const input = {
    organizationId: 'org-a',
    id,
    at: '2026-12-02T10:00:00.000Z',
    actorSub: 'user-1',
    actorEmail: 'admin@example.com',
    entityType: 'plan' as const,
    entityId: 'plan_01ARZ3NDEKTSV4RRFFQ69G5FAV',
    action: 'plan.updated',
    before: JSON.stringify({ id: 'plan_01ARZ3NDEKTSV4RRFFQ69G5FAV', version: 1, name: 'A' }),
    after: JSON.stringify({ id: 'plan_01ARZ3NDEKTSV4RRFFQ69G5FAV', version: 2, name: 'B' }),
    ...overrides,
  };
  return db.auditEvent.create(input).params<{ Item: Record<string, unknown> }>().Item;
};

let sequence = 1000;
/** A stream record of `item`'s insert, as Lambda delivers it. */
const recordOf = (item: Record<string, unknown>, eventName: DynamoDBRecord['eventName'] = 'INSERT') => {
  const seq = String(sequence++);
  return {
    eventID: `event-${seq}`,
    eventName,
    eventSource: 'aws:dynamodb',
    dynamodb: {
      SequenceNumber: seq,
      NewImage: marshall(item, { removeUndefinedValues: true }) as never,
      StreamViewType: 'NEW_IMAGE',
    },
  } satisfies DynamoDBRecord;
};

/** A fake PutEvents that records every call and answers with `fail(entry, call)` deciding failures. */
const fakePutEvents = (
  fail: (entry: PutEventsEntry, call: number) => string | undefined = () => undefined,
) => {
  const calls: PutEventsEntry[][] = [];
  const putEvents: PutEvents = async (entries) => {
    calls.push(entries);
    const results = entries.map((entry, i) => {
      const code = fail(entry, calls.length);
      return code ? { ErrorCode: code, ErrorMessage: 'failed' } : { EventId: `eb-${calls.length}-${i}` };
    });
    return { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results };
  };
  return { putEvents, calls };
};

const idOf = (entry: PutEventsEntry) => (JSON.parse(entry.Detail) as { id: string }).id;

describe('the change event of a stream record', () => {
  it('is the audit event exactly as the API lists it, in an EventBridge envelope', () => {
    const item = auditItem();
    const record = recordOf(item);
    const event = changeEventOf(record);
    const { data } = db.auditEvent.parse({ Item: item });
    expect(data).not.toBeNull();
    expect(event).toEqual({
      id: record.eventID,
      source: EVENT_SOURCE,
      'detail-type': 'plan.updated',
      time: '2026-12-02T10:00:00.000Z',
      detail: toAuditEvent(data as AuditEventItem),
    });
    expect(event?.detail).toMatchObject({
      organizationId: 'org-a',
      actor: { sub: 'user-1', email: 'admin@example.com' },
      before: { version: 1, name: 'A' },
      after: { version: 2, name: 'B' },
    });
  });

  it('maps a missing image and email to null, as the list does', () => {
    const item = auditItem({ action: 'plan.created', before: undefined, actorEmail: undefined });
    expect(changeEventOf(recordOf(item))?.detail).toMatchObject({
      before: null,
      actor: { sub: 'user-1', email: null },
    });
  });

  it('is nothing for other items, and for anything but an insert', () => {
    const pkg = db.package
      .create({
        organizationId: 'org-a',
        id: newId('pkg'),
        status: 'active',
        code: 'PRO',
        name: 'Pro',
        tier: 1,
        version: 1,
        createdAt: '2026-12-02T10:00:00.000Z',
        updatedAt: '2026-12-02T10:00:00.000Z',
      })
      .params<{ Item: Record<string, unknown> }>().Item;
    expect(changeEventOf(recordOf(pkg))).toBeUndefined();
    expect(changeEventOf(recordOf(auditItem(), 'MODIFY'))).toBeUndefined();
    expect(changeEventOf({ eventID: 'x', eventName: 'INSERT', dynamodb: {} })).toBeUndefined();
  });
});

describe('the publisher (stream → EventBridge)', () => {
  it('puts every event on the bus in record order, at most 10 entries per PutEvents', async () => {
    const records = Array.from({ length: 25 }, () => recordOf(auditItem()));
    const { putEvents, calls } = fakePutEvents();
    const result = await publishHandler(() => ({ putEvents, eventBusName: BUS, sleep: noSleep }))({
      Records: records,
    });
    expect(result).toEqual({ batchItemFailures: [] });
    expect(calls.map((c) => c.length)).toEqual([10, 10, 5]);
    const sent = calls.flat();
    expect(sent.map(idOf)).toEqual(records.map((r) => changeEventOf(r)?.detail.id));
    for (const [i, entry] of sent.entries()) {
      const event = changeEventOf(records[i] as DynamoDBRecord);
      expect(entry).toEqual({
        Source: 'subscription-admin',
        DetailType: 'plan.updated',
        Detail: JSON.stringify(event?.detail),
        Time: new Date('2026-12-02T10:00:00.000Z'),
        EventBusName: BUS,
      });
    }
  });

  it('keeps each PutEvents call within 256 KB', async () => {
    const big = JSON.stringify({ id: 'plan_x', version: 2, description: 'x'.repeat(60_000) });
    const records = Array.from({ length: 9 }, () => recordOf(auditItem({ after: big })));
    const { putEvents, calls } = fakePutEvents();
    expect(await publishRecords(records, { putEvents, eventBusName: BUS, sleep: noSleep })).toEqual({
      batchItemFailures: [],
    });
    expect(calls.length).toBeGreaterThan(2);
    for (const call of calls) {
      const bytes = call.reduce(
        (sum, e) => sum + 14 + Buffer.byteLength(e.Source + e.DetailType + e.Detail),
        0,
      );
      expect(bytes).toBeLessThanOrEqual(MAX_PUT_BYTES);
      expect(call.length).toBeLessThanOrEqual(MAX_ENTRIES_PER_PUT);
    }
    expect(calls.flat()).toHaveLength(9);
  });

  it('puts again only the entries PutEvents failed (FailedEntryCount), and reports nothing when they then go', async () => {
    const records = Array.from({ length: 12 }, () => recordOf(auditItem()));
    const flaky = changeEventOf(records[3] as DynamoDBRecord)?.detail.id;
    const { putEvents, calls } = fakePutEvents((entry, call) =>
      idOf(entry) === flaky && call === 1 ? 'ThrottlingException' : undefined,
    );
    const result = await publishRecords(records, { putEvents, eventBusName: BUS, sleep: noSleep });
    expect(result.batchItemFailures).toEqual([]);
    expect(calls.map((c) => c.map(idOf))).toEqual([
      records.slice(0, 10).map((r) => changeEventOf(r)?.detail.id),
      [flaky],
      records.slice(10).map((r) => changeEventOf(r)?.detail.id),
    ]);
  });

  it('reports the records from the first one that kept failing on, and sends nothing after it', async () => {
    const records = Array.from({ length: 25 }, () => recordOf(auditItem()));
    const broken = changeEventOf(records[13] as DynamoDBRecord)?.detail.id;
    const { putEvents, calls } = fakePutEvents((entry) =>
      idOf(entry) === broken ? 'InternalFailure' : undefined,
    );
    const result = await publishHandler(() => ({ putEvents, eventBusName: BUS, sleep: noSleep }))({
      Records: records,
    });
    expect(result.batchItemFailures).toEqual(
      records.slice(13).map((r) => ({ itemIdentifier: r.dynamodb.SequenceNumber })),
    );
    // The chunk with the broken entry, then PUT_ATTEMPTS - 1 retries of that entry alone; never the third chunk.
    expect(calls).toHaveLength(2 + PUT_ATTEMPTS - 1);
    expect(calls.slice(2).every((c) => c.length === 1 && idOf(c[0] as PutEventsEntry) === broken)).toBe(true);
    const sentIds = new Set(calls.flat().map(idOf));
    for (const r of records.slice(20)) expect(sentIds.has(changeEventOf(r)?.detail.id ?? '')).toBe(false);
  });

  it('reports the whole batch when PutEvents itself keeps throwing', async () => {
    const records = Array.from({ length: 3 }, () => recordOf(auditItem()));
    let calls = 0;
    const putEvents: PutEvents = async () => {
      calls++;
      throw new Error('network down');
    };
    const result = await publishRecords(records, { putEvents, eventBusName: BUS, sleep: noSleep });
    expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(
      records.map((r) => r.dynamodb.SequenceNumber),
    );
    expect(calls).toBe(PUT_ATTEMPTS);
  });

  it('puts nothing for a batch without audit inserts, and reports no failure', async () => {
    const { putEvents, calls } = fakePutEvents();
    const records = [recordOf(auditItem(), 'MODIFY')];
    expect(await publishRecords(records, { putEvents, eventBusName: BUS, sleep: noSleep })).toEqual({
      batchItemFailures: [],
    });
    expect(calls).toEqual([]);
  });

  it('reports an event too large for PutEvents instead of dropping it', async () => {
    const huge = JSON.stringify({ id: 'plan_x', version: 2, description: 'x'.repeat(MAX_PUT_BYTES) });
    const records = [recordOf(auditItem()), recordOf(auditItem({ after: huge })), recordOf(auditItem())];
    const { putEvents, calls } = fakePutEvents();
    const result = await publishRecords(records, { putEvents, eventBusName: BUS, sleep: noSleep });
    expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(
      records.slice(1).map((r) => r.dynamodb.SequenceNumber),
    );
    expect(calls.flat().map(idOf)).toEqual([changeEventOf(records[0] as DynamoDBRecord)?.detail.id]);
  });
});
