import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cursorKey, resetCursorKey } from '../../shared/db/cursor-key.ts';

describe('the cursor signing key (shared/db/cursor-key.ts)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    resetCursorKey();
  });

  it('is CURSOR_SECRET locally, or the built-in default', async () => {
    vi.stubEnv('CURSOR_KEY_SECRET_ARN', '');
    vi.stubEnv('CURSOR_SECRET', 'my-local-key');
    expect(await cursorKey()).toBe('my-local-key');
    resetCursorKey();
    vi.stubEnv('CURSOR_SECRET', '');
    expect(await cursorKey()).toBe('subscription-admin/cursor/v1');
  });

  it('is read from Secrets Manager when deployed, once per container', async () => {
    vi.stubEnv('CURSOR_KEY_SECRET_ARN', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:CursorKey-abc');
    const send = vi
      .spyOn(SecretsManagerClient.prototype, 'send')
      .mockImplementation(async () => ({ SecretString: 'generated-key' }));
    expect(await cursorKey()).toBe('generated-key');
    expect(await cursorKey()).toBe('generated-key');
    expect(send).toHaveBeenCalledTimes(1);
    const command = send.mock.calls[0]?.[0] as GetSecretValueCommand;
    expect(command).toBeInstanceOf(GetSecretValueCommand);
    expect(command.input.SecretId).toBe('arn:aws:secretsmanager:eu-west-1:123456789012:secret:CursorKey-abc');
  });

  it('reads again after a failed read, instead of keeping the failure', async () => {
    vi.stubEnv('CURSOR_KEY_SECRET_ARN', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:CursorKey-abc');
    const send = vi
      .spyOn(SecretsManagerClient.prototype, 'send')
      .mockImplementationOnce(async () => {
        throw Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
      })
      .mockImplementationOnce(async () => ({ SecretString: 'generated-key' }));
    await expect(cursorKey()).rejects.toThrow('slow down');
    expect(await cursorKey()).toBe('generated-key');
    expect(send).toHaveBeenCalledTimes(2);
  });
});
