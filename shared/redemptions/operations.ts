/**
 * Redemptions (the LMS's "subscriptions that learners activate"): a learner activates an offer by
 * its code and gets the subscription a manual bind of the offer's plan would give, with `source`
 * `offer`. The reads find the refusal the contract names first; the transaction then holds every
 * invariant itself, whatever runs concurrently: the offer's count rises only below its limit and
 * only on the offer as read, the `redemption` guard allows one redemption per subscriber and offer
 * ever, and the subscription, the count and the guard commit together, so `redemptionCount` always
 * equals the number of subscriptions with that `offerId`.
 */
import type { OperationContext } from '../context.ts';
import { batchPart, readTogether } from '../db/batch.ts';
import { commit, retryOnStale, StaleRead, type TxStep } from '../db/commit.ts';
import { claimUnique } from '../db/guards.ts';
import { db } from '../db/service.ts';
import type { OfferItem } from '../entities/offer.ts';
import { normalizeUnique } from '../entities/unique-guard.ts';
import { DomainError, referenceNotFound } from '../errors.ts';
import { readPlan } from '../plans/reads.ts';
import { stateOf } from '../plans/state.ts';
import {
  newSubscriptionSteps,
  planNotActive,
  type SubscriberRef,
  userGuardPart,
} from '../subscriptions/operations.ts';
import type { RedeemInput, SubscriptionResource } from '../subscriptions/schemas.ts';

const notRedeemable = (why: string) =>
  new DomainError('offer_not_redeemable', `The offer cannot be redeemed: ${why}`);
const exhausted = (max: number) =>
  new DomainError('offer_exhausted', `The offer has reached its limit of ${max} redemptions`);

/** One redemption per subscriber and offer, ever. */
const redemptionKey = (offerId: string, subscriberId: string) => `${offerId}#${subscriberId}`;

const guardPart = (orgId: string, kind: 'offer-code' | 'redemption', values: string[]) =>
  batchPart(
    values.length
      ? db.guard.get(values.map((value) => ({ organizationId: orgId, kind, value: normalizeUnique(value) })))
      : { params: () => [] },
    (Item) => db.guard.parse({ Item })?.data,
  );

/** Why the offer, as read, cannot be redeemed now (in the contract's order), or null. */
const refusalOf = (offer: OfferItem, now: Date): DomainError | null => {
  if (offer.status !== 'active') return notRedeemable('it is inactive');
  if (!offer.planId) return notRedeemable('it grants no plan');
  const at = now.getTime();
  if (offer.validFrom && at < new Date(offer.validFrom).getTime())
    return notRedeemable(`it is valid from ${offer.validFrom}`);
  if (offer.validUntil && at >= new Date(offer.validUntil).getTime())
    return notRedeemable(`it was valid until ${offer.validUntil}`);
  if (offer.maxRedemptions !== undefined && (offer.redemptionCount ?? 0) >= offer.maxRedemptions)
    return exhausted(offer.maxRedemptions);
  return null;
};

/**
 * The offer's count, one up, on the offer exactly as judged (its version: a PATCH bumps it) and
 * only below its limit (redemptions do not bump the version, so the count is conditioned itself).
 */
const countStep = (orgId: string, offer: OfferItem): TxStep => ({
  build: (tx) =>
    tx.offer
      .patch({ organizationId: orgId, id: offer.id })
      .add({ redemptionCount: 1 })
      .where((a, op) =>
        [
          op.eq(a.version, offer.version),
          offer.maxRedemptions !== undefined
            ? `(${op.notExists(a.redemptionCount)} OR ${op.lt(a.redemptionCount, offer.maxRedemptions)})`
            : '',
        ]
          .filter(Boolean)
          .join(' AND '),
      )
      .commit({ response: 'all_old' }),
  onFail: (current) => {
    if (!current) return referenceNotFound('code', 'Offer with code', offer.code);
    if (Number(current.version) !== offer.version) return new StaleRead();
    return exhausted(offer.maxRedemptions ?? 0);
  },
});

/**
 * `POST /redemptions`: three reads at most (the code's and the user's guards together; the offer,
 * the subscriber and the redemption guard together; the plan), then one transaction.
 */
export const redeemOffer = (ctx: OperationContext, input: RedeemInput) =>
  retryOnStale(async (): Promise<SubscriptionResource> => {
    const [codes, users] = await readTogether([
      guardPart(ctx.orgId, 'offer-code', [input.code]),
      userGuardPart(ctx.orgId, input.user !== undefined ? [input.user] : []),
    ]);
    const offerId = codes[0]?.ownerId;
    if (!offerId) throw referenceNotFound('code', 'Offer with code', input.code);
    let subscriber: SubscriberRef;
    if (input.user !== undefined) {
      const owner = users[0]?.ownerId;
      if (!owner) throw referenceNotFound('user', 'Subscriber with username or email', input.user);
      subscriber = { id: owner, field: 'user' };
    } else {
      subscriber = { id: input.subscriberId ?? '', field: 'subscriberId' };
    }
    const byId = input.user === undefined;
    const [offers, subscribers, redeemed] = await readTogether([
      batchPart(
        db.offer.get([{ organizationId: ctx.orgId, id: offerId }]),
        (Item) => db.offer.parse({ Item })?.data,
      ),
      batchPart(
        byId ? db.subscriber.get([{ organizationId: ctx.orgId, id: subscriber.id }]) : { params: () => [] },
        (Item) => db.subscriber.parse({ Item })?.data,
      ),
      guardPart(ctx.orgId, 'redemption', [redemptionKey(offerId, subscriber.id)]),
    ]);
    if (byId && !subscribers[0]) throw referenceNotFound('subscriberId', 'Subscriber', subscriber.id);
    const offer = offers[0];
    if (!offer) throw referenceNotFound('code', 'Offer with code', input.code);
    const refusal = refusalOf(offer, ctx.now);
    if (refusal) throw refusal;
    if (redeemed[0]) throw alreadyRedeemed();
    const plan = await readPlan(ctx.orgId, offer.planId as string);
    if (!plan) throw notRedeemable('its plan no longer exists');
    const terms = stateOf(plan);
    if (terms.packageId !== offer.packageId)
      throw notRedeemable("its plan is no longer of the offer's package");
    const cycle = offer.billingCycle ?? terms.defaultCycle;
    if (!terms.availableCycles.includes(cycle))
      throw notRedeemable(`its plan no longer offers the ${cycle} cycle`);
    if (plan.status !== 'active') throw planNotActive(plan.status);
    const { created, steps } = newSubscriptionSteps(
      ctx,
      { subscriber, plan, grant: { billingCycle: cycle }, offerId: offer.id },
      (subscriptionId) => [
        countStep(ctx.orgId, offer),
        claimUnique(ctx.orgId, 'redemption', redemptionKey(offer.id, subscriber.id), subscriptionId, {
          code: 'already_redeemed',
          field: 'code',
          detail: 'This subscriber has already redeemed this offer',
        }),
      ],
    );
    await commit(ctx, steps, { result: created });
    return created;
  });

const alreadyRedeemed = () =>
  new DomainError(
    'already_redeemed',
    'This subscriber has already redeemed this offer (once per subscriber)',
  );
