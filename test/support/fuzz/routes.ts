/** Routes and their schemas: every route of the table, with its handler's spec as JSON Schema. */
import * as z from 'zod';
import type { RouteHandler } from '../../../shared/http/handler.ts';
import { loadHandler } from '../../../shared/local/handlers.ts';
import { ROUTES, type Route, routeKey } from '../../../shared/routes.ts';

/** The subset of JSON Schema that `z.toJSONSchema` produces for this API's schemas. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: Array<string | number | boolean | null>;
  const?: string | number | boolean | null;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

type Spec = RouteHandler['spec'];

export interface LoadedRoute {
  route: Route;
  key: string;
  spec: Spec;
  /** Input JSON Schema of the body, if the route takes one. */
  body?: JsonSchema;
  query: JsonSchema;
  params: JsonSchema;
  /** Top-level fields of the success body that the request body does not accept (read-only). */
  responseOnly: string[];
  pattern: RegExp;
}

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;

const routePattern = (path: string) => new RegExp(`^${path.replace(/\{\w+\}/g, '([^/]+)')}$`);

/** Every route of the table with its handler's spec, imported exactly as the local server imports it. */
export const loadRoutes = async (): Promise<LoadedRoute[]> =>
  Promise.all(
    ROUTES.map(async (route) => {
      const spec = (await loadHandler(route)).spec;
      const body = spec.body ? toSchema(spec.body, 'input') : undefined;
      const response = spec.response ? toSchema(spec.response, 'output') : undefined;
      const accepted = new Set(Object.keys(body?.properties ?? {}));
      const responseOnly = Object.keys(response?.properties ?? {}).filter((k) => !accepted.has(k));
      return {
        route,
        key: routeKey(route),
        spec,
        ...(body ? { body } : {}),
        query: toSchema(spec.query, 'input'),
        params: toSchema(spec.params, 'input'),
        responseOnly,
        pattern: routePattern(route.path),
      };
    }),
  );

/**
 * Which fuzz file covers a route: reads (every GET) in one file, the write routes alternating
 * between two so the two workers share the work. A route added to the table lands in one of them.
 */
export type FuzzPartition = 'reads' | 'writes-a' | 'writes-b';

export const partitionOf = (route: Route): FuzzPartition => {
  if (route.method === 'GET') return 'reads';
  const writes = ROUTES.filter((r) => r.method !== 'GET');
  return writes.indexOf(route) % 2 === 0 ? 'writes-a' : 'writes-b';
};

/** The route the local server would pick for this method and raw path (after URL normalisation). */
export const resolveRoute = (
  routes: readonly LoadedRoute[],
  method: string,
  rawPath: string,
): LoadedRoute | undefined => {
  let pathname: string;
  try {
    pathname = new URL(rawPath, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
  return routes.find((r) => r.route.method === method && r.pattern.test(pathname));
};
