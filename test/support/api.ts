import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import type { Problem } from '../../shared/http/problem.ts';
import { localToken } from '../../shared/local/jwt.ts';
import { createLocalServer } from '../../shared/local/server.ts';

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as is, without JSON encoding. */
  raw?: string;
  headers?: Record<string, string>;
}

/** What `request` takes: `org` picks the org of the default admin token (`*` unless given). */
export type ApiRequestOptions = RequestOptions & { org?: string };

/** A fresh org id per test file (or test), so tests never see each other's data. */
export const newOrg = (label = 'org') => `${label}-${randomUUID().slice(0, 8)}`;

/**
 * The local server (the same one `npm start` runs) on a free port, and a small client for it.
 * Requests carry an admin token for `org` unless told otherwise.
 */
export const startApi = async () => {
  const server = await createLocalServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const request = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    options: ApiRequestOptions = {},
  ): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...options.headers };
    const token =
      options.token === undefined ? localToken({ org: options.org ?? '*', role: 'admin' }) : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  };

  return {
    url,
    request,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type Api = Awaited<ReturnType<typeof startApi>>;

/** The part of `Api` a test uses: its base URL and `request`. */
export type ApiClient = Pick<Api, 'url' | 'request'>;

/**
 * Starts the local server before the file's tests and closes it after them. Call it once at the top
 * level of a test file; the client it returns reaches the server from hooks and tests.
 */
export const useApi = (): ApiClient => {
  let started: Api | undefined;
  beforeAll(async () => {
    started = await startApi();
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): Api => {
    if (!started)
      throw new Error('useApi(): the server starts in beforeAll; use the client in hooks or tests');
    return started;
  };
  return {
    get url() {
      return current().url;
    },
    request: <T = Record<string, unknown>>(method: string, path: string, options?: ApiRequestOptions) =>
      current().request<T>(method, path, options),
  };
};

/**
 * Follows `nextCursor` from the first page (`read(null)`) to the last: asserts each page answers 200
 * (and passes `check`), and that paging ends within `maxPages` pages.
 */
export const followCursor = async <T>(
  read: (cursor: string | null) => Promise<ApiResponse<Page<T>>>,
  maxPages = 100,
  check?: (page: Page<T>) => void,
): Promise<{ items: T[]; pages: number }> => {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res: ApiResponse<Page<T>> = await read(cursor);
    expect(res.status, res.text).toBe(200);
    check?.(res.body);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    pages += 1;
    expect(pages, 'pagination does not terminate').toBeLessThan(maxPages);
  } while (cursor !== null);
  return { items, pages };
};

/**
 * Walks a list `limit` items a page (`list(query)` with `limit` and the cursor), following
 * `nextCursor`: asserts each page holds at most `limit` items, and that paging ends within `maxPages`.
 */
export const walkPages = <T>(
  list: (query: string) => Promise<ApiResponse<Page<T>>>,
  limit: number,
  maxPages: number,
) =>
  followCursor(
    (cursor) => list(`limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
    maxPages,
    (page) => expect(page.items.length).toBeLessThanOrEqual(limit),
  );

/**
 * Every item of the list at `path` matching `query`, 100 a page unless `query` sets `limit`,
 * following `nextCursor` to the end (`followCursor`).
 */
export const listEvery = async <T>(api: ApiClient, path: string, query = ''): Promise<T[]> =>
  (
    await followCursor((cursor) => {
      const params = new URLSearchParams(query);
      if (!params.has('limit')) params.set('limit', '100');
      if (cursor) params.set('cursor', cursor);
      return api.request<Page<T>>('GET', `${path}?${params.toString()}`);
    })
  ).items;

/**
 * The plain calls on one collection under `/orgs/{org}/`, as admin: what every resource's tests
 * need (`post`, `create`, `get`, `patch`, `remove`, `list`, `listAll`), typed with the resource's
 * response shape.
 */
export const resourceClient = <T extends { id: string }>(api: ApiClient, collection: string) => {
  const post = (org: string, body: unknown, headers?: Record<string, string>) =>
    api.request<T>('POST', `/orgs/${org}/${collection}`, { body, ...(headers ? { headers } : {}) });
  const list = (org: string, query = '') =>
    api.request<Page<T>>('GET', `/orgs/${org}/${collection}${query ? `?${query}` : ''}`);
  return {
    post,
    /** POSTs `body`, asserts 201 and returns the created resource. */
    create: async (org: string, body: unknown): Promise<T> => {
      const res = await post(org, body);
      expect(res.status, `POST /orgs/${org}/${collection}: ${res.text}`).toBe(201);
      return res.body;
    },
    get: (org: string, id: string) => api.request<T>('GET', `/orgs/${org}/${collection}/${id}`),
    patch: (org: string, id: string, body: object, headers?: Record<string, string>) =>
      api.request<T>('PATCH', `/orgs/${org}/${collection}/${id}`, { body, ...(headers ? { headers } : {}) }),
    remove: (org: string, id: string, headers?: Record<string, string>) =>
      api.request('DELETE', `/orgs/${org}/${collection}/${id}`, headers ? { headers } : {}),
    list,
    /**
     * Every page of a list, following `nextCursor` until it is null; asserts each page answers 200
     * with at most `limit` (25 unless given) items, and that paging ends.
     */
    listAll: async (org: string, query = ''): Promise<{ items: T[]; ids: string[]; pages: number }> => {
      const limit = Number(new URLSearchParams(query).get('limit') ?? 25);
      const { items, pages } = await followCursor(
        (cursor) =>
          list(org, [query, cursor ? `cursor=${encodeURIComponent(cursor)}` : ''].filter(Boolean).join('&')),
        50,
        (page) => expect(page.items.length).toBeLessThanOrEqual(limit),
      );
      return { items, ids: items.map((i) => i.id), pages };
    },
  };
};

/** The org's audit events as admin, newest first (up to 100); `query` adds filters (`entityType=offer`). */
export const auditEvents = async (api: ApiClient, org: string, query = ''): Promise<AuditEventResource[]> => {
  const res = await api.request<Page<AuditEventResource>>(
    'GET',
    `/orgs/${org}/audit-events?limit=100${query ? `&${query}` : ''}`,
  );
  expect(res.status, res.text).toBe(200);
  return res.body.items;
};

export const adminToken = (org: string, sub = 'admin-1') => localToken({ org, role: 'admin', sub });
export const viewerToken = (org: string, sub = 'viewer-1') => localToken({ org, role: 'viewer', sub });

export type { Problem } from '../../shared/http/problem.ts';

/** Asserts a problem+json answer with this status and code, and returns its body. */
export const expectProblem = (res: ApiResponse<unknown>, status: number, code: string): Problem => {
  expect(res.status, `${status} ${code} expected, got ${res.status} ${res.text}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = res.body as Problem;
  expect(body).toMatchObject({ type: expect.any(String), status, code, title: expect.any(String) });
  return body;
};

/** The `path` of each field error of a problem. */
export const errorPaths = (problem: Problem): string[] => (problem.errors ?? []).map((e) => e.path);

/** Asserts a 422 reference_not_found problem whose errors name `path` and nothing else, and returns it. */
export const expectMissingReference = (res: ApiResponse<unknown>, path: string): Problem => {
  const problem = expectProblem(res, 422, 'reference_not_found');
  expect(errorPaths(problem)).toEqual([path]);
  return problem;
};

/** Asserts a 400 validation_failed problem whose errors name `path`, and returns it. */
export const expectInvalidField = (res: ApiResponse<unknown>, path: string): Problem => {
  const problem = expectProblem(res, 400, 'validation_failed');
  expect(errorPaths(problem)).toContain(path);
  return problem;
};
