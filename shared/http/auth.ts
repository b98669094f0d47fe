import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { parseGroups, parseOrgs } from '../claims.ts';
import { ORG_ID_PATTERN } from '../common/schemas.ts';
import type { Actor } from '../context.ts';
import { DomainError } from '../errors.ts';

export type Role = 'admin' | 'viewer';

export interface Principal {
  actor: Actor;
  role: Role;
  orgId: string;
}

type Claims = Record<string, unknown>;

/** The verified claims: API Gateway's JWT authorizer (or the local server) put them here. */
export const claimsOf = (event: APIGatewayProxyEventV2): Claims | undefined => {
  const authorizer = (event.requestContext as { authorizer?: { jwt?: { claims?: Claims } } }).authorizer;
  return authorizer?.jwt?.claims;
};

/**
 * Who is calling and whether they may: 401 without a usable identity, 403 without a group or
 * without access to the org in the path, 403 for a viewer on a write route, 404 for an org id
 * that cannot exist.
 */
export const authorize = (event: APIGatewayProxyEventV2, access: 'read' | 'write'): Principal => {
  const claims = claimsOf(event);
  const sub = claims?.sub;
  if (!claims || typeof sub !== 'string' || sub === '') {
    throw new DomainError('unauthorized', 'A valid bearer token is required');
  }
  const groups = parseGroups(claims['cognito:groups']);
  const role: Role | undefined = groups.includes('admin')
    ? 'admin'
    : groups.includes('viewer')
      ? 'viewer'
      : undefined;
  if (!role) throw new DomainError('forbidden', 'The token has neither the admin nor the viewer group');
  const orgId = event.pathParameters?.orgId ?? '';
  const orgs = parseOrgs(claims['custom:orgs']);
  if (!orgs.includes('*') && !orgs.includes(orgId)) {
    throw new DomainError('forbidden', `The token does not grant access to organization '${orgId}'`);
  }
  if (!ORG_ID_PATTERN.test(orgId)) throw new DomainError('not_found', `Organization '${orgId}' not found`);
  if (access === 'write' && role !== 'admin')
    throw new DomainError('forbidden', 'Viewers cannot make changes');
  const email = claims.email;
  return { actor: { sub, email: typeof email === 'string' && email !== '' ? email : null }, role, orgId };
};
