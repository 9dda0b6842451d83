import { escapeXml } from '../xml';

/**
 * Horizontal bar charts as SVG text, written at build time (no DOM, no chart library, nothing for
 * the Content-Security-Policy to block: no `style`, only classes and presentation attributes).
 *
 * The SVG has no viewBox: it is as wide as its column and its text keeps its size at any width.
 * Bars are drawn in percentages of that width, everything vertical in pixels. Each label sits on
 * its own lines above its bar (wrapped here, as SVG text does not wrap), the value at the bar's
 * end, so nothing overflows on a 360 px phone. Colours come from the site's stylesheet through
 * the classes (src/styles/charts.css); `currentColor` is the fallback.
 */

/** One bar: what it counts and how many. */
export interface Bar {
  label: string;
  value: number;
}

/** What to draw. */
export interface BarChartOptions {
  /** Prefix of the ids inside the SVG (`<id>-title`, `<id>-desc`); unique on the page. */
  id: string;
  /** Short name of the chart, written into `<title>`. */
  title: string;
  /** Longer text alternative, written into `<desc>` (say where the full data is). */
  desc: string;
  bars: readonly Bar[];
  /** A reference value drawn as a dashed line across the rows (e.g. 20 target villages), with its label. */
  reference?: { value: number; label: string } | undefined;
  /** Formats values; whole numbers with separators by default. */
  format?: (value: number) => string;
}

/** A drawn chart: the SVG text, its height in pixels and the bars in drawing order. */
export interface BarChart {
  svg: string;
  height: number;
  bars: readonly PlacedBar[];
}

/** A bar as drawn: its width in percent of the chart and its label's lines. */
export interface PlacedBar extends Bar {
  percent: number;
  lines: readonly string[];
}

/** Pixel sizes of the layout; text is 14 px, so about 40 characters fit a 328 px phone column. */
export const layout = {
  fontSize: 14,
  lineHeight: 18,
  barHeight: 16,
  /** Space between a bar and the next label. */
  rowGap: 14,
  /** Share of the width the largest value reaches; the rest holds its value label. */
  reach: 80,
  maxChars: 40,
} as const;

/** Whole numbers with separators, as the site writes figures: 5,120; decimals as given (21.52). */
export const formatValue = new Intl.NumberFormat('en-GB').format;

/** Bars from largest to smallest; equal values keep their given order. */
export function sortBars<T extends Bar>(bars: readonly T[]): T[] {
  return [...bars].sort((a, b) => b.value - a.value);
}

/** Breaks a label into lines of at most `maxChars` at spaces; a longer word gets a line of its own. */
export function wrapLabel(label: string, maxChars: number = layout.maxChars): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.trim().split(/\s+/)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The bar's length in percent of the chart's width, on a scale from zero to `max` (the largest
 * value, or the reference line if it is larger) that ends at `layout.reach`.
 */
export function scalePercent(value: number, max: number): number {
  if (max <= 0) return 0;
  return Math.round((value / max) * layout.reach * 100) / 100;
}

/** Draws the chart. Values must be zero or more: bars start at zero. */
export function barChart(options: BarChartOptions): BarChart {
  const { id, title, desc, reference, format = formatValue } = options;
  for (const bar of options.bars) {
    if (!Number.isFinite(bar.value) || bar.value < 0) {
      throw new Error(`bar chart "${id}": "${bar.label}" has value ${bar.value}; bars start at zero`);
    }
  }
  const max = Math.max(reference?.value ?? 0, ...options.bars.map((bar) => bar.value));
  const { fontSize, lineHeight, barHeight, rowGap } = layout;
  const parts: string[] = [];
  const axis: string[] = [];
  const placed: PlacedBar[] = [];
  const barTops: number[] = [];
  // A reference line needs a row of its own at the top for its label.
  let y = reference ? lineHeight + 4 : 0;
  for (const bar of sortBars(options.bars)) {
    const lines = wrapLabel(bar.label);
    const percent = scalePercent(bar.value, max);
    const label = lines
      .map((line, i) => `<tspan x="0" y="${y + fontSize + i * lineHeight}">${escapeXml(line)}</tspan>`)
      .join('');
    const barY = y + lines.length * lineHeight + 4;
    parts.push(
      `<text class="bar-label">${label}</text>`,
      `<rect class="bar" x="0" y="${barY}" width="${percent}%" height="${barHeight}"/>`,
      `<text class="bar-value" x="${percent}%" dx="6" y="${barY + 13}">${escapeXml(format(bar.value))}</text>`,
    );
    // The zero baseline, drawn beside each bar, so a bar of zero still shows where it starts.
    axis.push(`M.5 ${barY - 3}v${barHeight + 6}`);
    placed.push({ ...bar, percent, lines });
    barTops.push(barY);
    y = barY + barHeight + rowGap;
  }
  const height = Math.max(0, y - rowGap + 2);
  // The reference line crosses the bars only, never the labels above them; its label heads it.
  const at = reference ? `${scalePercent(reference.value, max)}%` : '';
  const segment = (y1: number, y2: number) =>
    `<line class="bar-reference" x1="${at}" x2="${at}" y1="${y1}" y2="${y2}" stroke="currentColor" stroke-dasharray="3 2"/>`;
  const referenceLine = reference
    ? [
        `<text class="bar-reference-label" x="${at}" y="${fontSize}" text-anchor="end">${escapeXml(reference.label)}</text>`,
        segment(fontSize + 3, lineHeight + 4),
        ...placed.map((_, i) => segment(barTops[i]! - 3, barTops[i]! + barHeight + 3)),
      ]
    : [];
  // Inline in HTML, where an <svg> needs no namespace attribute.
  const svg = [
    `<svg class="bar-chart" width="100%" height="${height}" font-size="${fontSize}" fill="currentColor" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    ...parts,
    axis.length > 0 ? `<path class="bar-axis" d="${axis.join('')}" stroke="currentColor" fill="none"/>` : '',
    ...referenceLine,
    '</svg>',
  ].join('');
  return { svg, height, bars: placed };
}
