/**
 * Concrete counterexamples the fuzzers found, shrunk by hand to the smallest request that shows
 * each, and kept as plain tests so they stay fixed. Same properties as the fuzzers (test/support/fuzz/):
 * no 5xx, a contract problem+json for every refusal, and a refusal that writes nothing.
 *
 * 1. Deeply nested JSON (found by every body route's fuzzer, `deep:*` cases): a body nested 3000
 *    levels deep (6 KB of `[`, far under the 256 KiB limit) answers `500 internal_error`:
 *    `illFormedStrings` (now `unsafeValues`, shared/http/body.ts) walked the parsed body recursively and overflows the
 *    stack (`RangeError: Maximum call stack size exceeded`). The exact depth where it starts depends
 *    on the stack and the JIT state (about 2000–2500 levels warm, lower on a cold start); 1000
 *    levels answer 400. The contract wants a 400 (`validation_failed` or `invalid_json`), never a 5xx.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('fuzz-regressions'));

import { db } from '../../shared/db/service.ts';
import { productKeys } from '../../shared/entities/product.ts';
import { newId } from '../../shared/ids.ts';
import { localToken } from '../../shared/local/jwt.ts';
import { newOrg, useApi } from '../support/api.ts';
import {
  checkAnswer,
  clearTable,
  diffDumps,
  dumpTable,
  type Fixtures,
  type FuzzCase,
  loadRoutes,
  seedFixtures,
  send,
} from '../support/fuzz/index.ts';
import { LAMBDA_RESPONSE_LIMIT, WORST, worstFields, worstSlug } from '../support/worst-case.ts';

const api = useApi();
const routes = await loadRoutes();
let fixtures: Fixtures | undefined;

beforeAll(async () => {
  await clearTable();
  fixtures = await seedFixtures(api, newOrg('fz'));
});

const org = () => {
  if (!fixtures) throw new Error('fixtures were not seeded');
  return fixtures.org;
};

const admin = () => `Bearer ${localToken({ org: org(), role: 'admin', sub: 'fuzzer' })}`;

const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Sends one request and holds it to the three properties; returns the status. */
const expectRefusedCleanly = async (c: FuzzCase): Promise<number> => {
  const before = await dumpTable();
  const res = await send(api.url, c);
  checkAnswer(routes, c, res);
  expect(res.status, res.text).toBeGreaterThanOrEqual(400);
  expect(diffDumps(before, await dumpTable())).toBe('');
  return res.status;
};

const post = (path: string, body: string): FuzzCase => ({
  kind: 'regression',
  method: 'POST',
  path: `/orgs/${org()}${path}`,
  headers: { authorization: admin(), 'content-type': 'application/json' },
  body,
});

describe('regression: deeply nested JSON bodies answer 400, not 500', () => {
  it('1000 levels of arrays in an unknown field: 400 (the control case)', async () => {
    const status = await expectRefusedCleanly(post('/plan-groups', `{"name":"x","x":${arrays(1000)}}`));
    expect(status).toBe(400);
  });

  it('minimal counterexample: POST /plan-groups {"name":"x","x":[[[…3000 levels…]]]} (6 KB)', async () => {
    const status = await expectRefusedCleanly(post('/plan-groups', `{"name":"x","x":${arrays(3000)}}`));
    expect(status).toBe(400);
  });

  it('3000 levels of objects as the value of a known field (POST /packages, name)', async () => {
    const body = `{"status":"active","code":"deep","tier":1,"name":${objects(3000)}}`;
    const status = await expectRefusedCleanly(post('/packages', body));
    expect(status).toBe(400);
  });

  it('100 000 levels of arrays (200 KB, under the 256 KiB limit) on PATCH /plans/{id}', async () => {
    const plan = fixtures?.ids.get('plan')?.[0] ?? '';
    const c: FuzzCase = {
      kind: 'regression',
      method: 'PATCH',
      path: `/orgs/${org()}/plans/${plan}`,
      headers: { authorization: admin(), 'content-type': 'application/json' },
      body: `{"features":${arrays(100_000)}}`,
    };
    expect(await expectRefusedCleanly(c)).toBe(400);
  });

  it('every route of ROUTES that takes a body refuses 3000 levels with a 4xx problem', async () => {
    const failures: string[] = [];
    for (const lr of routes.filter((r) => r.spec.body)) {
      const path = lr.route.path.replace('{orgId}', org()).replace(/\{(\w+)\}/g, (_, name: string) => {
        const prefix = /^\^([a-z]+)_/.exec(lr.params.properties?.[name]?.pattern ?? '')?.[1] ?? '';
        return fixtures?.ids.get(prefix)?.[0] ?? 'x';
      });
      const c: FuzzCase = {
        kind: 'regression',
        method: lr.route.method,
        path,
        headers: { authorization: admin(), 'content-type': 'application/json' },
        body: `{"x":${arrays(3000)}}`,
      };
      const before = await dumpTable();
      const res = await send(api.url, c);
      try {
        checkAnswer(routes, c, res);
        if (res.status < 400) throw new Error(`answered ${res.status}`);
        const diff = diffDumps(before, await dumpTable());
        if (diff) throw new Error(`wrote: ${diff}`);
      } catch (error) {
        const code = /"code":"(\w+)"/.exec(res.text)?.[1] ?? '';
        failures.push(`${lr.key} → ${res.status} ${code}: ${(error as Error).message.split(':')[0]}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});

/**
 * 2. A plan at every limit of the contract (issue 16, found by hand, kept here with the fuzzers'
 *    properties): text of control characters (6 bytes each as `\u0001` in JSON), 100 features, 50
 *    limits, 50 items whose products have 26 children each. Created fine, then every PATCH, publish and
 *    archive answered `500` ("Item size has exceeded the maximum allowed size"): the audit event held
 *    two images of about 200 KB each. The catalog is written directly (1,400 products); every plan
 *    write route then runs on the plan over HTTP and must answer a contract 2xx.
 */
describe('regression: a plan at every limit of the contract can be written by every plan route', () => {
  const seedWorstCatalog = async (orgId: string) => {
    const now = new Date().toISOString();
    const base = { organizationId: orgId, version: 1, createdAt: now, updatedAt: now };
    return Promise.all(
      Array.from({ length: WORST.items }, async (_, i) => {
        const productId = newId('prod');
        const priceId = newId('price');
        const children = Array.from({ length: WORST.children }, () => newId('prod'));
        await db.product
          .create({ ...base, id: productId, name: `Root ${i}`, childIds: children, ...productKeys({}) })
          .go();
        await db.price.create({ ...base, id: priceId, productId, amount: 1, currency: 'USD' }).go();
        for (const id of children) {
          await db.product
            .create({
              ...base,
              id,
              name: 'Child',
              parentId: productId,
              ...productKeys({ parentId: productId }),
            })
            .go();
        }
        return { productId, priceId };
      }),
    );
  };

  it('create, PATCH every field, publish, PATCH, archive, restore, duplicate, bulk routes: all 2xx', async () => {
    const items = await seedWorstCatalog(org());
    const call = async (method: string, path: string, body?: unknown) => {
      const c: FuzzCase = {
        kind: 'regression:worst-plan',
        method,
        path: `/orgs/${org()}${path}`,
        headers: {
          authorization: admin(),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      };
      const res = await send(api.url, c);
      checkAnswer(routes, c, res);
      expect(res.status, `${method} ${path}: ${res.text.slice(0, 300)}`).toBeLessThan(300);
      return JSON.parse(res.text || 'null') as { id: string };
    };
    const refs = { packageId: null, groupId: null, companyId: null };
    const plan = await call('POST', '/plans', {
      ...worstFields(11, 'control', { items, ...refs }),
      slug: worstSlug('fz-worst'),
    });
    await call('PATCH', `/plans/${plan.id}`, {
      ...worstFields(12, 'control', { items: [...items].reverse(), ...refs }),
      slug: worstSlug('fz-patched'),
    });
    await call('POST', `/plans/${plan.id}/publish`);
    await call('PATCH', `/plans/${plan.id}`, { name: worstFields(13, 'control', { items, ...refs }).name });
    await call('POST', `/plans/${plan.id}/archive`);
    await call('POST', `/plans/${plan.id}/restore`);
    const copy = await call('POST', `/plans/${plan.id}/duplicate`);
    await call('POST', '/plans/bulk-move', { planIds: [plan.id, copy.id], groupId: null });
    await call('POST', '/plans/bulk-archive', { planIds: [plan.id] });
    await call('POST', '/plans/bulk-delete', { planIds: [copy.id] });
    for (const path of ['/plans?limit=100', '/audit-events?limit=100']) {
      const c: FuzzCase = {
        kind: 'regression:worst-plan',
        method: 'GET',
        path: `/orgs/${org()}${path}`,
        headers: { authorization: admin() },
      };
      const res = await send(api.url, c);
      checkAnswer(routes, c, res);
      expect(res.status).toBe(200);
      expect(Buffer.byteLength(JSON.stringify(res.text))).toBeLessThan(LAMBDA_RESPONSE_LIMIT);
    }
  }, 300_000);
});
