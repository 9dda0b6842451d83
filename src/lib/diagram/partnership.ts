import { escapeXml } from '../xml';

/**
 * The partnership diagram of a case study as SVG text, drawn at build time: the case study's own
 * organisation in the middle, public partners above it, private and community partners below,
 * each joined to it by a line labelled with what passes between them. The three sides differ by
 * shape (public: square corners; private: cut corners; community: round corners) and by a written
 * tag, never by colour alone; a partner the sources do not name has a dashed outline and says so.
 *
 * The picture is 320 units wide, about the width of a phone's column, so the type is read at its
 * own size there; labels are wrapped here, as SVG does not wrap text. Colours come from the site's
 * stylesheet through classes (no `style` anywhere, for the Content-Security-Policy); presentation
 * attributes keep it legible without the stylesheet.
 */

/** The three sides of a partnership. */
export type Sector = 'community' | 'public' | 'private';

/** A box in the diagram. */
export interface DiagramActor {
  sector: Sector;
  /** The written tag that names the side, e.g. "Public". */
  tag: string;
  /** What the box calls the actor (a short name; the text alternative gives the full one). */
  name: string;
  /** Set for an actor the sources do not name: the line that says so, e.g. "not named in the sources". */
  unknown?: string | undefined;
}

/** A partner and the label of its line to the middle. */
export interface DiagramLink {
  actor: DiagramActor;
  /** What passes, e.g. "buys the organic asparagus directly". */
  label: string;
}

export interface PartnershipDiagramInput {
  centre: DiagramActor;
  links: readonly DiagramLink[];
  /** Short name of the picture (the SVG's `<title>`). */
  title: string;
  /** What it shows and where the full list is (the SVG's `<desc>`). */
  desc: string;
  /** Prefix of the ids of `<title>` and `<desc>`, unique on the page. */
  id: string;
}

export interface PartnershipDiagram {
  svg: string;
  width: number;
  height: number;
}

/** Width of the picture in SVG units (and CSS pixels at its natural size). */
export const DIAGRAM_WIDTH = 320;
/** Partners per row: more would not leave room to read at phone width. */
export const MAX_PER_SIDE = 3;

const MARGIN = 4;
const GAP = 8;
const MAX_BOX = 200;
const PAD = 7;
const TAG = { size: 10, line: 12.5 };
const NAME = { size: 13, line: 15.5 };
const NOTE = { size: 11, line: 13.5 };
const LABEL = { size: 12, line: 14.5 };
const NAME_LINES = 3;
const LABEL_LINES = 5;

/** Rough advance of a character in ems, for a system sans-serif: enough to wrap with some slack. */
function charWidth(char: string): number {
  if (/[iljtfrI.,;:'’!|()\s-]/.test(char)) return 0.32;
  if (/[mwMW]/.test(char)) return 0.86;
  if (/[A-Z]/.test(char)) return 0.68;
  return 0.56;
}

/** Estimated width of `text` at `size` (bold text is wider). */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].reduce((sum, char) => sum + charWidth(char), 0) * size * (bold ? 1.08 : 1);
}

/**
 * Greedy word wrap to `width`; past `maxLines` the last line ends with an ellipsis. A word wider
 * than the line is cut with a hyphen rather than overflowing the box.
 */
export function wrapText(text: string, width: number, size: number, { bold = false, maxLines = Infinity } = {}) {
  const fits = (line: string) => textWidth(line, size, bold) <= width;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (!fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(`${word.slice(0, cut)}-`)) cut -= 1;
      if (line) lines.push(line);
      lines.push(`${word.slice(0, cut)}-`);
      line = '';
      word = word.slice(cut);
    }
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

const n = (value: number) => String(Math.round(value * 10) / 10);

/** The outline of a box: the shape carries the side as much as the tag does. */
function shape(sector: Sector, x: number, y: number, w: number, h: number, unknown: boolean): string {
  const common = `class="pd-shape${unknown ? ' pd-unknown' : ''}" fill="none" stroke="currentColor"${
    unknown ? ' stroke-dasharray="5 3"' : ''
  }`;
  if (sector === 'private') {
    const c = 9;
    const d = `M${n(x + c)} ${n(y)}H${n(x + w - c)}L${n(x + w)} ${n(y + c)}V${n(y + h - c)}L${n(x + w - c)} ${n(
      y + h,
    )}H${n(x + c)}L${n(x)} ${n(y + h - c)}V${n(y + c)}Z`;
    return `<path ${common} d="${d}"/>`;
  }
  const rx = sector === 'community' ? Math.min(16, h / 2) : 0;
  return `<rect ${common} x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${rx ? ` rx="${n(rx)}"` : ''}/>`;
}

/** A box's text, wrapped to its width: the tag, the name, and for an unknown actor the note. */
function boxLines(actor: DiagramActor, width: number) {
  const inner = width - 2 * PAD;
  return {
    name: wrapText(actor.name, inner, NAME.size, { bold: true, maxLines: NAME_LINES }),
    note: actor.unknown ? wrapText(actor.unknown, inner, NOTE.size, { maxLines: 2 }) : [],
  };
}

const boxHeight = ({ name, note }: ReturnType<typeof boxLines>) =>
  PAD + TAG.line + name.length * NAME.line + note.length * NOTE.line + PAD - 2;

/** Lines of text centred on `cx`, the first baseline at `y`. */
function textLines(lines: readonly string[], cx: number, y: number, line: number, attributes: string): string {
  if (lines.length === 1) return `<text ${attributes} x="${n(cx)}" y="${n(y)}">${escapeXml(lines[0] ?? '')}</text>`;
  const spans = lines
    .map(
      (text, index) => `<tspan x="${n(cx)}" ${index === 0 ? `y="${n(y)}"` : `dy="${line}"`}>${escapeXml(text)}</tspan>`,
    )
    .join('');
  return `<text ${attributes}>${spans}</text>`;
}

function box(
  actor: DiagramActor,
  x: number,
  y: number,
  w: number,
  h: number,
  { lines = boxLines(actor, w), centre = false } = {},
): string {
  const cx = x + w / 2;
  const tagY = y + PAD + TAG.size;
  const nameY = y + PAD + TAG.line + NAME.size;
  const noteY = nameY + (lines.name.length - 1) * NAME.line + NOTE.line;
  // One group per box: the side's class colours its outline and tag together.
  return [
    `<g class="pd-box pd-${actor.sector}${centre ? ' pd-centre' : ''}">`,
    shape(actor.sector, x, y, w, h, actor.unknown !== undefined),
    textLines(
      [actor.tag.toUpperCase()],
      cx,
      tagY,
      TAG.line,
      `class="pd-tag" font-size="${TAG.size}" font-weight="700" letter-spacing=".6" text-anchor="middle" fill="currentColor"`,
    ),
    textLines(
      lines.name,
      cx,
      nameY,
      NAME.line,
      `class="pd-name" font-size="${NAME.size}" font-weight="700" text-anchor="middle" fill="currentColor"`,
    ),
    lines.note.length > 0
      ? textLines(
          lines.note,
          cx,
          noteY,
          NOTE.line,
          `class="pd-note" font-size="${NOTE.size}" font-style="italic" text-anchor="middle" fill="currentColor"`,
        )
      : '',
    '</g>',
  ].join('');
}

interface Row {
  links: DiagramLink[];
  columns: { x: number; w: number; label: string[] }[];
  boxHeight: number;
  band: number;
}

function layoutRow(links: DiagramLink[]): Row {
  const count = Math.max(links.length, 1);
  // A lone partner gets a box of its own size, centred, rather than a banner across the picture.
  const w = Math.min(MAX_BOX, (DIAGRAM_WIDTH - 2 * MARGIN - (count - 1) * GAP) / count);
  const left = (DIAGRAM_WIDTH - count * w - (count - 1) * GAP) / 2;
  const columns = links.map((link, index) => ({
    x: left + index * (w + GAP),
    w,
    label: wrapText(link.label, w - 6, LABEL.size, { maxLines: LABEL_LINES }),
  }));
  const tallest = Math.max(0, ...links.map((link) => boxHeight(boxLines(link.actor, w))));
  const labelLines = Math.max(0, ...columns.map((column) => column.label.length));
  return { links, columns, boxHeight: tallest, band: Math.max(34, labelLines * LABEL.line + 22) };
}

/** Draws the diagram. Throws when a side holds more partners than fit in a row. */
export function renderPartnershipDiagram(input: PartnershipDiagramInput): PartnershipDiagram {
  const above = input.links.filter((link) => link.actor.sector === 'public');
  const below = input.links.filter((link) => link.actor.sector !== 'public');
  for (const [side, links] of [
    ['public', above],
    ['private and community', below],
  ] as const) {
    if (links.length > MAX_PER_SIDE) {
      throw new Error(
        `The partnership diagram holds at most ${MAX_PER_SIDE} ${side} partners on a side (${links.length} given): ${links.map((link) => link.actor.name).join(', ')}`,
      );
    }
  }
  const top = above.length > 0 ? layoutRow(above) : undefined;
  const bottom = below.length > 0 ? layoutRow(below) : undefined;
  const centreWidth = DIAGRAM_WIDTH - 2 * MARGIN;
  // The middle box is wide; its name keeps a margin so it reads as a heading, not a banner.
  const centreLines = boxLines(input.centre, centreWidth - 24);
  const centreHeight = boxHeight(centreLines) + 4;

  const parts: string[] = [];
  let y = MARGIN;
  const links: string[] = [];
  const labels: string[] = [];
  const drawRow = (row: Row, boxY: number, lineFrom: number, lineTo: number, bandTop: number) => {
    row.columns.forEach((column, index) => {
      const link = row.links[index];
      if (!link) return;
      const cx = column.x + column.w / 2;
      const dashed = link.actor.unknown !== undefined ? ' stroke-dasharray="5 3"' : '';
      const labelHeight = column.label.length * LABEL.line;
      const labelTop = bandTop + (row.band - labelHeight) / 2;
      // The line stops short of its label and resumes after it: the label reads as part of the line.
      const d = `M${n(cx)} ${n(lineFrom)}V${n(labelTop - 1)}M${n(cx)} ${n(labelTop + labelHeight + 3)}V${n(lineTo)}`;
      links.push(`<path class="pd-link" d="${d}" fill="none" stroke="currentColor" stroke-width="1.5"${dashed}/>`);
      labels.push(
        textLines(
          column.label,
          cx,
          labelTop + LABEL.size,
          LABEL.line,
          `class="pd-label" font-size="${LABEL.size}" text-anchor="middle" fill="currentColor"`,
        ),
      );
      parts.push(box(link.actor, column.x, boxY, column.w, row.boxHeight));
    });
  };
  const centreY = top ? MARGIN + top.boxHeight + top.band : MARGIN;
  if (top) drawRow(top, y, y + top.boxHeight, centreY, y + top.boxHeight);
  y = centreY + centreHeight;
  parts.push(box(input.centre, MARGIN, centreY, centreWidth, centreHeight, { lines: centreLines, centre: true }));
  if (bottom) {
    drawRow(bottom, y + bottom.band, y, y + bottom.band, y);
    y += bottom.band + bottom.boxHeight;
  }
  const height = Math.ceil(y + MARGIN);
  const titleId = `${input.id}-title`;
  const descId = `${input.id}-desc`;
  const svg =
    `<svg class="pd" viewBox="0 0 ${DIAGRAM_WIDTH} ${height}" width="${DIAGRAM_WIDTH}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}">` +
    `<title id="${titleId}">${escapeXml(input.title)}</title><desc id="${descId}">${escapeXml(input.desc)}</desc>` +
    `${links.join('')}${labels.join('')}${parts.join('')}</svg>`;
  return { svg, width: DIAGRAM_WIDTH, height };
}
