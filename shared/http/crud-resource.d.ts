/**
 * The resource a CRUD route's bundle is built for: CDK (and the bench) alias `crud-resource` to that
 * resource's module, `shared/<collection>/resource.ts` (infra/constructs/admin-function.ts
 * `routeBundle`), so each bundle holds its own resource and no other. Only bundles resolve it: running
 * in this process, the generic handlers take the resource as an argument (shared/local/handlers.ts).
 */
declare module 'crud-resource' {
  export const crud: import('../db/crud.ts').Crud;
}
