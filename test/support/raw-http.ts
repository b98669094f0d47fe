/** Requests over `node:http` without fetch's defaults, for the tests that pin bytes and headers. */
import type { IncomingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { ApiClient } from './api.ts';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  contentType: string | undefined;
  text: string;
}

/**
 * Requests to `api` with exactly the headers and bytes given: fetch would add some (`text/plain` to
 * a string body) or re-encode them.
 */
export const rawClient =
  (api: Pick<ApiClient, 'url'>) =>
  (method: string, path: string, headers: Record<string, string>, body?: Buffer | string) =>
    new Promise<RawResponse>((resolve, reject) => {
      const bytes = body === undefined ? undefined : Buffer.from(body);
      const all = bytes ? { ...headers, 'content-length': String(bytes.length) } : headers;
      const req = httpRequest(`${api.url}${path}`, { method, headers: all }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            contentType: res.headers['content-type'],
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(bytes);
    });
