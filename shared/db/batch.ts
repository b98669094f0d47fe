import { unavailable } from '../errors.ts';

interface BatchGet<T> {
  go(options: { consistent: boolean }): Promise<{ data: T[]; unprocessed: readonly unknown[] }>;
}

const MAX_ATTEMPTS = 5;

/**
 * Reads many items in as few BatchGetItem calls as DynamoDB allows (ElectroDB splits by 100),
 * retrying the keys DynamoDB leaves unprocessed under load.
 */
export const getMany = async <K, T>(get: (keys: K[]) => BatchGet<T>, keys: K[]): Promise<T[]> => {
  const found: T[] = [];
  let pending = keys;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= MAX_ATTEMPTS) throw unavailable();
    if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    const result = await get(pending).go({ consistent: true });
    found.push(...result.data);
    // Unprocessed keys are keys we sent, in ElectroDB's composite form.
    pending = result.unprocessed as K[];
  }
  return found;
};
