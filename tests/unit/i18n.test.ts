import { describe, expect, it } from 'vitest';
import { isUiKey, t, tFor } from '~/i18n';
import { en } from '~/i18n/en';
import { collectionNames, collections, sectionCollections } from '~/schemas/collections';
import { lessonLevels, organisationTypes, placeKinds, provinces, sectors, sourceKinds } from '~/schemas/vocabulary';

describe('the dictionary', () => {
  it('has a label for every value of every controlled vocabulary', () => {
    const keys = [
      ...provinces.map((v) => `province.${v}`),
      ...sectors.map((v) => `sector.${v}`),
      ...organisationTypes.map((v) => `organisation.type.${v}`),
      ...placeKinds.map((v) => `place.kind.${v}`),
      ...lessonLevels.map((v) => `lesson.level.${v}`),
      ...sourceKinds.map((v) => `source.kind.${v}`),
      ...collectionNames.map((name) => collections[name].label),
      ...sectionCollections.map((v) => `index.${v}.intro`),
      ...sectionCollections.map((v) => `card.kind.${v}`),
      ...[1, 2, 3].map((v) => `plan.rank.${v}`),
    ];
    expect(keys.filter((key) => !isUiKey(key))).toEqual([]);
  });

  it('has no empty text', () => {
    expect(Object.entries(en).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('search.partial', { count: 3, query: 'coffee' })).toBe(
      'No page holds every word of “coffee”. 3 pages hold some of them, most first.',
    );
  });

  it('fails loudly when a placeholder has no value', () => {
    expect(() => t('search.partial', { count: 3 })).toThrow(/\{query\}/);
  });
});

describe('tFor', () => {
  it('fails the build for a key the dictionary lacks', () => {
    expect(tFor('sector.coffee')).toBe('Coffee');
    expect(() => tFor('sector.rice')).toThrow(/sector\.rice/);
  });
});
