/**
 * The consistency check of `npm run load`: after the load, the whole table is recounted and held
 * against what the clients were told (`checks/answers.ts`) and against itself (`checks/table.ts`).
 * Each invariant is one named check; the report lists them in this order.
 */

import {
  auditPerAction,
  auditPerResource,
  everyRequestAnswered,
  expiries,
  noKeyLeftLocked,
  noLostUpdates,
  noServerErrors,
  racesHaveOneWinner,
  replaysMatch,
} from './checks/answers.ts';
import {
  guardedValues,
  guardOwners,
  oneLivePerPair,
  planItemsResolve,
  planSubscriptionCounts,
  referenceCounts,
  referencesResolve,
} from './checks/table.ts';
import { type CheckInput, type Invariant, type NamedCheck, recount } from './recount.ts';

export const INVARIANTS: readonly NamedCheck[] = [
  // Requests.
  noServerErrors,
  everyRequestAnswered,
  // Audit events = successful mutations.
  auditPerAction,
  auditPerResource,
  noLostUpdates,
  expiries,
  // Counters.
  planSubscriptionCounts,
  oneLivePerPair,
  referenceCounts,
  // Guards.
  guardOwners,
  guardedValues,
  // Plan items and other references.
  planItemsResolve,
  referencesResolve,
  // What the clients saw.
  replaysMatch,
  noKeyLeftLocked,
  racesHaveOneWinner,
];

/** Recounts everything from the table and compares it with what the clients were told. */
export const checkConsistency = (input: CheckInput): Invariant[] => {
  const r = recount(input);
  return INVARIANTS.map(({ name, check }) => ({ name, ...check(r) }));
};
