import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Document, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors.ts';
import { STATUS } from '../../shared/http/problem.ts';
import { buildOpenApi } from '../../shared/openapi.ts';
import { ROUTES } from '../../shared/routes.ts';

// biome-ignore lint/suspicious/noExplicitAny: walking a generated JSON document, shape checked by the assertions
type Json = Record<string, any>;
let doc: Json;
const op = (method: string, path: string): Json => doc.paths[path][method.toLowerCase()];
const headersOf = (response: Json): string[] => Object.keys(response.headers ?? {});
const codesOf = (response: Json): string[] =>
  response.content['application/problem+json'].schema.allOf[1].properties.code.enum;
const paramRefs = (operation: Json): string[] =>
  (operation.parameters ?? []).map((p: Json) => p.$ref).filter(Boolean);

const lint = async (document: Json) =>
  lintFromString({
    source: JSON.stringify(document),
    absoluteRef: 'openapi.json',
    config: await createConfig({ extends: ['recommended'] }),
  });

/** Spectral with its `spectral:oas` ruleset (what `spectral lint` uses for `extends: spectral:oas`). */
const spectralLint = async (document: Json): Promise<string[]> => {
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [oas] } as unknown as Parameters<Spectral['setRuleset']>[0]);
  const results = await spectral.run(new Document(JSON.stringify(document, null, 2), Parsers.Json));
  return results.map(
    (r) =>
      `${['error', 'warning', 'info', 'hint'][r.severity]} ${r.code}: ${r.message} at ${r.path.join('.')}`,
  );
};

beforeAll(async () => {
  doc = await buildOpenApi();
});

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and documents every route of the table, with its request and responses', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const operation = op(route.method, route.path);
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation.security).toEqual(route.auth ? [{ bearer: [] }] : []);
      expect(operation.description, route.handler).toMatch(/\S/);
      expect(doc.tags.map((t: Json) => t.name)).toContain(route.tag);
    }
    expect(op('GET', '/health').security).toEqual([]);
    expect(op('GET', '/orgs/{orgId}/catalog/plans').security).toEqual([]);
    expect(doc.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    expect(doc.info.contact.name).toBeTruthy();
    for (const tag of doc.tags) expect(tag.description, tag.name).toMatch(/\S/);
  });

  it('takes request bodies and components from the zod schemas', () => {
    const schema = JSON.stringify(op('POST', '/orgs/{orgId}/packages').requestBody);
    expect(schema).toContain('tier');
    expect(schema).toContain('additionalProperties');
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Package', 'Offer', 'Problem', 'ErrorCode']),
    );
  });

  it('declares the headers each answer carries', () => {
    const create = op('POST', '/orgs/{orgId}/plans').responses;
    expect(headersOf(create[201])).toEqual(
      expect.arrayContaining(['ETag', 'Location', 'Idempotent-Replayed', 'Dry-Run', 'Cache-Control']),
    );
    expect(create[201].headers['Cache-Control'].$ref).toBe('#/components/headers/Cache-Control-No-Store');
    expect(headersOf(create[409])).toContain('Retry-After');
    expect(headersOf(create[503])).toContain('Retry-After');
    expect(headersOf(create[400])).not.toContain('Retry-After');
    // A bind that extended answers 200, without a Location.
    const bind = op('POST', '/orgs/{orgId}/subscriptions').responses;
    expect(headersOf(bind[200])).toContain('ETag');
    expect(headersOf(bind[200])).not.toContain('Location');
    expect(headersOf(op('GET', '/orgs/{orgId}/plans').responses[200])).not.toContain('ETag');
    expect(headersOf(op('GET', '/orgs/{orgId}/plans/{planId}').responses[200])).not.toContain('Dry-Run');
    const catalog = op('GET', '/orgs/{orgId}/catalog/plans/{slug}').responses;
    for (const status of [200, 404]) {
      expect(catalog[status].headers['Cache-Control'].$ref).toBe('#/components/headers/Cache-Control-Public');
    }
    expect(headersOf(op('DELETE', '/orgs/{orgId}/plans/{planId}').responses[204])).toContain('Dry-Run');
    for (const route of ROUTES) {
      for (const response of Object.values(op(route.method, route.path).responses) as Json[]) {
        expect(headersOf(response)).toContain('X-Content-Type-Options');
      }
    }
  });

  it('declares If-Match where honoured, Idempotency-Key on every POST and dryRun on every write', () => {
    for (const route of ROUTES) {
      const refs = paramRefs(op(route.method, route.path));
      const key = `${route.method} ${route.path}`;
      expect(refs.includes('#/components/parameters/IfMatch'), key).toBe(route.ifMatch);
      expect(refs.includes('#/components/parameters/IdempotencyKey'), key).toBe(route.method === 'POST');
      expect(refs.includes('#/components/parameters/DryRun'), key).toBe(route.access === 'write');
    }
    for (const verb of ['publish', 'archive', 'restore']) {
      expect(paramRefs(op('POST', `/orgs/{orgId}/plans/{planId}/${verb}`))).toContain(
        '#/components/parameters/IfMatch',
      );
    }
    expect(paramRefs(op('POST', '/orgs/{orgId}/subscriptions/{subscriptionId}/cancel'))).toContain(
      '#/components/parameters/IfMatch',
    );
  });

  it('lists the error codes of each operation as an enum, one response per status', () => {
    expect(doc.components.schemas.ErrorCode.enum).toEqual([...ERROR_CODES]);
    for (const route of ROUTES) {
      const responses = op(route.method, route.path).responses as Record<string, Json>;
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400) continue;
        const codes = codesOf(response);
        expect(codes.length).toBeGreaterThan(0);
        for (const code of codes) expect(STATUS[code as keyof typeof STATUS], code).toBe(Number(status));
      }
      for (const code of route.errors) {
        expect(codesOf(responses[STATUS[code]] as Json), `${route.handler} ${code}`).toContain(code);
      }
    }
    const redeem = op('POST', '/orgs/{orgId}/redemptions').responses;
    expect(codesOf(redeem[409])).toEqual(
      expect.arrayContaining(['offer_exhausted', 'already_redeemed', 'idempotency_in_progress']),
    );
    expect(codesOf(redeem[422])).toEqual(['reference_not_found', 'idempotency_key_reused']);
    expect(codesOf(redeem[400])).toEqual(['invalid_json', 'validation_failed']);
    const list = op('GET', '/orgs/{orgId}/plans').responses;
    expect(codesOf(list[400])).toEqual(['validation_failed', 'invalid_cursor']);
    expect(list[409]).toBeUndefined();
    expect(list[412]).toBeUndefined();
    expect(codesOf(op('PATCH', '/orgs/{orgId}/plans/{planId}').responses[412])).toEqual(['version_mismatch']);
    const health = op('GET', '/health').responses;
    expect(Object.keys(health)).toEqual(['200', '400']);
  });

  it("types a bulk answer's skipped codes as the API's error codes", () => {
    for (const name of ['BulkResult', 'BulkBindResult']) {
      const skipped = doc.components.schemas[name].properties.skipped.items.properties.code;
      expect(skipped.enum, name).toEqual([...ERROR_CODES]);
    }
  });

  it('states the rules JSON Schema can express', () => {
    const plan = op('POST', '/orgs/{orgId}/plans').requestBody.content['application/json'].schema;
    expect(plan.properties.features.uniqueItems).toBe(true);
    expect(plan.properties.availableCycles.uniqueItems).toBe(true);
    expect(plan.properties.limits).toMatchObject({
      maxProperties: 50,
      propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' },
    });
    const bulk = op('POST', '/orgs/{orgId}/plans/bulk-archive').requestBody.content['application/json']
      .schema;
    expect(bulk.properties.planIds.uniqueItems).toBe(true);
    const bulkBind = op('POST', '/orgs/{orgId}/subscriptions/bulk-bind').requestBody.content[
      'application/json'
    ].schema;
    expect(bulkBind.properties.users.uniqueItems).toBe(true);
    for (const path of ['/orgs/{orgId}/subscriptions', '/orgs/{orgId}/redemptions']) {
      expect(op('POST', path).requestBody.content['application/json'].schema.oneOf).toEqual([
        { required: ['user'] },
        { required: ['subscriberId'] },
      ]);
    }
    // PATCH /prices/{id}: the immutable fields accept no value at all, instead of `unknown`.
    const price = op('PATCH', '/orgs/{orgId}/prices/{priceId}').requestBody.content['application/json']
      .schema;
    for (const field of ['amount', 'currency', 'cycle']) expect(price.properties[field].not).toEqual({});
    expect(price.properties.nickname.type).toEqual(['string', 'null']);
  });

  it('gives every operation an example', () => {
    for (const route of ROUTES) {
      const media = Object.values(op(route.method, route.path).responses as Record<string, Json>).flatMap(
        (response) => Object.values(response.content ?? {}) as Json[],
      );
      expect(
        media.some((m) => m.example !== undefined),
        route.handler,
      ).toBe(true);
    }
    const example = op('GET', '/orgs/{orgId}/plans/{planId}').responses[200].content['application/json']
      .example;
    expect(example.id).toMatch(/^plan_/);
    expect(example.slug).toBe('pro-monthly');
  });

  it("passes Redocly's recommended ruleset with no error and no warning", async () => {
    const problems = await lint(doc);
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
    ).toEqual([]);
  }, 30_000);

  it('lint catches an example that contradicts its schema (so the check above is real)', async () => {
    const broken = structuredClone(doc);
    broken.paths['/orgs/{orgId}/plans/{planId}'].get.responses[200].content['application/json'].example.slug =
      'Not A Slug';
    const problems = await lint(broken);
    expect(problems.map((p) => p.ruleId)).toContain('no-invalid-media-type-examples');
  }, 30_000);

  it("passes Spectral's spectral:oas ruleset with no error, warning, info or hint", async () => {
    expect(await spectralLint(doc)).toEqual([]);
  }, 30_000);

  it('Spectral catches a contradicting example and a missing description (so the check above is real)', async () => {
    const broken = structuredClone(doc);
    const get = broken.paths['/orgs/{orgId}/plans/{planId}'].get;
    get.responses[200].content['application/json'].example.slug = 42;
    delete get.description;
    const problems = await spectralLint(broken);
    expect(problems.some((p) => p.includes('oas3-valid-media-example'))).toBe(true);
    expect(problems.some((p) => p.includes('operation-description'))).toBe(true);
  }, 30_000);
});
