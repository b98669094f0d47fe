/**
 * The five routes of every CRUD resource, as handlers of the factory: `functions/crud/<op>.ts` builds
 * one of them with the resource its bundle was made for (the local server, the OpenAPI document and the
 * bench with each resource in turn: shared/local/handlers.ts).
 */
import type { Crud } from '../db/crud.ts';
import { handle } from './handler.ts';

/** The id in the path (`packageId`). */
const idOf = (crud: Crud, params: unknown) =>
  (params as Record<string, string>)[crud.resource.idParam] as string;

export const crudCreate = (crud: Crud) =>
  handle(
    {
      body: crud.schemas.create,
      status: 201,
      response: crud.schemas.item,
      location: crud.resource.collection,
    },
    ({ body, ctx }) => crud.create(ctx, body as object),
  );

export const crudList = (crud: Crud) =>
  handle({ query: crud.schemas.list, response: crud.schemas.page }, ({ query, ctx }) =>
    crud.list(ctx, query as Parameters<Crud['list']>[1]),
  );

export const crudGet = (crud: Crud) =>
  handle({ params: crud.schemas.params, response: crud.schemas.item }, ({ params, ctx }) =>
    crud.get(ctx, idOf(crud, params)),
  );

export const crudUpdate = (crud: Crud) =>
  handle(
    { params: crud.schemas.params, body: crud.schemas.update, response: crud.schemas.item },
    ({ params, body, ctx }) => crud.update(ctx, idOf(crud, params), body as object),
  );

export const crudDelete = (crud: Crud) =>
  handle({ params: crud.schemas.params, status: 204 }, ({ params, ctx }) =>
    crud.delete(ctx, idOf(crud, params)),
  );

/** Each CRUD route's handler, by the verb of its name (`packages/create` → `create`). */
export const CRUD_HANDLERS = {
  create: crudCreate,
  list: crudList,
  get: crudGet,
  update: crudUpdate,
  delete: crudDelete,
} as const;

export type CrudVerb = keyof typeof CRUD_HANDLERS;
