/**
 * Stands in for the `jsonschema` package inside the Lambda bundles (see BUNDLE_ALIASES in
 * infra/constructs/admin-function.ts).
 *
 * ElectroDB validates each model definition, and tells models from Entity instances, by running
 * jsonschema against every model at start-up: 38 ms of a 226 ms cold start and 28 KB of bundle,
 * spent to re-check model definitions that never change after deployment. Tests and the local
 * server run the real jsonschema, so a malformed model still fails there.
 *
 * What ElectroDB asks of it (node_modules/electrodb/src/validations.js): `validate(x, ModelBeta)`
 * and `validate(x, Modelv1)` must report errors unless `x` is a model of that version. Every model
 * here is a v1 model, a plain object `{ model: { entity, service, version }, attributes, indexes }`;
 * Entity instances are class instances. So: a plain object with `model.entity` passes the v1 schema,
 * everything else (and every beta check) fails, which is what the real validator answers for
 * this project's models and entities (test/unit/jsonschema-lite.test.ts compares the two).
 */
'use strict';

const isPlainObject = (value) =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

class Validator {
  addSchema() {}

  validate(instance, schema) {
    const v1Schema = Boolean(schema?.properties?.model);
    const v1Model =
      isPlainObject(instance) && isPlainObject(instance.model) && typeof instance.model.entity === 'string';
    return {
      errors:
        v1Schema && v1Model ? [] : [{ property: 'instance', message: 'is not a v1 model', argument: '' }],
    };
  }
}
Validator.prototype.customFormats = {};

module.exports = { Validator };
