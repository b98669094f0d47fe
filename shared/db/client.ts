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
