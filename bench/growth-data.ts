/**
 * Data for the growth section (`bench/sections/growth.ts`): realistic plans, products and
 * subscriptions generated as the create and bind paths store them, and a fast parallel
 * BatchWriteItem loader. Every item is built by the ElectroDB entities themselves (`put(...).params()`),
 * so its keys, index attributes and ElectroDB markers are exactly what the handlers write; only the
 * table name is ours, since the loader writes to any table on the bench's DynamoDB Local.
 *
 * Import after `startBenchDatabase()` (it imports `shared/db/service.ts`).
 */

export { type Catalog, catalog } from './growth-data/catalog.ts';
export { batchWrite, type Item, random, updateAll } from './growth-data/loader.ts';
export {
  PLANS_PER_ORG,
  planCounterUpdate,
  type SubscriptionWorld,
  subscriptionItems,
  subscriptionWorld,
  worldItems,
} from './growth-data/subscriptions.ts';
export { planTrail, type Trail } from './growth-data/trail.ts';
