/** What the load clients saw: every answer's sample, every change a write made, and what the checks judge. */

export interface Sample {
  route: string;
  group: string;
  status: number;
  ms: number;
  /** The problem's `code` for an error answer. */
  code?: string;
}

/** One change a successful write made, as its audit event should record it. */
export interface Change {
  org: string;
  route: string;
  entityType: string;
  action: string;
  entityId: string;
  version?: number;
  /** For a price create: its product (whose delete deletes the price with an event). */
  productId?: string;
  /** `maybe-noop`: a write the API answers 2xx without changing anything when already done (cancel at period end). */
  kind: 'change' | 'maybe-noop';
}

export interface ExpiryStats {
  passes: number;
  expired: number;
  skipped: number;
  ms: number[];
  errors: string[];
}

/** Everything the clients saw. */
export class Recorder {
  samples: Sample[] = [];
  changes: Change[] = [];
  /** Successful writes answered with `idempotent-replayed` (not changes). */
  replays = 0;
  /** Successful writes that were not replays. */
  successfulWrites = 0;
  transportErrors: string[] = [];
  serverErrors: string[] = [];
  /** Replays whose status or body differed from the first answer. */
  replayMismatches: string[] = [];
  replayChecks = 0;
  /** Racing creates of one code/slug/username/email. */
  races = 0;
  /** Races with a 5xx or unanswered racer. */
  racesInconclusive = 0;
  raceViolations: string[] = [];
  expiry: ExpiryStats = { passes: 0, expired: 0, skipped: 0, ms: [], errors: [] };
}
