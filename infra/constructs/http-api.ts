import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, type CorsPreflightOptions } from 'aws-cdk-lib/aws-apigatewayv2';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** Steady-state requests per second across the API (the stage's default route throttling). */
export const THROTTLE_RATE_LIMIT = 100;
/** Requests the API absorbs in a burst above the steady rate. */
export const THROTTLE_BURST_LIMIT = 200;
/** How long API access logs are kept. */
export const ACCESS_LOG_RETENTION = RetentionDays.ONE_MONTH;

/** One JSON object per request; the fields API Gateway HTTP APIs can log that matter when debugging. */
export const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    ip: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    requestTime: '$context.requestTime',
    httpMethod: '$context.httpMethod',
    path: '$context.path',
    routeKey: '$context.routeKey',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationStatus: '$context.integrationStatus',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    sub: '$context.authorizer.claims.sub',
    errorMessage: '$context.error.message',
  }),
);

/** Request headers a browser may send cross-origin: the JWT, JSON bodies, optimistic locking, idempotency. */
export const CORS_ALLOW_HEADERS = ['authorization', 'content-type', 'if-match', 'idempotency-key'] as const;
/** Response headers a browser may read cross-origin (others than the CORS-safelisted ones). */
export const CORS_EXPOSE_HEADERS = ['etag', 'location', 'retry-after', 'idempotent-replayed'] as const;

export function corsFor(allowedOrigins: readonly string[]): CorsPreflightOptions | undefined {
  if (allowedOrigins.length === 0) return undefined;
  return {
    allowOrigins: [...allowedOrigins],
    allowMethods: [
      CorsHttpMethod.GET,
      CorsHttpMethod.POST,
      CorsHttpMethod.PATCH,
      CorsHttpMethod.DELETE,
      CorsHttpMethod.OPTIONS,
    ],
    // Exactly the request headers the API reads, and the response headers a browser client needs to see.
    allowHeaders: [...CORS_ALLOW_HEADERS],
    exposeHeaders: [...CORS_EXPOSE_HEADERS],
    // Tokens travel in the Authorization header, never in cookies: no credentialed CORS.
    allowCredentials: false,
    maxAge: Duration.hours(1),
  };
}
