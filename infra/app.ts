import { buildApp } from './build.ts';

// `cdk synth` / `cdk deploy` run this file (cdk.json: "app"). Everything is built in build.ts, which the
// infra tests call too.
buildApp().app.synth();
