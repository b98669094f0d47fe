import { dynamodb } from '../../shared/db/client.ts';

/**
 * Counts the DynamoDB requests the shared client sends, by command, through an SDK middleware:
 * `const counter = countRequests(); …; counter.take()` returns the counts since the last take.
 * Each call adds one more middleware: create a counter once and `take()` between measurements.
 * Importing this module loads the shared client, so import it (dynamically) only after the
 * environment names the table and endpoint.
 */
export const countRequests = () => {
  let counts: Record<string, number> = {};
  dynamodb.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      counts[name] = (counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: `requestCounter-${Math.random()}` },
  );
  return {
    /** The counts so far, without resetting them. */
    peek: (): Readonly<Record<string, number>> => ({ ...counts }),
    take: () => {
      const taken = counts;
      counts = {};
      return taken;
    },
  };
};
