/** What the browser tests read back from the API: the fields they check of its answers. */

export interface Plan {
  id: string;
  name: string;
  status: string;
  version: number;
  publishedAt: string | null;
  liveSubscriptionCount: number;
}
export interface Subscription {
  id: string;
  status: string;
  version: number;
  startedAt: string;
  endsAt: string;
  trialEndsAt: string | null;
  subscriberId: string;
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export interface AuditEvent {
  action: string;
  entityId: string;
}

export const DAY = 86_400_000;
