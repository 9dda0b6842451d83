/**
 * Citations of a page in APA 7, BibTeX (biblatex `@online`) and RIS, from one set of metadata
 * (decided in src/data/citation.ts, which the page's JSON-LD reads too). The day a reader
 * accessed the page is never known at build time: the formats carry a placeholder, and the
 * browser fills in today's date when a reader copies a citation (src/scripts/page-controls.ts).
 *
 * No imports: the browser script bundles `accessDate` from here.
 */

/** What a citation of a page says. The site names no author or publisher, so a citation gives none. */
export interface CitationMetadata {
  /** The page's title, as its heading shows it (typographic quotes). */
  title: string;
  /** The website the page belongs to. */
  website: string;
  /** The page's full address. */
  url: string;
  /** Day the page's text last changed, YYYY-MM-DD, when known. */
  modified?: string | undefined;
  /** Day the page's text was first committed, YYYY-MM-DD, when known. */
  published?: string | undefined;
  /** Language of the page's text (BCP 47), e.g. `en`. */
  language: string;
}

/** How each format writes the day of access; the browser formats today's date the same way. */
export type AccessDateStyle = 'apa' | 'iso' | 'ris';

/** A citation format as the page lists it. */
export interface CitationFormat {
  id: 'apa' | 'bibtex' | 'ris';
  /** The citation, with `accessed` standing where the day of access goes. */
  text: string;
  /** How the day of access is written in this format. */
  dateStyle: AccessDateStyle;
}

/** A day of access in a format's style: "November 25, 2026" (APA), "2026-11-25", "2026/11/25" (RIS). */
export function accessDate(day: Date, style: AccessDateStyle): string {
  if (style === 'apa') return day.toLocaleDateString('en-US', { dateStyle: 'long' });
  // Swedish writes dates as ISO 8601 does, in the reader's time zone (toISOString() would use UTC).
  const iso = day.toLocaleDateString('sv');
  return style === 'iso' ? iso : iso.replaceAll('-', '/');
}

/** APA's date of a web page: "(2026, November 25)", or "(n.d.)" when the page's date is unknown. */
function apaDate(isoDay: string | undefined): string {
  if (!isoDay) return '(n.d.)';
  const [year, month, day] = isoDay.split('-').map(Number);
  const monthName = new Date(Date.UTC(2000, (month ?? 1) - 1)).toLocaleDateString('en-US', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `(${year}, ${monthName} ${day})`;
}

/**
 * APA 7, a web page with no named author: the title takes the author's place, then the date of
 * the page's last change, the website's name, the day of access (the page changes over time) and
 * the address. Plain text: a page or word processor sets the title in italics.
 */
export function apaCitation(meta: CitationMetadata, accessed: string): string {
  const title = /[.?!]$/.test(meta.title) ? meta.title : `${meta.title}.`;
  return `${title} ${apaDate(meta.modified)}. ${meta.website}. Retrieved ${accessed}, from ${meta.url}`;
}

/** Text as a BibTeX field value: TeX's special characters escaped, whitespace on one line. */
export function bibtexEscape(text: string): string {
  const escapes: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    '%': '\\%',
    '&': '\\&',
    $: '\\$',
    '#': '\\#',
    _: '\\_',
    '^': '\\^{}',
    '~': '\\~{}',
  };
  return oneLine(text).replace(/[\\{}%&$#_^~]/g, (char) => escapes[char] ?? char);
}

/** A BibTeX key from the page's address: `site-name:section-id`, ASCII letters, digits, hyphens. */
export function bibtexKey(meta: Pick<CitationMetadata, 'website' | 'url'>): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${slug(meta.website)}:${slug(new URL(meta.url).pathname) || 'home'}`;
}

/**
 * biblatex's `@online` entry (styles for classic BibTeX read it as `@misc`). The title is in an
 * extra pair of braces so styles keep its capitals; the address is verbatim, as biblatex reads it.
 */
export function bibtexCitation(meta: CitationMetadata, accessed: string): string {
  const fields = [
    ['title', `{${bibtexEscape(meta.title)}}`],
    ['organization', bibtexEscape(meta.website)],
    ...(meta.modified ? [['date', meta.modified]] : []),
    ['url', oneLine(meta.url)],
    ['urldate', accessed],
  ];
  return `@online{${bibtexKey(meta)},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}

/** RIS: one `TAG  - value` line per field, `TY  - ELEC` (web page) to `ER  - `. */
export function risCitation(meta: CitationMetadata, accessed: string): string {
  const lines = [
    ['TY', 'ELEC'],
    ['TI', meta.title],
    ['T2', meta.website],
    ...(meta.modified
      ? [
          ['PY', meta.modified.slice(0, 4)],
          ['DA', meta.modified.replaceAll('-', '/')],
        ]
      : []),
    ['UR', meta.url],
    ['Y2', accessed],
    ['LA', meta.language],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${oneLine(value ?? '')}`).join('\n');
}

/** The three formats of a page's citation, in the order the page lists them. */
export function citationFormats(meta: CitationMetadata, accessed: string): CitationFormat[] {
  return [
    { id: 'apa', text: apaCitation(meta, accessed), dateStyle: 'apa' },
    { id: 'bibtex', text: bibtexCitation(meta, accessed), dateStyle: 'iso' },
    { id: 'ris', text: risCitation(meta, accessed), dateStyle: 'ris' },
  ];
}

/** A field never spans lines: RIS reads a line break as the end of the value. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
