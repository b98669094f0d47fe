import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentClient } from '../../shared/db/client.ts';
import { type FaultInjector, installFaults } from '../support/faults.ts';

// The injector's own proof: how many attempts the SDK makes under each fault, on a table of its own.
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('faults-injector'));

const table = () => process.env.TABLE_NAME ?? '';
const key = (id: string) => ({ pk: `injector#${id}`, sk: 'item' });
const get = (id: string) => documentClient.send(new GetCommand({ TableName: table(), Key: key(id) }));
const put = (id: string) =>
  documentClient.send(new PutCommand({ TableName: table(), Item: { ...key(id), n: 1 } }));
/** A transaction that creates the item only if it does not exist yet. */
const create = (id: string) =>
  documentClient.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: table(),
            Item: { ...key(id), n: 1 },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    }),
  );

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata?: { attempts?: number }; CancellationReasons?: { Code?: string }[] };
  }
  throw new Error('expected the request to fail');
};

let faults: FaultInjector;
beforeEach(() => {
  faults = installFaults({ retryDelayMs: 1 });
});
afterEach(() => faults.remove());

describe('the fault injector sits inside the SDK retry loop', () => {
  it('a throttle that persists is retried by the SDK on every attempt (maxAttempts 4), then surfaces', async () => {
    for (const fault of ['throttling', 'provisioned-throughput'] as const) {
      faults.arm({ fault, nth: 1, persist: 'request' });
      const error = await failure(get('a'));
      expect(error.name).toBe(
        fault === 'throttling' ? 'ThrottlingException' : 'ProvisionedThroughputExceededException',
      );
      expect(error.$metadata?.attempts).toBe(4);
      expect(faults.attempts.map((a) => [a.seq, a.attempt, a.fault])).toEqual([
        [1, 1, fault],
        [1, 2, fault],
        [1, 3, fault],
        [1, 4, fault],
      ]);
    }
  });

  it('timeouts and DynamoDB 500s are retried too; a throttle or timeout on one attempt only is absorbed', async () => {
    for (const fault of ['timeout', 'internal-error'] as const) {
      faults.arm({ fault, nth: 1, persist: 'request' });
      expect((await failure(get('b'))).$metadata?.attempts).toBe(4);
    }
    for (const fault of ['throttling', 'timeout', 'internal-error', 'lost-response'] as const) {
      faults.arm({ fault, nth: 1 });
      await get('b');
      expect(faults.attempts.map((a) => a.fault)).toEqual([fault, null]);
    }
  });

  it('an unknown error and a cancelled transaction are not retried by the SDK', async () => {
    faults.arm({ fault: 'unknown', nth: 1, persist: 'request' });
    expect((await failure(get('c'))).name).toBe('InjectedUnknownError');
    expect(faults.attempts).toHaveLength(1);
    faults.arm({ fault: 'transaction-conflict', nth: 1, persist: 'request' });
    const conflict = await failure(create('c'));
    expect(conflict.name).toBe('TransactionCanceledException');
    expect(conflict.CancellationReasons?.map((r) => r.Code)).toEqual(['TransactionConflict']);
    expect(faults.attempts).toHaveLength(1);
    expect((await get('c')).Item).toBeUndefined();
  });

  it('a lost response is retried with the same ClientRequestToken, so the transaction applies once', async () => {
    faults.arm({ fault: 'lost-response', nth: 1 });
    await create('d');
    expect(faults.attempts.map((a) => [a.command, a.attempt, a.fault])).toEqual([
      ['TransactWriteItems', 1, 'lost-response'],
      ['TransactWriteItems', 2, null],
    ]);
    expect((await get('d')).Item).toMatchObject({ n: 1 });
  });

  it('numbers requests by command and input, fails from the Nth on when asked, and comes off cleanly', async () => {
    faults.arm({
      fault: 'unknown',
      nth: 2,
      command: 'PutItem',
      match: (input) => JSON.stringify(input).includes('injector#e'),
    });
    await put('e1');
    await get('e1');
    await put('x');
    expect((await failure(put('e2'))).name).toBe('InjectedUnknownError');
    await put('e3');
    expect(faults.requests()).toEqual(['PutItem', 'GetItem', 'PutItem', 'PutItem', 'PutItem']);

    faults.arm({ fault: 'unknown', nth: 2, command: 'GetItem', persist: 'onwards' });
    await get('f');
    await put('f');
    await failure(get('f'));
    await failure(get('f'));
    expect(faults.injected.unknown).toBe(3);

    faults.remove();
    await get('f');
    faults = installFaults({ retryDelayMs: 1 });
  });
});
