/** Request cases: what one generated request sends, how a counterexample prints it, and sending it. */
import { Agent } from 'node:http';
import fc from 'fast-check';
import { type RawAnswer, sendRaw } from '../raw-http.ts';

/** What one generated request sends, and how it is printed in a counterexample. */
export interface FuzzCase {
  /** What was done to it, for the counterexample (e.g. `wrong-type:price.amount id:long:8000`). */
  kind: string;
  /** The categories of `kind` (`wrong-type`, `id`…), for the counts. */
  tags?: string[];
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export const short = (text: string, max = 240) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

export const printable = (c: FuzzCase): FuzzCase & { [fc.toStringMethod]: () => string } =>
  Object.assign(c, {
    [fc.toStringMethod]: () => {
      const body =
        c.body === undefined
          ? ''
          : typeof c.body === 'string'
            ? ` body=${JSON.stringify(short(c.body))}`
            : ` body=<${c.body.length} bytes: ${short(c.body.toString('hex'), 80)}>`;
      const headers = Object.entries(c.headers)
        .filter(([k]) => k !== 'authorization')
        .map(([k, v]) => `${k}: ${short(v, 60)}`)
        .join('; ');
      const auth = c.headers.authorization === undefined ? 'no auth' : 'auth';
      return `[${c.kind}] ${c.method} ${short(c.path)} {${auth}; ${headers}}${body}`;
    },
  });

export type FuzzResponse = RawAnswer;

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/** Sends a case exactly as generated: no default headers, no path normalisation. */
export const send = (baseUrl: string, c: FuzzCase): Promise<FuzzResponse> => {
  const headers: Record<string, string> = { ...c.headers };
  if (c.body !== undefined) headers['content-length'] = String(Buffer.byteLength(c.body));
  const url = new URL(baseUrl);
  return sendRaw(
    { host: url.hostname, port: url.port, method: c.method, path: c.path, headers, agent },
    c.body,
  );
};
