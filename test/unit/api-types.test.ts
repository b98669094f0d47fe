import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../shared/local/api-types.ts';

describe("the console's API types (console/src/api-types.ts)", () => {
  it('are what the OpenAPI document generates now: run `npm run api-types` after changing a schema', async () => {
    const generated = await generateApiTypes();
    expect(generated).toContain('Plan: {');
    expect(readFileSync(API_TYPES_FILE, 'utf8') === generated, 'console/src/api-types.ts is stale').toBe(
      true,
    );
  });
});
