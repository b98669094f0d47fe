import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { backfillCatalogKeys } from '../../shared/catalog/backfill.ts';
import { getCatalogPlan, listCatalog } from '../../shared/catalog/operations.ts';
import { config } from '../../shared/config.ts';
import type { OperationContext } from '../../shared/context.ts';
import { documentClient } from '../../shared/db/client.ts';
import { db } from '../../shared/db/service.ts';
import { publishPlan } from '../../shared/plans/lifecycle.ts';
import { createPlan, updatePlan } from '../../shared/plans/operations.ts';
import { newOrg } from '../support/api.ts';

const ctx = (orgId: string): OperationContext => ({
  orgId,
  actor: { sub: 'test', email: null },
  now: new Date(),
});
const page = { limit: 25 };

/** Makes a stored plan look as it did before the catalog index existed: no gsi7 keys. */
const stripCatalogKeys = (orgId: string, id: string) =>
  documentClient.send(
    new UpdateCommand({
      TableName: config.tableName,
      Key: db.plan.get({ organizationId: orgId, id }).params().Key,
      UpdateExpression: 'REMOVE gsi7pk, gsi7sk',
    }),
  );

describe('catalog keys of plans stored before the catalog index', () => {
  it('are missing until the backfill writes them; a later patch alone would not', async () => {
    const org = newOrg('backfill');
    const old = await createPlan(ctx(org), { name: 'Old', slug: 'old', publish: true });
    const drafted = await createPlan(ctx(org), { name: 'Draft', slug: 'draft' });
    await stripCatalogKeys(org, old.id);
    await stripCatalogKeys(org, drafted.id);
    expect((await listCatalog(ctx(org), page)).items).toEqual([]);
    // A change (rename) rewrites only the partition key: still not in the index.
    await updatePlan(ctx(org), old.id, { name: 'Old, renamed' });
    expect((await listCatalog(ctx(org), page)).items).toEqual([]);
    // By slug needs no index.
    expect((await getCatalogPlan(ctx(org), 'old')).id).toBe(old.id);

    const result = await backfillCatalogKeys();
    expect(result.updated).toBeGreaterThanOrEqual(2);
    expect((await listCatalog(ctx(org), page)).items.map((p) => p.id)).toEqual([old.id]);
    await publishPlan(ctx(org), drafted.id);
    expect((await listCatalog(ctx(org), page)).items.map((p) => p.id)).toEqual([drafted.id, old.id]);
    // Nothing left to do: a second run updates nothing of this org.
    const again = await backfillCatalogKeys();
    expect(again.updated).toBe(0);
  });
});
