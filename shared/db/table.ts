/**
 * The one DynamoDB table, as plain data. CDK (`infra/admin-api-stack.ts`) and the local
 * server (`shared/local/dynamo.ts`) both build the table from this, so what runs on a laptop
 * has exactly the keys and indexes of what is deployed.
 *
 * Single-table design: ElectroDB entities overload the generic key attributes. Every GSI
 * projects ALL attributes so a list page is one Query with no follow-up reads.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB TTL removes expired idempotency records. */
  ttlAttribute: 'ttl',
  /**
   * The table's stream: every change's new image, for 24 hours. Audit events are written in their change's
   * own transaction, so the stream is a transactional outbox of change events (shared/events/envelope.ts):
   * the publisher Lambda reads it in AWS, the webhook delivery under `npm start`.
   */
  streamViewType: 'NEW_IMAGE',
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    { indexName: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' }, // EXPIRY_INDEX
    { indexName: 'gsi5', partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
    { indexName: 'gsi6', partitionKey: 'gsi6pk', sortKey: 'gsi6sk' }, // NOTICE_INDEX
    { indexName: 'gsi7', partitionKey: 'gsi7pk', sortKey: 'gsi7sk' }, // CATALOG_INDEX
  ],
} as const;

/** All key attributes are strings. */
export const KEY_ATTRIBUTES: string[] = [
  TABLE.partitionKey,
  TABLE.sortKey,
  ...TABLE.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey]),
];

/**
 * The sparse expiry index: only live subscriptions carry its keys (shared/entities/subscription.ts), so
 * the expirer's reads grow with what ended, not with what is stored. Its own function may query it alone.
 */
export const EXPIRY_INDEX = { name: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' } as const;

/** The sparse index of pending expiry notices (shared/entities/subscription.ts), read the same way. */
export const NOTICE_INDEX = { name: 'gsi6', partitionKey: 'gsi6pk', sortKey: 'gsi6sk' } as const;

/**
 * Plans by organization, status and visibility (shared/entities/plan.ts `byCatalog`): the public
 * catalog's page is one Query of the `active` + `public` partition. The public catalog functions may
 * query this index and nothing else.
 */
export const CATALOG_INDEX = { name: 'gsi7', partitionKey: 'gsi7pk', sortKey: 'gsi7sk' } as const;
