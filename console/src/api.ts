/**
 * The console's only way out: the public admin API, through an openapi-fetch client typed by the paths
 * generated from the OpenAPI document (api-types.ts), so `tsc -p console` checks every path, parameter,
 * header, body and answer the console uses against the document.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './api-types.ts';

/** The API's schemas (Plan, Subscription, Problem, …), as the document declares them. */
export type Schemas = components['schemas'];

export type FieldError = NonNullable<Schemas['Problem']['errors']>[number];

/** An RFC 9457 problem+json answer (or a network failure, as status 0). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    /** One of the document's error codes, or `network_error` / `client_error` / `http_<status>`. */
    readonly code: Schemas['ErrorCode'] | (string & {}),
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[],
  ) {
    super(detail ?? title);
  }
}

/**
 * An operation without its `orgId` path parameter: the console's client is bound to one org (its
 * `baseUrl` ends in `/orgs/{org}`), so a call names only the ids below it.
 */
type WithoutOrg<Op> = Op extends { parameters: { path: infer Path } }
  ? Omit<Op, 'parameters'> & {
      parameters: Omit<Op['parameters'], 'path'> &
        (keyof Omit<Path, 'orgId'> extends never ? { path?: never } : { path: Omit<Path, 'orgId'> });
    }
  : Op;

/** The generated `paths` below `/orgs/{orgId}`: `/plans/{planId}` for `/orgs/{orgId}/plans/{planId}`. */
export type OrgPaths = {
  [P in keyof paths as P extends `/orgs/{orgId}${infer Rest}` ? Rest : never]: {
    [M in keyof paths[P]]: M extends 'parameters' ? paths[P][M] : WithoutOrg<paths[P][M]>;
  };
};

export type ApiClient = Client<OrgPaths>;

/** The paths with a given method: `PathWith<'patch'>`. */
export type PathWith<M extends string> = {
  [P in keyof OrgPaths]: OrgPaths[P] extends Record<M, unknown> ? P : never;
}[keyof OrgPaths];

/** Paths with a GET, what it takes (`params`) and its JSON answer. */
export type GetPath = PathWith<'get'>;
type GetOp<P extends GetPath> = OrgPaths[P] extends { get: infer Op } ? Op : never;
export type GetParams<P extends GetPath> = GetOp<P> extends { parameters: infer X } ? X : never;
export type GetData<P extends GetPath> =
  GetOp<P> extends {
    responses: { 200: { content: { 'application/json': infer J } } };
  }
    ? J
    : never;

/** The JSON body a route takes: `BodyOf<'/plans/{planId}', 'patch'>`. */
export type BodyOf<P extends keyof OrgPaths, M extends keyof OrgPaths[P]> = OrgPaths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** The collections: a GET that answers `{ items, nextCursor }`. */
export type ListPath = {
  [P in GetPath]: GetData<P> extends { items: unknown[]; nextCursor: string | null } ? P : never;
}[GetPath];
export type ListItem<P extends ListPath> = GetData<P> extends { items: (infer T)[] } ? T : never;
/** A list's parameters without its paging (`limit`, `cursor`: the hooks page). */
export type ListParams<P extends ListPath> = Omit<GetParams<P>, 'query'> & {
  query?: Omit<NonNullable<GetParams<P> extends { query?: infer Q } ? Q : never>, 'limit' | 'cursor'>;
};

/** The client of one org: the bearer token on every request, 401 ends the session, no answer is status 0. */
export const createApiClient = (
  apiUrl: string,
  org: string,
  token: string,
  onUnauthorized: () => void,
): ApiClient => {
  const client = createClient<OrgPaths>({ baseUrl: `${apiUrl}/orgs/${encodeURIComponent(org)}` });
  client.use({
    onRequest: ({ request }) => {
      request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
    onResponse: ({ response }) => {
      if (response.status === 401) onUnauthorized();
    },
    onError: ({ error }) =>
      new ApiProblem(0, 'network_error', 'The API could not be reached', String(error), []),
  });
  return client;
};

/** `If-Match: "<version>"`: the write fails with 412 version_mismatch if someone changed it since. */
export const ifMatch = (version: number) => `"${version}"`;

/** What a refusal answered (problem+json, or anything else) as an ApiProblem. */
const problemOf = (error: unknown, response: Response): ApiProblem => {
  const p = (error !== null && typeof error === 'object' ? error : {}) as Partial<Schemas['Problem']>;
  return new ApiProblem(
    response.status,
    p.code ?? `http_${response.status}`,
    p.title ?? response.statusText,
    p.detail,
    Array.isArray(p.errors) ? p.errors : [],
  );
};

/**
 * The answer of a typed call (`await ok(api.GET('/plans/{planId}', …))`): its body, `undefined` for a
 * 204, or an ApiProblem thrown for a refusal.
 */
export const ok = async <D>(
  pending: Promise<{ data?: D; error?: unknown; response: Response }>,
): Promise<D> => {
  const { data, error, response } = await pending;
  if (!response.ok) throw problemOf(error, response);
  return data as D;
};

/**
 * A GET whose path and params the caller's signature checked (the generic hooks of ui.tsx and `listAll`):
 * openapi-fetch types its calls per literal path, which a path held in a type parameter cannot name.
 */
export const getJson = <P extends GetPath>(api: ApiClient, path: P, params: GetParams<P>) =>
  ok(api.GET(path, { params } as never)) as Promise<GetData<P>>;

/** Drops empty filters: an input cleared to '' means "any", as the API means it by leaving it out. */
export const withoutEmpty = <Q extends object>(query: Q | undefined): Q =>
  Object.fromEntries(Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== '')) as Q;

/** One page of a collection, as every list answers it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One page of a collection from `cursor` (none: the first), without the filters left empty. */
export const getPage = <P extends ListPath>(
  api: ApiClient,
  path: P,
  params: ListParams<P>,
  cursor?: string,
  limit?: number,
) =>
  getJson(api, path, {
    ...params,
    query: { ...withoutEmpty(params.query), ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}) },
  } as GetParams<P>) as Promise<Page<ListItem<P>>>;

/** Every page of a small collection (pickers), up to `max` items. */
export const listAll = async <P extends ListPath>(
  api: ApiClient,
  path: P,
  params: ListParams<P> = {} as ListParams<P>,
  max = 500,
): Promise<ListItem<P>[]> => {
  const items: ListItem<P>[] = [];
  let cursor: string | undefined;
  do {
    const page = await getPage(api, path, params, cursor, 100);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < max);
  return items;
};

/** The idempotency key of one user action: the same action retried (same id) reuses it until it succeeds. */
const actionKeys = new Map<string, string>();

export const idempotencyKeyFor = (actionId: string): string => {
  let key = actionKeys.get(actionId);
  if (!key) {
    key = crypto.randomUUID();
    actionKeys.set(actionId, key);
  }
  return key;
};

/** The action succeeded (or can never succeed as sent): its next run is a new action with a new key. */
export const actionDone = (actionId: string): void => {
  actionKeys.delete(actionId);
};

/**
 * Runs one write of a user action with its idempotency key. A failure that may not have reached the
 * database's outcome (network, 5xx, 409 idempotency_in_progress) keeps the key, so clicking again is a
 * retry of the same request; any other answer ends the action.
 */
export const runAction = async <T>(actionId: string, write: (idempotencyKey: string) => Promise<T>) => {
  try {
    const result = await write(idempotencyKeyFor(actionId));
    actionDone(actionId);
    return result;
  } catch (error) {
    const retryable =
      error instanceof ApiProblem &&
      (error.status === 0 || error.status >= 500 || error.code === 'idempotency_in_progress');
    if (!retryable) actionDone(actionId);
    throw error;
  }
};
