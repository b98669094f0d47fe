/**
 * The cold-start baseline: a handler that makes the given DynamoDB calls with the bare document
 * client and nothing else — no framework, no validation, no ElectroDB. Bundled with exactly the
 * settings of the real functions (bench/lib/bundle.ts), so the difference is what our code costs.
 *
 * BASELINE_CALLS lists the calls in order, e.g. `GetItem,BatchGetItem,TransactWriteItems`: the
 * same kinds and number of requests as the function it is compared with.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';

const endpoint = process.env.DYNAMODB_ENDPOINT;
const TableName = process.env.TABLE_NAME;
const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: process.env.AWS_REGION || 'us-east-1',
    maxAttempts: 4,
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  }),
);
const calls = (process.env.BASELINE_CALLS ?? '').split(',').filter(Boolean);

const key = () => ({ pk: 'baseline', sk: randomUUID() });

const send = async (call: string): Promise<unknown> => {
  switch (call) {
    case 'GetItem':
      return doc.send(new GetCommand({ TableName, Key: key() }));
    case 'Query':
      return doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': 'baseline' },
          Limit: 20,
        }),
      );
    case 'BatchGetItem':
      return doc.send(new BatchGetCommand({ RequestItems: { [TableName as string]: { Keys: [key()] } } }));
    case 'TransactWriteItems':
      return doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName,
                Item: { ...key(), name: 'baseline' },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    case 'PutItem':
      return doc.send(new PutCommand({ TableName, Item: { ...key(), name: 'baseline' } }));
    case 'UpdateItem':
      return doc.send(
        new UpdateCommand({
          TableName,
          Key: key(),
          UpdateExpression: 'SET #n = :n',
          ExpressionAttributeNames: { '#n': 'name' },
          ExpressionAttributeValues: { ':n': 'baseline' },
        }),
      );
    case 'DeleteItem':
      return doc.send(new DeleteCommand({ TableName, Key: key() }));
    default:
      throw new Error(`baseline: unknown call ${call}`);
  }
};

export const handler = async () => {
  for (const call of calls) await send(call);
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
};
