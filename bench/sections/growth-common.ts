/** What the parts of the growth section share: budgets, sizes, formatting, and the context they run in. */
import { execFileSync } from 'node:child_process';
import { findRoute, type Route } from '../../shared/routes.ts';
import type { Figure } from '../lib/report.ts';

export const LIST_MAX_RATIO = 1.2;
export const CATALOG_MAX_RATIO = 1.2;
export const HISTORY_MAX_RATIO = 1.2;
export const EXPIRER_LINEAR_MAX_RATIO = 1.2;
export const EXPIRER_STORED_MAX_RATIO = 1.2;
export const EXPIRER_VS_SCAN_MIN_RATIO = 20;

export interface Sizes {
  plansSmall: number;
  plansBig: number;
  listSamples: number;
  listWarmup: number;
  orgs: number;
  /** Audit events of the one entity whose history is read (issue 14): few vs many. */
  historySmall: number;
  historyBig: number;
  storedSmall: number;
  storedBig: number;
  endedFew: number;
  endedMany: number;
  /** Ended subscriptions of the budgeted Scan comparison: a heavy but ordinary pass (see `scanNote`). */
  endedPass: number;
  /** The Scan pass is cut off after this long; its time is then a lower bound (and so is the ratio). */
  scanCutoffMs: number;
  /** Rounds of the 1,000-ended passes (A, B, B-Scan each) and of the 10,000-ended passes. */
  roundsFew: number;
  roundsMany: number;
}

export const SIZES = (quick: boolean): Sizes =>
  quick
    ? {
        plansSmall: 50,
        plansBig: 500,
        listSamples: 6,
        listWarmup: 2,
        orgs: 4,
        historySmall: 10,
        historyBig: 100,
        storedSmall: 200,
        storedBig: 2_000,
        endedFew: 20,
        endedMany: 200,
        endedPass: 2,
        scanCutoffMs: 60_000,
        roundsFew: 1,
        roundsMany: 1,
      }
    : {
        plansSmall: 500,
        plansBig: 50_000,
        listSamples: 50,
        listWarmup: 10,
        orgs: 20,
        historySmall: 10,
        historyBig: 10_000,
        storedSmall: 10_000,
        storedBig: 200_000,
        endedFew: 1_000,
        endedMany: 10_000,
        endedPass: 100,
        scanCutoffMs: 90_000,
        roundsFew: 3,
        roundsMany: 3,
      };

export const fmt = (n: number) => n.toLocaleString('en-US');
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export const route = (method: 'GET' | 'POST', path: string): Route => {
  const found = findRoute(`${method} ${path}`);
  if (!found) throw new Error(`no route ${method} ${path}`);
  return found;
};

/** Resident memory of DynamoDB Local (the java child of this process), in MiB, if found. */
export const dynamoRssMiB = (): number | undefined => {
  try {
    const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,comm='], { encoding: 'utf8' });
    const rows = out
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .map(([pid, ppid, rss, comm]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss), comm }));
    // Children and grandchildren of this process running java.
    const mine = new Set([process.pid]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const row of rows) {
        if (mine.has(row.ppid) && !mine.has(row.pid)) {
          mine.add(row.pid);
          changed = true;
        }
      }
    }
    const java = rows.filter((row) => mine.has(row.pid) && row.comm === 'java');
    if (java.length === 0) return undefined;
    return Math.round(java.reduce((sum, row) => sum + row.rss, 0) / 1024);
  } catch {
    return undefined;
  }
};

/** What both parts of the growth section share: sizes, the generators, the table, loading and memory probes. */
export interface GrowthContext {
  quick: boolean;
  log: (line: string) => void;
  sizes: Sizes;
  data: typeof import('../growth-data.ts');
  endpoint: string;
  table: string;
  load: (what: string, tableName: string, items: readonly Record<string, unknown>[]) => Promise<number>;
  memory: (when: string) => void;
  figures: Figure[];
}
