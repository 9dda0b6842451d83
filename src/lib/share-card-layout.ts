// Run by plain Node in the card workers (src/build/share-card-worker.ts): relative imports with .ts extensions only.
import { containsLao, splitLaoRuns } from './lao.ts';

/**
 * Where everything goes on a share card (the 1200 × 630 picture a link preview shows): which
 * lines the title breaks into, at what size, and where each block sits. Pure: text widths come from
 * a `measure` function (the renderer measures with the real fonts, tests with a stand-in), so the
 * lines are decided here and the renderer never wraps text itself. Satori, left to wrap, lets a
 * long word or a run of Lao script (no spaces between words) run past the edge.
 */

/** Size of a card in pixels: what Open Graph and X ask for (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The weights the card uses (one font file each). */
export type Weight = 400 | 700;

/** Width in pixels of `text` set at 100 px in `weight`; spaces included (the renderer measures them too). */
export type Measure = (text: string, weight: Weight) => number;

/** What a card says, already in words (src/data/share-cards.ts); the layout decides lines and sizes. */
export interface CardText {
  /** The kind of page ("Case study"), shown above the title. */
  kind?: string | undefined;
  /** Whether a pictogram goes before the kind (pages with a cover have one). */
  pictogram?: boolean | undefined;
  title: string;
  /** A name in Lao script and the words that mark it as Lao ("In Lao script"). */
  lao?: { label: string; text: string } | undefined;
  /** Short facts shown under the title (place, year), in order; joined with a middle dot. */
  details: readonly string[];
  /** A sentence or two under the title, for pages with no details of their own (indexes). */
  summary?: string | undefined;
  /** The site's name, in the band across the top. */
  siteName: string;
  /** Size of the picture (a locator map) shown on the right, if the page has one. */
  picture?: { width: number; height: number } | undefined;
}

/**
 * A page's card as the build lists it (src/data/share-cards.ts) and draws it
 * (src/build/share-cards.ts): what it says, its picture, and the same in words.
 */
export interface ShareCard {
  /** The page the card belongs to, e.g. `/places/houn/`; the card's own path is cardPathFor(page). */
  page: string;
  text: CardText;
  /** The picture on the right: a file of the built site (a locator map, in its light colours). */
  picture?: { path: string };
  /** A pictogram (inline SVG drawn in `currentColor`), shown before the kind. */
  pictogram?: string;
  /** What the card shows, in words: the page's `og:image:alt`. */
  alt: string;
}

/** Lines of text set in one size and weight, from `left` and `top` (pixels from the card's top left corner). */
export interface TextBlock {
  lines: string[];
  size: number;
  weight: Weight;
  /** Line height as a multiple of the size. */
  lineHeight: number;
  left: number;
  top: number;
}

/** A text block before it is placed. */
type Unplaced = Omit<TextBlock, 'left' | 'top'>;

/** A rectangle on the card, in pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The card, laid out. */
export interface CardLayout {
  /** The band across the top with the site's name. */
  band: { height: number; name: TextBlock };
  /** The text column: left edge and width shared by every block below. */
  column: { left: number; width: number };
  kind?: TextBlock;
  /** Where the pictogram goes, before the kind. */
  pictogram?: Box;
  title: TextBlock;
  /** True when even the smallest title size could not hold the whole title: its last line ends with "…". */
  titleShortened: boolean;
  laoLabel?: TextBlock;
  lao?: TextBlock;
  details?: TextBlock;
  summary?: TextBlock;
  /** The panel on the right and the picture inside it, for cards with a picture. */
  panel?: Box;
  picture?: Box;
}

const MARGIN = 64;
const BAND_HEIGHT = 88;
const CONTENT_TOP = BAND_HEIGHT + 52;
const CONTENT_BOTTOM = CARD_HEIGHT - 56;
const PANEL_PADDING = 14;
const PANEL_GAP = 48;
/** Measured widths ignore kerning between pieces and rounding: keep this share of the width spare. */
const SLACK = 0.03;

/** The sizes a block may take, largest first, its weight and its line height (a multiple of the size). */
interface BlockStyle {
  sizes: readonly number[];
  weight: Weight;
  lineHeight: number;
}

/** Each block's style. */
const KIND: BlockStyle = { sizes: [28], weight: 700, lineHeight: 1.3 };
const TITLE: BlockStyle = { sizes: [72, 68, 64, 60, 56, 52, 48, 44, 40], weight: 700, lineHeight: 1.18 };
const LAO_LABEL: BlockStyle = { sizes: [24], weight: 400, lineHeight: 1.3 };
/** Lao vowels and tone marks stack above and below the letters: Lao lines need taller boxes. */
const LAO: BlockStyle = { sizes: [56, 52, 48, 44, 40, 36, 32], weight: 700, lineHeight: 1.6 };
const SUMMARY: BlockStyle = { sizes: [30, 28, 26, 24], weight: 400, lineHeight: 1.4 };
const DETAILS: BlockStyle = { sizes: [28, 26, 24], weight: 400, lineHeight: 1.35 };
const SITE_NAME: BlockStyle = { sizes: [32, 28, 24], weight: 700, lineHeight: 1.2 };
const PICTOGRAM = { size: 40, gap: 12 } as const;
const GAP = { afterKind: 14, afterTitle: 28, afterLaoLabel: 2, afterLao: 22 } as const;
/** A title with Lao script in it gets the taller lines of Lao. */
const lineHeightOf = (text: string, latin: number) => (containsLao(text) ? LAO.lineHeight : latin);

/** What may go before a piece of text on the same line: nothing, a space, or the separator of details. */
type Join = '' | ' ' | ' · ';

/** A piece of text that a line may end after; `join` is what goes before it unless it starts a line. */
export interface BreakUnit {
  text: string;
  join: Join;
}

const segmenter = new Intl.Segmenter('lo', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Where a line may break: at spaces, after a hyphen, dash or slash, and between Lao words (found
 * with Intl.Segmenter, since Lao writes no spaces between words). Joined back with their `join`s,
 * the units give the text with its whitespace runs collapsed to single spaces.
 */
export function breakUnits(text: string): BreakUnit[] {
  const units: BreakUnit[] = [];
  text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .forEach((word, w) => {
      const pieces = splitLaoRuns(word).flatMap((run) =>
        run.lao ? Array.from(segmenter.segment(run.text), (s) => s.segment) : run.text.split(/(?<=[-–—/])(?=.)/),
      );
      pieces.forEach((piece, p) => units.push({ text: piece, join: p > 0 || w === 0 ? '' : ' ' }));
    });
  return units;
}

/** The units of several short texts (details), separated by a middle dot; each text breaks at its spaces. */
function itemUnits(items: readonly string[]): BreakUnit[] {
  return items.flatMap((item, i) =>
    breakUnits(item).map((unit, u) => (u === 0 && i > 0 ? { ...unit, join: ' · ' as const } : unit)),
  );
}

/** The text of a line: its units with the joins between them (none before the first). */
const lineText = (line: readonly BreakUnit[]) => line.map((unit, i) => (i === 0 ? '' : unit.join) + unit.text).join('');

const JOINS: readonly Join[] = [' ', ' · '];
const ELLIPSIS = '…';

/** The units of each block of a card, before any measuring. */
function unitsOf(card: CardText) {
  return {
    kind: card.kind ? breakUnits(card.kind) : [],
    title: breakUnits(card.title),
    laoLabel: card.lao ? breakUnits(card.lao.label) : [],
    lao: card.lao ? breakUnits(card.lao.text) : [],
    details: itemUnits(card.details),
    summary: card.summary ? breakUnits(card.summary) : [],
    siteName: breakUnits(card.siteName),
  };
}

/**
 * Every text the layout measures (pieces of text, the joins and "…" in both weights), so a
 * renderer can measure them all in one pass; `layoutCard` asks `measure` for nothing else.
 */
export function textsToMeasure(card: CardText): { text: string; weight: Weight }[] {
  const units = unitsOf(card);
  const at = (weight: Weight) => (unit: { text: string }) => ({ text: unit.text, weight });
  return [
    ...units.kind.map(at(KIND.weight)),
    ...units.title.map(at(700)),
    ...units.laoLabel.map(at(LAO_LABEL.weight)),
    ...units.lao.map(at(700)),
    ...units.details.map(at(400)),
    ...units.summary.map(at(SUMMARY.weight)),
    ...units.siteName.map(at(SITE_NAME.weight)),
    ...[...JOINS, ELLIPSIS].flatMap((text) => [at(400)({ text }), at(700)({ text })]),
  ];
}

/** A unit with its width at 100 px. */
interface Measured extends BreakUnit {
  width: number;
}

/** Widths of a block's units, joins and ellipsis at 100 px, in one weight. */
interface MeasuredBlock {
  units: Measured[];
  join: (join: Join) => number;
  ellipsis: number;
}

function measureBlock(units: readonly BreakUnit[], weight: Weight, measure: Measure): MeasuredBlock {
  const joins = new Map(JOINS.map((join) => [join, measure(join, weight)]));
  return {
    units: units.map((unit) => ({ ...unit, width: measure(unit.text, weight) })),
    join: (join) => (join === '' ? 0 : (joins.get(join) ?? 0)),
    ellipsis: measure(ELLIPSIS, weight),
  };
}

/** A unit wider than `width` cut into pieces that fit, by grapheme, in proportion to their count. */
function splitOverlong(unit: Measured, width: number): Measured[] {
  if (unit.width <= width) return [unit];
  const chars = Array.from(graphemes.segment(unit.text), (s) => s.segment);
  const perPiece = Math.max(1, Math.floor((chars.length * width) / unit.width));
  const pieces: Measured[] = [];
  for (let i = 0; i < chars.length; i += perPiece) {
    const text = chars.slice(i, i + perPiece).join('');
    pieces.push({ text, join: i === 0 ? unit.join : '', width: (unit.width * text.length) / unit.text.length });
  }
  return pieces;
}

/** Width of a line of units (at 100 px). */
const widthOfLine = (line: readonly Measured[], block: MeasuredBlock) =>
  line.reduce((sum, unit, i) => sum + unit.width + (i === 0 ? 0 : block.join(unit.join)), 0);

/** Breaks units into lines no wider than `width` (at 100 px), filling each line in turn. */
function greedyLines(units: readonly Measured[], width: number, block: MeasuredBlock): Measured[][] {
  const lines: Measured[][] = [];
  let line: Measured[] = [];
  let used = 0;
  for (const unit of units) {
    const added = unit.width + (line.length > 0 ? block.join(unit.join) : 0);
    if (line.length > 0 && used + added > width) {
      lines.push(line);
      line = [unit];
      used = unit.width;
    } else {
      line.push(unit);
      used += added;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * Lines of even length, as CSS `text-wrap: balance` gives: the narrowest width that needs no more
 * lines than filling each line up to `width` does. Widths are at 100 px.
 */
function balancedLines(units: readonly Measured[], width: number, block: MeasuredBlock): Measured[][] {
  const count = greedyLines(units, width, block).length;
  let low = Math.max(0, ...units.map((unit) => unit.width));
  let high = width;
  while (high - low > 0.5) {
    const middle = (low + high) / 2;
    if (greedyLines(units, middle, block).length <= count) high = middle;
    else low = middle;
  }
  return greedyLines(units, high, block);
}

/** The line shortened, unit by unit, until it fits `width` (at 100 px) with "…" after it. */
function withEllipsis(line: readonly Measured[], width: number, block: MeasuredBlock): string {
  const kept = [...line];
  while (kept.length > 1 && widthOfLine(kept, block) + block.ellipsis > width) kept.pop();
  return `${lineText(kept)}${ELLIPSIS}`;
}

/** Where a block may go: width and height in pixels, and its most lines. */
interface Room {
  width: number;
  height: number;
  maxLines: number;
}

/**
 * The largest of `sizes` at which the block fits its room in balanced lines; at none, the smallest
 * size with as many lines as fit, the last one cut short with "…".
 */
function fitBlock(block: MeasuredBlock, style: BlockStyle, room: Room): { block: Unplaced; shortened: boolean } {
  const { sizes, weight, lineHeight } = style;
  const at100 = (size: number) => (room.width * 100) / size;
  for (const size of sizes) {
    const units = block.units.flatMap((unit) => splitOverlong(unit, at100(size)));
    const lines = balancedLines(units, at100(size), block);
    if (lines.length <= room.maxLines && lines.length * size * lineHeight <= room.height) {
      return { block: { lines: lines.map(lineText), size, weight, lineHeight }, shortened: false };
    }
  }
  const size = Math.min(...sizes);
  const units = block.units.flatMap((unit) => splitOverlong(unit, at100(size)));
  const lines = greedyLines(units, at100(size), block);
  const fits = Math.max(1, Math.min(room.maxLines, Math.floor(room.height / (size * lineHeight))));
  const kept = lines.slice(0, fits).map(lineText);
  kept[fits - 1] = withEllipsis(lines[fits - 1] ?? [], at100(size), block);
  return { block: { lines: kept, size, weight, lineHeight }, shortened: true };
}

/** Height of a block in pixels. */
const heightOf = (block: Pick<TextBlock, 'lines' | 'size' | 'lineHeight'>) =>
  block.lines.length * block.size * block.lineHeight;

/** The panel on the right and the picture in it, as tall as the content area, keeping the picture's proportions. */
function pictureBoxes(picture: { width: number; height: number }): { panel: Box; picture: Box } {
  const height = CONTENT_BOTTOM - CONTENT_TOP - 2 * PANEL_PADDING;
  const width = Math.round((picture.width / picture.height) * height);
  const panel = {
    left: CARD_WIDTH - MARGIN - width - 2 * PANEL_PADDING,
    top: CONTENT_TOP,
    width: width + 2 * PANEL_PADDING,
    height: CONTENT_BOTTOM - CONTENT_TOP,
  };
  return { panel, picture: { left: panel.left + PANEL_PADDING, top: panel.top + PANEL_PADDING, width, height } };
}

/** The card's layout: the site's band on top, the text column on the left, the picture (if any) on the right. */
export function layoutCard(card: CardText, measure: Measure): CardLayout {
  const units = unitsOf(card);
  const boxes = card.picture && pictureBoxes(card.picture);
  const column = { left: MARGIN, width: (boxes ? boxes.panel.left - PANEL_GAP : CARD_WIDTH - MARGIN) - MARGIN };
  const contentHeight = CONTENT_BOTTOM - CONTENT_TOP;
  const room = (maxLines: number, height = contentHeight): Room => ({
    width: column.width * (1 - SLACK),
    height,
    maxLines,
  });
  const fit = (blockUnits: BreakUnit[], style: BlockStyle, where: Room) =>
    fitBlock(measureBlock(blockUnits, style.weight, measure), style, where);

  // Every block but the title takes what it needs; the title gets the height that is left.
  const indent = card.pictogram ? PICTOGRAM.size + PICTOGRAM.gap : 0;
  const kind = card.kind ? fit(units.kind, KIND, { ...room(1), width: room(1).width - indent }).block : undefined;
  const laoLabel = card.lao ? fit(units.laoLabel, LAO_LABEL, room(1)).block : undefined;
  const lao = card.lao ? fit(units.lao, LAO, room(2)).block : undefined;
  const details = card.details.length > 0 ? fit(units.details, DETAILS, room(2)).block : undefined;
  const taken =
    (kind ? heightOf(kind) + GAP.afterKind : 0) +
    (laoLabel && lao ? GAP.afterTitle + heightOf(laoLabel) + GAP.afterLaoLabel + heightOf(lao) : 0) +
    (details ? (lao ? GAP.afterLao : GAP.afterTitle) + heightOf(details) : 0);
  const titleStyle = { ...TITLE, lineHeight: lineHeightOf(card.title, TITLE.lineHeight) };
  // The height decides how many lines (three at the largest size, up to eight at the smallest).
  const title = fit(units.title, titleStyle, room(8, contentHeight - taken));
  const bandRoom = { width: (CARD_WIDTH - 2 * MARGIN) * (1 - SLACK), height: BAND_HEIGHT, maxLines: 1 };
  const siteName = fit(units.siteName, SITE_NAME, bandRoom).block;

  // Stack the blocks from the top of the content area, in reading order.
  let top = CONTENT_TOP;
  const place = (block: Unplaced, gapAfter: number, left = column.left): TextBlock => {
    const placed = { ...block, left, top };
    top += heightOf(block) + gapAfter;
    return placed;
  };
  const kindTop = top;
  const kindBlock = kind && place(kind, GAP.afterKind, column.left + indent);
  const pictogram =
    kind && card.pictogram
      ? {
          left: column.left,
          top: Math.round(kindTop + (heightOf(kind) - PICTOGRAM.size) / 2),
          width: PICTOGRAM.size,
          height: PICTOGRAM.size,
        }
      : undefined;
  const titleBlock = place(title.block, GAP.afterTitle);
  const laoBlocks = laoLabel && lao && { laoLabel: place(laoLabel, GAP.afterLaoLabel), lao: place(lao, GAP.afterLao) };
  const detailsBlock = details && place(details, card.summary ? GAP.afterLao : 0);
  // A summary takes the height the rest leaves, up to four lines.
  const summary = card.summary && fit(units.summary, SUMMARY, room(4, CONTENT_BOTTOM - top)).block;
  const summaryBlock = summary && place(summary, 0);
  return {
    band: {
      height: BAND_HEIGHT,
      name: { ...siteName, left: MARGIN, top: Math.round((BAND_HEIGHT - heightOf(siteName)) / 2) },
    },
    column,
    ...(kindBlock ? { kind: kindBlock } : {}),
    ...(pictogram ? { pictogram } : {}),
    title: titleBlock,
    titleShortened: title.shortened,
    ...laoBlocks,
    ...(detailsBlock ? { details: detailsBlock } : {}),
    ...(summaryBlock ? { summary: summaryBlock } : {}),
    ...boxes,
  };
}
