/**
 * ISO-8601 instants as the local CLIs accept them: a full date and time with `Z` or an offset, e.g.
 * `2030-01-31T00:00:00Z`, `2030-01-31T12:00:00.250+02:00`, or an expanded year `+010000-01-01T00:00:00Z`.
 * Nothing else: `new Date()` would also read `1` (2001), `March 7` or a date without a zone (local
 * time), and roll `2030-02-30` over to March.
 */
const INSTANT =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;

/** The instant `text` names, or null when it is not an ISO-8601 instant (or lies beyond what a Date holds). */
export const parseIsoInstant = (text: string): Date | null => {
  const m = INSTANT.exec(text.trim());
  if (!m) return null;
  const [
    ,
    y = '',
    mo = '',
    d = '',
    h = '',
    mi = '',
    s = '0',
    frac = '',
    zone = '',
    sign,
    oh = '0',
    om = '0',
  ] = m;
  if (y === '-000000') return null; // ISO 8601 and ECMAScript: year zero is +000000
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetMinutes =
    zone.toUpperCase() === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  if (Number(oh) > 23 || Number(om) > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null; // 2030-02-30
  date.setUTCHours(hour, minute, second, Number(frac.padEnd(3, '0').slice(0, 3)));
  const ms = date.getTime() - offsetMinutes * 60_000;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms) : null;
};
