import type { Cycle } from '../entities/price.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `date` plus `days` exact 24-hour days (UTC has no daylight saving). */
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

/**
 * `date` plus `months` calendar months in UTC, clamped to the end of a shorter month:
 * Jan 31 + 1 month = Feb 28 (Feb 29 in a leap year); Feb 29 + 12 months = Feb 28.
 * The time of day is kept.
 */
export const addMonths = (date: Date, months: number): Date => {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(date.getUTCDate(), lastDay),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
};

const MONTHS: Partial<Record<Cycle, number>> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };
const DAYS: Partial<Record<Cycle, number>> = { daily: 1, weekly: 7 };

/**
 * The end of `count` billing periods that start at `start` (calendar months and years counted at
 * once, then clamped: Jan 31 + 3 × monthly = Apr 30). `custom` lasts `customDays` days.
 */
export const periodEnd = (start: Date, cycle: Cycle, customDays: number | null, count = 1): Date => {
  const months = MONTHS[cycle];
  if (months !== undefined) return addMonths(start, months * count);
  const days = cycle === 'custom' ? customDays : DAYS[cycle];
  if (!days) throw new Error(`No period length for cycle ${cycle}`);
  return addDays(start, days * count);
};

/** The latest end a grant may give: ten years after `now`. */
export const latestEnd = (now: Date): Date => addMonths(now, 120);
