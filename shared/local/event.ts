import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { type Route, routeKey } from '../routes.ts';

/** One request as API Gateway has parsed it, before it becomes the Lambda event. */
export interface GatewayRequest {
  route: Route;
  /** The path as requested, e.g. `/orgs/demo/packages/pkg_…`. */
  rawPath: string;
  rawQueryString?: string;
  /** Lower-case header names. */
  headers?: Record<string, string>;
  query?: Record<string, string>;
  pathParameters?: Record<string, string>;
  body?: string;
  /** The body is base64 (bytes that are not UTF-8 text). */
  isBase64Encoded?: boolean;
  /** The JWT authorizer's claims, flattened as API Gateway passes them; none for public routes. */
  claims?: Record<string, string>;
  requestId: string;
  protocol?: string;
  sourceIp?: string;
}

/** The API Gateway HTTP API (payload format 2.0) event Lambda receives for `request`. */
export const gatewayEvent = (request: GatewayRequest): APIGatewayProxyEventV2 => {
  const headers = request.headers ?? {};
  const query = request.query ?? {};
  const pathParameters = request.pathParameters ?? {};
  const now = new Date();
  const key = routeKey(request.route);
  return {
    version: '2.0',
    routeKey: key,
    rawPath: request.rawPath,
    rawQueryString: request.rawQueryString ?? new URLSearchParams(query).toString(),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length ? { pathParameters } : {}),
    ...(request.body ? { body: request.body } : {}),
    isBase64Encoded: request.isBase64Encoded ?? false,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: request.route.method,
        path: request.rawPath,
        protocol: request.protocol ?? 'HTTP/1.1',
        sourceIp: request.sourceIp ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: request.requestId,
      routeKey: key,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(request.claims ? { authorizer: { jwt: { claims: request.claims, scopes: [] } } } : {}),
    },
  } as APIGatewayProxyEventV2;
};

/** The Lambda context a handler gets: 10 s to run, like every API function. */
export const lambdaContext = (requestId: string, functionName: string): Context => {
  const deadline = Date.now() + 10_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};
