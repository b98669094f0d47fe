import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type HttpResponse = APIGatewayProxyStructuredResultV2 & {
  statusCode: number;
  headers: Record<string, string>;
};

export const json = (
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): HttpResponse => ({
  statusCode,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const noContent = (headers: Record<string, string> = {}): HttpResponse => ({
  statusCode: 204,
  headers,
  body: '',
});

const hasHeader = (headers: Record<string, string>, name: string) =>
  Object.keys(headers).some((key) => key.toLowerCase() === name);

/**
 * The headers every answer carries, set where both API Gateway and the local server pass through
 * (the handler factory; the local server for the answers it makes itself): `X-Content-Type-Options:
 * nosniff` on everything, and `Cache-Control: no-store` on authenticated routes, since their answers are
 * one caller's data. A `Cache-Control` a handler set itself (a public, cacheable answer) is kept.
 * Public routes (the catalog, health) answer `Access-Control-Allow-Origin: *`, errors included, so a
 * storefront on any origin can read them with a plain `fetch` (a simple GET needs no preflight). No
 * credentials are involved: these routes take none.
 */
export const withStandardHeaders = (response: HttpResponse, authenticated: boolean): HttpResponse => {
  const headers = { ...response.headers };
  if (!hasHeader(headers, 'x-content-type-options')) headers['x-content-type-options'] = 'nosniff';
  if (authenticated && !hasHeader(headers, 'cache-control')) headers['cache-control'] = 'no-store';
  if (!authenticated && !hasHeader(headers, 'access-control-allow-origin')) {
    headers['access-control-allow-origin'] = '*';
  }
  return { ...response, headers };
};
