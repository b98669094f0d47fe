import { afterEach, describe, expect, it, vi } from 'vitest';
import { handler as health } from '../../functions/health.ts';
import { newId } from '../../shared/ids.ts';
import { gatewayEvent, lambdaContext } from '../../shared/local/event.ts';
import { loadHandler } from '../../shared/local/handlers.ts';
import { logger } from '../../shared/log.ts';
import { findRoute } from '../../shared/routes.ts';

const route = (key: string) => {
  const found = findRoute(key);
  if (!found) throw new Error(`no route ${key}`);
  return found;
};

const getPackage = await loadHandler('GET /orgs/{orgId}/packages/{packageId}');

const admin = { sub: 'admin-1', 'cognito:groups': '[admin]', 'custom:orgs': 'demo' };

describe('the request log (Powertools Logger)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes one line per request with route, org, request id, status and latency', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    const event = gatewayEvent({ route: route('GET /health'), rawPath: '/health', requestId: 'req-1' });
    const response = await health(event, lambdaContext('req-1', 'health'));
    expect(response.statusCode).toBe(200);
    expect(info).toHaveBeenCalledTimes(1);
    const [message, line] = info.mock.calls[0] as [string, Record<string, unknown>];
    expect(message).toBe('request');
    expect(line).toMatchObject({ route: 'GET /health', requestId: 'req-1', status: 200 });
    expect(line.code).toBeUndefined();
    expect(typeof line.latencyMs).toBe('number');
  });

  it("names a refusal's error code and the org", async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    const event = gatewayEvent({
      route: route('GET /orgs/{orgId}/packages/{packageId}'),
      rawPath: '/orgs/demo/packages/not-an-id',
      pathParameters: { orgId: 'demo', packageId: 'not-an-id' },
      claims: admin,
      requestId: 'req-2',
    });
    const response = await getPackage(event, lambdaContext('req-2', 'packages-get'));
    expect(response.statusCode).toBe(404);
    expect(info.mock.calls[0]?.[1]).toMatchObject({
      route: 'GET /orgs/{orgId}/packages/{packageId}',
      orgId: 'demo',
      requestId: 'req-2',
      status: 404,
      code: 'not_found',
    });
  });

  it('logs a server error as an error, with its cause logged once and never answered', async () => {
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const id = newId('pkg');
    const event = gatewayEvent({
      route: route('GET /orgs/{orgId}/packages/{packageId}'),
      rawPath: `/orgs/demo/packages/${id}`,
      pathParameters: { orgId: 'demo', packageId: id },
      claims: admin,
      requestId: 'req-3',
    });
    const { documentClient } = await import('../../shared/db/client.ts');
    vi.spyOn(documentClient, 'send').mockImplementation(() => {
      throw new TypeError('secret internals');
    });
    const response = await getPackage(event, lambdaContext('req-3', 'packages-get'));
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret');
    expect(error.mock.calls.map((call) => call[0])).toEqual(['Unhandled error', 'request']);
    expect(error.mock.calls[1]?.[1]).toMatchObject({
      status: 500,
      code: 'internal_error',
      requestId: 'req-3',
    });
  });
});
