/**
 * The admin console's API types, generated from the OpenAPI document (openapi-typescript), so the
 * console cannot drift from the API: `npm run api-types` writes them, and test/unit/api-types.test.ts
 * fails when the committed file is stale.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApi } from '../openapi.ts';

export const API_TYPES_FILE = new URL('../../console/src/api-types.ts', import.meta.url);

const HEADER = `/**
 * GENERATED from the API's OpenAPI document by \`npm run api-types\` (shared/local/api-types.ts).
 * Do not edit: test/unit/api-types.test.ts fails when this file is stale.
 */

`;

/** The text of console/src/api-types.ts for the API as it is now. */
export const generateApiTypes = async (): Promise<string> => {
  const document = await buildOpenApi();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
};
