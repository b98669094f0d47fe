/** `npm run openapi [-- file]`: writes the generated OpenAPI document (default `openapi.json`). */
import { writeFileSync } from 'node:fs';

// Handler modules read TABLE_NAME when they load; generating the document touches no table.
process.env.TABLE_NAME ||= 'openapi';
const { buildOpenApi } = await import('../openapi.ts');
const file = process.argv[2] || 'openapi.json';
writeFileSync(file, `${JSON.stringify(await buildOpenApi(), null, 2)}\n`);
console.log(`wrote ${file}`);
