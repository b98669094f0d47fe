import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.ts';
import { toProblem } from '../../shared/http/problem.ts';

const body = (r: { body?: string }) => JSON.parse(r.body ?? '{}') as Record<string, unknown>;

describe('error mapper', () => {
  it('turns a domain error into problem+json with its stable code and field errors', () => {
    const r = toProblem(
      new DomainError('slug_taken', "A plan with slug 'x' already exists", [
        { path: 'slug', message: 'already in use' },
      ]),
    );
    expect(r.statusCode).toBe(409);
    expect(r.headers['content-type']).toBe('application/problem+json');
    expect(body(r)).toEqual({
      type: 'about:blank',
      status: 409,
      code: 'slug_taken',
      title: 'Slug already in use',
      detail: "A plan with slug 'x' already exists",
      errors: [{ path: 'slug', message: 'already in use' }],
    });
  });

  it('maps each contract code to its status', () => {
    const cases: [ConstructorParameters<typeof DomainError>[0], number][] = [
      ['invalid_json', 400],
      ['invalid_cursor', 400],
      ['unauthorized', 401],
      ['forbidden', 403],
      ['not_found', 404],
      ['package_in_use', 409],
      ['idempotency_in_progress', 409],
      ['version_mismatch', 412],
      ['payload_too_large', 413],
      ['unsupported_media_type', 415],
      ['reference_not_found', 422],
      ['idempotency_key_reused', 422],
      ['unavailable', 503],
    ];
    for (const [code, status] of cases) expect(toProblem(new DomainError(code)).statusCode).toBe(status);
  });

  it('answers a throttled or unreachable database with 503 unavailable and Retry-After', () => {
    for (const name of ['ThrottlingException', 'ProvisionedThroughputExceededException', 'TimeoutError']) {
      const error = Object.assign(new Error('slow down'), { name });
      const r = toProblem(error);
      expect(r.statusCode).toBe(503);
      expect(body(r).code).toBe('unavailable');
      expect(r.headers['Retry-After']).toBe('1');
    }
    const wrapped = Object.assign(new Error('electro'), {
      cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
    });
    expect(toProblem(wrapped).statusCode).toBe(503);
  });

  it('answers anything unexpected with a 500 that leaks no message or stack', () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const r = toProblem(new TypeError('secret internals at /var/task/index.mjs:12'));
      expect(r.statusCode).toBe(500);
      expect(r.body).not.toContain('secret');
      expect(r.body).not.toContain('index.mjs');
      expect(body(r).code).toBe('internal_error');
    } finally {
      console.error = original;
    }
  });
});
