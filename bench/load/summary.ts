/** The load's figures from the Recorder (throughput, latency by route group and route, statuses), and its JSON file. */

import type { Recorder } from './recorder.ts';
import { percentile, round } from './util.ts';

export interface LatencyRow {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

const latency = (ms: number[]): LatencyRow => {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
  };
};

export const summarize = (rec: Recorder, seconds: number) => {
  const byGroup = new Map<string, number[]>();
  const byRoute = new Map<string, number[]>();
  const statuses: Record<string, number> = {};
  const codes: Record<string, number> = {};
  for (const x of rec.samples) {
    for (const [map, k] of [
      [byGroup, x.group],
      [byRoute, x.route],
    ] as const) {
      const list = map.get(k) ?? [];
      list.push(x.ms);
      map.set(k, list);
    }
    statuses[String(x.status)] = (statuses[String(x.status)] ?? 0) + 1;
    if (x.code) codes[`${x.status} ${x.code}`] = (codes[`${x.status} ${x.code}`] ?? 0) + 1;
  }
  const sortedEntries = <T>(map: Map<string, T>) =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return {
    requests: rec.samples.length,
    seconds: round(seconds),
    requestsPerSecond: round(rec.samples.length / Math.max(seconds, 0.001)),
    latencyMs: latency(rec.samples.map((x) => x.ms)),
    byGroup: sortedEntries(new Map([...byGroup].map(([k, v]) => [k, latency(v)]))),
    byRoute: sortedEntries(new Map([...byRoute].map(([k, v]) => [k, latency(v)]))),
    statuses,
    errorCodes: Object.fromEntries(Object.entries(codes).sort(([, a], [, b]) => b - a)),
    expiry: {
      passes: rec.expiry.passes,
      expired: rec.expiry.expired,
      skipped: rec.expiry.skipped,
      latencyMs: latency(rec.expiry.ms),
    },
  };
};

/**
 * JSON as the repository's formatter (Biome, line width 110) writes it, so the summary file passes
 * `biome check`: objects one member per line; arrays of plain values on one line when it fits.
 */
export const formatJson = (value: unknown, width = 110): string => {
  const render = (v: unknown, indent: string, lead: number, trail: number): string => {
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const plain = v.every((x) => x === null || typeof x !== 'object');
      if (plain) {
        const inline = `[${v.map((x) => JSON.stringify(x) ?? 'null').join(', ')}]`;
        if (lead + inline.length + trail <= width) return inline;
      }
      const inner = `${indent}  `;
      const lines = v.map((x, i) => `${inner}${render(x, inner, inner.length, i < v.length - 1 ? 1 : 0)}`);
      return `[\n${lines.join(',\n')}\n${indent}]`;
    }
    if (v && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return '{}';
      const inner = `${indent}  `;
      const lines = entries.map(([k, x], i) => {
        const head = `${inner}${JSON.stringify(k)}: `;
        return `${head}${render(x, inner, head.length, i < entries.length - 1 ? 1 : 0)}`;
      });
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v) ?? 'null';
  };
  return `${render(value, '', 0, 0)}\n`;
};
