import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../shared/routes.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Results {
  quick: boolean;
  figures: {
    section: string;
    name: string;
    value: { median: number; runs: number };
    budget?: { kind: string; limit: number };
    pass: boolean;
  }[];
}

/**
 * A smoke run of `npm run bench -- --quick`: every section's machinery runs end to end with tiny
 * sizes. Timings are not judged here (they never are in tests); what a quick run can tell for
 * sure is: every route answered its scenario at its minimum number of DynamoDB requests, nothing
 * scanned, the load saw no error, and every section wrote its figures.
 */
describe('npm run bench -- --quick (smoke run)', () => {
  let out: string;
  let results: Results;
  let markdown: string;
  let exitCode = 0;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
    try {
      await run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['bench/run.ts', '--quick', '--out', out], {
        cwd: ROOT,
        timeout: 540_000,
        maxBuffer: 64 * 1024 * 1024,
        // Its own DynamoDB Local and table, not the test run's.
        env: { ...process.env, DYNAMODB_ENDPOINT: '', TABLE_NAME: '' },
      });
    } catch (error) {
      exitCode = Number((error as { code?: unknown }).code ?? 99);
    }
    results = JSON.parse(readFileSync(join(out, 'RESULTS.json'), 'utf8')) as Results;
    markdown = readFileSync(join(out, 'RESULTS.md'), 'utf8');
  }, 600_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('exits 0: no deterministic budget missed', () => {
    const failing = results.figures.filter(
      (f) => !f.pass && (f.section === 'requests' || f.budget?.kind === 'equal'),
    );
    expect(failing.map((f) => `${f.section}/${f.name}`)).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('counts the DynamoDB requests of every route, each at its minimum, and no Scan', () => {
    const requests = results.figures.filter((f) => f.section === 'requests');
    for (const route of ROUTES) {
      const figure = requests.find((f) => f.name.startsWith(`${route.method} ${route.path}`));
      expect(figure, `${route.method} ${route.path}`).toBeDefined();
      expect(figure?.pass, `${route.method} ${route.path}`).toBe(true);
    }
    const scans = requests.find((f) => /scan/i.test(f.name));
    expect(scans?.value.median).toBe(0);
  });

  it('writes figures for every section, with finite values', () => {
    for (const section of ['bundle', 'cold', 'warm', 'requests', 'growth', 'throughput']) {
      expect(
        results.figures.some((f) => f.section === section),
        section,
      ).toBe(true);
    }
    for (const f of results.figures) expect(Number.isFinite(f.value.median), f.name).toBe(true);
    expect(results.quick).toBe(true);
  });

  it('renders RESULTS.md with the machine, the date and one table per section', () => {
    expect(markdown).toMatch(/^# Benchmark results/);
    expect(markdown).toMatch(/Machine: \d+ × /);
    for (const title of [
      'Bundle size',
      'Cold start',
      'Warm overhead',
      'DynamoDB requests',
      'Growth',
      'Throughput',
    ]) {
      expect(markdown).toContain(`## ${title}`);
    }
  });
});
