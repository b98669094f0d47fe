/**
 * THE resource registry: every resource of the API declared once, as plain data (no imports, so
 * functions, infra, the console and the tests can all read it for free). What is the same for every
 * resource derives from here: id prefixes (shared/ids.ts), audit entity types
 * (shared/entities/audit-event.ts), unique-value guard kinds (shared/entities/unique-guard.ts), the
 * standard CRUD routes (shared/routes.ts, and from them CDK, the local server and the OpenAPI
 * document), the console's navigation and the tests' maps. What is special about a resource stays in
 * its own folder (`shared/<collection>/`).
 */

/** A value unique in the org ignoring case (codes, slugs, usernames, emails), held by a guard item. */
export interface UniqueField {
  /** The guard kind: `package-code`. */
  readonly kind: string;
  /** The field that holds the value. */
  readonly field: string;
  /** What a clash answers (API.md, Errors). */
  readonly code: 'code_taken' | 'slug_taken' | 'username_taken' | 'email_taken';
}

export interface ResourceDeclaration {
  /** The collection below `/orgs/{orgId}/`, also the folder of its functions and operations: `plan-groups`. */
  readonly collection: string;
  /** Its audit events' `entityType`: `plan-group`. */
  readonly entityType: string;
  /** Its key among the entities (`db.planGroup`) and the id prefixes. */
  readonly key: string;
  /** Its ids' prefix: `pgrp` (`pgrp_01J…`). */
  readonly idPrefix: string;
  /** Its id's path parameter: `groupId`. */
  readonly idParam: string;
  /** For summaries and messages: `plan group`, `plan groups`. */
  readonly singular: string;
  readonly plural: string;
  /** The OpenAPI tag, the CDK area (nested stack) and the console's label: `Plan groups`. */
  readonly tag: string;
  /** The OpenAPI tag's description. */
  readonly description: string;
  readonly unique: readonly UniqueField[];
  /**
   * A standard CRUD resource: its five routes (create, list, get, update, delete) are generated, and
   * each is its own Lambda function built from the one generic entry of that route (`functions/crud/`)
   * with this resource's module, `crudModule(collection)` (`shared/<collection>/resource.ts`, which
   * exports its `crud`).
   */
  readonly crud: boolean;
  /**
   * For a CRUD resource: a valid create body and a change, from which the bench's scenarios and fixtures
   * are made (test/unit/crud.test.ts parses them with the resource's schemas). Each request makes the
   * values of the unique fields its own; `references` names the fields that hold the id of another
   * resource, which is created first (`packageId: 'packages'`).
   */
  readonly example?: {
    readonly create: Readonly<Record<string, unknown>>;
    readonly update: Readonly<Record<string, unknown>>;
    readonly references?: Readonly<Record<string, string>>;
  };
  /** Its place in the console's navigation (1 first), or false when it has no screen of its own. */
  readonly nav: number | false;
}

/** Every resource, in the order of the audit trail's `entityType` values. */
export const RESOURCES = [
  {
    collection: 'packages',
    entityType: 'package',
    key: 'package',
    idPrefix: 'pkg',
    idParam: 'packageId',
    singular: 'package',
    plural: 'packages',
    tag: 'Packages',
    description: 'LMS subscription packages: status, code, name, tier.',
    unique: [{ kind: 'package-code', field: 'code', code: 'code_taken' }],
    crud: true,
    example: {
      create: { status: 'active', code: 'PKG', name: 'Pro tools', tier: 2, description: 'All tools' },
      update: { name: 'Pro tools 2' },
    },
    nav: 4,
  },
  {
    collection: 'offers',
    entityType: 'offer',
    key: 'offer',
    idPrefix: 'off',
    idParam: 'offerId',
    singular: 'offer',
    plural: 'offers',
    tag: 'Offers',
    description: 'What learners activate by code; each grants a plan of its package, within its limits.',
    unique: [{ kind: 'offer-code', field: 'code', code: 'code_taken' }],
    crud: true,
    example: {
      create: { status: 'active', code: 'OFF', name: 'Spring offer' },
      update: { name: 'Summer offer' },
      references: { packageId: 'packages' },
    },
    nav: 5,
  },
  {
    collection: 'plans',
    entityType: 'plan',
    key: 'plan',
    idPrefix: 'plan',
    idParam: 'planId',
    singular: 'plan',
    plural: 'plans',
    tag: 'Plans',
    description: 'Subscription plans: pricing, cycles, trial, features, limits, items and their lifecycle.',
    unique: [{ kind: 'plan-slug', field: 'slug', code: 'slug_taken' }],
    nav: 1,
    crud: false,
  },
  {
    collection: 'plan-groups',
    entityType: 'plan-group',
    key: 'planGroup',
    idPrefix: 'pgrp',
    idParam: 'groupId',
    singular: 'plan group',
    plural: 'plan groups',
    tag: 'Plan groups',
    description: 'Groups of plans.',
    crud: true,
    example: {
      create: { name: 'Team plans', description: 'Plans for teams' },
      update: { name: 'Enterprise plans' },
    },
    nav: 6,
    unique: [],
  },
  {
    collection: 'companies',
    entityType: 'company',
    key: 'company',
    idPrefix: 'comp',
    idParam: 'companyId',
    singular: 'company',
    plural: 'companies',
    tag: 'Companies',
    description: 'Legal entities for billing, referenced by plans and products.',
    crud: true,
    example: {
      create: { name: 'Acme', legalName: 'Acme GmbH', taxId: 'DE123456789' },
      update: { legalName: 'Acme Holding GmbH' },
    },
    nav: 7,
    unique: [],
  },
  {
    collection: 'products',
    entityType: 'product',
    key: 'product',
    idPrefix: 'prod',
    idParam: 'productId',
    singular: 'product',
    plural: 'products',
    tag: 'Products',
    description: 'Products (root and child) that plan items are made of.',
    crud: true,
    example: {
      create: { name: 'Seats', description: 'Per-seat licence' },
      update: { name: 'Seats (annual)' },
    },
    nav: 8,
    unique: [],
  },
  {
    collection: 'prices',
    entityType: 'price',
    key: 'price',
    idPrefix: 'price',
    idParam: 'priceId',
    singular: 'price',
    plural: 'prices',
    tag: 'Prices',
    description: "A product's prices; amount, currency and cycle are fixed at create.",
    // Prices are reached through their product (console: a product's detail).
    nav: false,
    unique: [],
    crud: false,
  },
  {
    collection: 'subscribers',
    entityType: 'subscriber',
    key: 'subscriber',
    idPrefix: 'sbr',
    idParam: 'subscriberId',
    singular: 'subscriber',
    plural: 'subscribers',
    tag: 'Subscribers',
    description: 'The users who hold subscriptions (unique username and email per org).',
    unique: [
      { kind: 'subscriber-username', field: 'username', code: 'username_taken' },
      { kind: 'subscriber-email', field: 'email', code: 'email_taken' },
    ],
    crud: true,
    example: {
      create: { username: 'ada', email: 'ada@example.com', name: 'Ada Lovelace' },
      update: { name: 'Ada King' },
    },
    nav: 3,
  },
  {
    collection: 'subscriptions',
    entityType: 'subscription',
    key: 'subscription',
    idPrefix: 'sub',
    idParam: 'subscriptionId',
    singular: 'subscription',
    plural: 'subscriptions',
    tag: 'Subscriptions',
    description: 'Manual binds, bulk binds, redemptions, extensions and cancellations.',
    nav: 2,
    unique: [],
    crud: false,
  },
] as const satisfies readonly ResourceDeclaration[];

export type Resource = (typeof RESOURCES)[number];
export type EntityType = Resource['entityType'];

/** The module of a CRUD resource, below the repository root: it exports the resource's `crud` (shared/db/crud.ts). */
export const crudModule = (collection: string): string => `shared/${collection}/resource.ts`;

/** A resource by its collection. */
export const resourceNamed = <N extends string>(
  collection: N,
): N extends Resource['collection'] ? Extract<Resource, { collection: N }> : Resource => {
  const found = RESOURCES.find((r) => r.collection === collection);
  if (!found) throw new Error(`No resource ${collection}`);
  return found as N extends Resource['collection'] ? Extract<Resource, { collection: N }> : Resource;
};

/** `a package`, `an offer`. */
export const withArticle = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** `an offer` → `An offer`. */
export const capitalized = (text: string): string => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
