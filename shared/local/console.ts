/**
 * The admin console under `npm start` and the browser tests: serves `console/dist` (built by
 * console/build.ts) at /console/ with a generated `config.json`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONSOLE_DIST, CONSOLE_PATH } from '../../console/build.ts';
import { localToken } from './jwt.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const sendFile = (res: ServerResponse, path: string, cacheControl: string, head: boolean) => {
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
  });
  if (head) res.end();
  else createReadStream(path).pipe(res);
};

/** `localhost`, `127.0.0.1` or `[::1]`, with an optional port: the names a local page reaches us by. */
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

/** Whether a Host header names this machine's loopback (no Host at all is not). */
export const isLoopbackHost = (host: string | undefined): boolean =>
  host !== undefined && LOOPBACK_HOST.test(host.trim());

/** Whether an Origin header is absent (same-origin GET) or a loopback http(s) origin. */
export const isLoopbackOrigin = (origin: string | undefined): boolean => {
  if (origin === undefined) return true;
  const match = /^https?:\/\/(.+)$/i.exec(origin.trim());
  return match?.[1] !== undefined && LOOPBACK_HOST.test(match[1]);
};

/** The org `npm start` prints a token for, and the console opens with. */
export const LOCAL_CONSOLE_ORG = 'demo';

/**
 * The console's `config.json` under `npm start`: same-origin API, signed in as the printed admin of org
 * `demo` with a token made now (so it never outlives a long-running server).
 */
export const localConsoleConfig = () => ({
  mode: 'local',
  apiUrl: '',
  org: LOCAL_CONSOLE_ORG,
  token: localAdminToken(),
});

/** The admin token `npm start` prints and the console opens with. */
export const localAdminToken = () =>
  localToken({
    org: LOCAL_CONSOLE_ORG,
    role: 'admin',
    sub: 'local-admin',
    email: `admin@${LOCAL_CONSOLE_ORG}.local`,
  });

export interface ConsoleHandlerOptions {
  /** The `config.json` the console starts from, made per request (so a local token is always fresh). */
  config: () => Record<string, unknown>;
  /** The built console; `console/dist` by default. */
  dist?: string;
}

/**
 * Serves the console for `createLocalServer({ extra })`: hashed assets cached for a year, index.html and
 * config.json never, and any other path below /console/ without a file extension answered with
 * index.html, since it is one of the app's own routes (a reload on /console/plans/…).
 */
export const consoleHandler =
  (options: ConsoleHandlerOptions) =>
  (req: IncomingMessage, url: URL, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const head = req.method === 'HEAD';
    if (url.pathname === CONSOLE_PATH.slice(0, -1)) {
      res.writeHead(302, { location: CONSOLE_PATH }).end();
      return true;
    }
    if (!url.pathname.startsWith(CONSOLE_PATH)) return false;
    const dist = options.dist ?? CONSOLE_DIST;
    const rest = url.pathname.slice(CONSOLE_PATH.length);
    if (rest === 'config.json') {
      // It holds an admin token: only for a page that reached this server by a loopback name. A DNS
      // rebinding page (Host: evil.example resolving to 127.0.0.1) or another site's script is refused.
      if (!isLoopbackHost(req.headers.host) || !isLoopbackOrigin(req.headers.origin)) {
        res.writeHead(403, {
          'content-type': 'application/problem+json',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        res.end(
          head
            ? undefined
            : JSON.stringify({
                type: 'about:blank',
                status: 403,
                code: 'forbidden',
                title: 'Forbidden',
                detail: 'config.json is served only to http://localhost, 127.0.0.1 or [::1]',
              }),
        );
        return true;
      }
      res.writeHead(200, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(head ? undefined : JSON.stringify(options.config()));
      return true;
    }
    const index = join(dist, 'index.html');
    if (!existsSync(index)) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end(
          'The admin console is not built: run npm run build:console (npm start builds it when it starts).\n',
        );
      return true;
    }
    let file: string;
    try {
      file = normalize(join(dist, decodeURIComponent(rest)));
    } catch {
      file = index;
    }
    if (file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile()) {
      const hashed = rest.startsWith('assets/');
      sendFile(res, file, hashed ? 'public, max-age=31536000, immutable' : 'no-cache', head);
      return true;
    }
    if (extname(rest) === '') {
      sendFile(res, index, 'no-cache', head);
      return true;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return true;
  };
