/**
 * A one-off migration, not a request path: plans written before the catalog index existed carry no
 * `gsi7pk`/`gsi7sk`, and a later patch only rewrites the partition key (ElectroDB rebuilds a key from
 * the composites it is given; the sort key's `id` never changes). This scans the table once for
 * such plans and writes both keys, each conditioned on the status and visibility it read, so a
 * concurrent lifecycle step wins (run it again to pick that plan up).
 */
import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.ts';
import { documentClient } from '../db/client.ts';
import { db } from '../db/service.ts';
import { CATALOG_INDEX } from '../db/table.ts';

export interface BackfillResult {
  scanned: number;
  updated: number;
  skipped: number;
}

export const backfillCatalogKeys = async (): Promise<BackfillResult> => {
  const result: BackfillResult = { scanned: 0, updated: 0, skipped: 0 };
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new ScanCommand({
        TableName: config.tableName,
        FilterExpression: '#e = :plan AND attribute_not_exists(#sk7)',
        ExpressionAttributeNames: { '#e': '__edb_e__', '#sk7': CATALOG_INDEX.sortKey },
        ExpressionAttributeValues: { ':plan': 'plan' },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    start = page.LastEvaluatedKey;
    result.scanned += page.ScannedCount ?? 0;
    for (const raw of page.Items ?? []) {
      const plan = db.plan.parse({ Item: raw })?.data;
      if (!plan) continue;
      const keys = db.plan.put(plan).params().Item as Record<string, string>;
      try {
        await documentClient.send(
          new UpdateCommand({
            TableName: config.tableName,
            Key: { pk: raw.pk, sk: raw.sk },
            UpdateExpression: 'SET #pk7 = :pk7, #sk7 = :sk7',
            ConditionExpression: '#status = :status AND #visibility = :visibility',
            ExpressionAttributeNames: {
              '#pk7': CATALOG_INDEX.partitionKey,
              '#sk7': CATALOG_INDEX.sortKey,
              '#status': 'status',
              '#visibility': 'visibility',
            },
            ExpressionAttributeValues: {
              ':pk7': keys[CATALOG_INDEX.partitionKey],
              ':sk7': keys[CATALOG_INDEX.sortKey],
              ':status': plan.status,
              ':visibility': plan.visibility,
            },
          }),
        );
        result.updated += 1;
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
        result.skipped += 1;
      }
    }
  } while (start);
  return result;
};
