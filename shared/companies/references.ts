import type { TxStep } from '../db/commit.ts';
import { referenceNotFound } from '../errors.ts';

/**
 * One more or one fewer plan or product billed by a company, in the referencing write's
 * transaction. Adding requires the company to exist; deleting one requires 0 (`company_in_use`).
 */
export const companyReference = (
  orgId: string,
  companyId: string,
  delta: 1 | -1,
  field = 'companyId',
): TxStep => ({
  build: (tx) => tx.company.patch({ organizationId: orgId, id: companyId }).add({ refCount: delta }).commit(),
  onFail: () => referenceNotFound(field, 'Company', companyId),
});
