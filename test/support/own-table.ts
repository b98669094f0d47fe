import { afterAll } from 'vitest';
import { ensureTable } from '../../shared/local/dynamo.ts';

/**
 * Gives the calling test file a table of its own (same definition as every table). An expiry pass
 * is table-wide by contract — every live subscription whose `endsAt` has passed, in every org — so
 * a file that runs passes must not share a table with files whose subscriptions it would end.
 *
 * Call it inside `vi.hoisted` so it runs before the file's imports bind the table:
 * `await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('expiry'));`
 */
export const useOwnTable = async (suffix: string) => {
  const shared = process.env.TABLE_NAME ?? '';
  const own = `${shared}-${suffix}`;
  await ensureTable(process.env.DYNAMODB_ENDPOINT ?? '', own);
  process.env.TABLE_NAME = own;
  afterAll(() => {
    if (process.env.TABLE_NAME === own) process.env.TABLE_NAME = shared;
  });
  return { shared, own };
};
