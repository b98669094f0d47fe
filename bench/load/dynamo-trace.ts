/** DynamoDB errors other than failed conditions, as the in-process server and expirer met them. */
export interface DbErrors {
  /** Per attempt (the SDK retries some of these): `Command ErrorName` → count. */
  attempts: Record<string, number>;
  /** What a call finally threw after the SDK's retries. */
  calls: Record<string, number>;
  examples: string[];
}

type Middleware = (
  next: (args: { input: object }) => Promise<unknown>,
  context: { commandName?: string },
) => (args: { input: object }) => Promise<unknown>;

/**
 * Counts the errors of every DynamoDB call made through `client` (the handlers' own client, in
 * this process), per attempt and per call. Failed conditions and cancelled transactions are the
 * API's normal business and are not counted.
 */
export const traceDynamo = (
  client: { middlewareStack: { add(m: Middleware, options: object): void } },
  into: DbErrors,
) => {
  const normal = (e: { name?: string }) =>
    e.name === 'ConditionalCheckFailedException' || e.name === 'TransactionCanceledException';
  const watch =
    (tally: Record<string, number>, label: string): Middleware =>
    (next, context) =>
    async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const e = error as { name?: string; message?: string };
        if (!normal(e)) {
          const k = `${context.commandName ?? '?'} ${e.name ?? 'Error'}`;
          tally[k] = (tally[k] ?? 0) + 1;
          if (into.examples.length < 10) {
            into.examples.push(
              `${new Date().toISOString()} ${label} ${k}: ${String(e.message).slice(0, 200)}`,
            );
          }
        }
        throw error;
      }
    };
  client.middlewareStack.add(watch(into.calls, 'call'), { step: 'initialize', name: 'loadTraceCalls' });
  client.middlewareStack.add(watch(into.attempts, 'attempt'), {
    step: 'finalizeRequest',
    priority: 'low',
    name: 'loadTraceAttempts',
  });
};
