/**
 * The growth data's loader (a fast parallel BatchWriteItem, counter updates) and what every
 * generator shares: the seeded random sequence, and an item as the entity stores it.
 */
import { createRequire } from 'node:module';
import { client } from '../../shared/local/dynamo.ts';

const require = createRequire(import.meta.url);
const lib = require('@aws-sdk/lib-dynamodb') as typeof import('@aws-sdk/lib-dynamodb');

export type Item = Record<string, unknown>;

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** A deterministic pseudo-random sequence, so a run's data is the same every time. */
export { seededRandom as random } from '../lib/seeded-random.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes `items` (document-client form, keys included) to `table` with BatchWriteItem, 25 per
 * request and `concurrency` requests in flight, retrying UnprocessedItems with backoff.
 * Returns the number of BatchWriteItem requests sent.
 */
export const batchWrite = async (
  endpoint: string,
  table: string,
  items: readonly Item[],
  concurrency = 12,
): Promise<number> => {
  const ddb = client(endpoint);
  const doc = lib.DynamoDBDocumentClient.from(ddb);
  let next = 0;
  let requests = 0;
  const worker = async () => {
    for (;;) {
      const start = next;
      next += 25;
      if (start >= items.length) return;
      let pending: unknown[] = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(1_000, 20 * 2 ** attempt));
        if (attempt > 10)
          throw new Error(`BatchWriteItem to ${table}: items still unprocessed after 10 retries`);
        const result = await doc.send(
          new lib.BatchWriteCommand({ RequestItems: { [table]: pending as never } }),
        );
        requests++;
        pending = (result.UnprocessedItems?.[table] as unknown[] | undefined) ?? [];
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    ddb.destroy();
  }
  return requests;
};

/** Sends ElectroDB-built UpdateItem params (e.g. counter `ADD`s) to `table`, a few at a time. */
export const updateAll = async (
  endpoint: string,
  table: string,
  params: readonly Item[],
  concurrency = 8,
) => {
  const ddb = client(endpoint);
  const doc = lib.DynamoDBDocumentClient.from(ddb);
  let next = 0;
  const worker = async () => {
    while (next < params.length) {
      const p = params[next++] as Item;
      await doc.send(new lib.UpdateCommand({ ...p, TableName: table } as never));
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    ddb.destroy();
  }
};

/** One item as the entity stores it (ElectroDB's own `put` params), for any table. */
export const stored = (params: { Item?: Item }): Item => {
  if (!params.Item) throw new Error('ElectroDB put params without Item');
  return params.Item;
};
