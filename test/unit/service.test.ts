import { createWriteTransaction, Entity } from 'electrodb';
import { describe, expect, it } from 'vitest';
import { buildService, db } from '../../shared/db/service.ts';
import { lazyEntity, trackEntities } from '../../shared/entities/lazy.ts';

/** ElectroDB's parsed model of an entity (not in its type definitions). */
const modelOf = (entity: object) =>
  (entity as unknown as { model: { entity: string; service: string } }).model;

describe('the data model (shared/db/service.ts)', () => {
  it('joins into one ElectroDB Service: the entities agree on the table, indexes and service name', () => {
    const service = buildService();
    expect(Object.keys(service.entities).sort()).toEqual(Object.keys(db).sort());
    for (const entity of Object.values(db)) expect(modelOf(entity).service).toBe('subadmin');
  });

  it('binds every entity to the table of the environment', () => {
    for (const entity of Object.values(db)) expect(entity.getTableName()).toBe(process.env.TABLE_NAME);
  });
});

describe('lazyEntity', () => {
  const model = {
    model: { entity: 'thing', version: '1', service: 'subadmin' },
    attributes: { id: { type: 'string', required: true } },
    indexes: { primary: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } } },
  } as const;

  it('builds the entity on first use, once', () => {
    let built = 0;
    const thing = lazyEntity(() => {
      built++;
      return new Entity(model, { table: 't' });
    });
    expect(built).toBe(0);
    expect(modelOf(thing).entity).toBe('thing');
    expect(thing.get({ id: 'a' }).params()).toEqual({
      Key: { pk: '$subadmin#id_a', sk: '$thing_1' },
      TableName: 't',
    });
    expect(built).toBe(1);
  });

  it('is still an Entity to ElectroDB (prototype, instance marker) and not a model', () => {
    const thing = lazyEntity(() => new Entity(model, { table: 't' }));
    expect(thing).toBeInstanceOf(Entity);
    expect(Object.getPrototypeOf(thing)).toBe(Entity.prototype);
    expect((thing as unknown as { _instance: unknown })._instance).toBe(
      (new Entity(model, { table: 't' }) as unknown as { _instance: unknown })._instance,
    );
  });
});

describe('trackEntities', () => {
  it('hands ElectroDB only the entities a transaction used, and ElectroDB builds it from them', () => {
    const entities = {
      package: db.package,
      offer: db.offer,
      plan: db.plan,
    };
    const { result, used } = trackEntities(entities, (tx) => [
      tx.package.get({ organizationId: 'o', id: 'x' }),
    ]);
    expect(Object.keys(used)).toEqual(['package']);
    expect(result).toHaveLength(1);
    const params = createWriteTransaction(used as typeof entities, ({ package: pkg }) => [
      pkg.patch({ organizationId: 'o', id: 'x' }).set({ name: 'N' }).commit(),
    ]).params() as { TransactItems: unknown[] };
    expect(params.TransactItems).toHaveLength(1);
  });
});
