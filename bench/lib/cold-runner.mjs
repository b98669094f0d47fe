// One cold start: a fresh Node process imports a function bundle, answers one event, and reports
// the time since the process began (performance.now() counts from process start) and its peak
// memory. Plain JavaScript on purpose: no loader or transpiler in the measured process.
// Usage: node cold-runner.mjs <bundle.mjs> <event.json>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, eventFile] = process.argv.slice(2);
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const started = performance.now();
const { handler } = await import(pathToFileURL(bundle).href);
const loaded = performance.now();
const deadline = Date.now() + 10_000;
const response = await handler(event, {
  awsRequestId: event.requestContext?.requestId ?? 'cold',
  functionName: 'cold',
  getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
});
const answered = performance.now();
process.stdout.write(
  `${JSON.stringify({
    startMs: started,
    loadMs: loaded - started,
    firstAnswerMs: answered,
    status: response?.statusCode,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
