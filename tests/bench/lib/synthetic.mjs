import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The schema's own vocabularies (Node 24 runs the TypeScript file as it is), so generated entries stay valid.
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

const idsIn = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => name.replace(/\.mdx?$/, ''))
        .sort()
    : [];

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

  const sources = idsIn(join(contentDir, 'sources'));
  const places = idsIn(join(contentDir, 'places'));
  const organisations = idsIn(join(contentDir, 'organisations'));
  const experiences = idsIn(join(contentDir, 'experiences'));
  const glossary = [
    ...readFileSync(join(contentDir, 'glossary.yaml'), 'utf8').matchAll(/^- id:\s*['"]?([\w-]+)/gm),
  ].map((m) => m[1]);
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
      join(contentDir, 'experiences', `${id}.mdx`),
      `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`,
    );
  }
}
