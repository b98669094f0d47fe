/**
 * Records the DynamoDB requests the handlers send (as marshalled on the wire) and replays them,
 * byte for byte but for the table name and the transaction token, on a mirror table with the bare
 * low-level client. That is the warm baseline: exactly the same DynamoDB requests, with none of
 * our code around them (not even the document client's marshalling, so it is a strict baseline).
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const sdk = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');

export interface RecordedRequest {
  command: string;
  input: Record<string, unknown>;
}

type Middlewareable = {
  middlewareStack: {
    add: (
      middleware: (
        next: (args: { input: unknown }) => Promise<unknown>,
        context: { commandName?: string },
      ) => (args: { input: unknown }) => Promise<unknown>,
      options: { step: 'build'; name: string },
    ) => void;
  };
};

/** Records every request `client` sends from now on, after marshalling (the `build` step). */
export const recordRequests = (client: Middlewareable) => {
  let recorded: RecordedRequest[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      // The input as sent (no copy: that would add to the handler's own timing); nothing changes it afterwards.
      recorded.push({ command, input: args.input as Record<string, unknown> });
      return next(args);
    },
    { step: 'build', name: `benchRecorder-${randomUUID()}` },
  );
  return {
    /** The requests since the last take. */
    take: (): RecordedRequest[] => {
      const taken = recorded;
      recorded = [];
      return taken;
    },
  };
};

const retable = (input: Record<string, unknown>, table: string): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...input };
  if ('TableName' in copy) copy.TableName = table;
  if (copy.RequestItems && typeof copy.RequestItems === 'object') {
    copy.RequestItems = Object.fromEntries(Object.values(copy.RequestItems).map((value) => [table, value]));
  }
  if (Array.isArray(copy.TransactItems)) {
    copy.TransactItems = (copy.TransactItems as Record<string, Record<string, unknown>>[]).map((item) =>
      Object.fromEntries(Object.entries(item).map(([kind, body]) => [kind, { ...body, TableName: table }])),
    );
  }
  // A token names one request; reusing it with other parameters is refused.
  if ('ClientRequestToken' in copy) copy.ClientRequestToken = randomUUID();
  return copy;
};

const COMMANDS: Record<string, new (input: never) => unknown> = {
  GetItem: sdk.GetItemCommand,
  Query: sdk.QueryCommand,
  BatchGetItem: sdk.BatchGetItemCommand,
  TransactWriteItems: sdk.TransactWriteItemsCommand,
  PutItem: sdk.PutItemCommand,
  UpdateItem: sdk.UpdateItemCommand,
  DeleteItem: sdk.DeleteItemCommand,
  Scan: sdk.ScanCommand,
  BatchWriteItem: sdk.BatchWriteItemCommand,
};

/** A bare low-level client that replays recorded requests on `table`. */
export const replayer = (endpoint: string, table: string) => {
  const client = new sdk.DynamoDBClient({
    endpoint,
    region: process.env.AWS_REGION || 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 4,
  });
  return {
    /** Sends the requests in order, as the handler did. A failed condition is an answer, as for the handler. */
    replay: async (requests: readonly RecordedRequest[]): Promise<void> => {
      for (const request of requests) {
        const Command = COMMANDS[request.command];
        if (!Command) throw new Error(`replay: no command ${request.command}`);
        try {
          await client.send(new Command(retable(request.input, table) as never) as never);
        } catch (error) {
          const name = (error as { name?: string }).name;
          if (name !== 'TransactionCanceledException' && name !== 'ConditionalCheckFailedException')
            throw error;
        }
      }
    },
    destroy: () => client.destroy(),
  };
};
