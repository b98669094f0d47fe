import { getEntitlements } from '../../shared/entitlements/operations.ts';
import { EntitlementsQuery, EntitlementsSchema } from '../../shared/entitlements/schemas.ts';
import { handle } from '../../shared/http/handler.ts';

/** `GET /orgs/{orgId}/entitlements?user=|subscriberId=&at=`: what a subscriber may use at an instant. */
export const handler = handle({ query: EntitlementsQuery, response: EntitlementsSchema }, ({ query, ctx }) =>
  getEntitlements(ctx, query),
);
