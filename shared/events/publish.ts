import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../log.ts';
import { type ChangeEvent, changeEventOf } from './envelope.ts';

/** One entry of EventBridge's PutEvents (the fields this publisher sets). */
export interface PutEventsEntry {
  Source: string;
  DetailType: string;
  Detail: string;
  Time: Date;
  EventBusName: string;
}

/** What PutEvents answers: one result per entry, in order; a failed entry has an `ErrorCode`. */
export interface PutEventsResult {
  FailedEntryCount?: number;
  Entries?: { EventId?: string; ErrorCode?: string; ErrorMessage?: string }[];
}

/** PutEvents itself (the EventBridge client in AWS, a fake in tests). */
export type PutEvents = (entries: PutEventsEntry[]) => Promise<PutEventsResult>;

/** PutEvents takes at most 10 entries… */
export const MAX_ENTRIES_PER_PUT = 10;
/** …of at most 256 KB together, counted as EventBridge counts them (entrySize). */
export const MAX_PUT_BYTES = 256 * 1024;
/** Tries of one PutEvents chunk (its failed entries only, after the first) before the batch reports them. */
export const PUT_ATTEMPTS = 3;

/** An entry's size as EventBridge counts it: 14 bytes of `Time`, plus Source, DetailType and Detail in UTF-8. */
export const entrySize = (entry: PutEventsEntry): number =>
  14 +
  Buffer.byteLength(entry.Source) +
  Buffer.byteLength(entry.DetailType) +
  Buffer.byteLength(entry.Detail);

export const toPutEventsEntry = (event: ChangeEvent, eventBusName: string): PutEventsEntry => ({
  Source: event.source,
  DetailType: event['detail-type'],
  Detail: JSON.stringify(event.detail),
  Time: new Date(event.time),
  EventBusName: eventBusName,
});

export interface PublishDeps {
  putEvents: PutEvents;
  eventBusName: string;
  /** Waits between tries. @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

interface Pending {
  sequenceNumber: string;
  entry: PutEventsEntry;
}

/**
 * Puts the change events of one batch of stream records on the bus, in record order, in chunks of at most
 * MAX_ENTRIES_PER_PUT entries and MAX_PUT_BYTES. Entries PutEvents reports as failed (`FailedEntryCount`,
 * an `ErrorCode` per entry) are put again, up to PUT_ATTEMPTS tries; what still fails is reported as the
 * batch's item failures from the first failed record on, and nothing after it is sent: Lambda then retries
 * the batch from that record (ReportBatchItemFailures), so no event is skipped and an entity's events
 * reach the bus in commit order, at worst with a duplicate (consumers deduplicate by `detail.id`).
 */
export const publishRecords = async (
  records: readonly DynamoDBRecord[],
  deps: PublishDeps,
): Promise<DynamoDBBatchResponse> => {
  const sleep = deps.sleep ?? defaultSleep;
  const failedFrom = (index: number): DynamoDBBatchResponse => ({
    batchItemFailures: records
      .slice(index)
      .flatMap((r) => (r.dynamodb?.SequenceNumber ? [{ itemIdentifier: r.dynamodb.SequenceNumber }] : [])),
  });

  const pending: (Pending & { index: number })[] = [];
  for (const [index, record] of records.entries()) {
    let event: ChangeEvent | undefined;
    try {
      event = changeEventOf(record);
    } catch (error) {
      logger.error('stream record is not a readable audit event', { error, eventID: record.eventID });
      return flushThenFail(pending, index);
    }
    // The event source mapping's filter passes audit inserts only; anything else has no event.
    if (event) {
      pending.push({
        index,
        sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
        entry: toPutEventsEntry(event, deps.eventBusName),
      });
    }
  }
  return flushThenFail(pending, records.length);

  /** Puts `pending` in chunks; then reports failures from the first unsent record (or `end`, if all went). */
  async function flushThenFail(
    items: (Pending & { index: number })[],
    end: number,
  ): Promise<DynamoDBBatchResponse> {
    let start = 0;
    while (start < items.length) {
      const chunk: (Pending & { index: number })[] = [];
      let bytes = 0;
      for (let i = start; i < items.length && chunk.length < MAX_ENTRIES_PER_PUT; i++) {
        const item = items[i] as Pending & { index: number };
        const size = entrySize(item.entry);
        if (chunk.length > 0 && bytes + size > MAX_PUT_BYTES) break;
        chunk.push(item);
        bytes += size;
      }
      const first = chunk[0] as Pending & { index: number };
      if (bytes > MAX_PUT_BYTES) {
        // One event alone is over EventBridge's limit: it can never be put. It fails until the mapping's
        // retries run out and the batch goes to the on-failure queue (its alarm tells an operator).
        logger.error('change event is larger than PutEvents accepts', {
          bytes,
          sequenceNumber: first.sequenceNumber,
        });
        return failedFrom(first.index);
      }
      const failedIndex = await putChunk(chunk);
      if (failedIndex !== undefined) return failedFrom(failedIndex);
      start += chunk.length;
    }
    return end < records.length ? failedFrom(end) : { batchItemFailures: [] };
  }

  /** Puts one chunk, retrying its failed entries; the record index of the first that never went, if any. */
  async function putChunk(chunk: (Pending & { index: number })[]): Promise<number | undefined> {
    let left = chunk;
    for (let attempt = 1; ; attempt++) {
      let failed: typeof chunk;
      try {
        const result = await deps.putEvents(left.map((item) => item.entry));
        const entries = result.Entries ?? [];
        failed =
          (result.FailedEntryCount ?? 0) > 0
            ? left.filter((_, i) => entries[i]?.ErrorCode || !entries[i]?.EventId)
            : [];
        if (failed.length > 0) {
          logger.warn('PutEvents failed entries', {
            attempt,
            failed: failed.length,
            errors: [...new Set(entries.flatMap((e) => (e.ErrorCode ? [e.ErrorCode] : [])))],
          });
        }
      } catch (error) {
        logger.warn('PutEvents failed', { attempt, error });
        failed = left;
      }
      if (failed.length === 0) return undefined;
      if (attempt >= PUT_ATTEMPTS) return (failed[0] as Pending & { index: number }).index;
      left = failed;
      await sleep(100 * 2 ** (attempt - 1));
    }
  }
};

/** The publisher Lambda's handler (functions/events/publish.ts) around `deps`; tests pass a fake PutEvents. */
export const publishHandler =
  (deps: () => Promise<PublishDeps> | PublishDeps) =>
  async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> =>
    publishRecords(event.Records, await deps());
