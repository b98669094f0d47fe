/**
 * A bench-only stand-in for shared/entities/lazy.ts: every entity is built when its module loads, as
 * plain ElectroDB would. The "tricks" section bundles functions with it to measure what lazy entities buy.
 */
export { tableBinding, trackEntities } from '../../shared/entities/lazy.ts';

export const lazyEntity = <T extends object>(make: () => T): T => make();
