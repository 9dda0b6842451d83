/**
 * How a headline figure is written. Digits are grouped the British way (5,120; 21.52), but a year
 * never is: 1994, not 1,994.
 */
export function formatFigure(value: number, format: 'number' | 'year' = 'number', locale = 'en-GB'): string {
  if (format === 'year') return String(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
