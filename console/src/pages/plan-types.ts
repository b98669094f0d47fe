import type { Schemas } from '../api.ts';

/** A plan as the API answers it (generated from the OpenAPI document: see api-types.ts). */
export type Plan = Schemas['Plan'];

export type PlanItem = Plan['items'][number];

export type BulkResult = Schemas['BulkResult'];
