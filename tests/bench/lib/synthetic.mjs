import yaml from 'js-yaml';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The project's own table, id rule and vocabularies (Node 24 runs TypeScript files as they are), so
// generated entries stay valid and land where the loaders look.
import { filesUnder } from '../../../src/build/files.ts';
import { entryIdOf } from '../../../src/lib/paths.ts';
import { collections, contentPathOf } from '../../../src/schemas/collections.ts';
import { provinces, sectors } from '../../../src/schemas/vocabulary.ts';

/** A small deterministic PRNG (mulberry32): the same N always gives the same content. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ids of a collection's entries in a content folder. */
const idsOf = (contentDir, collection) =>
  filesUnder(join(contentDir, collections[collection].folder), /\.mdx?$/).map(entryIdOf);

const words = (
  'the group villagers market contract buyer harvest season training price quality organic partnership district ' +
  'province office cooperative members savings fund seedlings processing drying transport road credit loan women ' +
  'youth plan lesson route visit extension service company agreement yield hectare family household income'
).split(' ');

/**
 * Writes `count` synthetic case studies into `contentDir/experiences/` that satisfy the schema:
 * they cite existing sources, places and organisations, use a glossary term, link to real pages,
 * and have a body about the size of a real case study (~600 words, five sections).
 */
export function generateExperiences(contentDir, count) {
  const rand = random(count);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];
  const sentence = (n = 14) => {
    const text = Array.from({ length: n }, () => pick(words)).join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 5 }, () => sentence(10 + Math.floor(rand() * 12))).join(' ');

  const sources = idsOf(contentDir, 'sources');
  const places = idsOf(contentDir, 'places');
  const organisations = idsOf(contentDir, 'organisations');
  const experiences = idsOf(contentDir, 'experiences');
  const glossary = yaml
    .load(readFileSync(join(contentDir, '..', contentPathOf('glossary')), 'utf8'))
    .map((term) => term.id);
  const width = String(count).length;
  for (let i = 1; i <= count; i += 1) {
    const id = `synthetic-${String(i).padStart(width, '0')}`;
    const sector = pick(sectors);
    const place = pick(places);
    const term = pick(glossary);
    const frontmatter = [
      `title: ${sector.replace('-', ' ')} group number ${i}`,
      `summary: A synthetic case study for the scale benchmark, about a ${sector} group; it cites real sources and links to real pages.`,
      `order: ${100 + i}`,
      `kind: ${rand() < 0.9 ? 'producer-group' : 'programme'}`,
      `province: ${pick(provinces)}`,
      `sectors: [${some(sectors, 2).join(', ')}]`,
      `places: [${some(places, 3).join(', ')}]`,
      `organisations: [${some(organisations, 2).join(', ')}]`,
      `since: ${1990 + Math.floor(rand() * 30)}`,
      `members: { count: ${5 + Math.floor(rand() * 200)}, unit: households }`,
      `sources: [${some(sources, 3).join(', ')}]`,
    ];
    const body = [
      `${paragraph()} See [the place](/places/${place}/) and [the route](/route/).`,
      '## Who they are',
      `${paragraph()} <Term id="${term}">${term.toUpperCase()}</Term> ${sentence()}`,
      '## What they do',
      paragraph(),
      paragraph(),
      '## How they sell',
      `${paragraph()} Compare [another case study](/case-studies/${pick(experiences)}/).`,
      '<Aside type="gap">',
      sentence(20),
      '</Aside>',
      '## What others can learn',
      paragraph(),
      paragraph(),
    ];
    writeFileSync(
      join(contentDir, collections.experiences.folder, `${id}.mdx`),
      `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`,
    );
  }
}
