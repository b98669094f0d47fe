/**
 * GENERATED from the API's OpenAPI document by `npm run api-types` (shared/local/api-types.ts).
 * Do not edit: test/unit/api-types.test.ts fails when this file is stale.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Answers `200 {"status":"ok"}`.
         *
         *     No token needed; a token sent is ignored.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List packages
         * @description Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["packagesList"];
        put?: never;
        /**
         * Create a package
         * @description Creates a package: `201` with it and its `Location`.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["packagesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/packages/{packageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a package
         * @description One package, with its `ETag`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["packagesGet"];
        put?: never;
        post?: never;
        /**
         * Delete a package
         * @description `204`, permanent.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        delete: operations["packagesDelete"];
        options?: never;
        head?: never;
        /**
         * Update a package
         * @description Partial: send only the fields to change; `null` clears an optional field.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        patch: operations["packagesUpdate"];
        trace?: never;
    };
    "/orgs/{orgId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List offers
         * @description Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["offersList"];
        put?: never;
        /**
         * Create an offer
         * @description Creates an offer: `201` with it and its `Location`.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["offersCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an offer
         * @description One offer, with its `ETag`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["offersGet"];
        put?: never;
        post?: never;
        /**
         * Delete an offer
         * @description `204`, permanent.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        delete: operations["offersDelete"];
        options?: never;
        head?: never;
        /**
         * Update an offer
         * @description Partial: send only the fields to change; `null` clears an optional field.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        patch: operations["offersUpdate"];
        trace?: never;
    };
    "/orgs/{orgId}/plan-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plan groups
         * @description Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["planGroupsList"];
        put?: never;
        /**
         * Create a plan group
         * @description Creates a plan group: `201` with it and its `Location`.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["planGroupsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/plan-groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a plan group
         * @description One plan group, with its `ETag`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["planGroupsGet"];
        put?: never;
        post?: never;
        /**
         * Delete a plan group
         * @description `204`, permanent.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        delete: operations["planGroupsDelete"];
        options?: never;
        head?: never;
        /**
         * Update a plan group
         * @description Partial: send only the fields to change; `null` clears an optional field.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        patch: operations["planGroupsUpdate"];
        trace?: never;
    };
    "/orgs/{orgId}/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List companies
         * @description Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["companiesList"];
        put?: never;
        /**
         * Create a company
         * @description Creates a company: `201` with it and its `Location`.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["companiesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/companies/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a company
         * @description One company, with its `ETag`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["companiesGet"];
        put?: never;
        post?: never;
        /**
         * Delete a company
         * @description `204`, permanent.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        delete: operations["companiesDelete"];
        options?: never;
        head?: never;
        /**
         * Update a company
         * @description Partial: send only the fields to change; `null` clears an optional field.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        patch: operations["companiesUpdate"];
        trace?: never;
    };
    "/orgs/{orgId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["productsList"];
        put?: never;
        /**
         * Create a product
         * @description Creates a product: `201` with it and its `Location`.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["productsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product
         * @description One product, with its `ETag`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["productsGet"];
        put?: never;
        post?: never;
        /**
         * Delete a product
         * @description `204`, permanent.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        delete: operations["productsDelete"];
        options?: never;
        head?: never;
        /**
         * Update a product
         * @description Partial: send only the fields to change; `null` clears an optional field.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        patch: operations["productsUpdate"];
        trace?: never;
    };
    "/orgs/{orgId}/products/{productId}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a product's prices
         * @description Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["pricesList"];
        put?: never;
        /**
         * Create a price of a product
         * @description Creates a price: `201` with it and its `Location`.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["pricesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/prices/{priceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a price
         * @description One price, with its `ETag`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["pricesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a price (nickname, active)
         * @description Only `nickname` and `active` can be changed; `amount`, `currency` and `cycle` are fixed at create.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        patch: operations["pricesUpdate"];
        trace?: never;
    };
    "/orgs/{orgId}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans
         * @description Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["plansList"];
        put?: never;
        /**
         * Create a plan (draft, or active with publish: true)
         * @description Starts `draft`, or `active` with `"publish": true`.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["plansCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a plan
         * @description One plan, with its `ETag`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["plansGet"];
        put?: never;
        post?: never;
        /**
         * Delete a draft plan
         * @description Only a `draft` plan that never had a subscription and that no offer references.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        delete: operations["plansDelete"];
        options?: never;
        head?: never;
        /**
         * Update a plan
         * @description Partial: send only the fields to change; `null` clears an optional field.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        patch: operations["plansUpdate"];
        trace?: never;
    };
    "/orgs/{orgId}/plans/{planId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft plan
         * @description `draft → active`. Takes no body (none, or `{}`).
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["plansPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/plans/{planId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpublish an active plan (back to draft; its subscriptions continue)
         * @description `active → draft`: no new subscriptions; existing ones continue. Takes no body (none, or `{}`).
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["plansUnpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/plans/{planId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an active plan
         * @description `active → archived`, refused while the plan has a live subscription. Takes no body.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["plansArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/plans/{planId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an archived plan
         * @description `archived → active`. Takes no body (none, or `{}`).
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["plansRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/plans/{planId}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a plan as a new draft
         * @description A new `draft` with every writable field of the original, `(Copy)` name and `-copy` slug.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["plansDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/plans/bulk-archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive many plans
         * @description Each plan on its own: `skipped` lists the code a single archive would have answered.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["plansBulkArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/plans/bulk-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete many draft plans
         * @description Each plan on its own: `skipped` lists the code a single delete would have answered.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["plansBulkDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/plans/bulk-move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move many plans to a group
         * @description Each plan on its own; a group that does not exist moves nothing.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["plansBulkMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscribers
         * @description Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["subscribersList"];
        put?: never;
        /**
         * Create a subscriber
         * @description Creates a subscriber: `201` with it and its `Location`.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["subscribersCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/subscribers/{subscriberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subscriber
         * @description One subscriber, with its `ETag`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["subscribersGet"];
        put?: never;
        post?: never;
        /**
         * Delete a subscriber
         * @description `204`, permanent.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        delete: operations["subscribersDelete"];
        options?: never;
        head?: never;
        /**
         * Update a subscriber
         * @description Partial: send only the fields to change; `null` clears an optional field.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        patch: operations["subscribersUpdate"];
        trace?: never;
    };
    "/orgs/{orgId}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions
         * @description Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["subscriptionsList"];
        put?: never;
        /**
         * Manual bind: subscribe a user to a plan
         * @description Exactly one of `user` and `subscriberId`. `201` with a new subscription; with `"mode": "extend"` and a live subscription to the plan, `200` with it extended.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["subscriptionsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/subscriptions/bulk-bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind one plan for many users
         * @description Each user on its own: `skipped` lists the code a single bind of that user would have answered.
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["subscriptionsBulkBind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subscription
         * @description One subscription, with its `ETag`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["subscriptionsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/subscriptions/{subscriptionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a subscription now or at period end
         * @description Now (default), or at period end with `"atPeriodEnd": true`.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["subscriptionsCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/subscriptions/{subscriptionId}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend a live subscription
         * @description Exactly one of `cycles`, `days` and `endsAt`; a trialing subscription becomes active.
         *
         *     Needs an `admin` token.
         *
         *     Honours `If-Match: "<version>"`: a stale version is `412 version_mismatch`.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["subscriptionsExtend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem an offer by its code
         * @description Exactly one of `user` and `subscriberId`. `201` with the new subscription (`source` `offer`).
         *
         *     Needs an `admin` token.
         *
         *     With `Idempotency-Key`, a repeat within 24 hours answers the first response (`Idempotent-Replayed: true`).
         *
         *     `?dryRun=true` answers what the request would answer, with `Dry-Run: true`, writing nothing.
         */
        post: operations["redemptionsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Filters `entityType`, `entityId`.
         *
         *     Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["auditEventsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/history/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A resource as it was at an instant
         * @description Query `at` (required): the state after the last event at or before it, or null.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["historyGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a subscriber may use at an instant
         * @description Query: exactly one of `user` and `subscriberId` (OpenAPI cannot say so for parameters), optional `at`.
         *
         *     Needs an `admin` or `viewer` token.
         */
        get: operations["entitlementsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/catalog/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the published public plans (no token)
         * @description Active public plans, with `Cache-Control: public, max-age=60`.
         *
         *     Newest first, as `{ items, nextCursor }`.
         *
         *     `limit` 1–100 (default 25); `cursor` is the previous page's `nextCursor`.
         *
         *     No token needed; a token sent is ignored.
         */
        get: operations["catalogList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/catalog/plans/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a published plan by slug (no token)
         * @description One active plan by slug, public or private; anything else is `404`.
         *
         *     No token needed; a token sent is ignored.
         */
        get: operations["catalogGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Every stable code of a problem answer (API.md, Errors).
         * @enum {string}
         */
        ErrorCode: "invalid_json" | "validation_failed" | "invalid_cursor" | "unauthorized" | "forbidden" | "not_found" | "code_taken" | "slug_taken" | "username_taken" | "email_taken" | "invalid_transition" | "plan_in_use" | "package_in_use" | "product_in_use" | "company_in_use" | "group_not_empty" | "subscriber_in_use" | "plan_not_active" | "already_subscribed" | "offer_not_redeemable" | "offer_exhausted" | "already_redeemed" | "offer_in_use" | "idempotency_in_progress" | "version_mismatch" | "payload_too_large" | "unsupported_media_type" | "reference_not_found" | "idempotency_key_reused" | "unavailable" | "internal_error";
        /** @description RFC 9457 problem details with the stable `code`. */
        Problem: {
            type: string;
            status: number;
            code: components["schemas"]["ErrorCode"];
            title: string;
            detail?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        Package: {
            id: string;
            organizationId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            status: "active" | "inactive";
            code: string;
            name: string;
            tier: number;
            description: string | null;
        };
        Offer: {
            id: string;
            organizationId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            status: "active" | "inactive";
            code: string;
            name: string;
            packageId: string;
            planId: string | null;
            /** @enum {string|null} */
            billingCycle: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom" | null;
            maxRedemptions: number | null;
            /** Format: date-time */
            validFrom: string | null;
            /** Format: date-time */
            validUntil: string | null;
            redemptionCount: number;
        };
        PlanGroup: {
            id: string;
            organizationId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            description: string | null;
        };
        Company: {
            id: string;
            organizationId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            legalName: string | null;
            taxId: string | null;
        };
        Product: {
            id: string;
            organizationId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            description: string | null;
            parentId: string | null;
            companyId: string | null;
            /** @enum {string} */
            status: "active" | "archived";
        };
        Price: {
            id: string;
            organizationId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            productId: string;
            amount: number;
            currency: string;
            /** @enum {string|null} */
            cycle: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom" | null;
            nickname: string | null;
            active: boolean;
        };
        Plan: {
            id: string;
            organizationId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            slug: string;
            description: string | null;
            /** @enum {string} */
            type: "standard" | "custom" | "promotional";
            /** @enum {string} */
            visibility: "public" | "private";
            /** @enum {string} */
            status: "draft" | "active" | "archived";
            /** @enum {string} */
            defaultCycle: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom";
            availableCycles: ("daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom")[];
            customDays: number | null;
            trialDays: number;
            price: {
                amount: number;
                currency: string;
            } | null;
            includedQuota: number | null;
            features: string[];
            limits: {
                [key: string]: number;
            };
            items: {
                productId: string;
                priceId: string;
                quantity: number;
                included: boolean;
                childProductIds: string[];
            }[];
            packageId: string | null;
            groupId: string | null;
            companyId: string | null;
            expiryNoticeDays: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            liveSubscriptionCount: number;
            subscriptionCount: number;
        };
        BulkResult: {
            succeeded: string[];
            skipped: {
                id: string;
                /**
                 * @description The error code the single operation would have answered for this entry
                 * @enum {string}
                 */
                code: "invalid_json" | "validation_failed" | "invalid_cursor" | "unauthorized" | "forbidden" | "not_found" | "code_taken" | "slug_taken" | "username_taken" | "email_taken" | "invalid_transition" | "plan_in_use" | "package_in_use" | "product_in_use" | "company_in_use" | "group_not_empty" | "subscriber_in_use" | "plan_not_active" | "already_subscribed" | "offer_not_redeemable" | "offer_exhausted" | "already_redeemed" | "offer_in_use" | "idempotency_in_progress" | "version_mismatch" | "payload_too_large" | "unsupported_media_type" | "reference_not_found" | "idempotency_key_reused" | "unavailable" | "internal_error";
            }[];
        };
        Subscriber: {
            id: string;
            organizationId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            username: string;
            /** Format: email */
            email: string;
            name: string | null;
        };
        Subscription: {
            id: string;
            organizationId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            subscriberId: string;
            planId: string;
            /** @enum {string} */
            status: "trialing" | "active" | "canceled" | "expired";
            /** @enum {string} */
            billingCycle: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom";
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            trialEndsAt: string | null;
            /** Format: date-time */
            endsAt: string;
            cancelAtPeriodEnd: boolean;
            /** Format: date-time */
            canceledAt: string | null;
            /** Format: date-time */
            expiredAt: string | null;
            /** Format: date-time */
            expiryNoticeAt: string | null;
            quotaAllowance: number | null;
            plan: {
                name: string;
                slug: string;
                price: {
                    amount: number;
                    currency: string;
                } | null;
                includedQuota: number | null;
                packageId: string | null;
                features: string[];
                limits: {
                    [key: string]: number;
                };
                expiryNoticeDays: number;
            };
            /** @enum {string} */
            source: "manual" | "offer";
            offerId: string | null;
            note: string | null;
        };
        BulkBindResult: {
            succeeded: {
                user: string;
                subscriptionId: string;
            }[];
            skipped: {
                user: string;
                /**
                 * @description The error code the single operation would have answered for this entry
                 * @enum {string}
                 */
                code: "invalid_json" | "validation_failed" | "invalid_cursor" | "unauthorized" | "forbidden" | "not_found" | "code_taken" | "slug_taken" | "username_taken" | "email_taken" | "invalid_transition" | "plan_in_use" | "package_in_use" | "product_in_use" | "company_in_use" | "group_not_empty" | "subscriber_in_use" | "plan_not_active" | "already_subscribed" | "offer_not_redeemable" | "offer_exhausted" | "already_redeemed" | "offer_in_use" | "idempotency_in_progress" | "version_mismatch" | "payload_too_large" | "unsupported_media_type" | "reference_not_found" | "idempotency_key_reused" | "unavailable" | "internal_error";
            }[];
        };
        AuditEvent: {
            id: string;
            organizationId: string;
            /** Format: date-time */
            at: string;
            actor: {
                sub: string;
                email: string | null;
            };
            /** @enum {string} */
            entityType: "package" | "offer" | "plan" | "plan-group" | "company" | "product" | "price" | "subscriber" | "subscription";
            entityId: string;
            action: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
        };
        History: {
            entityId: string;
            /** @enum {string} */
            entityType: "package" | "offer" | "plan" | "plan-group" | "company" | "product" | "price" | "subscriber" | "subscription";
            /** Format: date-time */
            at: string;
            state: {
                [key: string]: unknown;
            } | null;
            eventId: string | null;
        };
        Entitlements: {
            subscriberId: string;
            /** Format: date-time */
            at: string;
            subscriptions: {
                id: string;
                planId: string;
                /** @enum {string} */
                status: "trialing" | "active" | "canceled" | "expired";
                /** Format: date-time */
                startedAt: string;
                /** Format: date-time */
                endsAt: string;
            }[];
            features: string[];
            limits: {
                [key: string]: number;
            };
            quotaAllowance: number | null;
            packageIds: string[];
        };
        CatalogPlan: {
            id: string;
            slug: string;
            name: string;
            description: string | null;
            /** @enum {string} */
            type: "standard" | "custom" | "promotional";
            /** @enum {string} */
            visibility: "public" | "private";
            /** @enum {string} */
            defaultCycle: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom";
            availableCycles: ("daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom")[];
            customDays: number | null;
            trialDays: number;
            price: {
                amount: number;
                currency: string;
            } | null;
            includedQuota: number | null;
            features: string[];
            limits: {
                [key: string]: number;
            };
            items: {
                productId: string;
                priceId: string;
                quantity: number;
                included: boolean;
                childProductIds: string[];
            }[];
            packageId: string | null;
            groupId: string | null;
            /** Format: date-time */
            publishedAt: string | null;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
         * @example "3"
         */
        IfMatch: string;
        /**
         * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
         * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
         */
        IdempotencyKey: string;
        /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
        DryRun: "true" | "false";
    };
    requestBodies: never;
    headers: {
        /**
         * @description The resource's version in quotes: send it back as `If-Match`.
         * @example "3"
         */
        ETag: string;
        /**
         * @description The path of the created resource.
         * @example /orgs/demo/plans/plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P
         */
        Location: string;
        /**
         * @description Seconds to wait before trying again.
         * @example 1
         */
        "Retry-After": number;
        /** @description The stored answer of an earlier request with the same `Idempotency-Key`: nothing was written. */
        "Idempotent-Replayed": "true";
        /** @description The request was a dry run (`?dryRun=true`): nothing was written. */
        "Dry-Run": "true";
        /** @description An authenticated answer is one caller's data: never cached. */
        "Cache-Control-No-Store": "no-store";
        /** @description The public catalog may be cached by browsers and shared caches for 60 seconds. */
        "Cache-Control-Public": "public, max-age=60";
        /** @description Always `nosniff`. */
        "X-Content-Type-Options": "nosniff";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
        };
    };
    packagesList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "active" | "inactive";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "organizationId": "demo",
                     *           "version": 3,
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "status": "active",
                     *           "code": "GOLD",
                     *           "name": "Pro",
                     *           "tier": 1,
                     *           "description": "demo"
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Package"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    packagesCreate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "active" | "inactive";
                    code: string;
                    name: string;
                    tier: number;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "status": "active",
                     *       "code": "GOLD",
                     *       "name": "Pro",
                     *       "tier": 1,
                     *       "description": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `code_taken`: Code already in use; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "code_taken",
                     *       "title": "Code already in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "code_taken" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    packagesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "status": "active",
                     *       "code": "GOLD",
                     *       "name": "Pro",
                     *       "tier": 1,
                     *       "description": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    packagesDelete: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `package_in_use`: Package in use */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "package_in_use",
                     *       "title": "Package in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "package_in_use";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    packagesUpdate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                packageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status?: "active" | "inactive";
                    code?: string;
                    name?: string;
                    tier?: number;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "status": "active",
                     *       "code": "GOLD",
                     *       "name": "Pro",
                     *       "tier": 1,
                     *       "description": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `code_taken`: Code already in use */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "code_taken",
                     *       "title": "Code already in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "code_taken";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    offersList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "active" | "inactive";
                packageId?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "organizationId": "demo",
                     *           "version": 3,
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "status": "active",
                     *           "code": "GOLD",
                     *           "name": "Pro",
                     *           "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "billingCycle": "monthly",
                     *           "maxRedemptions": 1,
                     *           "validFrom": "2026-01-15T09:30:00.000Z",
                     *           "validUntil": "2026-01-15T09:30:00.000Z",
                     *           "redemptionCount": 1
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Offer"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    offersCreate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "active" | "inactive";
                    code: string;
                    name: string;
                    packageId: string;
                    planId?: string | null;
                    /** @enum {string|null} */
                    billingCycle?: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom" | null;
                    maxRedemptions?: number | null;
                    /** Format: date-time */
                    validFrom?: string | null;
                    /** Format: date-time */
                    validUntil?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "status": "active",
                     *       "code": "GOLD",
                     *       "name": "Pro",
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "billingCycle": "monthly",
                     *       "maxRedemptions": 1,
                     *       "validFrom": "2026-01-15T09:30:00.000Z",
                     *       "validUntil": "2026-01-15T09:30:00.000Z",
                     *       "redemptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `code_taken`: Code already in use; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "code_taken",
                     *       "title": "Code already in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "code_taken" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `reference_not_found`: Referenced resource not found; `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "reference_not_found",
                     *       "title": "Referenced resource not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "reference_not_found" | "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    offersGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "status": "active",
                     *       "code": "GOLD",
                     *       "name": "Pro",
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "billingCycle": "monthly",
                     *       "maxRedemptions": 1,
                     *       "validFrom": "2026-01-15T09:30:00.000Z",
                     *       "validUntil": "2026-01-15T09:30:00.000Z",
                     *       "redemptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    offersDelete: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `offer_in_use`: Offer in use */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "offer_in_use",
                     *       "title": "Offer in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "offer_in_use";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    offersUpdate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status?: "active" | "inactive";
                    code?: string;
                    name?: string;
                    packageId?: string;
                    planId?: string | null;
                    /** @enum {string|null} */
                    billingCycle?: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom" | null;
                    maxRedemptions?: number | null;
                    /** Format: date-time */
                    validFrom?: string | null;
                    /** Format: date-time */
                    validUntil?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "status": "active",
                     *       "code": "GOLD",
                     *       "name": "Pro",
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "billingCycle": "monthly",
                     *       "maxRedemptions": 1,
                     *       "validFrom": "2026-01-15T09:30:00.000Z",
                     *       "validUntil": "2026-01-15T09:30:00.000Z",
                     *       "redemptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `code_taken`: Code already in use */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "code_taken",
                     *       "title": "Code already in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "code_taken";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `reference_not_found`: Referenced resource not found */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "reference_not_found",
                     *       "title": "Referenced resource not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "reference_not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    planGroupsList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "organizationId": "demo",
                     *           "version": 3,
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "name": "Pro",
                     *           "description": "demo"
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["PlanGroup"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    planGroupsCreate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "description": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["PlanGroup"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "idempotency_in_progress",
                     *       "title": "Request with this Idempotency-Key in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    planGroupsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "description": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["PlanGroup"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    planGroupsDelete: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `group_not_empty`: Plan group not empty */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "group_not_empty",
                     *       "title": "Plan group not empty"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "group_not_empty";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    planGroupsUpdate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "description": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["PlanGroup"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    companiesList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "organizationId": "demo",
                     *           "version": 3,
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "name": "Pro",
                     *           "legalName": "Example Ltd",
                     *           "taxId": "GB123456789"
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Company"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    companiesCreate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    legalName?: string | null;
                    taxId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "legalName": "Example Ltd",
                     *       "taxId": "GB123456789"
                     *     }
                     */
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "idempotency_in_progress",
                     *       "title": "Request with this Idempotency-Key in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    companiesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "legalName": "Example Ltd",
                     *       "taxId": "GB123456789"
                     *     }
                     */
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    companiesDelete: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `company_in_use`: Company in use */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "company_in_use",
                     *       "title": "Company in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "company_in_use";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    companiesUpdate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    legalName?: string | null;
                    taxId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "legalName": "Example Ltd",
                     *       "taxId": "GB123456789"
                     *     }
                     */
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    productsList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                parentId?: string;
                companyId?: string;
                status?: "active" | "archived";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "organizationId": "demo",
                     *           "version": 3,
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "name": "Pro",
                     *           "description": "demo",
                     *           "parentId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "status": "active"
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Product"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    productsCreate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                    parentId?: string | null;
                    companyId?: string | null;
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "description": "demo",
                     *       "parentId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "status": "active"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "idempotency_in_progress",
                     *       "title": "Request with this Idempotency-Key in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `reference_not_found`: Referenced resource not found; `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "reference_not_found",
                     *       "title": "Referenced resource not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "reference_not_found" | "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    productsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "description": "demo",
                     *       "parentId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "status": "active"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    productsDelete: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `product_in_use`: Product in use */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "product_in_use",
                     *       "title": "Product in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "product_in_use";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    productsUpdate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    parentId?: string | null;
                    companyId?: string | null;
                    /** @enum {string} */
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "description": "demo",
                     *       "parentId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "status": "active"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `reference_not_found`: Referenced resource not found */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "reference_not_found",
                     *       "title": "Referenced resource not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "reference_not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    pricesList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                orgId: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "organizationId": "demo",
                     *           "version": 3,
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "amount": 1900,
                     *           "currency": "USD",
                     *           "cycle": "monthly",
                     *           "nickname": "Monthly",
                     *           "active": true
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Price"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    pricesCreate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    currency: string;
                    /** @enum {string|null} */
                    cycle?: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom" | null;
                    nickname?: string | null;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "amount": 1900,
                     *       "currency": "USD",
                     *       "cycle": "monthly",
                     *       "nickname": "Monthly",
                     *       "active": true
                     *     }
                     */
                    "application/json": components["schemas"]["Price"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "idempotency_in_progress",
                     *       "title": "Request with this Idempotency-Key in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    pricesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                priceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "amount": 1900,
                     *       "currency": "USD",
                     *       "cycle": "monthly",
                     *       "nickname": "Monthly",
                     *       "active": true
                     *     }
                     */
                    "application/json": components["schemas"]["Price"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    pricesUpdate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                priceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nickname?: string | null;
                    active?: boolean;
                    /** @description Immutable after create: an update carrying it is refused. */
                    amount?: unknown;
                    /** @description Immutable after create: an update carrying it is refused. */
                    currency?: unknown;
                    /** @description Immutable after create: an update carrying it is refused. */
                    cycle?: unknown;
                    /** @description Immutable after create: an update carrying it is refused. */
                    productId?: unknown;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "amount": 1900,
                     *       "currency": "USD",
                     *       "cycle": "monthly",
                     *       "nickname": "Monthly",
                     *       "active": true
                     *     }
                     */
                    "application/json": components["schemas"]["Price"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "draft" | "active" | "archived";
                visibility?: "public" | "private";
                type?: "standard" | "custom" | "promotional";
                groupId?: string;
                companyId?: string;
                packageId?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "organizationId": "demo",
                     *           "version": 3,
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "name": "Pro",
                     *           "slug": "pro-monthly",
                     *           "description": "demo",
                     *           "type": "standard",
                     *           "visibility": "public",
                     *           "status": "active",
                     *           "defaultCycle": "monthly",
                     *           "availableCycles": [
                     *             "daily"
                     *           ],
                     *           "customDays": 1,
                     *           "trialDays": 1,
                     *           "price": {
                     *             "amount": 1900,
                     *             "currency": "USD"
                     *           },
                     *           "includedQuota": 1,
                     *           "features": [
                     *             "demo"
                     *           ],
                     *           "limits": {
                     *             "users": 1
                     *           },
                     *           "items": [
                     *             {
                     *               "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *               "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *               "quantity": 1,
                     *               "included": true,
                     *               "childProductIds": [
                     *                 "demo"
                     *               ]
                     *             }
                     *           ],
                     *           "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "expiryNoticeDays": 1,
                     *           "publishedAt": "2026-01-15T09:30:00.000Z",
                     *           "archivedAt": "2026-01-15T09:30:00.000Z",
                     *           "liveSubscriptionCount": 1,
                     *           "subscriptionCount": 1
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Plan"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansCreate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    slug: string;
                    description?: string | null;
                    /** @enum {string} */
                    type?: "standard" | "custom" | "promotional";
                    /** @enum {string} */
                    visibility?: "public" | "private";
                    /** @enum {string} */
                    defaultCycle?: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom";
                    availableCycles?: ("daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom")[];
                    customDays?: number | null;
                    trialDays?: number;
                    price?: {
                        amount: number;
                        currency: string;
                    } | null;
                    includedQuota?: number | null;
                    features?: string[];
                    limits?: {
                        [key: string]: number;
                    };
                    items?: {
                        productId: string;
                        priceId: string;
                        /** @default 1 */
                        quantity?: number;
                        /** @default true */
                        included?: boolean;
                    }[];
                    packageId?: string | null;
                    groupId?: string | null;
                    companyId?: string | null;
                    expiryNoticeDays?: number;
                    publish?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "slug": "pro-monthly",
                     *       "description": "demo",
                     *       "type": "standard",
                     *       "visibility": "public",
                     *       "status": "active",
                     *       "defaultCycle": "monthly",
                     *       "availableCycles": [
                     *         "daily"
                     *       ],
                     *       "customDays": 1,
                     *       "trialDays": 1,
                     *       "price": {
                     *         "amount": 1900,
                     *         "currency": "USD"
                     *       },
                     *       "includedQuota": 1,
                     *       "features": [
                     *         "demo"
                     *       ],
                     *       "limits": {
                     *         "users": 1
                     *       },
                     *       "items": [
                     *         {
                     *           "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "quantity": 1,
                     *           "included": true,
                     *           "childProductIds": [
                     *             "demo"
                     *           ]
                     *         }
                     *       ],
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "expiryNoticeDays": 1,
                     *       "publishedAt": "2026-01-15T09:30:00.000Z",
                     *       "archivedAt": "2026-01-15T09:30:00.000Z",
                     *       "liveSubscriptionCount": 1,
                     *       "subscriptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `slug_taken`: Slug already in use; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "slug_taken",
                     *       "title": "Slug already in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "slug_taken" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `reference_not_found`: Referenced resource not found; `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "reference_not_found",
                     *       "title": "Referenced resource not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "reference_not_found" | "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "slug": "pro-monthly",
                     *       "description": "demo",
                     *       "type": "standard",
                     *       "visibility": "public",
                     *       "status": "active",
                     *       "defaultCycle": "monthly",
                     *       "availableCycles": [
                     *         "daily"
                     *       ],
                     *       "customDays": 1,
                     *       "trialDays": 1,
                     *       "price": {
                     *         "amount": 1900,
                     *         "currency": "USD"
                     *       },
                     *       "includedQuota": 1,
                     *       "features": [
                     *         "demo"
                     *       ],
                     *       "limits": {
                     *         "users": 1
                     *       },
                     *       "items": [
                     *         {
                     *           "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "quantity": 1,
                     *           "included": true,
                     *           "childProductIds": [
                     *             "demo"
                     *           ]
                     *         }
                     *       ],
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "expiryNoticeDays": 1,
                     *       "publishedAt": "2026-01-15T09:30:00.000Z",
                     *       "archivedAt": "2026-01-15T09:30:00.000Z",
                     *       "liveSubscriptionCount": 1,
                     *       "subscriptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansDelete: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `invalid_transition`: Invalid lifecycle transition; `plan_in_use`: Plan in use */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "invalid_transition",
                     *       "title": "Invalid lifecycle transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "invalid_transition" | "plan_in_use";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansUpdate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    description?: string | null;
                    /** @enum {string} */
                    type?: "standard" | "custom" | "promotional";
                    /** @enum {string} */
                    visibility?: "public" | "private";
                    /** @enum {string} */
                    defaultCycle?: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom";
                    availableCycles?: ("daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom")[];
                    customDays?: number | null;
                    trialDays?: number;
                    price?: {
                        amount: number;
                        currency: string;
                    } | null;
                    includedQuota?: number | null;
                    features?: string[];
                    limits?: {
                        [key: string]: number;
                    };
                    items?: {
                        productId: string;
                        priceId: string;
                        /** @default 1 */
                        quantity?: number;
                        /** @default true */
                        included?: boolean;
                    }[];
                    packageId?: string | null;
                    groupId?: string | null;
                    companyId?: string | null;
                    expiryNoticeDays?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "slug": "pro-monthly",
                     *       "description": "demo",
                     *       "type": "standard",
                     *       "visibility": "public",
                     *       "status": "active",
                     *       "defaultCycle": "monthly",
                     *       "availableCycles": [
                     *         "daily"
                     *       ],
                     *       "customDays": 1,
                     *       "trialDays": 1,
                     *       "price": {
                     *         "amount": 1900,
                     *         "currency": "USD"
                     *       },
                     *       "includedQuota": 1,
                     *       "features": [
                     *         "demo"
                     *       ],
                     *       "limits": {
                     *         "users": 1
                     *       },
                     *       "items": [
                     *         {
                     *           "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "quantity": 1,
                     *           "included": true,
                     *           "childProductIds": [
                     *             "demo"
                     *           ]
                     *         }
                     *       ],
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "expiryNoticeDays": 1,
                     *       "publishedAt": "2026-01-15T09:30:00.000Z",
                     *       "archivedAt": "2026-01-15T09:30:00.000Z",
                     *       "liveSubscriptionCount": 1,
                     *       "subscriptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `slug_taken`: Slug already in use */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "slug_taken",
                     *       "title": "Slug already in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "slug_taken";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `reference_not_found`: Referenced resource not found */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "reference_not_found",
                     *       "title": "Referenced resource not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "reference_not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansPublish: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "slug": "pro-monthly",
                     *       "description": "demo",
                     *       "type": "standard",
                     *       "visibility": "public",
                     *       "status": "active",
                     *       "defaultCycle": "monthly",
                     *       "availableCycles": [
                     *         "daily"
                     *       ],
                     *       "customDays": 1,
                     *       "trialDays": 1,
                     *       "price": {
                     *         "amount": 1900,
                     *         "currency": "USD"
                     *       },
                     *       "includedQuota": 1,
                     *       "features": [
                     *         "demo"
                     *       ],
                     *       "limits": {
                     *         "users": 1
                     *       },
                     *       "items": [
                     *         {
                     *           "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "quantity": 1,
                     *           "included": true,
                     *           "childProductIds": [
                     *             "demo"
                     *           ]
                     *         }
                     *       ],
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "expiryNoticeDays": 1,
                     *       "publishedAt": "2026-01-15T09:30:00.000Z",
                     *       "archivedAt": "2026-01-15T09:30:00.000Z",
                     *       "liveSubscriptionCount": 1,
                     *       "subscriptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `invalid_transition`: Invalid lifecycle transition; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "invalid_transition",
                     *       "title": "Invalid lifecycle transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "invalid_transition" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansUnpublish: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "slug": "pro-monthly",
                     *       "description": "demo",
                     *       "type": "standard",
                     *       "visibility": "public",
                     *       "status": "active",
                     *       "defaultCycle": "monthly",
                     *       "availableCycles": [
                     *         "daily"
                     *       ],
                     *       "customDays": 1,
                     *       "trialDays": 1,
                     *       "price": {
                     *         "amount": 1900,
                     *         "currency": "USD"
                     *       },
                     *       "includedQuota": 1,
                     *       "features": [
                     *         "demo"
                     *       ],
                     *       "limits": {
                     *         "users": 1
                     *       },
                     *       "items": [
                     *         {
                     *           "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "quantity": 1,
                     *           "included": true,
                     *           "childProductIds": [
                     *             "demo"
                     *           ]
                     *         }
                     *       ],
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "expiryNoticeDays": 1,
                     *       "publishedAt": "2026-01-15T09:30:00.000Z",
                     *       "archivedAt": "2026-01-15T09:30:00.000Z",
                     *       "liveSubscriptionCount": 1,
                     *       "subscriptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `invalid_transition`: Invalid lifecycle transition; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "invalid_transition",
                     *       "title": "Invalid lifecycle transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "invalid_transition" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansArchive: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "slug": "pro-monthly",
                     *       "description": "demo",
                     *       "type": "standard",
                     *       "visibility": "public",
                     *       "status": "active",
                     *       "defaultCycle": "monthly",
                     *       "availableCycles": [
                     *         "daily"
                     *       ],
                     *       "customDays": 1,
                     *       "trialDays": 1,
                     *       "price": {
                     *         "amount": 1900,
                     *         "currency": "USD"
                     *       },
                     *       "includedQuota": 1,
                     *       "features": [
                     *         "demo"
                     *       ],
                     *       "limits": {
                     *         "users": 1
                     *       },
                     *       "items": [
                     *         {
                     *           "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "quantity": 1,
                     *           "included": true,
                     *           "childProductIds": [
                     *             "demo"
                     *           ]
                     *         }
                     *       ],
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "expiryNoticeDays": 1,
                     *       "publishedAt": "2026-01-15T09:30:00.000Z",
                     *       "archivedAt": "2026-01-15T09:30:00.000Z",
                     *       "liveSubscriptionCount": 1,
                     *       "subscriptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `invalid_transition`: Invalid lifecycle transition; `plan_in_use`: Plan in use; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "invalid_transition",
                     *       "title": "Invalid lifecycle transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "invalid_transition" | "plan_in_use" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansRestore: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "slug": "pro-monthly",
                     *       "description": "demo",
                     *       "type": "standard",
                     *       "visibility": "public",
                     *       "status": "active",
                     *       "defaultCycle": "monthly",
                     *       "availableCycles": [
                     *         "daily"
                     *       ],
                     *       "customDays": 1,
                     *       "trialDays": 1,
                     *       "price": {
                     *         "amount": 1900,
                     *         "currency": "USD"
                     *       },
                     *       "includedQuota": 1,
                     *       "features": [
                     *         "demo"
                     *       ],
                     *       "limits": {
                     *         "users": 1
                     *       },
                     *       "items": [
                     *         {
                     *           "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "quantity": 1,
                     *           "included": true,
                     *           "childProductIds": [
                     *             "demo"
                     *           ]
                     *         }
                     *       ],
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "expiryNoticeDays": 1,
                     *       "publishedAt": "2026-01-15T09:30:00.000Z",
                     *       "archivedAt": "2026-01-15T09:30:00.000Z",
                     *       "liveSubscriptionCount": 1,
                     *       "subscriptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `invalid_transition`: Invalid lifecycle transition; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "invalid_transition",
                     *       "title": "Invalid lifecycle transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "invalid_transition" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansDuplicate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "name": "Pro",
                     *       "slug": "pro-monthly",
                     *       "description": "demo",
                     *       "type": "standard",
                     *       "visibility": "public",
                     *       "status": "active",
                     *       "defaultCycle": "monthly",
                     *       "availableCycles": [
                     *         "daily"
                     *       ],
                     *       "customDays": 1,
                     *       "trialDays": 1,
                     *       "price": {
                     *         "amount": 1900,
                     *         "currency": "USD"
                     *       },
                     *       "includedQuota": 1,
                     *       "features": [
                     *         "demo"
                     *       ],
                     *       "limits": {
                     *         "users": 1
                     *       },
                     *       "items": [
                     *         {
                     *           "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "quantity": 1,
                     *           "included": true,
                     *           "childProductIds": [
                     *             "demo"
                     *           ]
                     *         }
                     *       ],
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "companyId": "comp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "expiryNoticeDays": 1,
                     *       "publishedAt": "2026-01-15T09:30:00.000Z",
                     *       "archivedAt": "2026-01-15T09:30:00.000Z",
                     *       "liveSubscriptionCount": 1,
                     *       "subscriptionCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "idempotency_in_progress",
                     *       "title": "Request with this Idempotency-Key in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansBulkArchive: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planIds: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "succeeded": [
                     *         "demo"
                     *       ],
                     *       "skipped": [
                     *         {
                     *           "id": "demo",
                     *           "code": "invalid_json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "idempotency_in_progress",
                     *       "title": "Request with this Idempotency-Key in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansBulkDelete: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planIds: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "succeeded": [
                     *         "demo"
                     *       ],
                     *       "skipped": [
                     *         {
                     *           "id": "demo",
                     *           "code": "invalid_json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "idempotency_in_progress",
                     *       "title": "Request with this Idempotency-Key in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    plansBulkMove: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planIds: string[];
                    groupId: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "succeeded": [
                     *         "demo"
                     *       ],
                     *       "skipped": [
                     *         {
                     *           "id": "demo",
                     *           "code": "invalid_json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "idempotency_in_progress",
                     *       "title": "Request with this Idempotency-Key in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `reference_not_found`: Referenced resource not found; `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "reference_not_found",
                     *       "title": "Referenced resource not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "reference_not_found" | "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscribersList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                username?: string;
                email?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "organizationId": "demo",
                     *           "version": 3,
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "username": "ada",
                     *           "email": "ada@example.com",
                     *           "name": "Pro"
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Subscriber"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscribersCreate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    /** Format: email */
                    email: string;
                    name?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "username": "ada",
                     *       "email": "ada@example.com",
                     *       "name": "Pro"
                     *     }
                     */
                    "application/json": components["schemas"]["Subscriber"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `username_taken`: Username already in use; `email_taken`: Email already in use; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "username_taken",
                     *       "title": "Username already in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "username_taken" | "email_taken" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscribersGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                subscriberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "username": "ada",
                     *       "email": "ada@example.com",
                     *       "name": "Pro"
                     *     }
                     */
                    "application/json": components["schemas"]["Subscriber"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscribersDelete: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                subscriberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `subscriber_in_use`: Subscriber in use */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "subscriber_in_use",
                     *       "title": "Subscriber in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "subscriber_in_use";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscribersUpdate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                orgId: string;
                subscriberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username?: string;
                    /** Format: email */
                    email?: string;
                    name?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "username": "ada",
                     *       "email": "ada@example.com",
                     *       "name": "Pro"
                     *     }
                     */
                    "application/json": components["schemas"]["Subscriber"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `username_taken`: Username already in use; `email_taken`: Email already in use */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "username_taken",
                     *       "title": "Username already in use"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "username_taken" | "email_taken";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscriptionsList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "trialing" | "active" | "canceled" | "expired";
                planId?: string;
                subscriberId?: string;
                offerId?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "sub_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "organizationId": "demo",
                     *           "version": 3,
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "subscriberId": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "status": "active",
                     *           "billingCycle": "monthly",
                     *           "startedAt": "2026-01-15T09:30:00.000Z",
                     *           "trialEndsAt": "2026-01-15T09:30:00.000Z",
                     *           "endsAt": "2026-01-15T09:30:00.000Z",
                     *           "cancelAtPeriodEnd": true,
                     *           "canceledAt": "2026-01-15T09:30:00.000Z",
                     *           "expiredAt": "2026-01-15T09:30:00.000Z",
                     *           "expiryNoticeAt": "2026-01-15T09:30:00.000Z",
                     *           "quotaAllowance": 1,
                     *           "plan": {
                     *             "name": "Pro",
                     *             "slug": "pro-monthly",
                     *             "price": {
                     *               "amount": 1900,
                     *               "currency": "USD"
                     *             },
                     *             "includedQuota": 1,
                     *             "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *             "features": [
                     *               "demo"
                     *             ],
                     *             "limits": {
                     *               "users": 1
                     *             },
                     *             "expiryNoticeDays": 1
                     *           },
                     *           "source": "manual",
                     *           "offerId": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "note": "demo"
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Subscription"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscriptionsCreate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user?: string;
                    subscriberId?: string;
                    planId: string;
                    trial?: boolean;
                    /** @enum {string} */
                    billingCycle?: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom";
                    cycles?: number;
                    /** Format: date-time */
                    endsAt?: string;
                    /** @enum {string} */
                    mode?: "new" | "extend";
                    note?: string | null;
                } & (unknown | unknown);
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "subscriberId": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "status": "active",
                     *       "billingCycle": "monthly",
                     *       "startedAt": "2026-01-15T09:30:00.000Z",
                     *       "trialEndsAt": "2026-01-15T09:30:00.000Z",
                     *       "endsAt": "2026-01-15T09:30:00.000Z",
                     *       "cancelAtPeriodEnd": true,
                     *       "canceledAt": "2026-01-15T09:30:00.000Z",
                     *       "expiredAt": "2026-01-15T09:30:00.000Z",
                     *       "expiryNoticeAt": "2026-01-15T09:30:00.000Z",
                     *       "quotaAllowance": 1,
                     *       "plan": {
                     *         "name": "Pro",
                     *         "slug": "pro-monthly",
                     *         "price": {
                     *           "amount": 1900,
                     *           "currency": "USD"
                     *         },
                     *         "includedQuota": 1,
                     *         "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *         "features": [
                     *           "demo"
                     *         ],
                     *         "limits": {
                     *           "users": 1
                     *         },
                     *         "expiryNoticeDays": 1
                     *       },
                     *       "source": "manual",
                     *       "offerId": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "note": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "subscriberId": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "status": "active",
                     *       "billingCycle": "monthly",
                     *       "startedAt": "2026-01-15T09:30:00.000Z",
                     *       "trialEndsAt": "2026-01-15T09:30:00.000Z",
                     *       "endsAt": "2026-01-15T09:30:00.000Z",
                     *       "cancelAtPeriodEnd": true,
                     *       "canceledAt": "2026-01-15T09:30:00.000Z",
                     *       "expiredAt": "2026-01-15T09:30:00.000Z",
                     *       "expiryNoticeAt": "2026-01-15T09:30:00.000Z",
                     *       "quotaAllowance": 1,
                     *       "plan": {
                     *         "name": "Pro",
                     *         "slug": "pro-monthly",
                     *         "price": {
                     *           "amount": 1900,
                     *           "currency": "USD"
                     *         },
                     *         "includedQuota": 1,
                     *         "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *         "features": [
                     *           "demo"
                     *         ],
                     *         "limits": {
                     *           "users": 1
                     *         },
                     *         "expiryNoticeDays": 1
                     *       },
                     *       "source": "manual",
                     *       "offerId": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "note": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `plan_not_active`: Plan not active; `already_subscribed`: Already subscribed; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "plan_not_active",
                     *       "title": "Plan not active"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "plan_not_active" | "already_subscribed" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `reference_not_found`: Referenced resource not found; `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "reference_not_found",
                     *       "title": "Referenced resource not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "reference_not_found" | "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscriptionsBulkBind: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planId: string;
                    users: string[];
                    /** @enum {string} */
                    billingCycle?: "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "custom";
                    cycles?: number;
                    /** Format: date-time */
                    endsAt?: string;
                    /** @enum {string} */
                    mode?: "new" | "extend";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "succeeded": [
                     *         {
                     *           "user": "ada@example.com",
                     *           "subscriptionId": "sub_01JH5Z8K2W3X4Y5V6T7S8R9Q0P"
                     *         }
                     *       ],
                     *       "skipped": [
                     *         {
                     *           "user": "ada@example.com",
                     *           "code": "invalid_json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BulkBindResult"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `plan_not_active`: Plan not active; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "plan_not_active",
                     *       "title": "Plan not active"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "plan_not_active" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `reference_not_found`: Referenced resource not found; `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "reference_not_found",
                     *       "title": "Referenced resource not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "reference_not_found" | "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscriptionsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "subscriberId": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "status": "active",
                     *       "billingCycle": "monthly",
                     *       "startedAt": "2026-01-15T09:30:00.000Z",
                     *       "trialEndsAt": "2026-01-15T09:30:00.000Z",
                     *       "endsAt": "2026-01-15T09:30:00.000Z",
                     *       "cancelAtPeriodEnd": true,
                     *       "canceledAt": "2026-01-15T09:30:00.000Z",
                     *       "expiredAt": "2026-01-15T09:30:00.000Z",
                     *       "expiryNoticeAt": "2026-01-15T09:30:00.000Z",
                     *       "quotaAllowance": 1,
                     *       "plan": {
                     *         "name": "Pro",
                     *         "slug": "pro-monthly",
                     *         "price": {
                     *           "amount": 1900,
                     *           "currency": "USD"
                     *         },
                     *         "includedQuota": 1,
                     *         "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *         "features": [
                     *           "demo"
                     *         ],
                     *         "limits": {
                     *           "users": 1
                     *         },
                     *         "expiryNoticeDays": 1
                     *       },
                     *       "source": "manual",
                     *       "offerId": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "note": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscriptionsCancel: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    atPeriodEnd?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "subscriberId": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "status": "active",
                     *       "billingCycle": "monthly",
                     *       "startedAt": "2026-01-15T09:30:00.000Z",
                     *       "trialEndsAt": "2026-01-15T09:30:00.000Z",
                     *       "endsAt": "2026-01-15T09:30:00.000Z",
                     *       "cancelAtPeriodEnd": true,
                     *       "canceledAt": "2026-01-15T09:30:00.000Z",
                     *       "expiredAt": "2026-01-15T09:30:00.000Z",
                     *       "expiryNoticeAt": "2026-01-15T09:30:00.000Z",
                     *       "quotaAllowance": 1,
                     *       "plan": {
                     *         "name": "Pro",
                     *         "slug": "pro-monthly",
                     *         "price": {
                     *           "amount": 1900,
                     *           "currency": "USD"
                     *         },
                     *         "includedQuota": 1,
                     *         "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *         "features": [
                     *           "demo"
                     *         ],
                     *         "limits": {
                     *           "users": 1
                     *         },
                     *         "expiryNoticeDays": 1
                     *       },
                     *       "source": "manual",
                     *       "offerId": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "note": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `invalid_transition`: Invalid lifecycle transition; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "invalid_transition",
                     *       "title": "Invalid lifecycle transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "invalid_transition" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    subscriptionsExtend: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The version the change expects, as its `ETag` gave it (`"3"`); a stale one is `412 version_mismatch`. `*` matches any version.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cycles?: number;
                    days?: number;
                    /** Format: date-time */
                    endsAt?: string;
                } & (unknown | unknown | unknown);
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "subscriberId": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "status": "active",
                     *       "billingCycle": "monthly",
                     *       "startedAt": "2026-01-15T09:30:00.000Z",
                     *       "trialEndsAt": "2026-01-15T09:30:00.000Z",
                     *       "endsAt": "2026-01-15T09:30:00.000Z",
                     *       "cancelAtPeriodEnd": true,
                     *       "canceledAt": "2026-01-15T09:30:00.000Z",
                     *       "expiredAt": "2026-01-15T09:30:00.000Z",
                     *       "expiryNoticeAt": "2026-01-15T09:30:00.000Z",
                     *       "quotaAllowance": 1,
                     *       "plan": {
                     *         "name": "Pro",
                     *         "slug": "pro-monthly",
                     *         "price": {
                     *           "amount": 1900,
                     *           "currency": "USD"
                     *         },
                     *         "includedQuota": 1,
                     *         "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *         "features": [
                     *           "demo"
                     *         ],
                     *         "limits": {
                     *           "users": 1
                     *         },
                     *         "expiryNoticeDays": 1
                     *       },
                     *       "source": "manual",
                     *       "offerId": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "note": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `invalid_transition`: Invalid lifecycle transition; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "invalid_transition",
                     *       "title": "Invalid lifecycle transition"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "invalid_transition" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `version_mismatch`: Version mismatch */
            412: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 412,
                     *       "code": "version_mismatch",
                     *       "title": "Version mismatch"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "version_mismatch";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "title": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    redemptionsCreate: {
        parameters: {
            query?: {
                /** @description `true`: judge the request against the current data and answer what it would answer (with `Dry-Run: true`), writing nothing. */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description A repeat with the same key, method, path and body within 24 hours answers the first (2xx) response and writes nothing; the same key with another request is `422 idempotency_key_reused`.
                 * @example 4f1c2b8e-6d0a-4c57-9e1f-3b2a7d9c0e55
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    user?: string;
                    subscriberId?: string;
                } & (unknown | unknown);
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "organizationId": "demo",
                     *       "version": 3,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "subscriberId": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "status": "active",
                     *       "billingCycle": "monthly",
                     *       "startedAt": "2026-01-15T09:30:00.000Z",
                     *       "trialEndsAt": "2026-01-15T09:30:00.000Z",
                     *       "endsAt": "2026-01-15T09:30:00.000Z",
                     *       "cancelAtPeriodEnd": true,
                     *       "canceledAt": "2026-01-15T09:30:00.000Z",
                     *       "expiredAt": "2026-01-15T09:30:00.000Z",
                     *       "expiryNoticeAt": "2026-01-15T09:30:00.000Z",
                     *       "quotaAllowance": 1,
                     *       "plan": {
                     *         "name": "Pro",
                     *         "slug": "pro-monthly",
                     *         "price": {
                     *           "amount": 1900,
                     *           "currency": "USD"
                     *         },
                     *         "includedQuota": 1,
                     *         "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *         "features": [
                     *           "demo"
                     *         ],
                     *         "limits": {
                     *           "users": 1
                     *         },
                     *         "expiryNoticeDays": 1
                     *       },
                     *       "source": "manual",
                     *       "offerId": "off_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "note": "demo"
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `invalid_json`: Invalid JSON body; `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "invalid_json",
                     *       "title": "Invalid JSON body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_json" | "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `plan_not_active`: Plan not active; `already_subscribed`: Already subscribed; `offer_not_redeemable`: Offer not redeemable; `offer_exhausted`: Offer exhausted; `already_redeemed`: Offer already redeemed; `idempotency_in_progress`: Request with this Idempotency-Key in progress */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 409,
                     *       "code": "plan_not_active",
                     *       "title": "Plan not active"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "plan_not_active" | "already_subscribed" | "offer_not_redeemable" | "offer_exhausted" | "already_redeemed" | "idempotency_in_progress";
                    };
                };
            };
            /** @description `payload_too_large`: Payload too large */
            413: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "title": "Payload too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "title": "Unsupported media type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /** @description `reference_not_found`: Referenced resource not found; `idempotency_key_reused`: Idempotency-Key reused with a different request */
            422: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 422,
                     *       "code": "reference_not_found",
                     *       "title": "Referenced resource not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "reference_not_found" | "idempotency_key_reused";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Dry-Run": components["headers"]["Dry-Run"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    auditEventsList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                entityType?: "package" | "offer" | "plan" | "plan-group" | "company" | "product" | "price" | "subscriber" | "subscription";
                entityId?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "evt_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "organizationId": "demo",
                     *           "at": "2026-01-15T09:30:00.000Z",
                     *           "actor": {
                     *             "sub": "user-1",
                     *             "email": "ada@example.com"
                     *           },
                     *           "entityType": "plan",
                     *           "entityId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "action": "plan.published",
                     *           "before": {
                     *             "users": null
                     *           },
                     *           "after": {
                     *             "users": null
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    historyGet: {
        parameters: {
            query: {
                at: string;
            };
            header?: never;
            path: {
                orgId: string;
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entityId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "entityType": "plan",
                     *       "at": "2026-01-15T09:30:00.000Z",
                     *       "state": {
                     *         "users": null
                     *       },
                     *       "eventId": "evt_01JH5Z8K2W3X4Y5V6T7S8R9Q0P"
                     *     }
                     */
                    "application/json": components["schemas"]["History"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    entitlementsGet: {
        parameters: {
            query?: {
                user?: string;
                subscriberId?: string;
                at?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "subscriberId": "sbr_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "at": "2026-01-15T09:30:00.000Z",
                     *       "subscriptions": [
                     *         {
                     *           "id": "demo",
                     *           "planId": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "status": "active",
                     *           "startedAt": "2026-01-15T09:30:00.000Z",
                     *           "endsAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "features": [
                     *         "demo"
                     *       ],
                     *       "limits": {
                     *         "users": 1
                     *       },
                     *       "quotaAllowance": 1,
                     *       "packageIds": [
                     *         "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Entitlements"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `unauthorized`: Unauthorized */
            401: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "title": "Unauthorized"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
            /** @description `forbidden`: Forbidden */
            403: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "title": "Forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    catalogList: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                packageId?: string;
                groupId?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "slug": "pro-monthly",
                     *           "name": "Pro",
                     *           "description": "demo",
                     *           "type": "standard",
                     *           "visibility": "public",
                     *           "defaultCycle": "monthly",
                     *           "availableCycles": [
                     *             "daily"
                     *           ],
                     *           "customDays": 1,
                     *           "trialDays": 1,
                     *           "price": {
                     *             "amount": 1900,
                     *             "currency": "USD"
                     *           },
                     *           "includedQuota": 1,
                     *           "features": [
                     *             "demo"
                     *           ],
                     *           "limits": {
                     *             "users": 1
                     *           },
                     *           "items": [
                     *             {
                     *               "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *               "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *               "quantity": 1,
                     *               "included": true,
                     *               "childProductIds": [
                     *                 "demo"
                     *               ]
                     *             }
                     *           ],
                     *           "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "publishedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "demo"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["CatalogPlan"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: Validation failed; `invalid_cursor`: Invalid cursor */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed" | "invalid_cursor";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    catalogGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "plan_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "slug": "pro-monthly",
                     *       "name": "Pro",
                     *       "description": "demo",
                     *       "type": "standard",
                     *       "visibility": "public",
                     *       "defaultCycle": "monthly",
                     *       "availableCycles": [
                     *         "daily"
                     *       ],
                     *       "customDays": 1,
                     *       "trialDays": 1,
                     *       "price": {
                     *         "amount": 1900,
                     *         "currency": "USD"
                     *       },
                     *       "includedQuota": 1,
                     *       "features": [
                     *         "demo"
                     *       ],
                     *       "limits": {
                     *         "users": 1
                     *       },
                     *       "items": [
                     *         {
                     *           "productId": "prod_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "priceId": "price_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *           "quantity": 1,
                     *           "included": true,
                     *           "childProductIds": [
                     *             "demo"
                     *           ]
                     *         }
                     *       ],
                     *       "packageId": "pkg_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "groupId": "pgrp_01JH5Z8K2W3X4Y5V6T7S8R9Q0P",
                     *       "publishedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogPlan"];
                };
            };
            /** @description `validation_failed`: Validation failed */
            400: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "title": "Validation failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    };
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "title": "Not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "title": "Service unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
}
