/**
 * Dates are stored as YYYY-MM-DD text and formatted in UTC, so no reader's or build machine's
 * time zone can move a day.
 */

export type DatePrecision = 'day' | 'month' | 'year';

function toUtcDate(isoDay: string): Date {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`"${isoDay}" is not a date (expected YYYY-MM-DD)`);
  return date;
}

/** Formats a day as "25 February 2013", or less precisely when the source gives less. */
export function formatDate(isoDay: string, precision: DatePrecision = 'day', locale = 'en-GB'): string {
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(toUtcDate(isoDay));
}

/** Formats a span of days compactly: "4–8 February 2013", "25 February – 1 March 2013". */
export function formatDateRange(start: string, end: string, locale = 'en-GB'): string {
  const a = toUtcDate(start);
  const b = toUtcDate(end);
  if (b < a) throw new Error(`date range ends (${end}) before it starts (${start})`);
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(a, b);
}

/** Number of calendar days a span covers, both ends included. */
export function daysInRange(start: string, end: string): number {
  return Math.round((toUtcDate(end).getTime() - toUtcDate(start).getTime()) / 86_400_000) + 1;
}

/** Days between two dates (positive when `later` is after `earlier`). */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((toUtcDate(later).getTime() - toUtcDate(earlier).getTime()) / 86_400_000);
}
