/** The bench's request counter (bench/lib/request-counter.ts), shared with the tests. */
export { countRequests } from '../../bench/lib/request-counter.ts';
