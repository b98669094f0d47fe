import type { Resource } from '../api.ts';
import type { components } from '../api-types.ts';

type Schemas = components['schemas'];

/** A plan as the API answers it (generated from the OpenAPI document: see api-types.ts). */
export type Plan = Schemas['Plan'];

export type PlanItem = Plan['items'][number];

export interface Named extends Resource {
  name: string;
}

export type BulkResult = Schemas['BulkResult'];
