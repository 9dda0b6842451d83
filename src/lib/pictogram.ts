import { escapeXml } from './xml';

/**
 * Lucide pictograms (lucide-static, ISC), drawn inline in a page. The package's files carry a
 * licence comment, a fixed size and Lucide's own classes; this keeps only the drawing (paths,
 * circles, lines…), on Lucide's 24-unit grid with its stroke settings, coloured by `currentColor`
 * so the page's stylesheet (light, dark, forced colours, print) decides the colour.
 */

/** The elements Lucide draws with; anything else in a file is refused rather than copied blindly. */
const shapes = new Set(['path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect']);

/** The drawing inside a Lucide SVG file: its shape elements, one after another. */
export function pictogramShapes(file: string): string {
  const body = /<svg\b[^>]*>([\s\S]*)<\/svg>/.exec(file.replace(/<!--[\s\S]*?-->/g, ''))?.[1];
  if (body === undefined) throw new Error('Pictogram: not an SVG file');
  const elements = [...body.matchAll(/<([a-z]+)\b([^>]*?)\s*\/>/g)];
  const leftover = body.replace(/<([a-z]+)\b([^>]*?)\s*\/>/g, '').trim();
  if (elements.length === 0 || leftover !== '') throw new Error('Pictogram: expected only self-closing shapes');
  return elements
    .map(([, name = '', attributes = '']) => {
      if (!shapes.has(name)) throw new Error(`Pictogram: unexpected <${name}>`);
      return `<${name} ${attributes.trim().replace(/\s+/g, ' ')}/>`;
    })
    .join('');
}

/**
 * A pictogram as inline SVG, hidden from assistive technology: the picture it belongs to carries
 * the text alternative.
 */
export function pictogramSvg(file: string, className: string): string {
  return [
    `<svg class="${escapeXml(className)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"`,
    ' fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"',
    ` aria-hidden="true">${pictogramShapes(file)}</svg>`,
  ].join('');
}
