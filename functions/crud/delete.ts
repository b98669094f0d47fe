/**
 * The delete route of every CRUD resource (`crud: true` in shared/resources.ts). Each resource's delete is
 * still its own Lambda function: CDK builds this entry once per resource, with `crud-resource` resolved
 * to that resource's module (shared/http/crud-resource.d.ts).
 */
import { crud } from 'crud-resource';
import { crudDelete } from '../../shared/http/crud.ts';

export const handler = crudDelete(crud);
