/**
 * `npm run expire -- --at` (issue 16, item 8): only ISO-8601 instants, compared as instants (expanded
 * years included), a one-line error and exit code 2 for anything else, never a stack trace.
 */
import { execFile } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import type { OperationContext } from '../../shared/context.ts';
import { db } from '../../shared/db/service.ts';
import type { SubscriptionItem } from '../../shared/entities/subscription.ts';
import { newId } from '../../shared/ids.ts';
import { parseIsoInstant } from '../../shared/local/instant.ts';
import { createPlan } from '../../shared/plans/operations.ts';
import { expireOne, expiryBound } from '../../shared/subscriptions/expiry.ts';
import { bindSubscription } from '../../shared/subscriptions/grants.ts';
import { newOrg } from '../support/api.ts';

// Far-future passes are table-wide: they must not end other files' subscriptions.
await vi.hoisted(async () => (await import('../support/own-table.ts')).useOwnTable('expire-cli'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const cli = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile(
      'npx',
      ['tsx', 'shared/local/expire-cli.ts', ...args],
      { env: process.env },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

describe('parseIsoInstant', () => {
  it.each([
    ['2030-01-31T00:00:00Z', '2030-01-31T00:00:00.000Z'],
    ['2030-01-31T00:00:00.5Z', '2030-01-31T00:00:00.500Z'],
    ['2030-01-31T00:00:00.123456789Z', '2030-01-31T00:00:00.123Z'],
    ['2030-01-31T12:00:00+02:00', '2030-01-31T10:00:00.000Z'],
    ['2030-01-31T12:00:00-0130', '2030-01-31T13:30:00.000Z'],
    ['2030-01-31T12:00Z', '2030-01-31T12:00:00.000Z'],
    ['2030-01-31t12:00:00z', '2030-01-31T12:00:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['+010000-01-01T00:00:00Z', '+010000-01-01T00:00:00.000Z'],
    ['+002030-01-31T00:00:00Z', '2030-01-31T00:00:00.000Z'],
    ['0050-06-01T00:00:00Z', '0050-06-01T00:00:00.000Z'],
    ['-000001-01-01T00:00:00Z', '-000001-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseIsoInstant(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '1',
    '2030',
    'March 7',
    'March 7, 2030 10:00 GMT',
    '2030-01-31',
    '2030-01-31T00:00:00',
    '2030-02-30T00:00:00Z',
    '2029-02-29T00:00:00Z',
    '2030-13-01T00:00:00Z',
    '2030-01-31T24:00:00Z',
    '2030-01-31T00:60:00Z',
    '2030-01-31T00:00:60Z',
    '2030-01-31T00:00:00+24:00',
    '-000000-01-01T00:00:00Z',
    '+300000-01-01T00:00:00Z',
    '10000-01-01T00:00:00Z',
    '1700000000',
    '',
    'now',
  ])('refuses %j', (text) => {
    expect(parseIsoInstant(text)).toBeNull();
  });
});

describe('expiryBound', () => {
  it('is the clock itself for four-digit years and the last four-digit instant beyond', () => {
    expect(expiryBound(new Date('2030-01-31T00:00:00Z'))).toBe('2030-01-31T00:00:00.000Z');
    expect(expiryBound(new Date('+010000-01-01T00:00:00Z'))).toBe('9999-12-31T23:59:59.999Z');
  });
});

describe('npm run expire -- --at', () => {
  it.each([
    [['--at'], /--at needs a value/],
    [['--at', '1'], /ISO-8601 instant/],
    [['--at', 'March 7'], /ISO-8601 instant/],
    [['--at', '2030-01-31'], /ISO-8601 instant/],
    [['--at='], /ISO-8601 instant/],
    [['--bogus'], /Unknown option/],
  ])('%j: exit code 2, a clear message, no stack trace, nothing run', async (args, message) => {
    const run = await cli(...args);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/usage: npm run expire/);
    expect(run.stderr).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
    expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  const ctxAt = (orgId: string, now: Date): OperationContext => ({
    orgId,
    actor: { sub: 'seed', email: null },
    now,
  });

  /** A live monthly subscription bound now, in a fresh org. */
  const liveSubscription = async () => {
    const org = newOrg('cli');
    const now = new Date();
    const plan = await createPlan(ctxAt(org, now), { name: 'Monthly', slug: 'monthly', publish: true });
    const subscriberId = newId('sbr');
    const username = `u${subscriberId.slice(-10).toLowerCase()}`;
    await db.subscriber
      .create({
        organizationId: org,
        id: subscriberId,
        username,
        email: `${username}@example.com`,
        usernameKey: username,
        emailKey: `${username}@example.com`,
        version: 1,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .go();
    const sub = await bindSubscription(ctxAt(org, now), { subscriberId, planId: plan.id });
    const status = async () =>
      (await db.subscription.get({ organizationId: org, id: sub.id }).go({ consistent: true })).data?.status;
    return { org, id: sub.id, status };
  };

  it('an expanded-year instant is later than every end: +010000-01-01 expires the subscription', async () => {
    const { status } = await liveSubscription();
    const past = await cli('--at=-000001-01-01T00:00:00Z');
    expect(past.code, past.stderr).toBe(0);
    expect(await status()).toBe('active');
    const run = await cli('--at', '+010000-01-01T00:00:00Z');
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as {
      expired: number;
      at: string;
    };
    expect(summary.at).toBe('+010000-01-01T00:00:00.000Z');
    expect(summary.expired).toBeGreaterThanOrEqual(1);
    expect(await status()).toBe('expired');
  });

  it('a subscription ending in year 10000 is not expired by a pass in 2030 (instants, not text)', async () => {
    const { org, id, status } = await liveSubscription();
    // As text, `+010000-…` sorts before `2030-…`.
    await db.subscription
      .patch({ organizationId: org, id })
      .set({ endsAt: '+010000-01-01T00:00:00.000Z' })
      .go();
    const item = (await db.subscription.get({ organizationId: org, id }).go({ consistent: true })).data;
    expect(item?.endsAt).toBe('+010000-01-01T00:00:00.000Z');
    expect(await expireOne(new Date('2030-01-01T00:00:00Z'), item as SubscriptionItem)).toBe(false);
    expect(await status()).toBe('active');
  });
});
