import { describe, expect, it } from 'vitest';
import { citationFor } from '~/data/citation';
import {
  accessDate,
  apaCitation,
  bibtexCitation,
  bibtexEscape,
  bibtexKey,
  citationFormats,
  risCitation,
  type CitationMetadata,
} from '~/lib/citation';

const meta: CitationMetadata = {
  title: 'Organic Coffee Producers’ Group, Dakseum',
  website: 'Learning Route Attapeu',
  url: 'https://example.org/case-studies/coffee-dakseum/',
  modified: '2026-11-05',
  published: '2026-10-01',
  language: 'en',
};
const accessed = '[date accessed]';

describe('APA 7', () => {
  it('cites a web page without an author: title, date of the last change, website, day of access, address', () => {
    expect(apaCitation(meta, accessed)).toBe(
      'Organic Coffee Producers’ Group, Dakseum. (2026, November 5). Learning Route Attapeu. Retrieved [date accessed], from https://example.org/case-studies/coffee-dakseum/',
    );
  });

  it('writes n.d. when the page has no known date, and adds no full stop after a question mark', () => {
    expect(apaCitation({ ...meta, title: 'Who pays?', modified: undefined }, accessed)).toBe(
      'Who pays? (n.d.). Learning Route Attapeu. Retrieved [date accessed], from https://example.org/case-studies/coffee-dakseum/',
    );
  });
});

describe('BibTeX', () => {
  it('escapes braces and the other characters TeX reads as commands', () => {
    expect(bibtexEscape('{PSP} 100% & $5 #1 a_b ^ ~ C:\\x')).toBe(
      '\\{PSP\\} 100\\% \\& \\$5 \\#1 a\\_b \\^{} \\~{} C:\\textbackslash{}x',
    );
  });

  it('keeps Lao script, typographic quotes and dashes as they are, on one line', () => {
    expect(bibtexEscape('ເມືອງສານໄຊ\n“Sansai” – Attapeu')).toBe('ເມືອງສານໄຊ “Sansai” – Attapeu');
  });

  it('makes an @online entry with the title braced, the address verbatim and the day of access to fill in', () => {
    expect(bibtexCitation({ ...meta, title: 'Sharing {risks} & benefits' }, accessed)).toBe(
      [
        '@online{learning-route-attapeu:case-studies-coffee-dakseum,',
        '  title = {{Sharing \\{risks\\} \\& benefits}},',
        '  organization = {Learning Route Attapeu},',
        '  date = {2026-11-05},',
        '  url = {https://example.org/case-studies/coffee-dakseum/},',
        '  urldate = {[date accessed]},',
        '}',
      ].join('\n'),
    );
  });

  it('leaves the date out when it is not known, and keys the home page as such', () => {
    expect(bibtexCitation({ ...meta, modified: undefined }, accessed)).not.toContain('date = {2');
    expect(bibtexKey({ website: 'Learning Route Attapeu', url: 'https://example.org/' })).toBe(
      'learning-route-attapeu:home',
    );
  });
});

describe('RIS', () => {
  it('writes a web page record from TY to ER, one field a line', () => {
    expect(risCitation({ ...meta, title: 'ແຂວງອັດຕະປື\nAttapeu' }, accessed).split('\n')).toEqual([
      'TY  - ELEC',
      'TI  - ແຂວງອັດຕະປື Attapeu',
      'T2  - Learning Route Attapeu',
      'PY  - 2026',
      'DA  - 2026/11/05',
      'UR  - https://example.org/case-studies/coffee-dakseum/',
      'Y2  - [date accessed]',
      'LA  - en',
      'ER  - ',
    ]);
  });

  it('leaves out year and date when the page has none', () => {
    expect(risCitation({ ...meta, modified: undefined }, accessed)).not.toMatch(/^(PY|DA) {2}- /m);
  });
});

describe('the day of access', () => {
  // Noon local time: the same calendar day in every time zone the test may run in.
  const day = new Date(2026, 10, 5, 12);

  it('is written in each format’s style, in the reader’s own calendar day', () => {
    expect(accessDate(day, 'apa')).toBe('November 5, 2026');
    expect(accessDate(day, 'iso')).toBe('2026-11-05');
    expect(accessDate(day, 'ris')).toBe('2026/11/05');
  });

  it('matches the style each format declares', () => {
    const formats = citationFormats(meta, accessed);
    expect(formats.map((format) => format.id)).toEqual(['apa', 'bibtex', 'ris']);
    for (const format of formats) {
      expect(format.text.replace(accessed, accessDate(day, format.dateStyle))).not.toContain(accessed);
    }
    expect(formats[1]?.text.replace(accessed, accessDate(day, 'iso'))).toContain('urldate = {2026-11-05}');
  });
});

describe('the citation metadata of a page', () => {
  const provenance = {
    lastChanged: new Map([['content/lessons/community.mdx', '2026-11-25']]),
    firstChanged: new Map([['content/lessons/community.mdx', '2026-11-01']]),
  };

  it('takes the title as the page shows it, the site as website, and the days git knows', () => {
    expect(
      citationFor(
        { title: "The group's plan", filePath: 'content/lessons/community.mdx' },
        'https://example.org/lessons/community/',
        provenance,
      ),
    ).toEqual({
      title: 'The group’s plan',
      website: 'Learning Route Attapeu',
      url: 'https://example.org/lessons/community/',
      modified: '2026-11-25',
      published: '2026-11-01',
      language: 'en',
    });
  });

  it('invents no date for a file git does not know, and names no author', () => {
    const cited = citationFor(
      { title: 'New', filePath: 'content/lessons/new.mdx' },
      'https://example.org/',
      provenance,
    );
    expect(cited.modified).toBeUndefined();
    expect(cited.published).toBeUndefined();
    expect(Object.keys(cited)).not.toContain('author');
  });
});
