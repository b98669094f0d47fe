import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
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
    options: RequestOptions & { org?: string } = {},
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

export const adminToken = (org: string, sub = 'admin-1') => localToken({ org, role: 'admin', sub });
export const viewerToken = (org: string, sub = 'viewer-1') => localToken({ org, role: 'viewer', sub });
