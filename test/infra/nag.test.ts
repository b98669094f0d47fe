import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type App, Stack, Validations } from 'aws-cdk-lib';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build.ts';

/**
 * Skip esbuild, and make a failed validation throw (with the report) instead of printing it and setting
 * the process exit code, whichever way the test runner was started.
 */
const CONTEXT = { 'aws:cdk:bundling-stacks': [], '@aws-cdk/core:appMode': 'inmemory' };

interface ValidationReport {
  pluginReports: { pluginName: string; conclusion: string; violations: { ruleName: string }[] }[];
}

const acknowledgements = (root: IConstruct): { path: string; id: string; reason: string }[] =>
  root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );

/** The message synthesis fails with; fails the test if synthesis succeeds. */
const synthFailure = (app: App): string => {
  try {
    app.synth();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('synthesis succeeded, but a cdk-nag finding should have failed it');
};

describe('cdk-nag (AwsSolutions and Serverless packs)', () => {
  let app: App;
  let assemblyDir: string;

  beforeAll(() => {
    app = buildApp({ context: CONTEXT }).app;
    // Throws with the full report if any finding is not acknowledged.
    assemblyDir = app.synth().directory;
  });

  it('reports no unacknowledged finding when the app is synthesized', () => {
    const report = JSON.parse(
      readFileSync(join(assemblyDir, 'validation-report.json'), 'utf8'),
    ) as ValidationReport;
    const findings = report.pluginReports.flatMap((r) =>
      r.violations.map((v) => `${r.pluginName}: ${v.ruleName}`),
    );
    expect(findings).toEqual([]);
  });

  it('finds nothing unacknowledged when each pack walks the synthesized tree directly', () => {
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      const report = pack.validateScope(app);
      expect(
        report.violations.map((v) => v.ruleName),
        pack.name,
      ).toEqual([]);
      expect(report.success).toBe(true);
    }
  });

  it('gives every acknowledgement a real reason', () => {
    const acks = acknowledgements(app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThan(40);
    }
  });

  it('acknowledges rules on the constructs they concern, never on the stack or the app', () => {
    const stack = app.node.children.find((c) => c instanceof Stack);
    expect(stack).toBeDefined();
    const onRoots = acknowledgements(app).filter((ack) => ack.path === '' || ack.path === stack?.node.path);
    expect(onRoots).toEqual([]);
  });

  it('fails synthesis on an unacknowledged error-level finding', () => {
    const { app: bad, stack } = buildApp({ context: CONTEXT });
    // AwsSolutions-S1 and -S10 (errors): no server access logs, no TLS-only bucket policy.
    new Bucket(stack, 'CarelessBucket');
    const message = synthFailure(bad);
    expect(message).toMatch(/AwsSolutions-S1\b/);
    expect(message).toMatch(/AwsSolutions-S10\b/);
  });

  it('fails synthesis on an unacknowledged warning-level finding too', () => {
    const { app: bad, stack } = buildApp({ context: CONTEXT });
    // Serverless-CloudWatchLogGroupRetentionPeriod (a warning): logs kept forever.
    new CfnLogGroup(stack, 'ForeverLogs');
    const message = synthFailure(bad);
    expect(message).toMatch(/WARNING.*\(Serverless\)/);
    expect(message).toMatch(/Serverless-CloudWatchLogGroupRetentionPeriod\b/);
  });
});
