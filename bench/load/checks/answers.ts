/**
 * The checks of the table against what the clients were told: every request answered without a
 * 5xx, one audit event per successful mutation, the expiries, and what the clients themselves
 * saw of idempotent replays and racing creates.
 */

import type { Change } from '../recorder.ts';
import { bump, type NamedCheck, once, type Recount, s, Tally } from '../recount.ts';

// --- requests ---------------------------------------------------------------------------------

export const noServerErrors: NamedCheck = {
  name: 'no 5xx responses',
  check: ({ rec }) => {
    const fiveXx = rec.samples.filter((x) => x.status >= 500).length;
    return {
      ok: fiveXx === 0,
      counts: { requests: rec.samples.length, '5xx': fiveXx },
      examples: rec.serverErrors.slice(0, 6),
    };
  },
};

export const everyRequestAnswered: NamedCheck = {
  name: 'every request answered (no timeouts or connection errors)',
  check: ({ rec }) => ({
    ok: rec.transportErrors.length === 0,
    counts: { failed: rec.transportErrors.length },
    examples: rec.transportErrors.slice(0, 6),
  }),
};

// --- audit events = successful mutations, per org, entity type and action -----------------------

interface AuditRecount {
  /** Events the successful mutations call for: `org|type|action|entityId` → count. */
  expected: Map<string, number>;
  /** The audit events of the run, keyed alike. */
  actual: Map<string, number>;
  /** Each versioned change, with how many changes before it produced the same version. */
  versioned: { change: Change; seen: number }[];
  /** Subscriptions expired now that were not before the run. */
  newlyExpired: number;
}

const auditRecount = once(({ rec, input, subscriptions, events, key }: Recount): AuditRecount => {
  const expected = new Map<string, number>(); // org|type|action|entityId
  const versions = new Map<string, number>();
  const versioned: AuditRecount['versioned'] = [];
  for (const c of rec.changes) {
    if (c.version !== undefined) {
      const v = `${c.org}|${c.entityType}|${c.entityId}|v${c.version}`;
      const seen = versions.get(v) ?? 0;
      versions.set(v, seen + 1);
      if (c.kind === 'maybe-noop' && seen > 0) continue; // answered "already done": no new change
      if (c.kind === 'change') versioned.push({ change: c, seen });
    }
    bump(expected, `${c.org}|${c.entityType}|${c.action}|${c.entityId}`);
  }
  // A product delete deletes its prices, each with its own event.
  const createdPrices = new Map<string, string[]>();
  for (const c of rec.changes) {
    if (c.action !== 'price.created' || !c.productId) continue;
    const k = `${c.org}|${c.productId}`;
    createdPrices.set(k, [...(createdPrices.get(k) ?? []), c.entityId]);
  }
  for (const c of rec.changes.filter((x) => x.action === 'product.deleted')) {
    const k = `${c.org}|${c.entityId}`;
    for (const priceId of [
      ...(createdPrices.get(k) ?? []),
      ...(input.baseline.pricesByProduct.get(k) ?? []),
    ]) {
      bump(expected, `${c.org}|price|price.deleted|${priceId}`);
    }
  }
  // Expiries are mutations by the expirer: one per subscription that is expired now and was not before.
  let newlyExpired = 0;
  for (const x of subscriptions.values()) {
    if (x.status !== 'expired' || input.baseline.expiredSubscriptionIds.has(key(x))) continue;
    newlyExpired++;
    bump(expected, `${s(x, 'organizationId')}|subscription|subscription.expired|${s(x, 'id')}`);
  }
  const actual = new Map<string, number>();
  for (const e of events)
    bump(actual, `${s(e, 'organizationId')}|${s(e, 'entityType')}|${s(e, 'action')}|${s(e, 'entityId')}`);
  return { expected, actual, versioned, newlyExpired };
});

const perAction = (map: Map<string, number>) => {
  const out = new Map<string, number>();
  for (const [k, count] of map) bump(out, k.split('|').slice(0, 3).join('|'), count);
  return out;
};
const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);

export const auditPerAction: NamedCheck = {
  name: 'audit events = successful mutations (per org, entity type and action)',
  check: (r) => {
    const { expected, actual } = auditRecount(r);
    const expectedByAction = perAction(expected);
    const actualByAction = perAction(actual);
    const audit = new Tally();
    for (const k of new Set([...expectedByAction.keys(), ...actualByAction.keys()])) {
      const want = expectedByAction.get(k) ?? 0;
      const got = actualByAction.get(k) ?? 0;
      audit.expect(want === got, () => `${k}: ${want} successful mutations, ${got} audit events`);
    }
    return audit.verdict({
      'successful writes': r.rec.successfulWrites,
      'idempotent replays (excluded)': r.rec.replays,
      'expected events': sum(expected),
      'audit events': r.events.length,
    });
  },
};

export const auditPerResource: NamedCheck = {
  name: '… and per resource (each change has its event, each event its change)',
  check: (r) => {
    const { expected, actual } = auditRecount(r);
    const entityLevel = new Tally();
    for (const k of new Set([...expected.keys(), ...actual.keys()])) {
      const want = expected.get(k) ?? 0;
      const got = actual.get(k) ?? 0;
      entityLevel.expect(want === got, () => `${k}: ${want} successful mutations, ${got} audit events`);
    }
    return entityLevel.verdict({
      resources: new Set([...expected.keys()].map((k) => k.split('|')[3])).size,
    });
  },
};

export const noLostUpdates: NamedCheck = {
  name: 'no lost updates (each successful change made a new version)',
  check: (r) => {
    const lost = new Tally();
    for (const { change: c, seen } of auditRecount(r).versioned)
      lost.expect(
        seen === 0,
        () => `${c.route} ${c.entityId}: two successful changes both produced version ${c.version}`,
      );
    return lost.verdict();
  },
};

// --- expiries -----------------------------------------------------------------------------------

export const expiries: NamedCheck = {
  name: 'expiries: one subscription.expired event by system:expirer per expired subscription',
  check: (r) => {
    const { rec, input, events } = r;
    const { newlyExpired } = auditRecount(r);
    const expiryEvents = events.filter((e) => e.action === 'subscription.expired');
    const byExpirer = expiryEvents.filter((e) => e.actorSub === 'system:expirer').length;
    const expiryOk =
      byExpirer === expiryEvents.length &&
      expiryEvents.length === newlyExpired &&
      (input.ownTable ? rec.expiry.expired === newlyExpired : rec.expiry.expired >= newlyExpired) &&
      rec.expiry.errors.length === 0;
    return {
      ok: expiryOk,
      counts: {
        passes: rec.expiry.passes,
        'expired (passes reported)': rec.expiry.expired,
        'expired subscriptions (table)': newlyExpired,
        'events by system:expirer': byExpirer,
        'pass errors': rec.expiry.errors.length,
      },
      examples: rec.expiry.errors.slice(0, 6),
    };
  },
};

// --- client-side observations -------------------------------------------------------------------

export const replaysMatch: NamedCheck = {
  name: 'idempotent replays return the first response; a reused key with another body is refused',
  check: ({ rec }) => ({
    ok: rec.replayMismatches.length === 0,
    counts: { replays: rec.replayChecks, mismatches: rec.replayMismatches.length },
    examples: rec.replayMismatches.slice(0, 6),
  }),
};

export const noKeyLeftLocked: NamedCheck = {
  name: 'no Idempotency-Key left locked (in_progress) once every request has answered',
  check: ({ of }) => {
    const stuck = of('idempotency').filter((r) => r.status === 'in_progress');
    return {
      ok: stuck.length === 0,
      counts: { records: of('idempotency').length, in_progress: stuck.length },
      examples: stuck.slice(0, 6).map((r) => `${s(r, 'organizationId')} scope ${s(r, 'scope')}`),
    };
  },
};

export const racesHaveOneWinner: NamedCheck = {
  name: 'racing creates of one code/slug/username/email: exactly one wins',
  check: ({ rec }) => ({
    ok: rec.raceViolations.length === 0,
    counts: {
      races: rec.races,
      'inconclusive (a racer got 5xx)': rec.racesInconclusive,
      violations: rec.raceViolations.length,
    },
    examples: rec.raceViolations.slice(0, 6),
  }),
};
