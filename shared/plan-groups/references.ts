import type { TxStep } from '../db/commit.ts';
import { referenceNotFound } from '../errors.ts';

/**
 * One more (`+1`) or one fewer (`-1`) plan in a group, in the plan write's transaction. Adding
 * requires the group to exist; deleting a group requires a count of 0 (`group_not_empty`).
 */
export const groupReference = (orgId: string, groupId: string, delta: 1 | -1, field = 'groupId'): TxStep => ({
  build: (tx) => tx.planGroup.patch({ organizationId: orgId, id: groupId }).add({ refCount: delta }).commit(),
  onFail: () => referenceNotFound(field, 'Plan group', groupId),
});
