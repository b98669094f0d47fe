import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type ChangeEvent, changeEventOf, orderingKeyOf, type StreamRecord } from '../events/envelope.ts';
import { ensureStream } from './dynamo.ts';
import { type StreamsClient, StreamsError, streamsClient } from './streams.ts';

/**
 * Change events under `npm start` (API.md, Change events): DynamoDB Local's own stream of the table,
 * read as Lambda's event source mapping reads it in AWS, turned into envelopes by the same code
 * (shared/events/envelope.ts), and POSTed to EVENTS_WEBHOOK_URL, signed. Each entity has its own queue:
 * its events go one at a time in commit order, retried with backoff, while other entities' go on.
 */

/** The default of EVENTS_WEBHOOK_SECRET (like LOCAL_JWT_SECRET's: local use only). */
export const DEFAULT_WEBHOOK_SECRET = 'local-dev-secret';

/** `sha256=<hex HMAC-SHA256 of the raw body>`: the `X-Signature` header. */
export const signatureOf = (body: string, secret: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export interface EventDeliveryOptions {
  /** DynamoDB (Local) endpoint, which also serves the Streams API. */
  endpoint: string;
  tableName: string;
  url: string;
  secret?: string;
  /**
   * Where the delivery remembers how far it got (DATA_DIR), so a restart sends what was committed while it
   * was stopped. Without one (IN_MEMORY, tests) it starts with what is committed after it starts.
   */
  checkpointFile?: string;
  /** Where to start in shards with no checkpoint. @default 'LATEST' */
  startAt?: 'LATEST' | 'TRIM_HORIZON';
  /** A delivery without an answer within this is a failure. @default 5000 (the contract's 5 seconds) */
  timeoutMs?: number;
  /** Tries per event before it is given up (and logged). @default 10 */
  maxAttempts?: number;
  /** The first retry's delay, doubled on each retry up to maxBackoffMs. @default 500 */
  backoffMs?: number;
  /** @default 30000 */
  maxBackoffMs?: number;
  /** How long to wait before reading again when the stream had nothing new. @default 200 */
  pollIntervalMs?: number;
  /** POSTs in flight at once, over all entities. @default 32 */
  concurrency?: number;
  log?: (message: string) => void;
}

export interface EventDelivery {
  /** Stops reading and delivering, and saves the checkpoint. */
  stop(): Promise<void>;
  /** Counts so far, for logs and tests. */
  readonly stats: { delivered: number; retried: number; givenUp: number };
}

interface Queued {
  event: ChangeEvent;
  body: string;
  done: () => void;
}

interface ShardState {
  id: string;
  iterator: string | undefined;
  /** The last sequence number read (to get a new iterator after an error). */
  lastRead: string | undefined;
  /** Records read and not yet finished, in stream order: the checkpoint is the last one with all before it done. */
  inFlight: { sequenceNumber: string; done: boolean }[];
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export const startEventDelivery = async (options: EventDeliveryOptions): Promise<EventDelivery> => {
  const secret = options.secret || DEFAULT_WEBHOOK_SECRET;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxAttempts = Math.max(5, options.maxAttempts ?? 10);
  const backoffMs = options.backoffMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const concurrency = options.concurrency ?? 32;
  const log = options.log ?? ((message: string) => console.error(`  events: ${message}`));

  const streamArn = await ensureStream(options.endpoint, options.tableName);
  const streams: StreamsClient = streamsClient({ endpoint: options.endpoint });
  const stats = { delivered: 0, retried: 0, givenUp: 0 };

  // Checkpoint: per shard, the last sequence number whose record and all before it are finished.
  const checkpoint = new Map<string, string>();
  if (options.checkpointFile && existsSync(options.checkpointFile)) {
    try {
      const saved = JSON.parse(readFileSync(options.checkpointFile, 'utf8')) as {
        streamArn?: string;
        shards?: Record<string, string>;
      };
      // A checkpoint of another stream (the table was recreated) says nothing about this one.
      if (saved.streamArn === streamArn) {
        for (const [shard, seq] of Object.entries(saved.shards ?? {})) checkpoint.set(shard, seq);
      }
    } catch (error) {
      log(`ignoring unreadable checkpoint ${options.checkpointFile}: ${String(error)}`);
    }
  }
  let checkpointDirty = false;
  const saveCheckpoint = () => {
    if (!options.checkpointFile || !checkpointDirty) return;
    checkpointDirty = false;
    const temporary = `${options.checkpointFile}.tmp`;
    writeFileSync(temporary, JSON.stringify({ streamArn, shards: Object.fromEntries(checkpoint) }));
    renameSync(temporary, options.checkpointFile);
  };
  const saver = setInterval(saveCheckpoint, 1_000);

  // Delivery: one queue per entity, a limit on POSTs in flight over all of them.
  let stopped = false;
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    while (active >= concurrency) await new Promise<void>((resume) => waiting.push(resume));
    active++;
  };
  const release = () => {
    active--;
    waiting.shift()?.();
  };

  const post = async (body: string): Promise<string | undefined> => {
    await acquire();
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'subscription-admin-events',
          'x-signature': signatureOf(body, secret),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      return response.ok ? undefined : `HTTP ${response.status}`;
    } catch (error) {
      return error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : String(error instanceof Error && error.cause ? error.cause : error);
    } finally {
      release();
    }
  };

  const queues = new Map<string, Queued[]>();
  const drain = async (key: string, queue: Queued[]) => {
    for (let item = queue[0]; item && !stopped; item = queue[0]) {
      for (let attempt = 1; !stopped; attempt++) {
        const failure = await post(item.body);
        if (failure === undefined) {
          stats.delivered++;
          break;
        }
        if (attempt >= maxAttempts) {
          stats.givenUp++;
          log(
            `gave up on ${item.event.detail.id} (${item.event['detail-type']}) after ${attempt} tries: ${failure}`,
          );
          break;
        }
        stats.retried++;
        const delay = Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
        if (attempt === 1) log(`${item.event.detail.id} to ${options.url}: ${failure}; retrying`);
        await sleep(delay);
      }
      if (stopped) return;
      queue.shift();
      item.done();
    }
    queues.delete(key);
  };
  const enqueue = (item: Queued) => {
    const key = orderingKeyOf(item.event);
    const queue = queues.get(key);
    if (queue) {
      queue.push(item);
      return;
    }
    const fresh = [item];
    queues.set(key, fresh);
    void drain(key, fresh);
  };

  // Reading: every shard of the stream, parents before their children (a child continues its parent's items).
  const shards = new Map<string, ShardState>();
  const finished = new Set<string>();
  let firstListing = true;

  const advance = (shard: ShardState) => {
    let last: string | undefined;
    while (shard.inFlight[0]?.done) last = shard.inFlight.shift()?.sequenceNumber;
    if (last) {
      checkpoint.set(shard.id, last);
      checkpointDirty = true;
    }
  };

  const positionOf = (shardId: string, initial: boolean) => {
    const seq = checkpoint.get(shardId);
    if (seq) return { type: 'AFTER_SEQUENCE_NUMBER' as const, sequenceNumber: seq };
    // Shards that appear later hold only records written since: read them whole.
    return { type: initial ? (options.startAt ?? 'LATEST') : ('TRIM_HORIZON' as const) };
  };

  const refreshShards = async () => {
    const listed = await streams.shards(streamArn);
    const ids = new Set(listed.map((s) => s.ShardId));
    for (const shard of listed) {
      if (shards.has(shard.ShardId) || finished.has(shard.ShardId)) continue;
      const parent = shard.ParentShardId;
      if (parent && ids.has(parent) && !finished.has(parent)) continue;
      const iterator = await streams.iterator(
        streamArn,
        shard.ShardId,
        positionOf(shard.ShardId, firstListing),
      );
      shards.set(shard.ShardId, { id: shard.ShardId, iterator, lastRead: undefined, inFlight: [] });
    }
    firstListing = false;
  };

  const handle = (shard: ShardState, record: StreamRecord & { dynamodb?: { SequenceNumber?: string } }) => {
    const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
    const entry = { sequenceNumber, done: false };
    shard.inFlight.push(entry);
    shard.lastRead = sequenceNumber;
    let event: ChangeEvent | undefined;
    try {
      event = changeEventOf(record);
    } catch (error) {
      log(`skipping stream record ${record.eventID ?? sequenceNumber}: ${String(error)}`);
    }
    if (!event) {
      entry.done = true;
      return;
    }
    enqueue({
      event,
      body: JSON.stringify(event),
      done: () => {
        entry.done = true;
        advance(shard);
      },
    });
  };

  const readShard = async (shard: ShardState): Promise<number> => {
    if (!shard.iterator) {
      shards.delete(shard.id);
      finished.add(shard.id);
      return 0;
    }
    try {
      const { records, next } = await streams.records(shard.iterator);
      for (const record of records) handle(shard, record);
      advance(shard);
      shard.iterator = next;
      return records.length;
    } catch (error) {
      if (error instanceof StreamsError && error.code === 'ExpiredIteratorException') {
        shard.iterator = await streams.iterator(
          streamArn,
          shard.id,
          shard.lastRead
            ? { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: shard.lastRead }
            : positionOf(shard.id, false),
        );
        return 0;
      }
      if (error instanceof StreamsError && /TrimmedDataAccess|ResourceNotFound/.test(error.code)) {
        log(`shard ${shard.id}: ${error.message}; reading it from its oldest record`);
        shard.iterator = await streams.iterator(streamArn, shard.id, { type: 'TRIM_HORIZON' });
        return 0;
      }
      throw error;
    }
  };

  // The first listing happens before this resolves, so every change committed afterwards is delivered.
  try {
    await refreshShards();
  } catch (error) {
    clearInterval(saver);
    throw error;
  }
  const loop = (async () => {
    let nextListing = Date.now() + 5_000;
    while (!stopped) {
      try {
        if (Date.now() >= nextListing) {
          await refreshShards();
          nextListing = Date.now() + 5_000;
        }
        let read = 0;
        for (const shard of [...shards.values()]) read += await readShard(shard);
        if (read === 0) await sleep(pollIntervalMs);
      } catch (error) {
        if (stopped) break;
        log(`reading the stream failed: ${String(error)}; trying again`);
        await sleep(1_000);
      }
    }
  })();

  return {
    stats,
    async stop() {
      stopped = true;
      clearInterval(saver);
      await loop;
      saveCheckpoint();
    },
  };
};
