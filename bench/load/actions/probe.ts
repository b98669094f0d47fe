/**
 * The actions that provoke the hard cases: idempotent retries (a replay must be the first answer),
 * colliding creates (exactly one may win) and expiry passes alongside the requests. Each notes in
 * the Recorder what the check then judges.
 */

import type { Actor } from '../actor.ts';
import type { Answer } from '../client.ts';
import { chance, type Json, mangleCase, rand, randInt, str } from '../util.ts';
import { bind, createPackage, createPlan } from './create.ts';
import { list } from './read.ts';

/**
 * A POST with an `Idempotency-Key`, then the same again: one after the other (a replay of the
 * first answer), both at once (one runs; the other replays or is told it is in progress), or
 * with another body (422).
 */
export async function idempotent(actor: Actor, s = actor.state()) {
  const key = actor.next('idem-');
  const kind = rand(5);
  let path: string;
  let body: unknown;
  let other: unknown;
  if (kind === 0) {
    path = '/packages';
    body = actor.packageBody(actor.next('ip'));
    other = actor.packageBody(actor.next('ip'));
  } else if (kind === 1) {
    path = '/subscribers';
    body = actor.subscriberBody(actor.next('iu'));
    other = actor.subscriberBody(actor.next('iu'));
  } else if (kind === 2) {
    path = '/plans';
    body = actor.planBody(s, actor.next('iplan-'));
    other = { ...(body as Json), name: 'different' };
  } else if (kind === 3) {
    body = actor.bindBody(s);
    if (!body) return bind(actor, s);
    path = '/subscriptions';
    other = { ...(body as Json), note: 'different' };
  } else {
    const plan = s.plans.random();
    if (!plan) return createPlan(actor, s);
    path = `/plans/${plan.id}/${plan.status === 'draft' ? 'publish' : 'duplicate'}`;
    body = {};
    other = undefined;
  }
  const send = (b: unknown) =>
    actor.call(s, 'POST', path, { ...(b !== undefined ? { body: b } : {}), idempotencyKey: key });
  const mode = rand(3);
  let answers: Answer[];
  if (mode === 0) {
    const first = await send(body);
    answers = [first, await send(body)];
  } else if (mode === 1) {
    answers = await Promise.all([send(body), send(body)]);
    answers.push(await send(body));
  } else {
    const first = await send(body);
    const reused = await send(other ?? { unexpected: true });
    answers = [first];
    if (first.status >= 200 && first.status < 300 && reused.status !== 422 && reused.status !== 400) {
      actor.o.recorder.replayMismatches.push(
        `${path}: a reused key with another body answered ${reused.status}, not 422`,
      );
    }
  }
  const original = answers.find((a) => a.status >= 200 && a.status < 300 && !a.replayed);
  const seen = answers.map((a) => `${a.status}${a.replayed ? ' (replay)' : ''}`).join(', ');
  for (const replay of answers.filter((a) => a.replayed)) {
    actor.o.recorder.replayChecks++;
    if (!original) {
      actor.o.recorder.replayMismatches.push(
        `POST ${path} Idempotency-Key ${key}: a replay of ${str(replay.body, 'id') ?? replay.status}, but no request with this key was answered 2xx (answers: ${seen})`,
      );
    } else if (replay.status !== original.status || replay.text !== original.text) {
      actor.o.recorder.replayMismatches.push(
        `POST ${path} Idempotency-Key ${key}: the replay differs from the first answer (answers: ${seen})`,
      );
    }
  }
  if (original?.status === 201) {
    if (path === '/packages')
      s.packages.add({ id: String(str(original.body, 'id')), code: String(str(original.body, 'code')) });
    else if (path === '/subscribers')
      s.subscribers.add({
        id: String(str(original.body, 'id')),
        username: String(str(original.body, 'username')),
        email: String(str(original.body, 'email')),
      });
    else if (path === '/subscriptions')
      s.subscriptions.add({
        id: String(str(original.body, 'id')),
        status: String(str(original.body, 'status')),
      });
    else actor.rememberPlan(s, original.body);
  } else if (original?.status === 200) actor.rememberPlan(s, original.body);
}

// --- collisions ---------------------------------------------------------------------------

/**
 * Creates meant to collide: the code of an existing resource in another case (409), or 2–3
 * creates of one fresh value at once, of which exactly one may win.
 */
export async function collide(actor: Actor, s = actor.state()) {
  const kind = rand(5);
  if (chance(0.4)) {
    if (kind === 0) {
      const p = s.packages.random();
      if (p) await createPackage(actor, s, { ...actor.packageBody(), code: mangleCase(p.code) });
    } else if (kind === 1) {
      const o = s.offers.random();
      if (o)
        await actor.call(s, 'POST', '/offers', { body: { ...actor.offerBody(s), code: mangleCase(o.code) } });
    } else if (kind === 2) {
      const p = s.plans.random();
      if (p) await actor.call(s, 'POST', '/plans', { body: { name: 'Colliding plan', slug: p.slug } });
    } else {
      const x = s.subscribers.random();
      if (x)
        await actor.call(s, 'POST', '/subscribers', {
          body: kind === 3 ? actor.subscriberBody(x.username) : actor.subscriberBody(undefined, x.email),
        });
    }
    return;
  }
  const n = randInt(2, 3);
  const value = actor.next('race');
  const bodies: [string, unknown][] = Array.from({ length: n }, () => {
    if (kind === 0) return ['/packages', { ...actor.packageBody(), code: mangleCase(value) }];
    if (kind === 1) return ['/offers', { ...actor.offerBody(s), code: mangleCase(value) }];
    if (kind === 2) return ['/plans', { name: 'Racing plan', slug: value.toLowerCase() }];
    if (kind === 3) return ['/subscribers', actor.subscriberBody(value)];
    return ['/subscribers', actor.subscriberBody(undefined, `${value}@load.test`)];
  });
  const answers = await Promise.all(bodies.map(([path, body]) => actor.call(s, 'POST', path, { body })));
  actor.o.recorder.races++;
  const winners = answers.filter((a) => a.status === 201);
  const taken = answers.filter((a) => a.status === 409 && /_taken$/.test(str(a.body, 'code') ?? ''));
  // A racer answered 5xx or not at all: its outcome is unknown, so who won cannot be judged
  // (the 5xx itself fails the run).
  const unknown = answers.some((a) => a.status === 0 || a.status >= 500);
  if (unknown) actor.o.recorder.racesInconclusive++;
  else if (winners.length > 1 || (winners.length === 0 && taken.length > 0)) {
    actor.o.recorder.raceViolations.push(
      `${bodies[0]?.[0]} ${value}: ${answers.map((a) => `${a.status} ${str(a.body, 'code') ?? ''}`).join(', ')}`,
    );
  }
  for (const w of winners) {
    const id = str(w.body, 'id');
    if (!id) continue;
    if (kind === 0) s.packages.add({ id, code: String(str(w.body, 'code')) });
    else if (kind === 1) s.offers.add({ id, code: String(str(w.body, 'code')) });
    else if (kind === 2) actor.rememberPlan(s, w.body);
    else
      s.subscribers.add({
        id,
        username: String(str(w.body, 'username')),
        email: String(str(w.body, 'email')),
      });
  }
}

// --- expiry -------------------------------------------------------------------------------

/**
 * An expiry pass as if it were a day and a bit from now: daily, 1-day custom and 1-day trial
 * subscriptions end; longer ones stay. At most two at once (the expirer must survive that),
 * and not more often than every 400 ms.
 */
export async function expiry(actor: Actor) {
  const gate = actor.o.expiryGate;
  if (gate.inFlight >= 2 || Date.now() - gate.last < 400) return list(actor);
  gate.inFlight++;
  gate.last = Date.now();
  const stats = actor.o.recorder.expiry;
  const started = performance.now();
  try {
    const result = await actor.o.expire(new Date(Date.now() + 86_400_000 + randInt(-5_000, 60_000)));
    stats.passes++;
    stats.expired += result.expired;
    stats.skipped += result.skipped;
  } catch (error) {
    stats.errors.push(String(error));
  } finally {
    stats.ms.push(performance.now() - started);
    gate.inFlight--;
  }
}
