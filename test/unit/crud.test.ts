/**
 * The CRUD resources as their declarations make them (shared/resources.ts `crud: true`): each has its
 * module, with its own entity in the one data model, and an example its schemas accept.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crud as companies } from '../../shared/companies/resource.ts';
import type { Crud } from '../../shared/db/crud.ts';
import { buildService, db } from '../../shared/db/service.ts';
import { newId } from '../../shared/ids.ts';
import { loadCruds } from '../../shared/local/handlers.ts';
import { crud as offers } from '../../shared/offers/resource.ts';
import { crud as packages } from '../../shared/packages/resource.ts';
import { crud as planGroups } from '../../shared/plan-groups/resource.ts';
import { crud as products } from '../../shared/products/resource.ts';
import { crudModule, RESOURCES, type ResourceDeclaration, resourceNamed } from '../../shared/resources.ts';
import { ROUTES } from '../../shared/routes.ts';
import { crud as subscribers } from '../../shared/subscribers/resource.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** These modules' `crud` are what the generic handlers take (a compile-time check, for the types). */
const MODULES: Crud[] = [packages, offers, planGroups, companies, products, subscribers];

const declared = RESOURCES.filter((resource) => resource.crud) as readonly ResourceDeclaration[];
const cruds = await loadCruds();

describe('CRUD resources', () => {
  it('each declared one has its module, whose crud is its declaration', () => {
    expect(cruds.map((crud) => crud.resource)).toEqual(declared);
    for (const resource of declared) {
      expect(existsSync(join(ROOT, crudModule(resource.collection))), resource.collection).toBe(true);
    }
    for (const crud of MODULES) expect(cruds).toContain(crud);
  });

  it('each has its five routes, each run by the generic entry of its op built with the resource', () => {
    for (const resource of declared) {
      const routes = ROUTES.filter((route) => route.crud === resource.collection);
      expect(routes.map((route) => route.entry).sort()).toEqual([
        'crud/create',
        'crud/delete',
        'crud/get',
        'crud/list',
        'crud/update',
      ]);
      for (const route of routes) {
        expect(route.handler).toBe(`${resource.collection}/${route.entry.slice('crud/'.length)}`);
      }
    }
  });

  it("joins the one data model with its own entity (db's, when other resources' writes touch it)", () => {
    const own = Object.fromEntries(cruds.map((crud) => [crud.resource.key, crud.entity]));
    for (const [key, entity] of Object.entries(own)) {
      if (key in db) expect(entity, key).toBe(db[key as keyof typeof db]);
    }
    const service = buildService({ ...db, ...own });
    expect(Object.keys(service.entities).sort()).toEqual(Object.keys({ ...db, ...own }).sort());
  });

  it('has an example its create and update accept, with each reference an id of its target', () => {
    for (const crud of cruds) {
      const { example } = crud.resource as ResourceDeclaration;
      if (!example) throw new Error(`${crud.resource.collection} has no example`);
      const references = Object.fromEntries(
        Object.entries(example.references ?? {}).map(([field, target]) => [
          field,
          newId(resourceNamed(target).idPrefix),
        ]),
      );
      const create = crud.schemas.create.safeParse({ ...example.create, ...references });
      expect(create.error, crud.resource.collection).toBeUndefined();
      const update = crud.schemas.update.safeParse(example.update);
      expect(update.error, crud.resource.collection).toBeUndefined();
    }
  });
});
