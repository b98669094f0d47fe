/**
 * Dry runs (API.md "Dry run"), generated from the route table: for every write route, each of its
 * scenarios (test/support/dry-run-scenarios.ts) is sent with `?dryRun=true` and then for real,
 * against an org holding one of every resource. The dry run must leave the whole table exactly as it
 * was (a Scan of this file's own table, before and after), answer `Dry-Run: true`, and give the same
 * status, headers and body (up to new ids and timestamps) as the real request right after it. With
 * an `Idempotency-Key` it stores nothing: the real request with the same key then runs fresh. A write
 * route without a scenario fails this file, so a new route must say how its dry run is proven. The
 * `dryRun` parameter itself, the transaction cap and races are in dry-run-params.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('dry-run'));

import { ROUTES, type Route, routeKey } from '../../shared/routes.ts';
import { type ApiResponse, expectProblem, newOrg, useApi } from '../support/api.ts';
import { dryRunScenarios } from '../support/dry-run-scenarios.ts';
import { rand } from '../support/fixtures.ts';
import { diffDumps, dumpTable } from '../support/fuzz/table.ts';
import { named, pathOf, seedOrg } from '../support/security-seed.ts';

const api = useApi();

let counter: { take: () => Record<string, number> } | undefined;
/** The DynamoDB requests of the in-process server (imported once the table is this file's own). */
const requestCounter = async () => {
  counter ??= (await import('../support/request-counter.ts')).countRequests();
  return counter;
};

const SCENARIOS = dryRunScenarios(api);

const WRITE_ROUTES = ROUTES.filter((route) => route.access === 'write');

/** Timestamps and ids the dry run could not share with the real request, replaced in order of appearance. */
const normalize = (value: unknown, known: Set<string>, ids = new Map<string, string>()): unknown => {
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return '<time>';
    return value.replace(/\b[a-z]+_[0-9A-HJKMNP-TV-Z]{26}\b/g, (id) => {
      if (known.has(id)) return id;
      if (!ids.has(id)) ids.set(id, `<new id ${ids.size + 1}>`);
      return ids.get(id) as string;
    });
  }
  if (Array.isArray(value)) return value.map((v) => normalize(v, known, ids));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v, known, ids)]));
  }
  return value;
};

const answerOf = (res: ApiResponse<unknown>, known: Set<string>) => ({
  status: res.status,
  contentType: res.headers.get('content-type'),
  etag: res.headers.get('etag'),
  location: normalize(res.headers.get('location'), known),
  body: normalize(res.body, known),
});

/** The ids that exist before the case: they must come back as they are. */
const knownIds = async () => {
  const dump = await dumpTable();
  return new Set(
    [...dump.lines.values()].flatMap((line) => line.match(/[a-z]+_[0-9A-HJKMNP-TV-Z]{26}/g) ?? []),
  );
};

describe('the scenarios', () => {
  it('cover every write route of the route table', () => {
    const missing = WRITE_ROUTES.map(routeKey).filter((key) => !SCENARIOS[key]);
    expect(missing, 'write routes without a dry-run scenario in test/support/dry-run-scenarios.ts').toEqual(
      [],
    );
    const stale = Object.keys(SCENARIOS).filter((key) => !WRITE_ROUTES.some((r) => routeKey(r) === key));
    expect(stale, 'scenarios of routes that no longer exist').toEqual([]);
  });
});

describe.each(named(WRITE_ROUTES))('a dry run of %s', (_name, route: Route) => {
  it('writes nothing and answers what the real request answers right after it', async () => {
    const scenario = SCENARIOS[routeKey(route)];
    if (!scenario)
      throw new Error(
        `No dry-run scenario for ${routeKey(route)}: add one to test/support/dry-run-scenarios.ts`,
      );
    const seed = await seedOrg(api, newOrg('dry'));
    const cases = await scenario(seed);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const path = pathOf(route.path, c.params ?? seed.params);
      const key = `dry-${rand()}`;
      const headers = { ...c.headers, ...(route.method === 'POST' ? { 'idempotency-key': key } : {}) };
      const options = { headers, ...(c.body !== undefined ? { body: c.body } : {}) };
      const known = await knownIds();
      const before = await dumpTable();
      const requests = await requestCounter();
      requests.take();
      const dry = await api.request(route.method, `${path}?dryRun=true`, options);
      const dryRequests = requests.take();
      const after = await dumpTable();
      expect(diffDumps(before, after), `${c.label}: the dry run wrote`).toBe('');
      expect(dry.headers.get('dry-run'), c.label).toBe('true');

      requests.take();
      const real = await api.request(route.method, path, options);
      const realRequests = requests.take();
      expect(real.status, `${c.label}: ${real.text}`).toBe(c.status);
      expect(real.headers.get('dry-run')).toBeNull();
      // The same key for real runs afresh: the dry run stored no idempotency record.
      expect(real.headers.get('idempotent-replayed'), c.label).toBeNull();
      if (c.code) expectProblem(real, c.status, c.code);
      else
        expect(diffDumps(after, await dumpTable()), `${c.label}: the real request wrote nothing`).not.toBe(
          '',
        );
      expect(answerOf(dry, known), c.label).toEqual(answerOf(real, known));
      // The real request's reads and transactions, judged: only the idempotency record's own writes
      // (its lock, completion or release) are not made.
      const { PutItem: _put, UpdateItem: _update, DeleteItem: _delete, ...judged } = realRequests;
      expect(dryRequests, `${c.label}: requests of the dry run`).toEqual(judged);
    }
  });
});
