import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build.ts';
import {
  WEBHOOK_MAX_EVENT_AGE,
  WEBHOOK_RATE_PER_SECOND,
  WEBHOOK_RETRY_ATTEMPTS,
  WEBHOOK_TOKEN_HEADER,
} from '../../infra/constructs/events-webhook.ts';
import { EVENT_SOURCE } from '../../shared/events/source.ts';
import { flatTemplate, logicalIdOf } from './template.ts';

/** Skip esbuild; a validation failure (cdk-nag) throws instead of printing. */
const CONTEXT = { 'aws:cdk:bundling-stacks': [], '@aws-cdk/core:appMode': 'inmemory' };
const URL = 'https://hooks.example.com/subscription-admin?team=billing';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

describe('change events to a webhook (-c eventsWebhookUrl, an EventBridge API destination)', () => {
  let template: Template;
  let resources: Record<string, Resource>;
  let id: {
    bus: string;
    secret: string;
    connection: string;
    destination: string;
    queue: string;
    rule: string;
  };

  beforeAll(() => {
    const { app, stack } = buildApp({ context: { ...CONTEXT, eventsWebhookUrl: URL } });
    // cdk-nag runs on synthesis: an unacknowledged finding of the webhook's resources throws here.
    app.synth();
    template = flatTemplate(stack);
    resources = template.toJSON().Resources as Record<string, Resource>;
    if (!stack.eventsWebhook) throw new Error('no webhook although eventsWebhookUrl is set');
    const only = (type: string) => {
      const ids = Object.keys(resources).filter((key) => resources[key]?.Type === type);
      expect(ids, type).toHaveLength(1);
      return ids[0] as string;
    };
    const rule = Object.keys(resources).find(
      (key) =>
        resources[key]?.Type === 'AWS::Events::Rule' && 'EventBusName' in (resources[key]?.Properties ?? {}),
    ) as string;
    const ruleTargets = resources[rule]?.Properties.Targets as
      | { DeadLetterConfig: { Arn: { 'Fn::GetAtt': string[] } } }[]
      | undefined;
    const dlq = ruleTargets?.[0]?.DeadLetterConfig.Arn['Fn::GetAtt'][0] as string;
    id = {
      bus: logicalIdOf(stack.eventBus.node.defaultChild),
      secret: logicalIdOf(stack.eventsWebhook.tokenSecret.node.defaultChild),
      connection: only('AWS::Events::Connection'),
      destination: only('AWS::Events::ApiDestination'),
      queue: dlq,
      rule,
    };
  });

  it('authenticates with a generated token header, from a secret whose ARN is an output', () => {
    expect(resources[id.secret]?.Properties.GenerateSecretString).toMatchObject({
      PasswordLength: 48,
      ExcludePunctuation: true,
    });
    const auth = resources[id.connection]?.Properties as {
      AuthorizationType: string;
      AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: string; ApiKeyValue: unknown } };
    };
    expect(auth.AuthorizationType).toBe('API_KEY');
    expect(auth.AuthParameters.ApiKeyAuthParameters.ApiKeyName).toBe(WEBHOOK_TOKEN_HEADER);
    // A dynamic reference to the generated secret, resolved by CloudFormation: never in the template.
    expect(JSON.stringify(auth.AuthParameters.ApiKeyAuthParameters.ApiKeyValue)).toContain(
      'resolve:secretsmanager:',
    );
    expect(JSON.stringify(auth.AuthParameters.ApiKeyAuthParameters.ApiKeyValue)).toContain(id.secret);
    expect(template.findOutputs('EventsWebhookTokenSecretArn').EventsWebhookTokenSecretArn?.Value).toEqual({
      Ref: id.secret,
    });
  });

  it('POSTs to the URL, rate limited', () => {
    expect(resources[id.destination]?.Properties).toMatchObject({
      ConnectionArn: { 'Fn::GetAtt': [id.connection, 'Arn'] },
      InvocationEndpoint: URL,
      HttpMethod: 'POST',
      InvocationRateLimitPerSecond: WEBHOOK_RATE_PER_SECOND,
    });
  });

  it('sends every change event of the bus, retried for 24 hours, then to an encrypted TLS-only dead-letter queue', () => {
    const rule = resources[id.rule]?.Properties as {
      EventBusName: unknown;
      EventPattern: unknown;
      Targets: { Arn: unknown; RoleArn: unknown; DeadLetterConfig: unknown; RetryPolicy: unknown }[];
    };
    expect(rule.EventBusName).toEqual({ Ref: id.bus });
    expect(rule.EventPattern).toEqual({ source: [EVENT_SOURCE] });
    expect(rule.Targets).toHaveLength(1);
    expect(rule.Targets[0]).toMatchObject({
      Arn: { 'Fn::GetAtt': [id.destination, 'Arn'] },
      DeadLetterConfig: { Arn: { 'Fn::GetAtt': [id.queue, 'Arn'] } },
      RetryPolicy: {
        MaximumRetryAttempts: WEBHOOK_RETRY_ATTEMPTS,
        MaximumEventAgeInSeconds: WEBHOOK_MAX_EVENT_AGE.toSeconds(),
      },
    });
    expect(WEBHOOK_MAX_EVENT_AGE.toSeconds()).toBe(86_400); // EventBridge's maximum
    expect(resources[id.queue]?.Properties.SqsManagedSseEnabled).toBe(true);
    const queuePolicies = Object.values(resources).filter(
      (r) => r.Type === 'AWS::SQS::QueuePolicy' && JSON.stringify(r.Properties.Queues).includes(id.queue),
    );
    expect(JSON.stringify(queuePolicies)).toContain('aws:SecureTransport');
  });

  it('lets EventBridge invoke this destination and nothing else', () => {
    const targets = resources[id.rule]?.Properties.Targets as
      | { RoleArn: { 'Fn::GetAtt': string[] } }[]
      | undefined;
    const roleId = targets?.[0]?.RoleArn['Fn::GetAtt'][0] as string;
    expect(resources[roleId]?.Type).toBe('AWS::IAM::Role');
    const statements = Object.values(resources)
      .filter(
        (r) =>
          r.Type === 'AWS::IAM::Policy' &&
          JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: roleId }]),
      )
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: 'events:InvokeApiDestination',
        Resource: { 'Fn::GetAtt': [id.destination, 'Arn'] },
      },
    ]);
  });

  it('alarms when an event is dead-lettered', () => {
    const alarms = Object.values(resources).filter(
      (r) =>
        r.Type === 'AWS::CloudWatch::Alarm' &&
        JSON.stringify(r.Properties.Dimensions ?? null).includes(id.queue),
    );
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.Properties).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('creates none of this without the context', () => {
    const { stack } = buildApp({ context: CONTEXT });
    const plain = flatTemplate(stack);
    expect(stack.eventsWebhook).toBeUndefined();
    for (const type of ['AWS::Events::Connection', 'AWS::Events::ApiDestination'])
      plain.resourceCountIs(type, 0);
    expect(plain.findOutputs('EventsWebhookTokenSecretArn')).toEqual({});
  });

  it.each([
    'http://hooks.example.com/x',
    'https://user:pass@hooks.example.com/x',
    'https://hooks.example.com/x#frag',
    'https://hooks.example.com/*',
    'not a url',
    '42',
  ])('refuses %s with a message naming the context', (bad) => {
    expect(() => buildApp({ context: { ...CONTEXT, eventsWebhookUrl: bad } })).toThrow(/eventsWebhookUrl/);
  });
});
