/**
 * Steps of another resource's write taken directly, in a transaction of their own: what a plan's
 * write does to its group, company or products, or a bind to its subscriber, for the tests of the
 * resource that counts those references.
 */
import type { OperationContext } from '../../shared/context.ts';
import { commit } from '../../shared/db/commit.ts';

/** The context of a test's own write in `org`. */
export const testCtx = (org: string): OperationContext => ({
  orgId: org,
  actor: { sub: 'test', email: null },
  now: new Date(),
});

/** Commits `steps` in `org` as one transaction, as the write that takes them would. */
export const commitSteps = (org: string, steps: Parameters<typeof commit>[1]) => commit(testCtx(org), steps);
