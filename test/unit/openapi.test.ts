import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../shared/openapi.ts';
import { ROUTES } from '../../shared/routes.ts';

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and documents every route of the table, with its request and responses', async () => {
    const doc = await buildOpenApi();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const op = doc.paths?.[route.path]?.[route.method.toLowerCase() as 'get'];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(Object.keys(op?.responses ?? {}).length).toBeGreaterThan(0);
      if (route.auth) expect(op?.security).toEqual([{ bearer: [] }]);
    }
  });

  it('takes request bodies and components from the zod schemas', async () => {
    const doc = await buildOpenApi();
    const create = doc.paths?.['/orgs/{orgId}/packages']?.post;
    const schema = JSON.stringify(create?.requestBody);
    expect(schema).toContain('tier');
    expect(schema).toContain('additionalProperties');
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['Package', 'Offer', 'Problem']),
    );
  });
});
