import { describe, expect, it } from 'vitest';
import { barChart, formatValue, layout, scalePercent, sortBars, wrapLabel } from '~/lib/chart/bar-chart';

const bars = [
  { label: 'villages with water', value: 6 },
  { label: 'villages with nets', value: 20 },
  { label: 'villages with a shelter', value: 4 },
];

/** The `width` of every bar, in drawing order. */
const widths = (svg: string) => [...svg.matchAll(/<rect class="bar" [^>]*width="([\d.]+)%"/g)].map((m) => Number(m[1]));

describe('sortBars', () => {
  it('orders bars from largest to smallest and keeps ties in their given order', () => {
    const tied = [...bars, { label: 'also six', value: 6 }];
    expect(sortBars(tied).map((bar) => bar.label)).toEqual([
      'villages with nets',
      'villages with water',
      'also six',
      'villages with a shelter',
    ]);
    expect(bars[0]?.value).toBe(6); // the input is not reordered
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces within the line length and keeps a long word whole', () => {
    expect(wrapLabel('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapLabel('  extraordinarily long  ', 5)).toEqual(['extraordinarily', 'long']);
    expect(wrapLabel('short')).toEqual(['short']);
  });

  it('fits every line within the default length', () => {
    const label = 'attended drug awareness trainings at province, district and village level';
    for (const line of wrapLabel(label)) expect(line.length).toBeLessThanOrEqual(layout.maxChars);
  });
});

describe('scalePercent', () => {
  it('is linear from zero, the largest value reaching the set share of the width', () => {
    expect(scalePercent(0, 20)).toBe(0);
    expect(scalePercent(20, 20)).toBe(layout.reach);
    expect(scalePercent(10, 20)).toBe(layout.reach / 2);
    expect(scalePercent(5, 0)).toBe(0);
  });
});

describe('barChart', () => {
  it('draws sorted bars from a zero baseline, each with its value at the end', () => {
    const { svg, bars: placed } = barChart({ id: 'c', title: 'Villages', desc: 'In the table below.', bars });
    expect(placed.map((bar) => bar.value)).toEqual([20, 6, 4]);
    expect(widths(svg)).toEqual([80, 24, 16]);
    expect(svg.match(/<rect class="bar" x="0"/g)).toHaveLength(3);
    expect(svg).toContain('<text class="bar-value" x="80%" dx="6"');
    expect([...svg.matchAll(/<text class="bar-value"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['20', '6', '4']);
    expect(svg).toMatch(/<path class="bar-axis" d="M\.5 /);
  });

  it('is an image named by its title and description', () => {
    const { svg } = barChart({ id: 'chart-x', title: 'Villages', desc: 'In the table below.', bars });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-x-title chart-x-desc"/);
    expect(svg).toContain(
      '<title id="chart-x-title">Villages</title><desc id="chart-x-desc">In the table below.</desc>',
    );
    expect(svg).not.toMatch(/style/);
  });

  it('puts each label on its own lines above its bar, and counts them into the height', () => {
    const label = 'attended drug awareness trainings at province, district and village level';
    const one = barChart({ id: 'a', title: 'T', desc: 'D', bars: [{ label: 'short', value: 1 }] });
    const two = barChart({ id: 'b', title: 'T', desc: 'D', bars: [{ label, value: 1 }] });
    expect(two.bars[0]?.lines).toEqual(wrapLabel(label));
    expect(two.svg.match(/<tspan x="0"/g)).toHaveLength(2);
    expect(two.height - one.height).toBe(layout.lineHeight);
    expect(one.svg).toContain(`height="${one.height}"`);
  });

  it('formats values as whole numbers with separators, and escapes text', () => {
    const { svg } = barChart({
      id: 'e',
      title: 'Trainings & "people" <all>',
      desc: 'D',
      bars: [{ label: 'traders’ meeting & <workshops>', value: 5120 }],
    });
    expect(svg).toContain('>5,120</text>');
    expect(svg).toContain('<title id="e-title">Trainings &amp; &quot;people&quot; &lt;all&gt;</title>');
    expect(svg).toContain('traders’ meeting &amp; &lt;workshops&gt;');
    expect(formatValue(21.52)).toBe('21.52');
  });

  it('scales to a larger reference value and draws it as a labelled dashed line across the bars only', () => {
    const { svg } = barChart({
      id: 'r',
      title: 'T',
      desc: 'D',
      bars: [{ label: 'ten', value: 10 }],
      reference: { value: 20, label: '20 target villages' },
    });
    expect(widths(svg)).toEqual([40]);
    expect(svg).toContain(
      '<text class="bar-reference-label" x="80%" y="14" text-anchor="end">20 target villages</text>',
    );
    // One segment under its label, one across the bar; none through the label of the row.
    expect(svg.match(/<line class="bar-reference" x1="80%"/g)).toHaveLength(2);
  });

  it('refuses negative and non-numeric values: bars start at zero', () => {
    expect(() => barChart({ id: 'n', title: 'T', desc: 'D', bars: [{ label: 'minus', value: -1 }] })).toThrow(
      /"minus" has value -1; bars start at zero/,
    );
    expect(() => barChart({ id: 'n', title: 'T', desc: 'D', bars: [{ label: 'nan', value: Number.NaN }] })).toThrow();
  });

  it('draws a zero as no bar beside the baseline, and an empty chart without failing', () => {
    const { svg } = barChart({ id: 'z', title: 'T', desc: 'D', bars: [{ label: 'none', value: 0 }] });
    expect(widths(svg)).toEqual([0]);
    expect(svg).toContain('>0</text>');
    expect(barChart({ id: 'e', title: 'T', desc: 'D', bars: [] }).height).toBe(0);
  });
});
