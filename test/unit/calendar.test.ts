import { describe, expect, it } from 'vitest';
import { addMonths, periodEnd } from '../../shared/subscriptions/calendar.ts';

const at = (iso: string) => new Date(iso);
const end = (iso: string, cycle: Parameters<typeof periodEnd>[1], customDays: number | null = null) =>
  periodEnd(at(iso), cycle, customDays).toISOString();

describe('billing period arithmetic (UTC)', () => {
  it('clamps Jan 31 + 1 month to the end of February, in a leap year and a common year', () => {
    expect(end('2028-01-31T10:00:00.000Z', 'monthly')).toBe('2028-02-29T10:00:00.000Z');
    expect(end('2027-01-31T10:00:00.000Z', 'monthly')).toBe('2027-02-28T10:00:00.000Z');
  });

  it('clamps Dec 31 + 1 quarter to Mar 31 of the next year, and Aug 31 + 6 months to Feb 28/29', () => {
    expect(end('2026-12-31T23:59:59.999Z', 'quarterly')).toBe('2027-03-31T23:59:59.999Z');
    expect(end('2026-11-30T00:00:00.000Z', 'quarterly')).toBe('2027-02-28T00:00:00.000Z');
    expect(end('2027-08-31T00:00:00.000Z', 'semiannual')).toBe('2028-02-29T00:00:00.000Z');
  });

  it('clamps Feb 29 + 1 year to Feb 28', () => {
    expect(end('2028-02-29T12:00:00.000Z', 'annual')).toBe('2029-02-28T12:00:00.000Z');
    expect(end('2027-03-15T12:00:00.000Z', 'annual')).toBe('2028-03-15T12:00:00.000Z');
  });

  it('adds exact days for daily, weekly and custom cycles', () => {
    expect(end('2026-02-28T08:30:00.000Z', 'daily')).toBe('2026-03-01T08:30:00.000Z');
    expect(end('2026-12-29T00:00:00.000Z', 'weekly')).toBe('2027-01-05T00:00:00.000Z');
    expect(end('2026-01-31T00:00:00.000Z', 'custom', 30)).toBe('2026-03-02T00:00:00.000Z');
    expect(end('2028-02-01T00:00:00.000Z', 'custom', 30)).toBe('2028-03-02T00:00:00.000Z');
  });

  it('keeps a mid-month day unchanged and crosses year ends', () => {
    expect(addMonths(at('2026-12-15T00:00:00.000Z'), 1).toISOString()).toBe('2027-01-15T00:00:00.000Z');
    expect(addMonths(at('2026-03-31T00:00:00.000Z'), 1).toISOString()).toBe('2026-04-30T00:00:00.000Z');
  });

  it('refuses a custom cycle without a day count', () => {
    expect(() => periodEnd(at('2026-01-01T00:00:00.000Z'), 'custom', null)).toThrow();
  });
});
