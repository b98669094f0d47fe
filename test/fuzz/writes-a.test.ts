/**
 * Property-based fuzzing of the write routes of partition `writes-a` (see `partitionOf` in
 * test/support/fuzz/; the other half is in writes-b.test.ts, so the two run in parallel).
 * Reproduce with `FUZZ_SEED=<seed> npx vitest run test/fuzz/writes-a.test.ts`.
 */
import { vi } from 'vitest';

await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('fuzz-writes-a'));

import { fuzzWritePartition } from '../support/fuzz-writes.ts';

await fuzzWritePartition('writes-a', 1_337_001);
