import { describe, expect, it } from 'vitest';
import { idPattern, newId, ulid } from '../../shared/ids.ts';

describe('ids', () => {
  it('makes prefixed ULIDs that match their pattern', () => {
    const id = newId('pkg');
    expect(id).toMatch(idPattern('pkg'));
    expect(id).not.toMatch(idPattern('off'));
  });

  it('sorts ids made in the same millisecond in creation order', () => {
    const now = Date.now() + 1000;
    const ids = Array.from({ length: 200 }, () => ulid(now));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(200);
  });

  it('encodes time first, so later ids sort after earlier ones', () => {
    const base = Date.now() + 60_000;
    const early = ulid(base);
    const late = ulid(base + 1);
    expect(late > early).toBe(true);
    expect(late.slice(0, 10) > early.slice(0, 10)).toBe(true);
  });

  it('never goes backwards when the clock does', () => {
    const base = Date.now() + 120_000;
    const first = ulid(base);
    expect(ulid(base - 5_000) > first).toBe(true);
  });
});
