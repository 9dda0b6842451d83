// Reachable from astro.config.mjs and plain Node: relative imports with .ts extensions only.
import { z } from 'astro/zod';
import { isCalendarDay } from '../lib/dates.ts';

/**
 * A calendar day written as 'YYYY-MM-DD', in quotes, and kept as text so no time zone can shift
 * it. Unquoted, YAML reads it as a timestamp and silently turns 2013-02-30 into 2 March: that is
 * refused with a message saying to add the quotes.
 */
export const isoDate = z.unknown().superRefine((value, ctx) => {
  if (value instanceof Date) {
    ctx.addIssue({ code: 'custom', message: "put the date in quotes, e.g. '2013-02-25' (YYYY-MM-DD)" });
  } else if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'date must be written as YYYY-MM-DD', input: value });
  } else if (!isCalendarDay(value)) {
    ctx.addIssue({ code: 'custom', message: `${value} is not a day of the calendar`, input: value });
  }
}) as unknown as z.ZodType<string>;

/** A span of days, e.g. the dates a route was planned for or held on; it may not end before it starts. */
export const dateRange = z
  .object({
    /** First day, 'YYYY-MM-DD'. */
    start: isoDate,
    /** Last day, 'YYYY-MM-DD'; the same as `start` or later. */
    end: isoDate,
  })
  .superRefine(({ start, end }, ctx) => {
    if (isCalendarDay(start) && isCalendarDay(end) && end < start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `ends (${end}) before it starts (${start})` });
    }
  });
