import { createHash, createHmac } from 'node:crypto';
import type { StreamRecord } from '../events/envelope.ts';

/**
 * A minimal DynamoDB Streams client for the local delivery (`@aws-sdk/client-dynamodb-streams` is not a
 * dependency): the same JSON protocol the SDK speaks (`X-Amz-Target: DynamoDBStreams_20120810.<Op>`,
 * AWS JSON 1.0), signed with Signature Version 4, against the endpoint DynamoDB Local serves both APIs on.
 */

export interface Shard {
  ShardId: string;
  ParentShardId?: string;
}

export class StreamsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(`${code}: ${message}`);
  }
}

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

export interface StreamsClientOptions {
  endpoint: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export const streamsClient = (options: StreamsClientOptions) => {
  const url = new URL(options.endpoint);
  const region = options.region ?? (process.env.AWS_REGION || 'us-east-1');
  const credentials = options.credentials ?? {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'local',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  };

  const call = async <T>(operation: string, input: object): Promise<T> => {
    const body = JSON.stringify(input);
    const amzDate = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
    const day = amzDate.slice(0, 8);
    const headers: Record<string, string> = {
      'content-type': 'application/x-amz-json-1.0',
      host: url.host,
      'x-amz-date': amzDate,
      'x-amz-target': `DynamoDBStreams_20120810.${operation}`,
    };
    const names = Object.keys(headers).sort();
    const canonical = [
      'POST',
      url.pathname || '/',
      '',
      ...names.map((name) => `${name}:${headers[name]}`),
      '',
      names.join(';'),
      sha256(body),
    ].join('\n');
    const scope = `${day}/${region}/dynamodb/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
    let key = hmac(`AWS4${credentials.secretAccessKey}`, day);
    for (const part of [region, 'dynamodb', 'aws4_request']) key = hmac(key, part);
    const signature = createHmac('sha256', key).update(toSign).digest('hex');
    const { host: _host, ...sent } = headers;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        ...sent,
        authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    const json = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    if (!response.ok) {
      const type = String(json.__type ?? 'UnknownError');
      throw new StreamsError(
        type.slice(type.lastIndexOf('#') + 1),
        String(json.Message ?? json.message ?? text),
        response.status,
      );
    }
    return json as T;
  };

  return {
    /** Every shard of the stream (all pages). */
    async shards(streamArn: string): Promise<Shard[]> {
      const shards: Shard[] = [];
      let start: string | undefined;
      do {
        const { StreamDescription: d } = await call<{
          StreamDescription: { Shards?: Shard[]; LastEvaluatedShardId?: string };
        }>('DescribeStream', { StreamArn: streamArn, ...(start ? { ExclusiveStartShardId: start } : {}) });
        shards.push(...(d.Shards ?? []));
        start = d.LastEvaluatedShardId;
      } while (start);
      return shards;
    },
    async iterator(
      streamArn: string,
      shardId: string,
      position:
        | { type: 'TRIM_HORIZON' | 'LATEST' }
        | { type: 'AFTER_SEQUENCE_NUMBER'; sequenceNumber: string },
    ): Promise<string | undefined> {
      const out = await call<{ ShardIterator?: string }>('GetShardIterator', {
        StreamArn: streamArn,
        ShardId: shardId,
        ShardIteratorType: position.type,
        ...('sequenceNumber' in position ? { SequenceNumber: position.sequenceNumber } : {}),
      });
      return out.ShardIterator;
    },
    /** One page of records; `next` is undefined once a closed shard has been read to its end. */
    async records(iterator: string): Promise<{ records: StreamRecord[]; next: string | undefined }> {
      const out = await call<{ Records?: StreamRecord[]; NextShardIterator?: string }>('GetRecords', {
        ShardIterator: iterator,
        Limit: 1000,
      });
      return { records: out.Records ?? [], next: out.NextShardIterator };
    },
  };
};

export type StreamsClient = ReturnType<typeof streamsClient>;
