import { describe, expect, it } from 'vitest';
import { formatFigure } from '~/lib/figures';
import { pictogramShapes, pictogramSvg } from '~/lib/pictogram';

describe('formatFigure', () => {
  it('groups the digits of a count the British way, and keeps decimals', () => {
    expect(formatFigure(5120)).toBe('5,120');
    expect(formatFigure(21)).toBe('21');
    expect(formatFigure(21.52)).toBe('21.52');
  });

  it('never groups a year', () => {
    expect(formatFigure(1994, 'year')).toBe('1994');
    expect(formatFigure(1994)).toBe('1,994');
  });
});

const lucide = `<!-- @license lucide-static v1.62.0 - ISC -->
<svg
  class="lucide lucide-route"
  xmlns="http://www.w3.org/2000/svg"
  width="24"
  height="24"
  viewBox="0 0 24 24"
  fill="none"
  stroke="currentColor"
>
  <circle cx="6" cy="19" r="3" />
  <path
    d="M9 19h8.5"   />
</svg>
`;

describe('pictograms', () => {
  it('keep only the drawing of a Lucide file: no comment, no Lucide classes or size', () => {
    expect(pictogramShapes(lucide)).toBe('<circle cx="6" cy="19" r="3"/><path d="M9 19h8.5"/>');
  });

  it('are inline SVG on the 24-unit grid, coloured by currentColor and hidden from screen readers', () => {
    const svg = pictogramSvg(lucide, 'cover-pictogram');
    expect(svg).toMatch(/^<svg class="cover-pictogram" [^>]*viewBox="0 0 24 24"[^>]*stroke="currentColor"/);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toMatch(/lucide|<!--/);
    expect(svg.endsWith('<path d="M9 19h8.5"/></svg>')).toBe(true);
  });

  it('refuse what is not a plain Lucide drawing', () => {
    expect(() => pictogramShapes('<p>no</p>')).toThrow(/not an SVG file/);
    expect(() => pictogramShapes('<svg><script/></svg>')).toThrow(/unexpected <script>/);
    expect(() => pictogramShapes('<svg><g><path d="M0 0"/></g></svg>')).toThrow(/only self-closing shapes/);
  });
});
