import { describe, expect, it } from 'vitest';
import { buildBacklinks, groupByCollection, keyOf, referencesIn } from '~/lib/relations';

describe('referencesIn', () => {
  it('finds references in lists, single fields and nested objects, once each', () => {
    const data = {
      title: 'Organic coffee in Dakseum',
      places: [{ collection: 'places', id: 'dakseum' }],
      organisation: { collection: 'organisations', id: 'rlip' },
      lao: { name: 'ສານໄຊ', source: { collection: 'sources', id: 'geodata-notes' } },
      sources: [
        { collection: 'sources', id: 'geodata-notes' },
        { collection: 'sources', id: 'invitation-2013' },
      ],
    };
    expect(referencesIn(data).map(keyOf)).toEqual([
      'places/dakseum',
      'organisations/rlip',
      'sources/geodata-notes',
      'sources/invitation-2013',
    ]);
  });

  it('ignores objects that merely have an id', () => {
    expect(referencesIn({ figures: [{ id: 'households', value: 831, collection: 'x', unit: 'households' }] })).toEqual(
      [],
    );
  });

  it('is empty for data without references', () => {
    expect(referencesIn({ title: 'x', date: new Date(0), n: 3 })).toEqual([]);
  });
});

describe('buildBacklinks', () => {
  it('turns links around, keeping the order of the linking entries', () => {
    const backlinks = buildBacklinks([
      { collection: 'lessons', id: 'community', links: [{ collection: 'experiences', id: 'coffee-dakseum' }] },
      {
        collection: 'plans',
        id: 'snrmpep-coffee',
        links: [
          { collection: 'experiences', id: 'coffee-dakseum' },
          { collection: 'experiences', id: 'coffee-dakseum' },
        ],
      },
    ]);
    expect(backlinks.get('experiences/coffee-dakseum')).toEqual([
      { collection: 'lessons', id: 'community' },
      { collection: 'plans', id: 'snrmpep-coffee' },
    ]);
    expect(backlinks.get('lessons/community')).toBeUndefined();
  });
});

describe('groupByCollection', () => {
  it('groups and keeps order within a group', () => {
    const groups = groupByCollection([
      { collection: 'a', id: '1' },
      { collection: 'b', id: '2' },
      { collection: 'a', id: '3' },
    ]);
    expect([...groups.keys()]).toEqual(['a', 'b']);
    expect(groups.get('a')?.map((r) => r.id)).toEqual(['1', '3']);
  });
});
