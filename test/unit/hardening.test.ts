/**
 * The pure parts of issue 16's fixes: the one Content-Type rule, the standard headers, which routes
 * honour `If-Match`, and reading group names that contain commas.
 */
import { describe, expect, it } from 'vitest';
import { parseGroups } from '../../shared/claims.ts';
import { jsonContentTypeProblem, unsafeValues } from '../../shared/http/body.ts';
import { json, withStandardHeaders } from '../../shared/http/response.ts';
import { ROUTES, routeKey } from '../../shared/routes.ts';

describe('jsonContentTypeProblem', () => {
  it.each([
    'application/json',
    'APPLICATION/JSON',
    'application/json;',
    'application/json ; charset=utf-8',
    'application/json;charset="UTF-8"',
    'application/json; charset=utf-8; q=1',
    'application/vnd.api+json',
    '\tapplication/json\t',
  ])('accepts %j', (value) => {
    expect(jsonContentTypeProblem(value)).toBeNull();
  });

  it.each([
    [undefined, /application\/json/],
    ['', /application\/json/],
    ['text/plain', /application\/json/],
    ['application/json+x', /application\/json/],
    ['application/json; charset=latin1', /UTF-8/],
    ['application/json; charset=', /UTF-8/],
    ['application/json; nonsense', /name=value/],
  ])('refuses %j', (value, why) => {
    expect(jsonContentTypeProblem(value)).toMatch(why);
  });
});

describe('withStandardHeaders', () => {
  it('adds nosniff everywhere and no-store on authenticated routes', () => {
    expect(withStandardHeaders(json(200, {}), true).headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    const open = withStandardHeaders(json(200, {}), false).headers;
    expect(open['x-content-type-options']).toBe('nosniff');
    expect(open).not.toHaveProperty('cache-control');
  });

  it('keeps a Cache-Control the handler set, in any letter case', () => {
    const pub = withStandardHeaders(json(200, {}, { 'cache-control': 'public, max-age=60' }), true).headers;
    expect(pub['cache-control']).toBe('public, max-age=60');
    const upper = withStandardHeaders(json(200, {}, { 'Cache-Control': 'public, max-age=60' }), true).headers;
    expect(upper).not.toHaveProperty('cache-control');
    expect(upper['Cache-Control']).toBe('public, max-age=60');
  });
});

describe('unsafeValues', () => {
  it('names every __proto__ key, at any depth, and ill-formed strings', () => {
    const body = JSON.parse('{"a":{"__proto__":1},"b":[{"__proto__":{}}],"c":"\\ud800","constructor":1}');
    expect(unsafeValues(body).map((e) => e.path)).toEqual(['a.__proto__', 'b.0.__proto__', 'c']);
  });
});

describe('If-Match applies exactly to PATCH, DELETE and lifecycle POSTs', () => {
  it('the POSTs that honour it are the lifecycle steps; creates, bulk routes, duplicate and bind do not', () => {
    const posts = ROUTES.filter((r) => r.method === 'POST');
    expect(
      posts
        .filter((r) => r.ifMatch)
        .map(routeKey)
        .sort(),
    ).toEqual(
      [
        'POST /orgs/{orgId}/plans/{planId}/archive',
        'POST /orgs/{orgId}/plans/{planId}/publish',
        'POST /orgs/{orgId}/plans/{planId}/restore',
        'POST /orgs/{orgId}/plans/{planId}/unpublish',
        'POST /orgs/{orgId}/subscriptions/{subscriptionId}/cancel',
        ...ROUTES.filter((r) => /\/(extend)$/.test(r.path)).map(routeKey),
      ].sort(),
    );
    for (const route of ROUTES) {
      if (route.method === 'PATCH' || route.method === 'DELETE')
        expect(route.ifMatch, routeKey(route)).toBe(true);
      if (route.method === 'GET') expect(route.ifMatch, routeKey(route)).toBe(false);
    }
  });
});

describe('parseGroups never splits a group name at a comma', () => {
  it.each([
    [['admin,x'], ['admin,x']],
    ['admin,x', ['admin,x']],
    ['[admin,x]', ['admin,x']],
    ['[ad,min viewer]', ['ad,min', 'viewer']],
    ['["admin,x","viewer"]', ['admin,x', 'viewer']],
    ['[admin viewer]', ['admin', 'viewer']],
    ['admin viewer', ['admin', 'viewer']],
  ])('%j → %j', (claim, groups) => {
    expect(parseGroups(claim)).toEqual(groups);
  });
});
