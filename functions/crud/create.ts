/**
 * The create route of every CRUD resource (`crud: true` in shared/resources.ts). Each resource's create is
 * still its own Lambda function: CDK builds this entry once per resource, with `crud-resource` resolved
 * to that resource's module (shared/http/crud-resource.d.ts).
 */
import { crud } from 'crud-resource';
import { crudCreate } from '../../shared/http/crud.ts';

export const handler = crudCreate(crud);
