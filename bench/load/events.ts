import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChangeEvent } from '../../shared/events/envelope.ts';
import { startEventDelivery } from '../../shared/local/webhook.ts';
import { percentile } from '../lib/stats.ts';

export interface EventLag {
  /** Distinct events received (by `detail.id`), and how many deliveries were repeats. */
  delivered: number;
  duplicates: number;
  /** Audit events in the table that never arrived. */
  missing: number;
  /** Commit (the audit event's `at`: the request's clock, just before its transaction) → receiver. */
  lagMs: { p50: number; p99: number; max: number };
}

/**
 * Change events during the load run, as `npm start` with EVENTS_WEBHOOK_URL delivers them: the delivery
 * (shared/local/webhook.ts) reads the table's stream in this process and POSTs to a receiver here, which
 * notes when each event arrived.
 */
export const startEventLagProbe = async (options: { endpoint: string; tableName: string }) => {
  const arrivals = new Map<string, number>();
  let duplicates = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const now = Date.now();
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChangeEvent;
      if (arrivals.has(event.detail.id)) duplicates++;
      else arrivals.set(event.detail.id, now - Date.parse(event.time));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const delivery = await startEventDelivery({
    endpoint: options.endpoint,
    tableName: options.tableName,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`,
    startAt: 'TRIM_HORIZON',
    log: (message) => console.error(`  events: ${message}`),
  });
  return {
    /**
     * Waits until every one of `expected` (the table's audit events) arrived, at most 60 s, then stops;
     * the lag of what arrived, and how many of `expected` never did.
     */
    async stop(expected: readonly string[]): Promise<EventLag> {
      const deadline = Date.now() + 60_000;
      const missing = () => expected.filter((id) => !arrivals.has(id)).length;
      while (missing() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await delivery.stop();
      server.closeAllConnections();
      server.close();
      const lags = [...arrivals.values()];
      const round = (v: number) => Math.round(v);
      return {
        delivered: arrivals.size,
        duplicates,
        missing: missing(),
        lagMs:
          lags.length === 0
            ? { p50: 0, p99: 0, max: 0 }
            : {
                p50: round(percentile(lags, 50)),
                p99: round(percentile(lags, 99)),
                max: round(Math.max(...lags)),
              },
      };
    },
  };
};
