import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import * as z from 'zod';
import type { RouteHandler } from './http/handler.ts';
import { ROUTES } from './routes.ts';

const FUNCTIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'functions');

const Problem = z
  .object({
    type: z.string(),
    status: z.number().int(),
    code: z.string(),
    title: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

const DryRun = z.enum(['true', 'false']).optional().meta({
  description:
    'true: judge the request against the current data and answer what it would answer, writing nothing',
});

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

/**
 * The OpenAPI 3.1 document, generated from the route table and the zod schemas each route's
 * handler declares (`handler.spec`): nothing here is written by hand twice.
 */
export const buildOpenApi = async (options: { serverUrl?: string } = {}) => {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  for (const route of ROUTES) {
    const module = (await import(pathToFileURL(join(FUNCTIONS_DIR, `${route.handler}.ts`)).href)) as {
      handler: RouteHandler;
    };
    const spec = module.handler.spec;
    const isPost = route.method === 'POST';
    // Every route of an org reads data (the public catalog too); only /health touches none.
    const readsData = route.path.startsWith('/orgs/');
    const headers = z.object({
      ...(route.ifMatch ? { 'if-match': z.string().optional() } : {}),
      ...(isPost ? { 'idempotency-key': z.string().min(1).max(255).optional() } : {}),
    });
    registry.registerPath({
      method: route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete',
      path: route.path,
      operationId: route.handler.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
      summary: route.summary,
      tags: [route.tag],
      ...(route.auth ? { security: [{ bearer: [] }] } : {}),
      request: {
        params: spec.params as z.ZodObject,
        // Every write takes `?dryRun=` (the handler factory takes it out before the route's own query).
        query:
          route.access === 'write'
            ? (spec.query as z.ZodObject).extend({ dryRun: DryRun })
            : (spec.query as z.ZodObject),
        headers,
        ...(spec.body
          ? { body: { required: !spec.bodyOptional, content: { 'application/json': { schema: spec.body } } } }
          : {}),
      },
      responses: {
        [spec.status]:
          spec.status === 204
            ? { description: 'No content' }
            : {
                description: 'Success',
                content: { 'application/json': { schema: spec.response ?? z.object({}) } },
              },
        ...(readsData
          ? {
              400: problemResponse('invalid_json, validation_failed or invalid_cursor'),
              ...(route.auth
                ? { 401: problemResponse('unauthorized'), 403: problemResponse('forbidden') }
                : {}),
              404: problemResponse('not_found'),
            }
          : {}),
        ...(route.access === 'write'
          ? {
              409: problemResponse('a uniqueness, lifecycle, reference or idempotency conflict'),
              412: problemResponse('version_mismatch'),
              413: problemResponse('payload_too_large'),
              415: problemResponse('unsupported_media_type'),
              422: problemResponse('reference_not_found or idempotency_key_reused'),
            }
          : {}),
        ...(readsData ? { 503: problemResponse('unavailable (see Retry-After)') } : {}),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Subscription Admin API',
      version: '1.0.0',
      description: 'Admin API for packages, offers, plans, subscribers and subscriptions. See README.md.',
    },
    servers: [{ url: options.serverUrl ?? 'http://localhost:3000' }],
  });
};

/** A self-contained docs page (no CDN): lists every operation of `/openapi.json` with its schemas. */
export const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Subscription Admin API</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
details{border:1px solid #ddd;border-radius:6px;margin:.4rem 0;padding:.4rem .8rem}summary{cursor:pointer}
.m{display:inline-block;width:4.5rem;font-weight:600}.GET{color:#0a7}.POST{color:#06c}.PATCH{color:#b60}.DELETE{color:#c22}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;font-size:12px}h2{margin-top:2rem}</style></head>
<body><h1>Subscription Admin API</h1><p>Generated from the route table and zod schemas. Raw document: <a href="/openapi.json">/openapi.json</a>.</p>
<div id="ops">Loading…</div>
<script>
fetch('/openapi.json').then(r=>r.json()).then(doc=>{
  const byTag={};
  for(const [path,item] of Object.entries(doc.paths)) for(const [method,op] of Object.entries(item)){
    (byTag[(op.tags||['Other'])[0]] ||= []).push({path,method:method.toUpperCase(),op});
  }
  const esc=s=>String(s).replace(/[&<>]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;'}[c]));
  const out=[];
  for(const [tag,ops] of Object.entries(byTag)){
    out.push('<h2>'+esc(tag)+'</h2>');
    for(const {path,method,op} of ops){
      out.push('<details><summary><span class="m '+method+'">'+method+'</span><code>'+esc(path)+'</code> — '+esc(op.summary||'')+'</summary><pre>'+esc(JSON.stringify({parameters:op.parameters,requestBody:op.requestBody,responses:op.responses},null,2))+'</pre></details>');
    }
  }
  out.push('<h2>Schemas</h2><pre>'+esc(JSON.stringify(doc.components&&doc.components.schemas,null,2))+'</pre>');
  document.getElementById('ops').innerHTML=out.join('');
});
</script></body></html>`;
