import { t, uiLang } from '~/i18n';
import type { CitationMetadata } from '~/lib/citation';
import { smartenText } from '~/lib/typography';
import type { Provenance } from './provenance';

/**
 * THE citation metadata of a page: "Cite this page" (APA, BibTeX, RIS) and the page's JSON-LD both
 * derive from it.
 *
 * - Who: the site names no author and no publisher (the About page and the footer give licences,
 *   not names), so no citation invents one; the website's name stands where a publisher would.
 * - When: the days git knows for the entry's file, the first commit (published) and the last
 *   change (modified). A journal post's own date is the day of what it records, not of the page.
 */
export function citationFor(
  page: { title: string; filePath?: string | undefined },
  url: string,
  { lastChanged, firstChanged }: Pick<Provenance, 'lastChanged' | 'firstChanged'>,
): CitationMetadata {
  const file = page.filePath;
  return {
    title: smartenText(page.title),
    website: t('site.name'),
    url,
    modified: file ? lastChanged.get(file) : undefined,
    published: file ? firstChanged?.get(file) : undefined,
    language: uiLang,
  };
}
