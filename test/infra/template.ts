import { NestedStack, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

type Json = unknown;
type Resources = Record<string, { Type: string; Properties?: Record<string, Json> }>;
interface StackTemplate {
  Resources: Resources;
  Outputs?: Record<string, { Value: Json }>;
  Parameters?: Record<string, Json>;
  [section: string]: Json;
}

/** `value` with every `{ Ref: name }` of `bindings` replaced by its bound value. */
const substitute = (value: Json, bindings: Record<string, Json>): Json => {
  if (Array.isArray(value)) return value.map((v) => substitute(v, bindings));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, Json>);
    const ref = (value as { Ref?: unknown }).Ref;
    if (entries.length === 1 && typeof ref === 'string' && ref in bindings) return bindings[ref];
    return Object.fromEntries(entries.map(([k, v]) => [k, substitute(v, bindings)]));
  }
  return value;
};

/** `value` with every `Fn::GetAtt` of a nested stack's output replaced by that output's value. */
const inlineOutputs = (value: Json, outputs: Record<string, Record<string, Json>>): Json => {
  if (Array.isArray(value)) return value.map((v) => inlineOutputs(v, outputs));
  if (value && typeof value === 'object') {
    const getAtt = (value as { 'Fn::GetAtt'?: unknown })['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string') {
      const [resource, attribute] = getAtt as [string, string];
      const stackOutputs = outputs[resource];
      if (stackOutputs && attribute.startsWith('Outputs.')) {
        return inlineOutputs(stackOutputs[attribute.slice('Outputs.'.length)], outputs);
      }
    }
    return Object.fromEntries(
      Object.entries(value as Record<string, Json>).map(([k, v]) => [k, inlineOutputs(v, outputs)]),
    );
  }
  return value;
};

/**
 * The stack as one template: each nested stack's resources inlined into the root, with the parameters
 * the root passes substituted and the root's reads of nested outputs replaced by their values, as if
 * the whole stack were flat. The tests assert on what is deployed, wherever CDK placed it.
 */
export const flatTemplate = (stack: Stack): Template => {
  const root = Template.fromStack(stack).toJSON() as StackTemplate;
  const resources: Resources = { ...root.Resources };
  const outputs: Record<string, Record<string, Json>> = {};
  const nested = stack.node.findAll().filter((c): c is NestedStack => NestedStack.isNestedStack(c));
  for (const child of nested) {
    if (Stack.of(child.node.scope as Stack) !== stack) continue;
    const resourceId = stack.getLogicalId(child.nestedStackResource as never);
    const parameters = (resources[resourceId]?.Properties?.Parameters ?? {}) as Record<string, Json>;
    const template = flatTemplate(child).toJSON() as StackTemplate;
    for (const [id, resource] of Object.entries(template.Resources)) {
      if (id in resources) throw new Error(`logical id ${id} of ${child.node.path} is also in its parent`);
      resources[id] = substitute(resource, parameters) as Resources[string];
    }
    outputs[resourceId] = Object.fromEntries(
      Object.entries(template.Outputs ?? {}).map(([name, output]) => [
        name,
        substitute(output.Value, parameters),
      ]),
    );
    delete resources[resourceId];
  }
  return Template.fromJSON({
    ...root,
    Resources: inlineOutputs(resources, outputs) as Resources,
    ...(root.Outputs ? { Outputs: inlineOutputs(root.Outputs, outputs) } : {}),
  });
};

/** The logical id of `element` in the template of the stack it is in (nested or not). */
export const logicalIdOf = (element: unknown): string => {
  const construct = element as Parameters<typeof Stack.of>[0];
  return Stack.of(construct).getLogicalId(construct as never);
};
