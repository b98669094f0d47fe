import { ensureConsoleBuilt } from '../console/build.ts';
import { buildApp } from './build.ts';

// `cdk synth` / `cdk deploy` run this file (cdk.json: "app"). Everything is built in build.ts, which the
// infra tests call too. The admin console is part of the deployment unless `-c console=false`: its build
// is refreshed first (a no-op when nothing under console/ changed since the last build).
const cliContext = JSON.parse(process.env.CDK_CONTEXT_JSON ?? '{}') as Record<string, unknown>;
if (String(cliContext.console ?? true) !== 'false') {
  await ensureConsoleBuilt((message) => console.error(message));
}
buildApp({ context: { console: true } }).app.synth();
