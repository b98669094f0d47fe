/**
 * Builds the admin console (`console/dist`) when it is missing or older than its sources. Used by
 * `npm start` and the browser tests (shared/local/console.ts), and by `cdk synth` / `deploy`
 * (infra/app.ts), so neither the deployment nor the local runtime imports the other.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONSOLE_ROOT = dirname(fileURLToPath(import.meta.url));
export const CONSOLE_DIST = join(CONSOLE_ROOT, 'dist');
/** Where the console lives on the local server (and on CloudFront): Vite builds it with this base. */
export const CONSOLE_PATH = '/console/';

/** What the console's build reads: a change to any of these makes `dist` stale. */
const SOURCES = [
  'src',
  'index.html',
  'vite.config.ts',
  'package.json',
  '../shared/claims.ts',
  '../shared/resources.ts',
];

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
