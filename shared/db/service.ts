import { Service } from 'electrodb';
import { config } from '../config.ts';
import { AuditEvent } from '../entities/audit-event.ts';
import { Company } from '../entities/company.ts';
import { IdempotencyRecord } from '../entities/idempotency-record.ts';
import { Offer } from '../entities/offer.ts';
import { Package } from '../entities/package.ts';
import { Plan } from '../entities/plan.ts';
import { PlanGroup } from '../entities/plan-group.ts';
import { Price } from '../entities/price.ts';
import { Product } from '../entities/product.ts';
import { Subscriber } from '../entities/subscriber.ts';
import { Subscription } from '../entities/subscription.ts';
import { UniqueGuard } from '../entities/unique-guard.ts';
import { documentClient } from './client.ts';

/** Every entity in the one table, bound to the module-scope client. */
export const service = new Service(
  {
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
  },
  { client: documentClient, table: config.tableName },
);

export const db = service.entities;
