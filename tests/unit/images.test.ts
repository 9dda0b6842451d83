import { describe, expect, it } from 'vitest';
import { columnSizes, figureTextProblems, responsiveWidths, shortHash } from '~/lib/images';

describe('responsiveWidths', () => {
  it('offers every step below the original, then the original, never enlarging', () => {
    expect(responsiveWidths(1200)).toEqual([360, 720, 1080, 1200]);
    expect(responsiveWidths(4000)).toEqual([360, 720, 1080, 1440, 4000]);
    expect(responsiveWidths(720)).toEqual([360, 720]);
    expect(responsiveWidths(300)).toEqual([300]);
  });

  it('sizes pictures to the 42rem text column', () => {
    expect(columnSizes).toBe('(min-width: 44rem) 42rem, 100vw');
  });
});

describe('shortHash', () => {
  it('is stable and tells texts apart', () => {
    expect(shortHash('/_astro/a.jpg|A field')).toBe(shortHash('/_astro/a.jpg|A field'));
    expect(shortHash('/_astro/a.jpg|A field')).not.toBe(shortHash('/_astro/b.jpg|A field'));
    expect(shortHash('x')).toMatch(/^[0-9a-z]+$/);
  });
});

describe('figureTextProblems', () => {
  it('names each missing or blank text with what it is for', () => {
    expect(figureTextProblems({ alt: 'A field', caption: 'Dakseum', credit: 'Photo: A, CC BY' })).toEqual([]);
    expect(figureTextProblems({ alt: ' ', caption: 'Dakseum' })).toEqual([
      'alt is empty: describe what the photograph shows, for readers who cannot see it',
      'credit is missing: name who took the photograph and its licence, e.g. credit="Photo: name, CC BY 4.0"',
    ]);
    expect(figureTextProblems({ alt: 'A', caption: 3, credit: 'C' })).toEqual([
      'caption is empty: say what the photograph is about: who or what, where, when',
    ]);
  });
});
