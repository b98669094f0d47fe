import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { unavailable } from '../errors.ts';
import { documentClient } from './client.ts';

/** How many times keys that DynamoDB leaves unprocessed are asked for before the read is `unavailable`. */
const MAX_ATTEMPTS = 5;

/** One entity's part of a `readTogether`: its batch get (ElectroDB builds the keys) and its parser. */
export interface BatchPart<T> {
  query: { params(): unknown };
  parse: (item: Record<string, unknown>) => T | null | undefined;
}

export const batchPart = <T>(
  query: { params(): unknown },
  parse: (item: Record<string, unknown>) => T | null | undefined,
): BatchPart<T> => ({ query, parse });

/** How many keys one BatchGetItem takes. */
const BATCH_GET_MAX = 100;

/**
 * Items of several entities by key in as few strongly consistent BatchGetItem requests as DynamoDB
 * allows (one for up to 100 keys): reads that do not depend on each other (a plan's products and prices, a bind's guard and plan) then
 * cost one request. Keys DynamoDB leaves unprocessed under load are read again; absent items are
 * left out. Returns each part's items, in the parts' order.
 */
export const readTogether = async <const P extends readonly BatchPart<unknown>[]>(
  parts: P,
): Promise<{ [K in keyof P]: P[K] extends BatchPart<infer T> ? T[] : never }> => {
  let names: string[] = [];
  const keyOf = (item: Record<string, unknown>) => names.map((name) => String(item[name])).join('\u0000');
  const owner = new Map<string, number>();
  let table = '';
  let pending: Record<string, unknown>[] = [];
  parts.forEach((part, index) => {
    const batches = part.query.params() as {
      RequestItems: Record<string, { Keys: Record<string, unknown>[] }>;
    }[];
    for (const batch of batches) {
      for (const [name, request] of Object.entries(batch.RequestItems)) {
        table = name;
        for (const key of request.Keys) {
          if (names.length === 0) names = Object.keys(key).sort();
          if (owner.has(keyOf(key))) continue;
          owner.set(keyOf(key), index);
          pending.push(key);
        }
      }
    }
  });
  const found = parts.map(() => [] as unknown[]);
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= MAX_ATTEMPTS) throw unavailable();
    if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    const unprocessed: Record<string, unknown>[] = [];
    for (let i = 0; i < pending.length; i += BATCH_GET_MAX) {
      const Keys = pending.slice(i, i + BATCH_GET_MAX);
      const response = await documentClient.send(
        new BatchGetCommand({ RequestItems: { [table]: { Keys, ConsistentRead: true } } }),
      );
      for (const item of response.Responses?.[table] ?? []) {
        const index = owner.get(keyOf(item));
        const parsed = index === undefined ? undefined : parts[index]?.parse(item);
        if (index !== undefined && parsed !== null && parsed !== undefined) found[index]?.push(parsed);
      }
      unprocessed.push(...((response.UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[]));
    }
    pending = unprocessed;
  }
  return found as { [K in keyof P]: P[K] extends BatchPart<infer T> ? T[] : never };
};
