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
