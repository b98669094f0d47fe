import { defineCrud } from '../db/crud.ts';
import { PlanGroup } from '../entities/plan-group.ts';
import { DomainError } from '../errors.ts';
import { resourceNamed } from '../resources.ts';
import { planGroupSchemas } from './schemas.ts';

/** Plan groups: folders of plans, which count on them (`groupReference`): only an empty group can go. */
export const crud = defineCrud({
  resource: resourceNamed('plan-groups'),
  entity: PlanGroup,
  schemas: planGroupSchemas,
  inUse: (id) => new DomainError('group_not_empty', `Plan group '${id}' still has plans`),
});
