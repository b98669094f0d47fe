import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { parseGroups, parseOrgs } from '../../shared/claims.ts';
import { DomainError } from '../../shared/errors.ts';
import { authorize } from '../../shared/http/auth.ts';
import { flattenClaims, signToken, verifyToken } from '../../shared/local/jwt.ts';

const event = (claims: Record<string, unknown> | undefined, orgId = 'acme') =>
  ({
    pathParameters: { orgId },
    requestContext: claims ? { authorizer: { jwt: { claims } } } : {},
  }) as unknown as APIGatewayProxyEventV2;

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
};

describe('claims', () => {
  it('reads cognito:groups as an array, as API Gateway flattens it, and as a plain list', () => {
    expect(parseGroups(['admin', 'viewer'])).toEqual(['admin', 'viewer']);
    expect(parseGroups('[admin viewer]')).toEqual(['admin', 'viewer']);
    expect(parseGroups('["admin","viewer"]')).toEqual(['admin', 'viewer']);
    expect(parseGroups('admin')).toEqual(['admin']);
    expect(parseGroups(undefined)).toEqual([]);
    expect(parseGroups(42)).toEqual([]);
  });

  it('reads custom:orgs as a comma list', () => {
    expect(parseOrgs('a, b ,c')).toEqual(['a', 'b', 'c']);
    expect(parseOrgs('*')).toEqual(['*']);
    expect(parseOrgs(undefined)).toEqual([]);
  });
});

describe('authorize', () => {
  const admin = { sub: 'u1', email: 'a@x.io', 'cognito:groups': '[admin]', 'custom:orgs': 'acme' };

  it('admits an admin of the org, with the actor from sub and email', () => {
    const principal = authorize(event(admin), 'write');
    expect(principal).toEqual({ actor: { sub: 'u1', email: 'a@x.io' }, role: 'admin', orgId: 'acme' });
  });

  it('refuses without claims or sub (401), without a group or the org (403), viewers writing (403)', () => {
    expect(codeOf(() => authorize(event(undefined), 'read'))).toBe('unauthorized');
    expect(codeOf(() => authorize(event({ ...admin, sub: '' }), 'read'))).toBe('unauthorized');
    expect(codeOf(() => authorize(event({ ...admin, 'cognito:groups': '[staff]' }), 'read'))).toBe(
      'forbidden',
    );
    expect(codeOf(() => authorize(event({ ...admin, 'custom:orgs': 'other' }), 'read'))).toBe('forbidden');
    const viewer = { ...admin, 'cognito:groups': ['viewer'] };
    expect(codeOf(() => authorize(event(viewer), 'read'))).toBe('ok');
    expect(codeOf(() => authorize(event(viewer), 'write'))).toBe('forbidden');
  });

  it('answers 404 for an org id that cannot exist, even with access to every org', () => {
    expect(codeOf(() => authorize(event({ ...admin, 'custom:orgs': '*' }, 'Bad_Org'), 'read'))).toBe(
      'not_found',
    );
  });
});

describe('local tokens', () => {
  const secret = 's3cret';
  it('verifies its own tokens and returns the claims', () => {
    const claims = verifyToken(signToken({ sub: 'u', 'cognito:groups': ['admin'] }, { secret }), secret);
    expect(claims?.sub).toBe('u');
  });

  it('refuses a wrong signature, alg none, an expired token, a token without sub, and garbage', () => {
    const good = signToken({ sub: 'u' }, { secret });
    expect(verifyToken(good, 'other')).toBeNull();
    const [, payload] = good.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect(verifyToken(none, secret)).toBeNull();
    expect(verifyToken(signToken({ sub: 'u' }, { secret, expiresInSeconds: -10 }), secret)).toBeNull();
    expect(verifyToken(signToken({ sub: '' }, { secret }), secret)).toBeNull();
    expect(verifyToken('a.b.c', secret)).toBeNull();
    expect(verifyToken('', secret)).toBeNull();
  });

  it('flattens claims the way API Gateway does', () => {
    expect(flattenClaims({ g: ['admin', 'viewer'], n: 5, s: 'x' })).toEqual({
      g: '[admin viewer]',
      n: '5',
      s: 'x',
    });
  });
});
