import { describe, expect, it } from 'vitest';
import { eventId, idPattern, lastEventIdAt, newId, ulid } from '../../shared/ids.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

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

  it('gives audit events the time of their change, in the order made within one instant', () => {
    const at = new Date('2026-03-01T12:00:00.000Z');
    const other = new Date('2026-03-01T12:00:00.001Z');
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      ids.push(eventId(at));
      eventId(other); // interleaved instants do not reset the order within one
    }
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(100);
    for (const id of ids) {
      expect(id).toMatch(idPattern('evt'));
      const time = [...id.slice(4, 14)].reduce((t, c) => t * 32 + ALPHABET.indexOf(c), 0);
      expect(time).toBe(at.getTime());
      expect(id <= lastEventIdAt(at)).toBe(true);
      expect(id > lastEventIdAt(new Date(at.getTime() - 1))).toBe(true);
    }
    expect(eventId(other) > lastEventIdAt(at)).toBe(true);
  });
});
