import type { Resource } from '../api.ts';
import type { Money } from '../ui.tsx';

export interface PlanItem {
  productId: string;
  priceId: string;
  quantity: number;
  included: boolean;
  childProductIds?: string[];
}

/** A plan as the API answers it. */
export interface Plan extends Resource {
  name: string;
  slug: string;
  description: string | null;
  type: 'standard' | 'custom' | 'promotional';
  visibility: 'public' | 'private';
  status: 'draft' | 'active' | 'archived';
  defaultCycle: string;
  availableCycles: string[];
  customDays: number | null;
  trialDays: number;
  price: Money | null;
  includedQuota: number | null;
  features: string[];
  limits: Record<string, number>;
  items: PlanItem[];
  packageId: string | null;
  groupId: string | null;
  companyId: string | null;
  publishedAt: string | null;
  archivedAt: string | null;
  liveSubscriptionCount: number;
  subscriptionCount: number;
}

export interface Named extends Resource {
  name: string;
}

export interface BulkResult {
  succeeded: string[];
  skipped: { id: string; code: string }[];
}
