import * as z from 'zod';
import { nullableText, pageOf, pageQuery, paramsWith, resourceFields } from '../common/schemas.ts';

const fields = {
  name: z.string().min(1).max(100),
  description: nullableText(1000),
};

export const PlanGroupParams = paramsWith('groupId', 'pgrp');

export const CreatePlanGroupBody = z.strictObject({ ...fields, description: fields.description.optional() });
export type CreatePlanGroupInput = z.infer<typeof CreatePlanGroupBody>;

export const UpdatePlanGroupBody = z.strictObject({
  name: fields.name.optional(),
  description: fields.description.optional(),
});
export type UpdatePlanGroupInput = z.infer<typeof UpdatePlanGroupBody>;

export const ListPlanGroupsQuery = z.strictObject(pageQuery);
export type ListPlanGroupsInput = z.infer<typeof ListPlanGroupsQuery>;

export const PlanGroupSchema = z.object({ ...resourceFields, ...fields }).meta({ id: 'PlanGroup' });
export type PlanGroupResource = z.infer<typeof PlanGroupSchema>;

export const PlanGroupPage = pageOf(PlanGroupSchema);
