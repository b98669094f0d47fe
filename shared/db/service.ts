import { Service } from 'electrodb';
import { config } from '../config.ts';
import { AuditEvent } from '../entities/audit-event.ts';
import { Company } from '../entities/company.ts';
import { IdempotencyRecord } from '../entities/idempotency-record.ts';
import { Offer } from '../entities/offer.ts';
import { Package } from '../entities/package.ts';
import { PendingRelease } from '../entities/pending-release.ts';
import { Plan } from '../entities/plan.ts';
import { PlanGroup } from '../entities/plan-group.ts';
import { Price } from '../entities/price.ts';
import { Product } from '../entities/product.ts';
import { Subscriber } from '../entities/subscriber.ts';
import { Subscription } from '../entities/subscription.ts';
import { UniqueGuard } from '../entities/unique-guard.ts';
import { documentClient } from './client.ts';

/**
 * Every entity of the one table, bound to the module-scope client. Each is built on first use
 * (shared/entities/lazy.ts), so a function pays only for the entities it touches.
 */
export const db = {
  package: Package,
  offer: Offer,
  plan: Plan,
  planGroup: PlanGroup,
  company: Company,
  product: Product,
  price: Price,
  subscriber: Subscriber,
  subscription: Subscription,
  guard: UniqueGuard,
  auditEvent: AuditEvent,
  idempotency: IdempotencyRecord,
  pendingRelease: PendingRelease,
};

export type Entities = typeof db;

/**
 * The ElectroDB Service of all entities: the data model as one unit. Joining checks that the
 * entities agree on the table's indexes and collections; test/unit/service.test.ts builds it.
 * Request paths do not need it (transactions are written with `createWriteTransaction` on the
 * entities they touch, shared/db/commit.ts), so no function builds it on its cold start. With
 * `entities`, the model those make (test/unit/crud.test.ts adds the CRUD resources' own entities).
 */
export const buildService = (entities: Record<string, object> = db) =>
  new Service(entities as Entities, { client: documentClient, table: config.tableName });
