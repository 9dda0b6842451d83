import type { CollectionEntry } from 'astro:content';
import { t } from '~/i18n';
import { renderPartnershipDiagram, type DiagramActor } from '~/lib/diagram/partnership';
import type { EntryRef } from '~/lib/relations';
import { smartenText } from '~/lib/typography';
import type { PartnerSector } from '~/schemas/vocabulary';
import type { EntryLink, SiteIndex } from './site-index';

/**
 * The partnership diagram of a case study and its text alternative, from the `partnerships` of its
 * frontmatter: who works with the case study's own organisation and what passes between them.
 * Names and addresses come from the site index; a partner the sources do not name stays unnamed.
 */

/** One side of a relation, as the page shows it. */
export interface PartnerActor {
  sector: PartnerSector;
  /** Full name: the organisation's title, or what the frontmatter calls an unnamed partner. */
  name: string;
  /** Name in the diagram: the frontmatter's `label`, the organisation's short name, or the full name. */
  short: string;
  /** The partner's page; none for a partner the sources do not name. */
  href?: string;
  /** True when the sources do not name the partner. */
  unknown: boolean;
}

/** A partner, what passes between it and the case study's organisation, and who says so. */
export interface PartnershipRelation {
  actor: PartnerActor;
  gives: string;
  source: EntryLink;
}

/** Everything <PartnershipDiagram> shows. */
export interface PartnershipData {
  /** The case study's own organisation, in the middle of the diagram. */
  centre: PartnerActor;
  relations: PartnershipRelation[];
  /** The diagram as SVG text, drawn at build time; inlined, it is about 1 KB gzipped. */
  svg: string;
}

type Experience = Pick<CollectionEntry<'experiences'>, 'id' | 'collection'> & {
  data: Pick<CollectionEntry<'experiences'>['data'], 'kind' | 'organisations' | 'partnerships'>;
};

/** The organisation's short name, when it has one. */
function shortNameOf(site: SiteIndex, id: string): string | undefined {
  const entry = site.entries('organisations').find((candidate) => candidate.id === id);
  return (entry?.data as { shortName?: string } | undefined)?.shortName;
}

/** The partnership data of a case study, or undefined when its frontmatter lists no partnerships. */
export function partnershipFor(site: SiteIndex, entry: Experience): PartnershipData | undefined {
  const { partnerships, organisations, kind } = entry.data;
  if (partnerships.length === 0) return undefined;
  const from = { collection: entry.collection, id: entry.id };
  const where = `content/experiences/${entry.id}.mdx`;
  const [own] = organisations;
  if (!own) throw new Error(`${where}: partnerships need the case study's own organisation first in organisations`);
  const listed = new Set(organisations.map((ref) => ref.id));
  const named = (ref: EntryRef, sector: PartnerSector, label?: string): PartnerActor => {
    const [link] = site.links([ref], from);
    if (!link) throw new Error(`${where}: ${ref.collection}/${ref.id} is not an entry`);
    return {
      sector,
      name: smartenText(link.title),
      short: smartenText(label ?? shortNameOf(site, ref.id) ?? link.title),
      href: link.href,
      unknown: false,
    };
  };
  // A programme (RLIP) is the public side of its partnerships; a producer group, the community.
  const centre = named(own, kind === 'programme' ? 'public' : 'community');
  const relations = partnerships.map((item, index): PartnershipRelation => {
    const field = `${where}: partnerships[${index}]`;
    const { organisation } = item;
    if (organisation && organisation.id === own.id) {
      throw new Error(`${field}: ${own.id} is the case study's own organisation, drawn in the middle`);
    }
    if (organisation && !listed.has(organisation.id)) {
      throw new Error(`${field}: add ${organisation.id} to organisations too, so its page links back here`);
    }
    const [source] = site.links([item.source], from);
    if (!source) throw new Error(`${field}: the source ${item.source.id} is not an entry`);
    const actor: PartnerActor = organisation
      ? named(organisation, item.sector, item.label)
      : {
          sector: item.sector,
          name: smartenText(item.name ?? ''),
          short: smartenText(item.label ?? item.name ?? ''),
          unknown: true,
        };
    return { actor, gives: smartenText(item.gives), source };
  });
  return { centre, relations, svg: diagramOf(entry.id, centre, relations) };
}

/** How the diagram draws an actor. */
const diagramActor = (actor: PartnerActor): DiagramActor => ({
  sector: actor.sector,
  tag: t(`partnership.tag.${actor.sector}`),
  name: actor.short,
  ...(actor.unknown ? { unknown: t('partnership.unknown') } : {}),
});

function diagramOf(id: string, centre: PartnerActor, relations: readonly PartnershipRelation[]): string {
  const partners = relations
    .map(
      ({ actor }) =>
        `${actor.name}${actor.unknown ? `, ${t('partnership.unknown')}` : ''} (${t(`partnership.side.${actor.sector}`)})`,
    )
    .join('; ');
  return renderPartnershipDiagram({
    id: `partnership-${id}`,
    title: t('partnership.title', { name: centre.name }),
    desc: t('partnership.desc', { name: centre.name, side: t(`partnership.side.${centre.sector}`), partners }),
    centre: diagramActor(centre),
    links: relations.map((relation) => ({ actor: diagramActor(relation.actor), label: relation.gives })),
  }).svg;
}
