/**
 * Property-based fuzzing of every route of the table (`shared/routes.ts`), with fast-check.
 *
 * Nothing here names a route: the routes come from `ROUTES`, their body, query and path schemas
 * from each handler's `spec` (turned into JSON Schema with `z.toJSONSchema`), so a route added to
 * the table is fuzzed by the next run. Requests go to the real local server over raw `node:http`
 * (exact bytes, content types and paths, no client-side normalisation), and every answer is held
 * to three properties:
 *
 * (a) never a 5xx;
 * (b) every non-2xx answer is `application/problem+json` with `type`, `title`, `status` equal to
 *     the HTTP status and a `code` from the contract's error table whose status is that status
 *     (and every 2xx answer is the route's declared status with a body its response schema accepts);
 * (c) a refused request (4xx) leaves the table exactly as it was: a full Scan dump (sorted by
 *     pk/sk) before and after must be identical. A 2xx answer resets the baseline; a read route
 *     never changes it, whatever it answers.
 *
 * Each test file takes a table of its own (`useOwnTable`), so the Scan sees nothing but its own
 * requests, and empties it between routes so a Scan stays small.
 *
 * One module for each part: `routes.ts` (the route table and its schemas), `json.ts` (JSON with
 * raw tokens), `fixtures.ts` (the seeded catalog), `values.ts`, `hostile.ts`, `bodies.ts` and
 * `requests.ts` (the generators), `case.ts` (one request: printed and sent), `oracle.ts` (properties
 * (a) and (b)), `table.ts` (the Scan dumps of property (c)) and `runner.ts` (the per-route run and
 * its counts). This file re-exports what the fuzz files use.
 */

export { bodyCaseArb } from './bodies.ts';
export { type FuzzCase, type FuzzResponse, send } from './case.ts';
export { type Fixtures, seedFixtures } from './fixtures.ts';
export { NASTY_STRINGS } from './hostile.ts';
export { type Json, type JsonObject, obj, RawJson, setAt, toJson } from './json.ts';
export { CONTRACT_CODES, checkAnswer, READ_ONLY_FIELDS } from './oracle.ts';
export { caseArb, cursorArb, queryArb } from './requests.ts';
export {
  type FuzzPartition,
  type JsonSchema,
  type LoadedRoute,
  loadRoutes,
  partitionOf,
  resolveRoute,
} from './routes.ts';
export { type FuzzRunOptions, FuzzStats, fuzzRoute, routeSeed } from './runner.ts';
export { clearTable, diffDumps, dumpTable, type TableDump } from './table.ts';
export { idArb, schemaPaths, validArb } from './values.ts';
