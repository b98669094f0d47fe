/**
 * The contract every standard CRUD resource keeps (API.md, "Conventions"), written once: create,
 * get, list with cursors, update, delete, optimistic concurrency, unique values, viewers and the
 * audit trail. A resource's test file calls `crudContract` with what differs for it (a valid body,
 * a change, its required fields, what a body needs to exist first) and keeps only the tests of what
 * is special about it. Names, id prefixes, entity types and unique fields come from the resource's
 * declaration in shared/resources.ts.
 */
import { describe } from 'vitest';
import { createContract, readContract } from './crud-contract/create.ts';
import { type CrudContractOptions, contractKit, type Stored } from './crud-contract/kit.ts';
import { listContract } from './crud-contract/list.ts';
import { deleteContract, updateContract } from './crud-contract/update.ts';

/**
 * Registers the common tests of the standard CRUD resource `collection` (one with `crud: true` in
 * shared/resources.ts) in a describe block named after it.
 */
export const crudContract = <T extends Stored, C = undefined>(
  collection: string,
  options: CrudContractOptions<C>,
) => {
  const kit = contractKit<T, C>(collection, options);
  describe(`the CRUD contract of /orgs/{orgId}/${collection}`, () => {
    createContract(kit);
    readContract(kit);
    listContract(kit);
    updateContract(kit);
    deleteContract(kit);
  });
};
