import { referenceCounter } from '../db/references.ts';
import { resourceNamed } from '../resources.ts';

/** One more or one fewer plan or product billed by a company; deleting one requires 0 (`company_in_use`). */
export const companyReference = referenceCounter(resourceNamed('companies'), 'companyId');
