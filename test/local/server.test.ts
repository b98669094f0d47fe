/**
 * `npm start` as an attacker and an operator find it (issue 16, items 3 and 9): the API and DynamoDB
 * Local listen on 127.0.0.1 unless HOST says otherwise, `/console/config.json` (an admin token) is
 * served only to loopback names, and after a `kill -9` of the server its DynamoDB Local dies too, so
 * the next `npm start` starts (and finds its data).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isLoopbackHost, isLoopbackOrigin } from '../../shared/local/console.ts';
import { freePort } from '../../shared/local/dynamo.ts';
import { pkgBody } from '../support/fixtures.ts';

describe('loopback names', () => {
  it.each(['localhost', 'LOCALHOST:3000', '127.0.0.1', '127.0.0.1:8080', '[::1]', '[::1]:3000'])(
    'Host %j is loopback',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );

  it.each([
    undefined,
    '',
    'evil.example',
    'evil.example:3000',
    'localhost.evil.example',
    '127.0.0.1.nip.io',
    '127.0.0.2',
    '10.0.0.5:3000',
    '[::2]',
    '0.0.0.0:3000',
    'localhost:3000@evil',
  ])('Host %j is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });

  it('an Origin is fine when absent or loopback, refused otherwise', () => {
    expect(isLoopbackOrigin(undefined)).toBe(true);
    expect(isLoopbackOrigin('http://localhost:5173')).toBe(true);
    expect(isLoopbackOrigin('http://127.0.0.1:3000')).toBe(true);
    expect(isLoopbackOrigin('https://evil.example')).toBe(false);
    expect(isLoopbackOrigin('null')).toBe(false);
  });
});

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  text: string;
}

const get = (
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
) =>
  new Promise<Answer>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });

/** Whether something accepts TCP connections on host:port. */
const accepts = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const until = async (what: string, check: () => Promise<boolean>, ms: number) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

const children: ChildProcess[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'npm-start-test-'));

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** `npm start`'s own process (node running server-cli.ts), until it prints its banner. */
const npmStart = async (env: Record<string, string>) => {
  const { DYNAMODB_ENDPOINT: _, HOST: __, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'shared/local/server-cli.ts'], {
    env: { ...inherited, TABLE_NAME: 'npm-start-test', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  await until(
    `npm start to be ready (output so far: ${out.slice(-500)})`,
    async () => {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${out}`);
      return out.includes('export TOKEN=');
    },
    300_000,
  );
  const token = /export TOKEN=(\S+)/.exec(out)?.[1] ?? '';
  return { child, token, output: () => out };
};

describe('npm start', () => {
  it('listens on 127.0.0.1 only, guards config.json, and survives a kill -9 of the server (then HOST opens it)', async () => {
    const port = await freePort();
    const dynamoPort = await freePort();
    const env = { PORT: String(port), DYNAMODB_PORT: String(dynamoPort) };

    const first = await npmStart(env);
    expect(first.output()).toContain(`http://localhost:${port}`);
    expect((await get(port, '/health')).status).toBe(200);
    // All of 127/8 is loopback on Linux: a server on 0.0.0.0 answers 127.0.0.2, one on 127.0.0.1 does not.
    expect(await accepts('127.0.0.1', dynamoPort)).toBe(true);
    expect(await accepts('127.0.0.2', port)).toBe(false);
    expect(await accepts('127.0.0.2', dynamoPort)).toBe(false);

    // config.json: only for loopback names (no DNS rebinding), and not for another site's script.
    const ok = await get(port, '/console/config.json', { host: `localhost:${port}` });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toMatchObject({ mode: 'local', token: expect.any(String) });
    for (const host of [`127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await get(port, '/console/config.json', { host })).status, host).toBe(200);
    }
    for (const headers of <Record<string, string>[]>[
      { host: 'evil.example' },
      { host: `evil.example:${port}` },
      { host: `localhost:${port}`, origin: 'http://evil.example' },
    ]) {
      const refused = await get(port, '/console/config.json', headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(refused.text)).toMatchObject({ status: 403, code: 'forbidden' });
      expect(refused.text).not.toContain('eyJ');
    }

    const org = 'demo';
    const created = await get(
      port,
      `/orgs/${org}/packages`,
      { authorization: `Bearer ${first.token}`, 'content-type': 'application/json' },
      'POST',
      JSON.stringify(pkgBody({ code: 'KEPT' })),
    );
    expect(created.status, created.text).toBe(201);

    // kill -9: no handler runs, so only the launcher's watchdog can end DynamoDB Local.
    first.child.kill('SIGKILL');
    await until(
      'the killed server to exit',
      async () => first.child.exitCode !== null || first.child.signalCode !== null,
      10_000,
    );
    await until(
      'DynamoDB Local to die with its parent',
      async () => !(await accepts('127.0.0.1', dynamoPort)),
      30_000,
    );

    const second = await npmStart({ ...env, HOST: '0.0.0.0' });
    expect(second.output()).not.toContain('already in use');
    expect(await accepts('127.0.0.2', port)).toBe(true);
    expect(await accepts('127.0.0.2', dynamoPort)).toBe(true);
    const all = await get(port, `/orgs/${org}/packages?limit=100`, {
      authorization: `Bearer ${second.token}`,
    });
    expect((JSON.parse(all.text) as { items: { code: string }[] }).items.map((p) => p.code)).toContain(
      'KEPT',
    );
    // Not on loopback by name: config.json stays refused whatever HOST is.
    expect((await get(port, '/console/config.json', { host: `192.0.2.1:${port}` })).status).toBe(403);

    second.child.kill('SIGTERM');
    await until('the server to stop', async () => second.child.exitCode !== null, 20_000);
    await until('DynamoDB Local to stop', async () => !(await accepts('127.0.0.1', dynamoPort)), 30_000);
  }, 900_000);
});
