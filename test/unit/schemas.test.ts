import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { fieldErrors } from '../../shared/http/handler.ts';
import { CreateOfferBody } from '../../shared/offers/schemas.ts';
import { CreatePackageBody, ListPackagesQuery, UpdatePackageBody } from '../../shared/packages/schemas.ts';

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : fieldErrors(result.error, value);
};

describe('package schemas', () => {
  const valid = { status: 'active', code: 'PRO', name: 'Pro', tier: 1 };

  it('accepts a valid package and defaults nothing it should not', () => {
    expect(CreatePackageBody.parse(valid)).toEqual(valid);
  });

  it('lists every problem at once, each with its field path', () => {
    const errors = errorsOf(CreatePackageBody, {
      status: 'on',
      code: 'bad code!',
      name: '',
      tier: 1.5,
      extra: 1,
    });
    expect(errors.map((e) => e.path).sort()).toEqual(['code', 'extra', 'name', 'status', 'tier']);
  });

  it('calls missing required fields required, and read-only fields read-only', () => {
    const errors = errorsOf(CreatePackageBody, { id: 'pkg_x', version: 3 });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'status', message: 'is required' },
        { path: 'id', message: 'is read-only' },
        { path: 'version', message: 'is read-only' },
      ]),
    );
  });

  it('enforces the bounds: code 1-32, tier 0-1000, description 1000', () => {
    expect(errorsOf(CreatePackageBody, { ...valid, code: 'x'.repeat(32) })).toEqual([]);
    expect(errorsOf(CreatePackageBody, { ...valid, code: 'x'.repeat(33) })).toHaveLength(1);
    expect(errorsOf(CreatePackageBody, { ...valid, tier: 1000 })).toEqual([]);
    expect(errorsOf(CreatePackageBody, { ...valid, tier: 1001 })).toHaveLength(1);
    expect(errorsOf(CreatePackageBody, { ...valid, tier: -1 })).toHaveLength(1);
    expect(errorsOf(CreatePackageBody, { ...valid, description: 'd'.repeat(1001) })).toHaveLength(1);
    expect(errorsOf(CreatePackageBody, { ...valid, description: null })).toEqual([]);
  });

  it('lets a PATCH clear only optional fields with null', () => {
    expect(errorsOf(UpdatePackageBody, { description: null })).toEqual([]);
    expect(errorsOf(UpdatePackageBody, { name: null })).toHaveLength(1);
  });

  it('coerces and bounds list limits', () => {
    expect(ListPackagesQuery.parse({}).limit).toBe(25);
    expect(ListPackagesQuery.parse({ limit: '100' }).limit).toBe(100);
    for (const limit of ['0', '101', 'abc', '1.5'])
      expect(errorsOf(ListPackagesQuery, { limit })).toHaveLength(1);
    expect(errorsOf(ListPackagesQuery, { sort: 'x' })[0]?.path).toBe('sort');
  });
});

describe('offer schemas', () => {
  it('requires a well-formed package id', () => {
    const errors = errorsOf(CreateOfferBody, { status: 'active', code: 'A', name: 'A', packageId: 'nope' });
    expect(errors.map((e) => e.path)).toEqual(['packageId']);
  });
});
