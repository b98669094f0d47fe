import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Entity } from 'electrodb';
import { describe, expect, it, vi } from 'vitest';

/**
 * The Lambda bundles replace jsonschema with infra/bundle/jsonschema-lite.cjs. ElectroDB uses it to
 * validate models and to tell models from Entity instances; this proves the stand-in answers as the
 * real package does for every model and entity of this project.
 */
const require = createRequire(import.meta.url);
const validationsPath = require.resolve('electrodb/src/validations.js');
const jsonschemaPath = require.resolve('jsonschema', { paths: [dirname(validationsPath)] });

type Validations = {
  testModel: (model: unknown) => [boolean, string];
  model: (model: unknown) => void;
};

const loadValidations = (jsonschema: unknown): Validations => {
  const saved = require.cache[jsonschemaPath];
  delete require.cache[validationsPath];
  require.cache[jsonschemaPath] = { id: jsonschemaPath, exports: jsonschema, loaded: true } as NodeJS.Module;
  try {
    return require(validationsPath) as Validations;
  } finally {
    delete require.cache[validationsPath];
    if (saved) require.cache[jsonschemaPath] = saved;
    else delete require.cache[jsonschemaPath];
  }
};

const real = loadValidations(require('jsonschema'));
const lite = loadValidations(require('../../infra/bundle/jsonschema-lite.cjs'));

// Every model this project defines, captured as its Entity is constructed.
const models: unknown[] = [];
const spy = vi.spyOn(
  Entity.prototype as unknown as { _validateModel: (m: unknown) => void },
  '_validateModel',
);
spy.mockImplementation((model) => {
  models.push(model);
  real.model(model);
});
const { db } = await import('../../shared/db/service.ts');
// Entities are built on first use: touch each one to build it.
const entities = Object.values(db).filter(
  (entity) => typeof (entity as unknown as { model: { entity: unknown } }).model.entity === 'string',
);
spy.mockRestore();

describe('jsonschema-lite (the bundles’ stand-in for jsonschema)', () => {
  it('saw every entity of the service being defined', () => {
    expect(entities.length).toBe(13);
    expect(models.length).toBe(entities.length);
  });

  it('accepts every model of this project, as the real validator does', () => {
    for (const model of models) {
      expect(real.testModel(model)[0]).toBe(true);
      expect(lite.testModel(model)[0]).toBe(true);
    }
  });

  it('does not take an Entity instance for a model, as the real validator does not', () => {
    for (const entity of entities) {
      expect(real.testModel(entity)[0]).toBe(false);
      expect(lite.testModel(entity)[0]).toBe(false);
    }
  });

  it('refuses what is not a v1 model (no model namespace, a beta model, nothing)', () => {
    const beta = { entity: 'x', service: 's', version: '1', table: 't', attributes: {}, indexes: {} };
    for (const value of [beta, {}, null, 'model', { model: { entity: 1 } }]) {
      expect(lite.testModel(value)[0]).toBe(false);
    }
  });
});
