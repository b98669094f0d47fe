/**
 * The admin console under `npm start` and the browser tests: builds `console/dist` when it is missing or
 * older than its sources, and serves it at /console/ with a generated `config.json`.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localToken } from './jwt.ts';

export const CONSOLE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'console');
export const CONSOLE_DIST = join(CONSOLE_ROOT, 'dist');
/** Where the console lives on the local server (and on CloudFront): Vite builds it with this base. */
export const CONSOLE_PATH = '/console/';

/** What the console's build reads: a change to any of these makes `dist` stale. */
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json'];

const newestMtime = async (path: string): Promise<number> => {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
};

/** True when `console/dist` is missing or older than the newest of its sources (a few ms: mtimes only). */
export const consoleIsStale = async (): Promise<boolean> => {
  const built = await stat(join(CONSOLE_DIST, 'index.html')).catch(() => undefined);
  if (!built) return true;
  const sources = await Promise.all(SOURCES.map((s) => newestMtime(join(CONSOLE_ROOT, s))));
  return Math.max(...sources) > built.mtimeMs;
};

const LOCK = join(CONSOLE_ROOT, '.build-lock');
/** A lock older than this was left by a build that died: take it over. */
const STALE_LOCK_MS = 180_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const viteBuild = (): Promise<void> =>
  new Promise((resolve, reject) => {
    const vitePackage = createRequire(join(CONSOLE_ROOT, 'package.json')).resolve('vite/package.json');
    const child = spawn(
      process.execPath,
      [join(dirname(vitePackage), 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: CONSOLE_ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`the console build (vite build in console/) failed with exit code ${code}`)),
    );
  });

/**
 * Builds the console if it is missing or stale; a no-op otherwise. Concurrent callers (test workers, a
 * synth beside `npm start`) build it once: the others wait for the lock and find it fresh.
 */
export const ensureConsoleBuilt = async (log: (message: string) => void = () => {}): Promise<boolean> => {
  for (;;) {
    if (!(await consoleIsStale())) return false;
    try {
      mkdirSync(LOCK);
    } catch {
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (!(await consoleIsStale())) return false;
      log('building the admin console (console/ → console/dist)…');
      await viteBuild();
      return true;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
};

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
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
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
