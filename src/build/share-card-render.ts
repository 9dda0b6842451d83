// Run by plain Node in the card workers and imported by the build and the tests: relative imports
// with .ts extensions only, no `~/` alias.
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  layoutCard,
  textsToMeasure,
  type Box,
  type CardLayout,
  type CardText,
  type Measure,
  type TextBlock,
  type Weight,
} from '../lib/share-card-layout.ts';

/**
 * Draws share cards: satori turns the card into SVG (shaping text with HarfBuzz, so Lao vowels
 * and tone marks stack as in a browser), resvg rasterises it, sharp writes the PNG (faster than
 * resvg's own encoder at the same size). Lines and sizes come from src/lib/share-card-layout.ts,
 * measured here with the same fonts.
 *
 * Fonts: Noto Sans Lao from @fontsource/noto-sans-lao, in `.woff` (satori reads no `.woff2`),
 * regular and bold. The site sets Latin text in the reader's system font (`system-ui`), which has no
 * file to embed; the card uses the Latin subset of the same package instead: Noto Sans, which is in
 * the site's font stack and what Android shows.
 */

/**
 * The code a card's look depends on, beside its content: this file, the layout and the Lao
 * helpers it uses, and the drawing packages' versions. Any change to them draws every card again.
 */
const DRAWING_CODE = ['./share-card-render.ts', '../lib/share-card-layout.ts', '../lib/lao.ts'];
const DRAWING_PACKAGES = ['satori', '@resvg/resvg-js', 'sharp'];

const FONT_DIR = 'node_modules/@fontsource/noto-sans-lao/files';
const FONT_FILES = [
  { name: 'Noto Sans', weight: 400, file: 'noto-sans-lao-latin-400-normal.woff' },
  { name: 'Noto Sans', weight: 700, file: 'noto-sans-lao-latin-700-normal.woff' },
  { name: 'Noto Sans', weight: 400, file: 'noto-sans-lao-latin-ext-400-normal.woff' },
  { name: 'Noto Sans', weight: 700, file: 'noto-sans-lao-latin-ext-700-normal.woff' },
  { name: 'Noto Sans Lao', weight: 400, file: 'noto-sans-lao-lao-400-normal.woff' },
  { name: 'Noto Sans Lao', weight: 700, file: 'noto-sans-lao-lao-700-normal.woff' },
] as const;
const FONT_FAMILY = "'Noto Sans', 'Noto Sans Lao'";

/** The colours of the site's light scheme, read from its stylesheet (one place for them). */
export interface CardColours {
  bg: string;
  bgSoft: string;
  text: string;
  muted: string;
  accent: string;
  border: string;
}

/** The custom properties of the first `:root` block of a stylesheet (the light scheme of base.css). */
export function coloursFromCss(css: string): CardColours {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const value = (name: string) => {
    const found = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(root)?.[1];
    if (!found) throw new Error(`Share cards: src/styles/base.css has no colour --${name} in :root`);
    return found;
  };
  return {
    bg: value('bg'),
    bgSoft: value('bg-soft'),
    text: value('text'),
    muted: value('muted'),
    accent: value('accent'),
    border: value('border'),
  };
}

/** Everything a card is drawn with besides its own content: fonts and colours. */
export interface CardTools {
  fonts: { name: string; weight: Weight; data: Buffer; style: 'normal' }[];
  colours: CardColours;
  /** Hash of the fonts, colours and drawing code: part of every card's cache key. */
  digest: string;
}

/** Reads the fonts and the site's colours from the project at `root`. */
export function loadCardTools(root: string): CardTools {
  const fonts = FONT_FILES.map((font) => ({
    name: font.name,
    weight: font.weight,
    style: 'normal' as const,
    data: readFileSync(join(root, FONT_DIR, font.file)),
  }));
  const colours = coloursFromCss(readFileSync(join(root, 'src/styles/base.css'), 'utf8'));
  const hash = createHash('sha256').update(JSON.stringify(colours));
  for (const font of fonts) hash.update(font.data);
  for (const file of DRAWING_CODE) hash.update(readFileSync(new URL(file, import.meta.url)));
  for (const name of DRAWING_PACKAGES) {
    hash.update(JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version as string);
  }
  return { fonts, colours, digest: hash.digest('hex') };
}

/** A satori element: a plain object in React's shape, no React needed. */
interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: Element | Element[] | string; [name: string]: unknown };
}

const element = (
  type: string,
  style: Record<string, string | number>,
  children?: Element | Element[] | string,
  attributes: Record<string, unknown> = {},
): Element => ({ type, props: { ...attributes, style, ...(children === undefined ? {} : { children }) } });

const boxStyle = (box: Box) => ({
  position: 'absolute',
  left: box.left,
  top: box.top,
  width: box.width,
  height: box.height,
});

/** A block of lines, each on its own row and never wrapped again (the layout chose the breaks). */
function textElement(block: TextBlock, width: number, colour: string, lang?: string): Element {
  return element(
    'div',
    {
      position: 'absolute',
      left: block.left,
      top: block.top,
      width,
      display: 'flex',
      flexDirection: 'column',
      color: colour,
      fontSize: block.size,
      fontWeight: block.weight,
      lineHeight: block.lineHeight,
    },
    block.lines.map((line) => element('div', { display: 'flex', whiteSpace: 'pre' }, line)),
    lang ? { lang } : {},
  );
}

/** An SVG file as a data URL, for satori's <img>. */
const svgDataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** A pictogram drawn with `currentColor`, given its colour (a picture inside the card has no CSS to inherit). */
const colourPictogram = (svg: string, colour: string) => svg.replace(/currentColor/g, colour);

/** The card as satori elements, from its layout. */
export function cardElement(layout: CardLayout, colours: CardColours, art: CardArt = {}): Element {
  const right = (block: TextBlock) => (layout.panel ? layout.panel.left : CARD_WIDTH) - block.left;
  const children: Element[] = [
    element('div', {
      ...boxStyle({ left: 0, top: 0, width: CARD_WIDTH, height: layout.band.height }),
      backgroundColor: colours.bgSoft,
      borderBottom: `2px solid ${colours.border}`,
    }),
    element('div', { ...boxStyle({ left: 0, top: 0, width: CARD_WIDTH, height: 8 }), backgroundColor: colours.accent }),
    textElement(layout.band.name, CARD_WIDTH - layout.band.name.left, colours.text),
  ];
  if (layout.kind) children.push(textElement(layout.kind, right(layout.kind), colours.accent));
  if (layout.pictogram && art.pictogram) {
    const { width, height } = layout.pictogram;
    children.push(
      element('img', boxStyle(layout.pictogram), undefined, {
        src: svgDataUrl(colourPictogram(art.pictogram, colours.accent)),
        width,
        height,
      }),
    );
  }
  children.push(textElement(layout.title, right(layout.title), colours.text));
  if (layout.laoLabel) children.push(textElement(layout.laoLabel, right(layout.laoLabel), colours.muted));
  if (layout.lao) children.push(textElement(layout.lao, right(layout.lao), colours.text, 'lo'));
  if (layout.details) children.push(textElement(layout.details, right(layout.details), colours.muted));
  if (layout.summary) children.push(textElement(layout.summary, right(layout.summary), colours.muted));
  // The panel only: the picture is laid over the card's pixels afterwards (createCardRenderer).
  if (layout.panel && art.picture) {
    children.push(
      element('div', {
        ...boxStyle(layout.panel),
        backgroundColor: colours.bgSoft,
        border: `2px solid ${colours.border}`,
        borderRadius: 8,
      }),
    );
  }
  return element(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      position: 'relative',
      backgroundColor: colours.bg,
      fontFamily: FONT_FAMILY,
    },
    children,
  );
}

/** Texts starting or ending with a space: satori drops such spaces at a line's edges, so measure them between letters. */
const hasEdgeSpace = (text: string) => /^\s|\s$/.test(text);

/** Widths at 100 px already measured, by weight and text. */
export type WidthCache = Map<string, number>;

const widthKey = (text: string, weight: Weight) => `${weight} ${text}`;

/**
 * Widths at 100 px of the given texts, measured by satori with the card's fonts in one layout pass
 * (satori reports each element's box), so the layout breaks lines where the drawing will. Texts
 * in `cache` are not measured again.
 */
export async function measureTexts(
  texts: readonly { text: string; weight: Weight }[],
  tools: CardTools,
  cache: WidthCache = new Map(),
): Promise<Measure> {
  const wanted = new Map<string, { text: string; weight: Weight }>();
  const want = (text: string, weight: Weight) => {
    if (!cache.has(widthKey(text, weight))) wanted.set(widthKey(text, weight), { text, weight });
  };
  for (const { text, weight } of texts) {
    if (hasEdgeSpace(text)) {
      want(`x${text}x`, weight);
      want('xx', weight);
    } else want(text, weight);
  }
  const items = [...wanted.values()];
  if (items.length > 0) {
    // satori reports each element with its React-style `key`: the row's index.
    const rows = items.map((item, i) => ({
      ...element('div', { display: 'flex', whiteSpace: 'pre', fontWeight: item.weight }, item.text),
      key: i,
    }));
    const column = {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'flex-start',
      fontSize: 100,
      fontFamily: FONT_FAMILY,
    };
    await satori(element('div', column, rows) as never, {
      width: 100_000,
      fonts: tools.fonts,
      pointScaleFactor: 0,
      onNodeDetected: (node) => {
        const item = typeof node.key === 'number' ? items[node.key] : undefined;
        if (item) cache.set(widthKey(item.text, item.weight), node.width);
      },
    });
  }
  return (text, weight) => {
    const found = hasEdgeSpace(text)
      ? (cache.get(widthKey(`x${text}x`, weight)) ?? NaN) - (cache.get(widthKey('xx', weight)) ?? NaN)
      : cache.get(widthKey(text, weight));
    if (found === undefined || Number.isNaN(found)) {
      throw new Error(`Share cards: "${text}" (weight ${weight}) was not measured: list it in textsToMeasure()`);
    }
    return found;
  };
}

/** A picture for a card: SVG bytes, and a key that names them (their hash) for reuse between cards. */
export interface CardPicture {
  svg: Uint8Array;
  key: string;
}

/** Pixels of a picture drawn at a size. */
interface Raster {
  pixels: Buffer;
  width: number;
  height: number;
}

/** An SVG drawn at `width` pixels wide (resvg), as raw RGBA pixels. */
function rasterise(svg: Uint8Array | string, width: number): Raster {
  const image = new Resvg(Buffer.from(svg), {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
  }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/**
 * Raw RGBA pixels (resvg's output) as a PNG, with the pictures laid over it. Cards are opaque:
 * RGB at zlib level 4 takes a quarter of the time RGBA at level 6 does, for a file 5 % larger
 * (about 65 KB with a map).
 */
async function encodePng(
  base: Raster,
  overlays: readonly (Raster & { left: number; top: number })[] = [],
): Promise<Uint8Array> {
  return sharp(base.pixels, { raw: { width: base.width, height: base.height, channels: 4 } })
    .composite(
      overlays.map((overlay) => ({
        input: overlay.pixels,
        raw: { width: overlay.width, height: overlay.height, channels: 4 as const },
        left: overlay.left,
        top: overlay.top,
      })),
    )
    .removeAlpha()
    .png({ compressionLevel: 4 })
    .toBuffer();
}

/** An SVG drawn as a PNG at its own size. */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return encodePng({ pixels: image.pixels, width: image.width, height: image.height });
}

/** What a card is drawn with besides its text: the picture on the right and the pictogram. */
export interface CardArt {
  picture?: CardPicture | undefined;
  pictogram?: string | undefined;
}

/**
 * A card renderer that keeps what does not change between cards: measured widths (the site's
 * name, the kinds, common words) and each picture drawn at its size, so a map shared by many
 * cards is drawn once. The picture is laid over the card's pixels rather than drawn inside its SVG.
 */
export function createCardRenderer(tools: CardTools) {
  const widths: WidthCache = new Map();
  const pictures = new Map<string, Raster>();

  /** The card's layout and its SVG (everything but the picture). */
  async function draw(card: CardText, art: CardArt = {}): Promise<{ svg: string; layout: CardLayout }> {
    const layout = layoutCard(card, await measureTexts(textsToMeasure(card), tools, widths));
    const svg = await satori(cardElement(layout, tools.colours, art) as never, {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts: tools.fonts,
    });
    return { svg, layout };
  }

  /** A card as a 1200 × 630 PNG. */
  async function render(card: CardText, art: CardArt = {}): Promise<Uint8Array> {
    const { svg, layout } = await draw(card, art);
    const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
    const overlays: (Raster & { left: number; top: number })[] = [];
    if (layout.picture && art.picture) {
      const key = `${art.picture.key} ${layout.picture.width}`;
      const raster = pictures.get(key) ?? rasterise(art.picture.svg, layout.picture.width);
      pictures.set(key, raster);
      overlays.push({ ...raster, left: layout.picture.left, top: layout.picture.top });
    }
    return encodePng({ pixels: image.pixels, width: image.width, height: image.height }, overlays);
  }

  return { draw, render };
}

/**
 * A line of text, black on white, in the middle of a box as tall as its line, drawn exactly as card
 * text is (the same fonts in the same order, satori, resvg): what the shaping test compares with
 * Chromium's rendering of the same text in the same font file and size.
 */
export async function renderTextBox(
  text: string,
  style: { size: number; weight: Weight; width: number; height: number },
  tools: CardTools,
): Promise<Uint8Array> {
  const box = element(
    'div',
    {
      width: style.width,
      height: style.height,
      display: 'flex',
      backgroundColor: '#ffffff',
      color: '#000000',
      fontFamily: FONT_FAMILY,
      fontSize: style.size,
      fontWeight: style.weight,
      lineHeight: `${style.height}px`,
    },
    element('div', { display: 'flex', whiteSpace: 'pre' }, text),
  );
  return svgToPng(await satori(box as never, { width: style.width, height: style.height, fonts: tools.fonts }));
}
