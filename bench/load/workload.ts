/**
 * The weighted mixed workload of `npm run load` (`bench/load.ts`): what each client does, in what
 * proportion. The pieces are in this folder: the HTTP client that records every answer
 * (`client.ts`, `recorder.ts`), what the clients know of each org (`pools.ts`), the actions
 * (`actor.ts`, `actions/`) and the consistency check that recounts the table afterwards
 * (`invariants.ts`, `checks/`). Nothing here touches the environment or imports a handler module:
 * `load.ts` sets the environment first and hands in what needs it (the expirer).
 */

import { bulk, deleteSomething, lifecycle, update } from './actions/change.ts';
import {
  bind,
  cancel,
  createCompany,
  createGroup,
  createOffer,
  createPackage,
  createPlan,
  createPrice,
  createProduct,
  createSubscriber,
} from './actions/create.ts';
import { collide, expiry, idempotent } from './actions/probe.ts';
import { get, list } from './actions/read.ts';
import { Actor, type WorkloadOptions } from './actor.ts';

type Action = () => Promise<unknown>;

/**
 * One client: loops over the weighted actions until the deadline, the action cap or a stop.
 * Every action is a handful of requests at most, so the loop ends soon after the deadline.
 */
export class LoadClient {
  private readonly weighted: [number, Action][];
  private readonly total: number;
  private readonly actor: Actor;

  constructor(private readonly o: WorkloadOptions) {
    const a = new Actor(o);
    this.actor = a;
    this.weighted = [
      [4, () => createPackage(a)],
      [3, () => createOffer(a)],
      [1, () => createCompany(a)],
      [3, () => createProduct(a)],
      [4, () => createPrice(a)],
      [1, () => createGroup(a)],
      [6, () => createPlan(a)],
      [5, () => createSubscriber(a)],
      [11, () => bind(a)],
      [5, () => cancel(a)],
      [10, () => update(a)],
      [8, () => lifecycle(a)],
      [4, () => deleteSomething(a)],
      [2, () => bulk(a)],
      [13, () => list(a)],
      [5, () => get(a)],
      [5, () => idempotent(a)],
      [4, () => collide(a)],
      [2, () => expiry(a)],
    ];
    this.total = this.weighted.reduce((sum, [w]) => sum + w, 0);
  }

  async run(): Promise<number> {
    let actions = 0;
    while (actions < this.o.maxActions && Date.now() < this.o.deadline && !this.o.stopped()) {
      await this.choose()();
      actions++;
    }
    return actions;
  }

  /** A weighted random action. */
  private choose(): Action {
    let r = Math.random() * this.total;
    for (const [weight, action] of this.weighted) {
      r -= weight;
      if (r < 0) return action;
    }
    return () => list(this.actor);
  }
}
