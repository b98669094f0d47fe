/**
 * Starts one in-memory DynamoDB Local for the whole run on a free port and creates the table
 * (from the definition CDK deploys). Workers inherit the endpoint and table name through the
 * environment, set before any handler module loads. DynamoDB Local is killed by its PID at the end.
 */
import { ensureTable, freePort, startDynamoLocal } from '../../shared/local/dynamo.ts';

export default async function setup() {
  process.env.AWS_REGION ||= 'us-east-1';
  process.env.LOCAL_JWT_SECRET = 'test-secret';
  if (process.env.TEST_DYNAMODB_ENDPOINT) {
    process.env.DYNAMODB_ENDPOINT = process.env.TEST_DYNAMODB_ENDPOINT;
  } else {
    const dynamo = await startDynamoLocal({ port: await freePort() });
    process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
    const pid = dynamo.pid;
    const kill = () => {
      try {
        if (pid) process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    process.once('exit', kill);
    await createTable();
    return async () => kill();
  }
  await createTable();
  return undefined;
}

async function createTable() {
  process.env.TABLE_NAME = `test-${Date.now()}`;
  await ensureTable(process.env.DYNAMODB_ENDPOINT ?? '', process.env.TABLE_NAME);
}
