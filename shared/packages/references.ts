import type { TxStep } from '../db/commit.ts';
import { referenceNotFound } from '../errors.ts';

/**
 * Counts one more (`+1`) or one fewer (`-1`) reference to a package, in the referencing write's
 * transaction. Adding requires the package to exist, and deleting a package requires a count
 * of 0, so a delete racing the write that adds a reference can never leave it dangling.
 */
export const packageReference = (
  orgId: string,
  packageId: string,
  delta: 1 | -1,
  field = 'packageId',
): TxStep => ({
  build: (tx) => tx.package.patch({ organizationId: orgId, id: packageId }).add({ refCount: delta }).commit(),
  onFail: () => referenceNotFound(field, 'Package', packageId),
});
