/**
 * `npm run expire -- [--at ISO]`: one pass of the scheduled expirer. Subscriptions and their
 * expiry arrive with the subscriptions issue; until then there is nothing to expire.
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { at: { type: 'string' } } });
const at = values.at ? new Date(values.at) : new Date();
if (Number.isNaN(at.getTime())) {
  console.error('--at must be an ISO-8601 date-time');
  process.exit(2);
}
console.log(
  JSON.stringify({
    expired: 0,
    at: at.toISOString(),
    note: 'no expirer yet: subscriptions are not built yet',
  }),
);
