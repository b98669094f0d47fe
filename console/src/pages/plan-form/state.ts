import { toMajorUnits, toMinorUnits } from '../../ui.tsx';
import type { Plan } from '../plan-types.ts';

export interface ItemRow {
  productId: string;
  priceId: string;
  quantity: string;
  included: boolean;
}

export interface PlanForm {
  name: string;
  slug: string;
  description: string;
  type: string;
  visibility: string;
  defaultCycle: string;
  availableCycles: string[];
  customDays: string;
  trialDays: string;
  priceTbd: boolean;
  priceAmount: string;
  priceCurrency: string;
  includedQuota: string;
  features: string[];
  limits: { name: string; value: string }[];
  items: ItemRow[];
  packageId: string;
  groupId: string;
  companyId: string;
  publish: boolean;
}

export const EMPTY: PlanForm = {
  name: '',
  slug: '',
  description: '',
  type: 'standard',
  visibility: 'public',
  defaultCycle: 'monthly',
  availableCycles: ['monthly'],
  customDays: '',
  trialDays: '0',
  priceTbd: false,
  priceAmount: '',
  priceCurrency: 'USD',
  includedQuota: '',
  features: [],
  limits: [],
  items: [],
  packageId: '',
  groupId: '',
  companyId: '',
  publish: false,
};

export const formOf = (plan: Plan): PlanForm => ({
  name: plan.name,
  slug: plan.slug,
  description: plan.description ?? '',
  type: plan.type,
  visibility: plan.visibility,
  defaultCycle: plan.defaultCycle,
  availableCycles: plan.availableCycles,
  customDays: plan.customDays === null ? '' : String(plan.customDays),
  trialDays: String(plan.trialDays),
  priceTbd: plan.price === null,
  priceAmount: plan.price ? toMajorUnits(plan.price) : '',
  priceCurrency: plan.price?.currency ?? 'USD',
  includedQuota: plan.includedQuota === null ? '' : String(plan.includedQuota),
  features: plan.features,
  limits: Object.entries(plan.limits).map(([name, value]) => ({ name, value: String(value) })),
  items: plan.items.map((i) => ({
    productId: i.productId,
    priceId: i.priceId,
    quantity: String(i.quantity),
    included: i.included,
  })),
  packageId: plan.packageId ?? '',
  groupId: plan.groupId ?? '',
  companyId: plan.companyId ?? '',
  publish: false,
});

/** Integers as numbers; anything else as typed, so the API names the field that is wrong. */
export const int = (raw: string): number | string | null =>
  raw.trim() === '' ? null : /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;

/** The plan's writable fields as the API takes them. */
export const bodyOf = (form: PlanForm): Record<string, unknown> => ({
  name: form.name,
  slug: form.slug,
  description: form.description === '' ? null : form.description,
  type: form.type,
  visibility: form.visibility,
  defaultCycle: form.defaultCycle,
  availableCycles: form.availableCycles,
  customDays: form.availableCycles.includes('custom') ? int(form.customDays) : null,
  trialDays: int(form.trialDays) ?? 0,
  price: form.priceTbd
    ? null
    : {
        amount: toMinorUnits(form.priceAmount, form.priceCurrency) ?? form.priceAmount,
        currency: form.priceCurrency,
      },
  includedQuota: int(form.includedQuota),
  features: form.features,
  limits: Object.fromEntries(form.limits.map((l) => [l.name, int(l.value)])),
  items: form.items.map((i) => ({
    productId: i.productId,
    priceId: i.priceId,
    quantity: int(i.quantity) ?? 1,
    included: i.included,
  })),
  packageId: form.packageId || null,
  groupId: form.groupId || null,
  companyId: form.companyId || null,
});

export const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);

export const SHOWN = [
  'name',
  'slug',
  'description',
  'type',
  'visibility',
  'defaultCycle',
  'availableCycles',
  'customDays',
  'trialDays',
  'price',
  'includedQuota',
  'features',
  'limits',
  'items',
  'packageId',
  'groupId',
  'companyId',
];
