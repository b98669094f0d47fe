/**
 * Every route's handler as Lambda runs it, loaded into this process: the local server, the OpenAPI
 * document and the bench call the same code the deployed functions run. A route's entry below
 * `functions/` is imported as it is; a CRUD route's generic entry is built here with its resource, as
 * its bundle is built with it (`crud-resource`, shared/http/crud-resource.d.ts).
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Crud } from '../db/crud.ts';
import { CRUD_HANDLERS, type CrudVerb } from '../http/crud.ts';
import type { RouteHandler } from '../http/handler.ts';
import { crudModule, RESOURCES } from '../resources.ts';
import { findRoute, type Route } from '../routes.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A CRUD resource's `crud`, from its module (`crudModule`). */
export const loadCrud = async (collection: string): Promise<Crud> =>
  ((await import(pathToFileURL(join(ROOT, crudModule(collection))).href)) as { crud: Crud }).crud;

/** Every resource declared `crud: true`, in declaration order. */
export const loadCruds = (): Promise<Crud[]> =>
  Promise.all(RESOURCES.filter((resource) => resource.crud).map((resource) => loadCrud(resource.collection)));

/** The handler of `route` (or of the route `METHOD path`), as its function runs it. */
export const loadHandler = async (which: Route | string): Promise<RouteHandler> => {
  const route = typeof which === 'string' ? findRoute(which) : which;
  if (!route) throw new Error(`No route ${String(which)}`);
  if (route.crud) {
    const verb = route.entry.slice('crud/'.length) as CrudVerb;
    return CRUD_HANDLERS[verb](await loadCrud(route.crud));
  }
  const url = pathToFileURL(join(ROOT, 'functions', `${route.entry}.ts`)).href;
  return ((await import(url)) as { handler: RouteHandler }).handler;
};
