import { describe, expect, it } from 'vitest';
import { daysBetween, daysInRange, formatDate, formatDateRange, datetimeFor, singleYearIn } from '~/lib/dates';

describe('formatDate', () => {
  it('writes a day in British English', () => {
    expect(formatDate('2023-04-28')).toBe('28 April 2023');
  });

  it('says no more than the source knows', () => {
    expect(formatDate('2009-03-01', 'month')).toBe('March 2009');
    expect(formatDate('2013-01-01', 'year')).toBe('2013');
  });

  it('does not move the day whatever the time zone', () => {
    // 1 January at midnight UTC is still 31 December in the Americas; the output must not be.
    expect(formatDate('2013-01-01')).toBe('1 January 2013');
  });

  it('rejects text that is not a date', () => {
    expect(() => formatDate('25 February')).toThrow(/not a date/);
    expect(() => formatDate('2013-02-30')).toThrow(/not a date/);
  });
});

describe('formatDateRange', () => {
  it('shares the month and year when it can', () => {
    expect(formatDateRange('2013-02-04', '2013-02-08')).toBe('4–8 February 2013');
  });

  it('spans two months', () => {
    expect(formatDateRange('2013-02-25', '2013-03-01')).toBe('25 February – 1 March 2013');
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => formatDateRange('2013-03-01', '2013-02-25')).toThrow(/ends .* before it starts/);
  });
});

describe('day counts', () => {
  it('counts both ends of a span, across the end of February', () => {
    expect(daysInRange('2013-02-04', '2013-02-08')).toBe(5);
    expect(daysInRange('2013-02-25', '2013-03-01')).toBe(5);
  });

  it('measures the gap between the planned and the actual start', () => {
    expect(daysBetween('2013-02-04', '2013-02-25')).toBe(21);
  });
});

describe('datetimeFor', () => {
  it('is only as precise as the source', () => {
    expect(datetimeFor('2013-01-01', 'year')).toBe('2013');
    expect(datetimeFor('2013-02-25', 'month')).toBe('2013-02');
    expect(datetimeFor('2013-02-25')).toBe('2013-02-25');
  });
});

describe('singleYearIn', () => {
  it('finds the one year a free-text date names', () => {
    expect(singleYearIn('27–28 April 2023')).toBe(2023);
    expect(singleYearIn('spring 2009, again in 2009')).toBe(2009);
  });

  it('finds none in a span, in several years or in other numbers', () => {
    expect(singleYearIn('probably around 2009–2010')).toBeUndefined();
    expect(singleYearIn('undated')).toBeUndefined();
    expect(singleYearIn('project LAO/I28, 20091 items')).toBeUndefined();
  });
});
