import type { Service } from 'electrodb';
import type { Entities } from './service.ts';

type WriteFn = Parameters<Service<Entities>['transaction']['write']>[0];
/** The entities as a transaction sees them (`entities.package.create(...).commit()`). */
export type TxEntities = Parameters<WriteFn>[0];
export type TxItem = ReturnType<WriteFn>[number];

/** One item of a transaction, and what its failed condition means. */
export interface TxStep {
  build: (tx: TxEntities) => TxItem;
  /**
   * Turns this item's failed condition into a domain error. `current` is the item as it was
   * when the condition failed (for steps committed with `response: 'all_old'`), else null.
   */
  onFail?: (current: Record<string, unknown> | null) => Error;
  /**
   * The item's condition holds whatever the data (an audit event's `attribute_not_exists` on a fresh
   * id): a dry run of a full transaction may leave it out to make room for its sentinel.
   */
  alwaysHolds?: true;
}
