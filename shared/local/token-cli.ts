/** `npm run token -- --org ORG --role admin|viewer [--sub ID] [--email E]`: prints a local HS256 token. */
import { parseArgs } from 'node:util';
import { localToken } from './jwt.ts';

const { values } = parseArgs({
  options: {
    org: { type: 'string', default: 'demo' },
    role: { type: 'string', default: 'admin' },
    sub: { type: 'string' },
    email: { type: 'string' },
  },
});
if (values.role !== 'admin' && values.role !== 'viewer') {
  console.error('--role must be admin or viewer');
  process.exit(2);
}
console.log(
  localToken({
    org: values.org,
    role: values.role,
    ...(values.sub ? { sub: values.sub } : {}),
    ...(values.email ? { email: values.email } : {}),
  }),
);
