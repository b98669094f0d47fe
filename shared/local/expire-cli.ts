/**
 * `npm run expire -- [--at ISO]`: one pass of the scheduled expirer against the DynamoDB that
 * `npm start` uses (same environment variables: DYNAMODB_ENDPOINT, or the embedded DynamoDB Local
 * on DYNAMODB_PORT; TABLE_NAME), as if the time were `--at`. Prints one JSON line.
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { at: { type: 'string' } } });
const at = values.at ? new Date(values.at) : new Date();
if (Number.isNaN(at.getTime())) {
  console.error('--at must be an ISO-8601 date-time, e.g. 2030-01-31T00:00:00Z');
  process.exit(2);
}
process.env.DYNAMODB_ENDPOINT ||= `http://127.0.0.1:${process.env.DYNAMODB_PORT || 8000}`;
process.env.TABLE_NAME ||= 'subscription-admin';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { runExpiry } = await import('../subscriptions/expiry.ts');
try {
  console.log(JSON.stringify(await runExpiry({ now: at })));
} catch (error) {
  console.error(
    `Could not run the expirer against ${process.env.DYNAMODB_ENDPOINT} (table ${process.env.TABLE_NAME}): ${String(error)}\n` +
      'Is `npm start` running? Otherwise set DYNAMODB_ENDPOINT and TABLE_NAME.',
  );
  process.exit(1);
}
