import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build.ts';
import { ROUTES } from '../../shared/routes.ts';
import { flatTemplate } from './template.ts';

/**
 * Stack-wide protections, checked over every resource of the synthesized template rather than per
 * construct, so that a resource added later is covered too: no wildcard permissions beyond X-Ray's, a
 * retention period on every log group, no secret in any function's environment.
 */

/** Synthesize without running esbuild: these tests read the template only. */
const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

/** The only actions allowed on Resource "*": X-Ray supports no resource-level permissions. */
const XRAY_ACTIONS = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'];

/** Environment variable names (or values) that suggest a secret. */
const SECRET_NAME = /secret|passw(or)?d|pwd|token|(^|_)key($|_)|apikey|credential|private|signing|auth/i;
/**
 * Names that match SECRET_NAME but hold no secret. Each needs a reason; a real secret belongs in Secrets
 * Manager or SSM Parameter Store, read by the function at run time, never in the template.
 */
const KNOWN_SAFE_NAMES: ReadonlyMap<string, string> = new Map([
  [
    'CURSOR_KEY_SECRET_ARN',
    'the ARN of the Secrets Manager secret that signs cursors; the list functions read the value at run time',
  ],
]);

/** Values shaped like credentials, whatever the variable is called. */
const CREDENTIAL_SHAPES: readonly RegExp[] = [
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/, // AWS access key id
  /\beyJ[\w-]+\.[\w-]+\.[\w-]*/, // JWT
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\b(ghp|gho|ghs|github_pat|xox[abprs]|sk_live|rk_live|sk-[A-Za-z0-9])[\w-]{10,}/, // GitHub, Slack, Stripe, OpenAI
  /^[A-Za-z0-9+/=_-]{32,}$/, // one long opaque string: a key, a password, a hash of one
  /:\/\/[^/\s:@]+:[^/\s@]+@/, // credentials in a URL
];

/** Why an environment variable looks like a secret, or undefined when it does not. */
const secretFinding = (name: string, value: unknown): string | undefined => {
  if (SECRET_NAME.test(name) && !KNOWN_SAFE_NAMES.has(name)) return `name ${name} suggests a secret`;
  if (typeof value === 'string') {
    if (SECRET_NAME.test(value)) return `value of ${name} mentions a secret`;
    const shape = CREDENTIAL_SHAPES.find((pattern) => pattern.test(value));
    if (shape) return `value of ${name} looks like a credential (${shape})`;
    return undefined;
  }
  // Not a literal: only a reference to another resource of the stack (the table's name) is expected;
  // anything else, e.g. a dynamic reference to Secrets Manager, would put the secret in the environment.
  const json = JSON.stringify(value);
  if (!/^\{"(Ref|Fn::GetAtt)":/.test(json)) return `value of ${name} is not a plain reference: ${json}`;
  if (/resolve:(secretsmanager|ssm-secure)/.test(json)) return `value of ${name} resolves a secret`;
  return undefined;
};

type Resource = { Type: string; Properties: Record<string, unknown> };
type Statement = { Effect: string; Action?: string | string[]; Resource?: unknown; Principal?: unknown };

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Every literal string inside a CloudFormation value (intrinsics included). */
const literals = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(literals)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(literals)
        : [];

describe('stack-wide hardening', () => {
  let resources: Record<string, Resource>;
  let functionCount: number;
  let accessLogGroupId: string;

  beforeAll(() => {
    const { stack } = buildApp({ context: NO_BUNDLING });
    resources = flatTemplate(stack).toJSON().Resources as Record<string, Resource>;
    // The routes', the expirer's and the change-event publisher's.
    functionCount = stack.functions.size + 2;
    const stage = Object.values(resources).find((r) => r.Type === 'AWS::ApiGatewayV2::Stage');
    const settings = stage?.Properties.AccessLogSettings as { DestinationArn?: unknown } | undefined;
    const destination = settings?.DestinationArn as { 'Fn::GetAtt': [string, string] } | undefined;
    accessLogGroupId = destination?.['Fn::GetAtt'][0] ?? '';
  });

  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

  describe('IAM', () => {
    /** Allow statements of identity policies (AWS::IAM::Policy, inline role policies) and resource policies. */
    const allowStatements = (): { where: string; statement: Statement }[] => {
      const documents: { where: string; document: unknown }[] = [
        ...ofType('AWS::IAM::Policy').map(([id, r]) => ({
          where: id,
          document: r.Properties.PolicyDocument,
        })),
        ...ofType('AWS::IAM::Role').flatMap(([id, r]) =>
          asArray(r.Properties.Policies as { PolicyDocument: unknown }[] | undefined).map((p) => ({
            where: id,
            document: p.PolicyDocument,
          })),
        ),
        ...ofType('AWS::SQS::QueuePolicy').map(([id, r]) => ({
          where: id,
          document: r.Properties.PolicyDocument,
        })),
      ];
      return documents.flatMap(({ where, document }) =>
        asArray((document as { Statement: Statement[] }).Statement)
          .filter((statement) => statement.Effect === 'Allow')
          .map((statement) => ({ where, statement })),
      );
    };

    it('has no "*" in any allowed action or resource, except the X-Ray actions on Resource "*"', () => {
      const statements = allowStatements();
      expect(statements.length).toBeGreaterThan(functionCount);
      let xray = 0;
      for (const { where, statement } of statements) {
        const actions = asArray(statement.Action);
        const wildcard =
          actions.some((a) => a.includes('*')) || literals(statement.Resource).some((s) => s.includes('*'));
        if (!wildcard) continue;
        expect([...actions].sort(), `${where}: ${JSON.stringify(statement)}`).toEqual(XRAY_ACTIONS);
        expect(statement.Resource, where).toBe('*');
        xray++;
      }
      // One X-Ray statement per function role (active tracing), and no other wildcard.
      expect(xray).toBe(functionCount);
    });

    it('uses no NotAction, NotResource or wildcard principal in an Allow', () => {
      for (const { where, statement } of allowStatements()) {
        expect(Object.keys(statement), where).not.toContain('NotAction');
        expect(Object.keys(statement), where).not.toContain('NotResource');
        expect(literals(statement.Principal ?? {}), where).not.toContain('*');
      }
    });

    it('lets only Lambda assume the function roles, and attaches no managed policy', () => {
      const roles = ofType('AWS::IAM::Role');
      expect(roles).toHaveLength(functionCount);
      for (const [id, role] of roles) {
        expect(role.Properties.AssumeRolePolicyDocument, id).toEqual({
          Statement: [
            { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
          ],
          Version: '2012-10-17',
        });
        expect(role.Properties.ManagedPolicyArns, id).toBeUndefined();
      }
    });
  });

  describe('log groups', () => {
    it('gives every log group a retention period', () => {
      const groups = ofType('AWS::Logs::LogGroup');
      // One per function, plus the API access logs: no function logs to a group kept forever.
      expect(groups).toHaveLength(functionCount + 1);
      for (const [id, group] of groups) {
        expect(group.Properties.RetentionInDays, id).toEqual(expect.any(Number));
        expect(group.Properties.RetentionInDays as number, id).toBeGreaterThan(0);
      }
    });

    it('sends every function and the access logs to one of those log groups', () => {
      const functions = ofType('AWS::Lambda::Function');
      expect(functions).toHaveLength(ROUTES.length + 2);
      const used = new Set<string>([accessLogGroupId]);
      for (const [id, fn] of functions) {
        const ref = (fn.Properties.LoggingConfig as { LogGroup?: { Ref?: string } } | undefined)?.LogGroup
          ?.Ref;
        expect(ref, id).toBeDefined();
        expect(resources[ref ?? '']?.Type, id).toBe('AWS::Logs::LogGroup');
        used.add(ref ?? '');
      }
      expect(resources[accessLogGroupId]?.Type).toBe('AWS::Logs::LogGroup');
      expect(used.size).toBe(functionCount + 1);
    });
  });

  describe('function environments', () => {
    it('recognises secrets in names and values (the detector itself)', () => {
      for (const [name, value] of [
        ['CURSOR_SECRET', 'anything'],
        ['DB_PASSWORD', 'x'],
        ['API_KEY', 'x'],
        ['STRIPE_TOKEN', 'x'],
        ['SIGNING_KEY_ID', 'x'],
        ['CONFIG', 'AKIAIOSFODNN7EXAMPLE'],
        ['CONFIG', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'],
        ['CONFIG', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
        ['DATABASE_URL', 'postgres://admin:hunter2@db.example.com/app'],
        ['CONFIG', 'the-secret-is-here'],
        ['CONFIG', { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: 'S' }, '}}']] }],
      ] as const) {
        expect(secretFinding(name, value), `${name}=${JSON.stringify(value)}`).toBeDefined();
      }
      for (const [name, value] of [
        ['NODE_OPTIONS', '--enable-source-maps'],
        ['POWERTOOLS_SERVICE_NAME', 'subscription-admin'],
        ['TABLE_NAME', { Ref: 'TableCD117FA1' }],
      ] as const) {
        expect(secretFinding(name, value), name).toBeUndefined();
      }
    });

    it('holds no secret in any function’s environment variable', () => {
      const functions = ofType('AWS::Lambda::Function');
      expect(functions).toHaveLength(functionCount);
      const names = new Set<string>();
      for (const [id, fn] of functions) {
        const variables =
          (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
        for (const [name, value] of Object.entries(variables)) {
          names.add(name);
          expect(secretFinding(name, value), `${id}: ${name}`).toBeUndefined();
        }
      }
      expect(names.size).toBeGreaterThan(0);
    });

    it('creates no key a function could be handed, and its one secret (the cursor key) is generated, not written', () => {
      for (const type of ['AWS::SSM::Parameter', 'AWS::IAM::AccessKey']) {
        expect(ofType(type), type).toEqual([]);
      }
      // The issue asked for the cursor key to be a generated secret instead of a constant in the source:
      // CloudFormation generates its value, so neither the template nor any environment holds it.
      const secrets = ofType('AWS::SecretsManager::Secret');
      expect(secrets).toHaveLength(1);
      const [, secret] = secrets[0] as [string, Resource];
      expect(Object.keys(secret.Properties).sort()).toEqual(['Description', 'GenerateSecretString']);
    });
  });
});
