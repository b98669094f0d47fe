/**
 * The prose of the OpenAPI document: each tag's description, and each operation's description
 * (its own note, or the CRUD one, plus what the route table says about its token, `If-Match`,
 * `Idempotency-Key` and `?dryRun=true`).
 */
import { RESOURCES, resourceNamed, withArticle } from './resources.ts';
import type { Route } from './routes.ts';

/**
 * Declared tags, in the order a reader meets them (every route's tag must be here): each resource's
 * (shared/resources.ts `description`), and the areas that are not a resource.
 */
export const TAGS: Record<string, string> = {
  Health: 'Liveness of the API (no token, no database).',
  ...Object.fromEntries(RESOURCES.map((resource) => [resource.tag, resource.description])),
  Entitlements: 'What a subscriber may use at an instant, resolved from their subscriptions.',
  History: 'A resource as it was at an instant, rebuilt from the audit trail.',
  Audit: 'The immutable audit trail of every change.',
  Catalog: 'The public catalog of published plans: no token, cacheable.',
};

/** What an operation does, beyond its summary (the generic part is added by `describe`). */
const NOTES: Record<string, string> = {
  health: 'Answers `200 {"status":"ok"}`.',
  'prices/update':
    'Only `nickname` and `active` can be changed; `amount`, `currency` and `cycle` are fixed at create.',
  'plans/create': 'Starts `draft`, or `active` with `"publish": true`.',
  'plans/delete': 'Only a `draft` plan that never had a subscription and that no offer references.',
  'plans/publish': '`draft → active`. Takes no body (none, or `{}`).',
  'plans/unpublish':
    '`active → draft`: no new subscriptions; existing ones continue. Takes no body (none, or `{}`).',
  'plans/archive': '`active → archived`, refused while the plan has a live subscription. Takes no body.',
  'plans/restore': '`archived → active`. Takes no body (none, or `{}`).',
  'plans/duplicate':
    'A new `draft` with every writable field of the original, `(Copy)` name and `-copy` slug.',
  'plans/bulk-archive':
    'Each plan on its own: `skipped` lists the code a single archive would have answered.',
  'plans/bulk-delete': 'Each plan on its own: `skipped` lists the code a single delete would have answered.',
  'plans/bulk-move': 'Each plan on its own; a group that does not exist moves nothing.',
  'subscriptions/create':
    'Exactly one of `user` and `subscriberId`. `201` with a new subscription; with `"mode": "extend"` and a live subscription to the plan, `200` with it extended.',
  'subscriptions/bulk-bind':
    'Each user on its own: `skipped` lists the code a single bind of that user would have answered.',
  'subscriptions/cancel': 'Now (default), or at period end with `"atPeriodEnd": true`.',
  'subscriptions/extend':
    'Exactly one of `cycles`, `days` and `endsAt`; a trialing subscription becomes active.',
  'redemptions/create':
    'Exactly one of `user` and `subscriberId`. `201` with the new subscription (`source` `offer`).',
  'audit-events/list': 'Filters `entityType`, `entityId`.',
  'history/get': 'Query `at` (required): the state after the last event at or before it, or null.',
  'entitlements/get':
    'Query: exactly one of `user` and `subscriberId` (OpenAPI cannot say so for parameters), optional `at`.',
  'catalog/list': 'Active public plans, with `Cache-Control: public, max-age=60`.',
  'catalog/get': 'One active plan by slug, public or private; anything else is `404`.',
};

const CRUD_NOTES: Record<string, (singular: string) => string> = {
  create: (one) => `Creates ${withArticle(one)}: \`201\` with it and its \`Location\`.`,
  list: () => 'Newest first, as `{ items, nextCursor }`.',
  get: (one) => `One ${one}, with its \`ETag\`.`,
  update: () => 'Partial: send only the fields to change; `null` clears an optional field.',
  delete: () => '`204`, permanent.',
};

/** The description of `route`'s operation; `isList` adds the paging notes. */
export const describeOperation = (route: Route, isList: boolean): string => {
  const [collection = '', verb = ''] = route.handler.split('/');
  const crud = CRUD_NOTES[verb];
  const note = NOTES[route.handler] ?? (crud ? crud(resourceNamed(collection).singular) : route.summary);
  const lines = [note];
  if (isList && !note.includes('Newest first')) lines.push('Newest first, as `{ items, nextCursor }`.');
  if (isList) lines.push("`limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.");
  lines.push(
    !route.auth
      ? 'No token needed; a token sent is ignored.'
      : route.access === 'write'
        ? 'Needs an `admin` token.'
        : 'Needs an `admin` or `viewer` token.',
  );
  if (route.ifMatch)
    lines.push('Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.');
  if (route.method === 'POST') {
    lines.push(
      'With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).',
    );
  }
  if (route.access === 'write') {
    lines.push(
      '`?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.',
    );
  }
  return lines.join('\n\n');
};
