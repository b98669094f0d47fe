import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.ts';

const endpoint = config.dynamodbEndpoint;

/**
 * The DynamoDB client, created once per cold start. Locally it points at DynamoDB Local;
 * in AWS the endpoint, region and credentials come from the Lambda environment.
 */
export const dynamodb = new DynamoDBClient({
  region: config.region,
  maxAttempts: 4,
  // In AWS a call that hangs is cut off and retried (transactions carry a ClientRequestToken, so a
  // retry of one that did commit is answered, not re-run): 4 attempts × 2 s stay inside the 10 s
  // function timeout, so the API answers 503 instead of timing out mid-flight. Locally (loopback
  // DynamoDB Local on a loaded laptop) no cut-off.
  ...(endpoint ? {} : { requestHandler: { requestTimeout: 2_000, connectionTimeout: 1_000 } }),
  ...(endpoint
    ? {
        endpoint,
        credentials: {
          accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'local',
          secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
        },
      }
    : {}),
});

export const documentClient = DynamoDBDocumentClient.from(dynamodb, {
  marshallOptions: { removeUndefinedValues: true },
});

/**
 * Options for every ElectroDB `.go()`. `originalErr`: ElectroDB otherwise builds an Error (capturing a
 * stack trace) before every request, to wrap a failure in; we map failures ourselves from the SDK's
 * own errors (shared/errors.ts `isTransient`, the idempotency lock's condition check), so the wrapper
 * only cost time: about 35 µs of every request.
 */
export const GO = { originalErr: true } as const;
