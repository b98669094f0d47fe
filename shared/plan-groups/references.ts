import { referenceCounter } from '../db/references.ts';
import { resourceNamed } from '../resources.ts';

/** One more or one fewer plan in a group; deleting a group requires 0 (`group_not_empty`). */
export const groupReference = referenceCounter(resourceNamed('plan-groups'), 'groupId');
