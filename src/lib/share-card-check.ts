// Reachable from astro.config.mjs (through the card integration): relative imports only.
/**
 * Checks that pages and share cards agree: every page with an address of its own points its
 * `og:image` at its own card, and every card belongs to a page the build made. Pure: the build
 * (src/build/share-cards.ts) reads the files and hands them over.
 */

/** What the check reads from a built page's head. */
export interface PageHead {
  /** The URL path a reader visits, e.g. `/lessons/community/` (`/404.html` for the 404 page). */
  path: string;
  /** Whether the page names a canonical address (pages kept out of search engines do not). */
  canonical: boolean;
  /** The `og:image` address, if any. */
  ogImage?: string | undefined;
}

const attributesOf = (tag: string) =>
  new Map([...tag.matchAll(/([a-z:-]+)="([^"]*)"/g)].map((match) => [match[1] ?? '', match[2] ?? '']));

/** The canonical link and `og:image` of a page, from its HTML (as the build writes it: double-quoted attributes). */
export function readPageHead(path: string, html: string): PageHead {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  const tags = [...head.matchAll(/<(?:meta|link)\b[^>]*>/g)].map((match) => attributesOf(match[0]));
  const ogImage = tags.find((tag) => tag.get('property') === 'og:image')?.get('content');
  return {
    path,
    canonical: tags.some((tag) => tag.get('rel') === 'canonical'),
    ...(ogImage === undefined ? {} : { ogImage: ogImage.replaceAll('&amp;', '&') }),
  };
}

/**
 * Every disagreement between the built pages and the cards, as lines to print: a card for a page
 * that was not built, a page with an address but no card, a page whose `og:image` is not the
 * address of its own card (`cardUrlOf`), a page listed twice.
 */
export function shareCardProblems(
  pages: readonly PageHead[],
  cardPages: readonly string[],
  cardUrlOf: (page: string) => string,
): string[] {
  const problems: string[] = [];
  const built = new Map(pages.map((page) => [page.path, page]));
  const listed = new Set<string>();
  for (const page of cardPages) {
    if (listed.has(page)) problems.push(`${page}: listed twice in the cards`);
    listed.add(page);
    if (!built.has(page)) problems.push(`${page}: has a card, but the build made no such page`);
  }
  for (const page of pages) {
    if (page.ogImage === undefined) {
      if (page.canonical) problems.push(`${page.path}: has no og:image; every page with an address needs a share card`);
      continue;
    }
    if (!listed.has(page.path)) problems.push(`${page.path}: its og:image ${page.ogImage} is a card nobody draws`);
    else if (page.ogImage !== cardUrlOf(page.path)) {
      problems.push(`${page.path}: og:image is ${page.ogImage}, not its own card ${cardUrlOf(page.path)}`);
    }
  }
  return problems;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG file from its header, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk is IHDR: length (4 bytes), type (4), then width and height (4 each, big-endian).
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
