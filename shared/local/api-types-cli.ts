/** `npm run api-types`: regenerates console/src/api-types.ts from the OpenAPI document. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Handler modules read TABLE_NAME when they load; generating the document touches no table.
process.env.TABLE_NAME ||= 'openapi';
const { API_TYPES_FILE, generateApiTypes } = await import('./api-types.ts');
writeFileSync(API_TYPES_FILE, await generateApiTypes());
console.log(`wrote ${fileURLToPath(API_TYPES_FILE)}`);
