import { referenceNotFound } from '../errors.ts';
import { capitalized, type Resource } from '../resources.ts';
import type { TxItem, TxStep } from './steps.ts';

/** The resources whose items count the references to them (`refCount`), so a delete can require 0. */
type Counted = Extract<Resource['key'], 'package' | 'company' | 'planGroup' | 'subscriber'>;

/** What a reference count needs of an entity inside a transaction. */
interface CountedEntity {
  patch(key: { organizationId: string; id: string }): {
    add(values: { refCount: number }): { commit(): TxItem };
  };
}

/**
 * The step that counts one more (`+1`) or one fewer (`-1`) reference to an item of `resource`, in
 * the referencing write's own transaction. The patch requires the item to exist (else
 * `reference_not_found` on `field`), and the item's delete requires a count of 0, so a delete racing
 * the write that adds a reference can never leave it dangling.
 */
export const referenceCounter =
  (resource: Resource & { key: Counted }, defaultField: string) =>
  (orgId: string, id: string, delta: 1 | -1, field = defaultField): TxStep => ({
    build: (tx) =>
      (tx[resource.key] as unknown as CountedEntity)
        .patch({ organizationId: orgId, id })
        .add({ refCount: delta })
        .commit(),
    onFail: () => referenceNotFound(field, capitalized(resource.singular), id),
  });
