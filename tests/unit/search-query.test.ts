import { describe, expect, it } from 'vitest';
import { joinLaoSyllables } from '~/lib/lao-syllables';
import {
  closestPaths,
  continuesTyping,
  editDistance,
  indexWords,
  isEmpty,
  paramsFromState,
  rankByWordsFound,
  stateFromParams,
  titleMatchesFirst,
  wordsOf,
  wordsOfPath,
} from '~/lib/search-query';

const filters = ['type', 'province'];

describe('a search in the address', () => {
  it('round-trips words and filters, in a stable order, ignoring unknown parameters', () => {
    const params = new URLSearchParams('province=Attapeu&q=+coffee+&type=Case+studies&type=Places&utm=x&type=Places');
    const state = stateFromParams(params, filters);
    expect(state).toEqual({ query: 'coffee', filters: { type: ['Case studies', 'Places'], province: ['Attapeu'] } });
    expect(paramsFromState(state, filters).toString()).toBe('q=coffee&type=Case+studies&type=Places&province=Attapeu');
  });

  it('knows an empty search', () => {
    expect(isEmpty({ query: '  ', filters: {} })).toBe(true);
    expect(isEmpty({ query: '', filters: { type: ['Places'] } })).toBe(false);
  });

  it('replaces the history entry while typing, adds one for a new search or filter', () => {
    const at = (query: string, type?: string) => ({ query, filters: type ? { type: [type] } : {} });
    expect(continuesTyping(at('cof'), at('coffee'))).toBe(true);
    expect(continuesTyping(at('coffee'), at('cof'))).toBe(true);
    expect(continuesTyping(at('coffee'), at('tea'))).toBe(false);
    expect(continuesTyping(at('coffee'), at('coffee', 'Places'))).toBe(false);
    expect(continuesTyping(at(''), at('c'))).toBe(false);
  });
});

describe('the words of a query', () => {
  it('splits Lao written without spaces into syllables, as the index holds it', () => {
    expect(indexWords('ແຂວງອັດຕະປື')).toBe('ແຂວງ ອັດ ຕະ ປື');
    expect(indexWords('  coffee   Paksong ')).toBe('coffee Paksong');
  });

  it('leaves out the common words of a question, unless they are all there is or a phrase is quoted', () => {
    expect(indexWords('Where do Alak farmers grow coffee?')).toBe('Alak farmers grow coffee?');
    expect(indexWords('the who')).toBe('the who');
    expect(indexWords('"the coffee of Dakseum"')).toBe('"the coffee of Dakseum"');
    expect(wordsOf('Coffee coffee ອັດຕະປື')).toEqual(['coffee', 'ອັດ', 'ຕະ', 'ປື']);
  });

  it('turns a missing address into words', () => {
    expect(wordsOfPath('/case-study/cofee-dakseum/')).toBe('case study cofee dakseum');
    expect(wordsOfPath('/site/places/attapeu.html', '/site/')).toBe('places attapeu');
    expect(wordsOfPath('/journal/2013/%E0%BA%AD%E0%BA%B1%E0%BA%94/')).toBe('journal ອັດ');
    expect(wordsOfPath('/%E0%A4%A/')).toBe('E0 A4 A');
  });
});

describe('ranking', () => {
  it('puts pages holding more of the words first, then the higher score', () => {
    const a = { id: 'a', score: 1 };
    const b = { id: 'b', score: 5 };
    const c = { id: 'c', score: 2 };
    expect(
      rankByWordsFound([
        [a, b],
        [a, c],
      ]).map((r) => r.id),
    ).toEqual(['a', 'b', 'c']);
  });

  it('puts results titled as the query first, loosely matched, keeping the order otherwise', () => {
    const titles = ['Plan for Attapeu', 'Attapeu', 'Àttapeu  ', 'Other'];
    expect(titleMatchesFirst(titles, (title) => title, 'attapeu')).toEqual([
      'Attapeu',
      'Àttapeu  ',
      'Plan for Attapeu',
      'Other',
    ]);
  });
});

describe('the nearest address', () => {
  const paths = [
    '/',
    '/case-studies/coffee-dakseum/',
    '/case-studies/asparagus-darkhied/',
    '/places/attapeu/',
    '/lessons/private-sector/',
  ];

  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('finds the page of a typo, a wrong section or a cut-off address, and nothing for an unrelated one', () => {
    expect(closestPaths('/case-study/cofee-dakseum', paths)[0]).toBe('/case-studies/coffee-dakseum/');
    expect(closestPaths('/places/atapeu/', paths)[0]).toBe('/places/attapeu/');
    expect(closestPaths('/case-studies/asparagus/', paths)[0]).toBe('/case-studies/asparagus-darkhied/');
    expect(closestPaths('/wp-admin/login.php', paths)).toEqual([]);
  });
});

describe('Lao excerpts', () => {
  it('closes up the spaces between Lao syllables, around highlights too, and nowhere else', () => {
    expect(joinLaoSyllables('in <mark>ອັດ</mark> <mark>ຕະ</mark> ປື province')).toBe(
      'in <mark>ອັດ</mark><mark>ຕະ</mark>ປື province',
    );
    expect(joinLaoSyllables('Paksong (ເມືອງ ປາກ ຊ່ອງ) is')).toBe('Paksong (ເມືອງປາກຊ່ອງ) is');
  });
});
