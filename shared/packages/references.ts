import { referenceCounter } from '../db/references.ts';
import { resourceNamed } from '../resources.ts';

/** One more or one fewer offer or plan on a package; deleting a package requires 0 (`package_in_use`). */
export const packageReference = referenceCounter(resourceNamed('packages'), 'packageId');
