/** The table over DynamoDB: whole-table dumps and their diff (for property (c)), and emptying it. */
import { createRequire } from 'node:module';
import { short } from './case.ts';

// DynamoDB through the SDK's CommonJS build (as shared/local/dynamo.ts does: faster to load in tests).
const require = createRequire(import.meta.url);
const sdk = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');

let dynamo: InstanceType<typeof sdk.DynamoDBClient> | undefined;
const ddb = () => {
  dynamo ??= new sdk.DynamoDBClient({
    endpoint: process.env.DYNAMODB_ENDPOINT ?? '',
    region: process.env.AWS_REGION || 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return dynamo;
};

type Item = Record<string, import('@aws-sdk/client-dynamodb').AttributeValue>;

const scanAll = async (): Promise<Item[]> => {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await ddb().send(
      new sdk.ScanCommand({
        TableName: process.env.TABLE_NAME ?? '',
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

/** Stable text of a value with object keys sorted. */
const stable = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
};

const keyOf = (item: Item) => `${item.pk?.S ?? ''}\u0000${item.sk?.S ?? ''}`;

/** The whole table as one comparable value: one line per item, sorted by pk then sk. */
export interface TableDump {
  lines: Map<string, string>;
}

export const dumpTable = async (): Promise<TableDump> => {
  const items = await scanAll();
  items.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return { lines: new Map(items.map((item) => [keyOf(item), stable(item)])) };
};

/** Empty when equal; else what was added, removed and changed (keys and a short diff). */
export const diffDumps = (before: TableDump, after: TableDump): string => {
  const out: string[] = [];
  for (const [k, v] of after.lines) {
    const was = before.lines.get(k);
    if (was === undefined) out.push(`+ ${k.replace('\u0000', ' | ')}: ${short(v, 300)}`);
    else if (was !== v) out.push(`~ ${k.replace('\u0000', ' | ')}: ${short(was, 200)} → ${short(v, 300)}`);
  }
  for (const k of before.lines.keys()) if (!after.lines.has(k)) out.push(`- ${k.replace('\u0000', ' | ')}`);
  return out.join('\n');
};

/** Deletes every item of the file's own table (never the shared one). */
export const clearTable = async (): Promise<void> => {
  const table = process.env.TABLE_NAME ?? '';
  if (!/-fuzz-/.test(table)) throw new Error(`refusing to clear ${table}: not a fuzz table`);
  const items = await scanAll();
  for (let i = 0; i < items.length; i += 25) {
    const batch = items.slice(i, i + 25).map((item) => ({
      DeleteRequest: { Key: { pk: item.pk ?? { S: '' }, sk: item.sk ?? { S: '' } } },
    }));
    let pending: Record<string, import('@aws-sdk/client-dynamodb').WriteRequest[]> | undefined = {
      [table]: batch,
    };
    while (pending && Object.keys(pending).length > 0) {
      const res: import('@aws-sdk/client-dynamodb').BatchWriteItemCommandOutput = await ddb().send(
        new sdk.BatchWriteItemCommand({ RequestItems: pending }),
      );
      pending = res.UnprocessedItems;
    }
  }
};
