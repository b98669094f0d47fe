import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DomainError } from '../errors.ts';
import type { RouteHandler } from '../http/handler.ts';
import { problem } from '../http/problem.ts';
import { type HttpResponse, withStandardHeaders } from '../http/response.ts';
import { ROUTES, type Route, routePattern } from '../routes.ts';
import { gatewayEvent, lambdaContext } from './event.ts';
import { loadHandler } from './handlers.ts';
import { flattenClaims, verifyToken } from './jwt.ts';

/** API Gateway HTTP APIs refuse payloads over 10 MB before any function runs; so do we. */
const GATEWAY_MAX_BYTES = 10 * 1024 * 1024;

interface Compiled {
  route: Route;
  pattern: RegExp;
  names: string[];
  handler: RouteHandler;
}

/** The very handler Lambda would run for each route of the table (shared/local/handlers.ts). */
export const loadRoutes = async (): Promise<Compiled[]> =>
  Promise.all(
    ROUTES.map(async (route) => {
      const { pattern, names } = routePattern(route);
      return { route, pattern, names, handler: await loadHandler(route) };
    }),
  );

/**
 * Writes an answer. The handlers' answers already carry the standard headers; the ones this server
 * makes itself (no route, 401, 413) get them here, as if from an authenticated route unless told.
 */
const send = (res: ServerResponse, response: HttpResponse, requestId: string, authenticated = true) => {
  const { headers } = withStandardHeaders(response, authenticated);
  res.writeHead(response.statusCode, { ...headers, 'x-request-id': requestId });
  res.end(response.body ?? '');
};

const readBody = (req: IncomingMessage): Promise<Buffer | 'too_large'> =>
  new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > GATEWAY_MAX_BYTES) {
        done('too_large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The event's body: text when the bytes are UTF-8, else base64 (`isBase64Encoded`), as API Gateway
 * passes what it cannot pass as text, so the handler sees the bytes sent and never a U+FFFD.
 */
const bodyOf = (body: Buffer): { body?: string; isBase64Encoded?: boolean } => {
  if (body.length === 0) return {};
  try {
    return { body: utf8.decode(body) };
  } catch {
    return { body: body.toString('base64'), isBase64Encoded: true };
  }
};

/** Builds the API Gateway HTTP API (payload format 2.0) event Lambda would receive. */
const buildEvent = (
  req: IncomingMessage,
  url: URL,
  compiled: Compiled,
  match: RegExpExecArray,
  body: Buffer,
  claims: Record<string, string> | undefined,
  requestId: string,
): APIGatewayProxyEventV2 => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  // No prototype: `?__proto__=x` must reach the strict query schema (a 400), not vanish into a setter.
  const query: Record<string, string> = Object.create(null);
  for (const [name, value] of url.searchParams)
    query[name] = name in query ? `${query[name]},${value}` : value;
  const pathParameters: Record<string, string> = {};
  compiled.names.forEach((name, i) => {
    const raw = match[i + 1] ?? '';
    try {
      pathParameters[name] = decodeURIComponent(raw);
    } catch {
      // A malformed escape: pass it on undecoded; it matches no id pattern, so the route answers 404.
      pathParameters[name] = raw;
    }
  });
  return gatewayEvent({
    route: compiled.route,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    query,
    pathParameters,
    ...bodyOf(body),
    ...(claims ? { claims } : {}),
    requestId,
    protocol: `HTTP/${req.httpVersion}`,
    sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
  });
};

export interface LocalServerOptions {
  /** Extra routes served before the API's (e.g. `/openapi.json`, `/docs`). */
  extra?: (req: IncomingMessage, url: URL, res: ServerResponse) => Promise<boolean> | boolean;
}

/**
 * The local stand-in for API Gateway: matches the route table, verifies the bearer token like
 * the JWT authorizer (HS256 with LOCAL_JWT_SECRET), builds the v2 event with the claims as the
 * authorizer flattens them, and calls the route's real handler.
 */
export const createLocalServer = async (options: LocalServerOptions = {}): Promise<Server> => {
  const routes = await loadRoutes();
  // Node's default of 16 KiB of request head would answer an over-long URL with a bare 431 before
  // the route table sees it; API Gateway takes ~10 KB URLs and we answer what we can: a problem.
  return createServer({ maxHeaderSize: 64 * 1024 }, async (req, res) => {
    const requestId = randomUUID();
    try {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        send(res, problem(new DomainError('not_found', 'No such route')), requestId);
        return;
      }
      if (options.extra && (await options.extra(req, url, res))) return;
      const candidates = routes
        .map((compiled) => ({ compiled, match: compiled.pattern.exec(url.pathname) }))
        .filter((c): c is { compiled: Compiled; match: RegExpExecArray } => c.match !== null);
      const found = candidates.find((c) => c.compiled.route.method === req.method);
      if (!found) {
        send(res, problem(new DomainError('not_found', `No route ${req.method} ${url.pathname}`)), requestId);
        return;
      }
      const body = await readBody(req);
      if (body === 'too_large') {
        send(
          res,
          problem(new DomainError('payload_too_large', 'The body exceeds the gateway limit')),
          requestId,
        );
        return;
      }
      let claims: Record<string, string> | undefined;
      if (found.compiled.route.auth) {
        const header = req.headers.authorization ?? '';
        const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
        const verified = token ? verifyToken(token) : null;
        if (!verified) {
          send(res, problem(new DomainError('unauthorized', 'A valid bearer token is required')), requestId);
          return;
        }
        claims = flattenClaims(verified);
      }
      const event = buildEvent(req, url, found.compiled, found.match, body, claims, requestId);
      const response = (await found.compiled.handler(
        event,
        lambdaContext(requestId, found.compiled.route.handler.replace('/', '-')),
      )) as HttpResponse;
      send(res, response, requestId, found.compiled.route.auth);
    } catch (error) {
      console.error(
        JSON.stringify({ level: 'ERROR', message: 'local server failure', requestId, error: String(error) }),
      );
      if (!res.headersSent)
        send(res, problem(new DomainError('internal_error', 'An unexpected error occurred')), requestId);
    }
  });
};
