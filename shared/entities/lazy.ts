import { Entity } from 'electrodb';
import { config } from '../config.ts';
import { documentClient } from '../db/client.ts';

/** What every entity is bound to: the module-scope document client and the one table. */
export const tableBinding = () => ({ client: documentClient, table: config.tableName });

/**
 * The two ways this project bends ElectroDB for cold starts, in one place (what each buys, measured:
 * `npm run bench -- --only tricks`; test/unit/service.test.ts fails when an ElectroDB upgrade breaks
 * them). The third, the jsonschema stand-in of the bundles, is infra/bundle/jsonschema-lite.cjs.
 *
 * An ElectroDB entity built the first time it is used. Building one parses its model (about a
 * millisecond each); a function uses a few of the twelve, so a cold start builds only those.
 * The proxy forwards everything to the built entity, with methods bound to it, so ElectroDB's own
 * code runs on the real instance; its prototype is Entity's, so ElectroDB still tells it from a model.
 */
export const lazyEntity = <T extends object>(make: () => T): T => {
  let instance: T | undefined;
  const real = (): T => {
    instance ??= make();
    return instance;
  };
  const bound = new WeakMap<object, unknown>();
  return new Proxy(Object.create(Entity.prototype) as T, {
    get(_target, property) {
      const target = real();
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      let method = bound.get(value);
      if (!method) {
        method = (value as (...args: unknown[]) => unknown).bind(target);
        bound.set(value, method);
      }
      return method;
    },
    set: (_target, property, value) => Reflect.set(real(), property, value),
    has: (_target, property) => Reflect.has(real(), property),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor(_target, property) {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), property);
      // The proxy's own (empty) target cannot vouch for a non-configurable property.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
};

/**
 * Runs `build` against `entities` and returns what it built with only the entities it touched.
 * ElectroDB's `createWriteTransaction` reads every entity it is given (to match cancellation reasons
 * to entities), which would build all of them; given only those a transaction uses, a function
 * builds just its own.
 */
export const trackEntities = <E extends object, R>(
  entities: E,
  build: (tracked: E) => R,
): { result: R; used: Partial<E> } => {
  const used: Partial<E> = {};
  const tracked = new Proxy(entities, {
    get: (target, name) => {
      const value = Reflect.get(target, name);
      (used as Record<PropertyKey, unknown>)[name] = value;
      return value;
    },
  });
  return { result: build(tracked), used };
};
