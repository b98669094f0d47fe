/**
 * The five routes of every CRUD resource, as handlers of the factory: `functions/crud/<op>.ts` builds
 * one of them with the resource its bundle was made for (the local server, the OpenAPI document and the
 * bench with each resource in turn: shared/local/handlers.ts). Each takes the resource's own operation
 * when it has them, else the generic one: a derived resource's bundle holds no other operation (one
 * with its own `operations`, offers and products, holds all five of its own).
 */
import { type Crud, createOne, deleteOne, getOne, type ListInput, listPage, updateOne } from '../db/crud.ts';
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
    ({ body, ctx }) => {
      const input = body as object;
      return 'operations' in crud ? crud.operations.create(ctx, input) : createOne(crud, ctx, input);
    },
  );

export const crudList = (crud: Crud) =>
  handle({ query: crud.schemas.list, response: crud.schemas.page }, ({ query, ctx }) => {
    const input = query as ListInput;
    return 'operations' in crud ? crud.operations.list(ctx, input) : listPage(crud, ctx, input);
  });

export const crudGet = (crud: Crud) =>
  handle({ params: crud.schemas.params, response: crud.schemas.item }, ({ params, ctx }) => {
    const id = idOf(crud, params);
    return 'operations' in crud ? crud.operations.get(ctx, id) : getOne(crud, ctx, id);
  });

export const crudUpdate = (crud: Crud) =>
  handle(
    { params: crud.schemas.params, body: crud.schemas.update, response: crud.schemas.item },
    ({ params, body, ctx }) => {
      const [id, input] = [idOf(crud, params), body as object];
      return 'operations' in crud ? crud.operations.update(ctx, id, input) : updateOne(crud, ctx, id, input);
    },
  );

export const crudDelete = (crud: Crud) =>
  handle({ params: crud.schemas.params, status: 204 }, ({ params, ctx }) => {
    const id = idOf(crud, params);
    return 'operations' in crud ? crud.operations.delete(ctx, id) : deleteOne(crud, ctx, id);
  });

/** Each CRUD route's handler, by the verb of its name (`packages/create` → `create`). */
export const CRUD_HANDLERS = {
  create: crudCreate,
  list: crudList,
  get: crudGet,
  update: crudUpdate,
  delete: crudDelete,
} as const;

export type CrudVerb = keyof typeof CRUD_HANDLERS;
