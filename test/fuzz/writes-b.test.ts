/**
 * Property-based fuzzing of the write routes of partition `writes-b` (see `partitionOf` in
 * test/support/fuzz/; the other half is in writes-a.test.ts, so the two run in parallel).
 * Reproduce with `FUZZ_SEED=<seed> npx vitest run test/fuzz/writes-b.test.ts`.
 */
import { vi } from 'vitest';

await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('fuzz-writes-b'));

import { fuzzWritePartition } from '../support/fuzz-writes.ts';

await fuzzWritePartition('writes-b', 1_337_002);
