/**
 * The contract every standard CRUD resource keeps (API.md, "Conventions"), written once: create,
 * get, list with cursors, update, delete, optimistic concurrency, unique values, viewers and the
 * audit trail. A resource's test file calls `crudContract` with what differs for it (a valid body,
 * a change, its required fields, what a body needs to exist first) and keeps only the tests of what
 * is special about it. Names, id prefixes, entity types and unique fields come from the resource's
 * declaration in shared/resources.ts.
 */
import { describe, expect, it } from 'vitest';
import { type ApiClient, auditEvents, expectInvalidField, newOrg, resourceClient } from './api.ts';
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

/**
 * A resource's own table of refused creates: each `body` (over the valid `base`) answers 400
 * validation_failed naming `path`, and the fresh org holds no item and no audit event.
 */
export const refusedCreates = (
  api: ApiClient,
  collection: string,
  base: Record<string, unknown>,
  cases: { label: string; body: Record<string, unknown>; path: string }[],
) => {
  const client = resourceClient(api, collection);
  it.each(cases)(
    'refuses $label with 400 validation_failed naming the field, writing nothing',
    async ({ body, path }) => {
      const org = newOrg();
      const res = await client.post(org, { ...base, ...body });
      expectInvalidField(res, path);
      expect((await client.list(org)).body.items).toEqual([]);
      expect(await auditEvents(api, org)).toEqual([]);
    },
  );
};
