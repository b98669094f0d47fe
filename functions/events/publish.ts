import type { PublishDeps, PutEventsEntry, PutEventsResult } from '../../shared/events/publish.ts';
import { publishHandler } from '../../shared/events/publish.ts';

/**
 * The EventBridge client comes from the Lambda runtime (Node.js 22 ships SDK v3; infra EXTERNAL_MODULES
 * leaves it out of the bundle), loaded on the first batch. The specifier is a variable because the
 * package is not a dependency of this repository: nothing else needs it, and the tests inject PutEvents.
 */
const EVENTBRIDGE_CLIENT = '@aws-sdk/client-eventbridge';

interface EventBridgeModule {
  EventBridgeClient: new (config: object) => { send(command: unknown): Promise<PutEventsResult> };
  PutEventsCommand: new (input: { Entries: PutEventsEntry[] }) => unknown;
}

let deps: Promise<PublishDeps> | undefined;

const load = async (): Promise<PublishDeps> => {
  const eventBusName = process.env.EVENT_BUS_NAME;
  if (!eventBusName) throw new Error('Missing required environment variable EVENT_BUS_NAME');
  const { EventBridgeClient, PutEventsCommand } = (await import(EVENTBRIDGE_CLIENT)) as EventBridgeModule;
  const client = new EventBridgeClient({});
  return {
    eventBusName,
    putEvents: (entries) => client.send(new PutEventsCommand({ Entries: entries })),
  };
};

/**
 * Change events in AWS: the table's stream (audit inserts only, by the event source mapping's filter) to
 * the event bus, with partial batch failures (shared/events/publish.ts).
 */
export const handler = publishHandler(() => {
  deps ??= load().catch((error: unknown) => {
    deps = undefined;
    throw error;
  });
  return deps;
});
