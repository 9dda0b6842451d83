// Reachable from astro.config.mjs (and plain Node in the bench): no `~/` alias; relative imports only, with .ts extensions.
/**
 * Dates are stored as YYYY-MM-DD text and formatted in UTC, so no reader's or build machine's
 * time zone can move a day.
 */

export type DatePrecision = 'day' | 'month' | 'year';

/** True when the text is a YYYY-MM-DD day that exists in the calendar (2013-02-30 does not). */
export function isCalendarDay(text: string): boolean {
  // The pattern check matters: Date() is lenient and reads "25 February" as a day in 2001.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Midnight UTC of a YYYY-MM-DD day; throws on anything else, impossible days included. */
export function toUtcDate(isoDay: string): Date {
  if (!isCalendarDay(isoDay)) throw new Error(`"${isoDay}" is not a date (expected YYYY-MM-DD)`);
  return new Date(`${isoDay}T00:00:00Z`);
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

/** The `<time datetime>` value of a day, only as precise as the source: `2013`, `2013-02` or `2013-02-25`. */
export function datetimeFor(isoDay: string, precision: DatePrecision = 'day'): string {
  return isoDay.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

/** Formats a span of days compactly: "4–8 February 2013", "25 February – 1 March 2013". */
export function formatDateRange(start: string, end: string, locale = 'en-GB'): string {
  const a = toUtcDate(start);
  const b = toUtcDate(end);
  if (b < a) throw new Error(`date range ends (${end}) before it starts (${start})`);
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // Intl puts thin spaces round the dash; house style closes it up between two numbers.
  return format
    .formatRange(a, b)
    .replace(/\s*–\s*/g, ' – ')
    .replace(/(\d) – (\d)/g, '$1–$2');
}

/** Number of calendar days a span covers, both ends included. */
export function daysInRange(start: string, end: string): number {
  return Math.round((toUtcDate(end).getTime() - toUtcDate(start).getTime()) / 86_400_000) + 1;
}

/** Days between two dates (positive when `later` is after `earlier`). */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((toUtcDate(later).getTime() - toUtcDate(earlier).getTime()) / 86_400_000);
}

/**
 * The year a free-text date names, when it names exactly one ("27–28 April 2023" → 2023);
 * undefined when it names none or several ("around 2009–2010"): a span is not a year.
 */
export function singleYearIn(text: string): number | undefined {
  const years = new Set([...text.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((match) => Number(match[1])));
  return years.size === 1 ? [...years][0] : undefined;
}
