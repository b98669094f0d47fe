/** Requests over `node:http` without fetch's defaults, for the tests that pin bytes and headers. */
import { request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { urlToHttpOptions } from 'node:url';
import type { ApiClient } from './api.ts';

/** What a request over `node:http` answered: its status, headers and body as text. */
export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** Sends one request over `node:http` exactly as `options` and `body` say, and reads the whole answer. */
export const sendRaw = (options: RequestOptions, body?: Buffer | string) =>
  new Promise<RawAnswer>((resolve, reject) => {
    const req = httpRequest(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });

export interface RawResponse extends RawAnswer {
  contentType: string | undefined;
}

/**
 * Requests to `api` with exactly the headers and bytes given: fetch would add some (`text/plain` to
 * a string body) or re-encode them.
 */
export const rawClient =
  (api: Pick<ApiClient, 'url'>) =>
  async (
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: Buffer | string,
  ): Promise<RawResponse> => {
    const bytes = body === undefined ? undefined : Buffer.from(body);
    const all = bytes ? { ...headers, 'content-length': String(bytes.length) } : headers;
    const answer = await sendRaw(
      { ...urlToHttpOptions(new URL(`${api.url}${path}`)), method, headers: all },
      bytes,
    );
    return { ...answer, contentType: answer.headers['content-type'] };
  };
