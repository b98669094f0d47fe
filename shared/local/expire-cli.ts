/**
 * `npm run expire -- [--at ISO]`: one pass of the scheduled expirer against the DynamoDB that
 * `npm start` uses (same environment variables: DYNAMODB_ENDPOINT, or the embedded DynamoDB Local
 * on DYNAMODB_PORT; TABLE_NAME), as if the time were `--at`. Prints one JSON line.
 * Bad arguments: one line on stderr and exit code 2 (no stack trace).
 */
import { parseArgs } from 'node:util';
import { parseIsoInstant } from './instant.ts';

const USAGE = 'usage: npm run expire -- [--at <ISO-8601 instant, e.g. 2030-01-31T00:00:00Z>]';

const usageError = (message: string): never => {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
};

let at = new Date();
try {
  const { values } = parseArgs({
    options: { at: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.at !== undefined) {
    const parsed = parseIsoInstant(values.at);
    if (!parsed) {
      usageError(
        `--at must be an ISO-8601 instant with a time and a zone, e.g. 2030-01-31T00:00:00Z (got ${JSON.stringify(values.at)})`,
      );
    }
    at = parsed as Date;
  }
} catch (error) {
  // parseArgs: a missing value (`--at` alone), an unknown option, a stray argument.
  usageError(
    (error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
      ? '--at needs a value, e.g. --at 2030-01-31T00:00:00Z'
      : String((error as Error).message ?? error),
  );
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
