import type { CollectionEntry } from 'astro:content';
import { t, tFor } from '~/i18n';
import { formatDate } from '~/lib/dates';
import type { EntryRef } from '~/lib/relations';
import type { SectionCollection } from '~/schemas/collections';
import type { EntryLink, SiteIndex } from './site-index';

/** One line of a page's "at a glance" box: text, or links to other pages. */
export interface Fact {
  label: string;
  text?: string;
  links?: readonly EntryLink[];
  /** The sources are silent on this point; shown as such, never left blank. */
  unknown?: boolean;
  /** Pagefind weight of the text (default 1; a page's title counts 7): a place's other names. */
  searchWeight?: number;
}

/** A place's other names are what a reader searching for them wants: they count nearly as the title. */
const NAME_WEIGHT = 5;

const unknownFact = (label: string): Fact => ({ label, text: t('experience.unknown'), unknown: true });

/** The "at a glance" facts of an entry, from its frontmatter. */
export function factsFor(
  site: SiteIndex,
  collection: SectionCollection,
  entry: CollectionEntry<SectionCollection>,
): Fact[] {
  const from = { collection, id: entry.id };
  const linksFact = (label: string, refs: readonly EntryRef[]): Fact[] =>
    refs.length > 0 ? [{ label, links: site.links(refs, from) }] : [];
  switch (collection) {
    case 'experiences': {
      const d = (entry as CollectionEntry<'experiences'>).data;
      return [
        {
          label: t(d.kind === 'producer-group' ? 'experience.product' : 'experience.sectors'),
          text: d.sectors.map((s) => tFor(`sector.${s}`)).join(', '),
        },
        ...linksFact(t('experience.places'), d.places),
        d.since ? { label: t('experience.since'), text: String(d.since) } : unknownFact(t('experience.since')),
        d.members
          ? { label: t('experience.members'), text: `${d.members.count} ${d.members.unit}` }
          : unknownFact(t('experience.members')),
        ...(d.ethnicGroup ? [{ label: t('experience.ethnicGroup'), text: d.ethnicGroup }] : []),
        ...linksFact(t('experience.organisations'), d.organisations),
      ];
    }
    case 'lessons': {
      const d = (entry as CollectionEntry<'lessons'>).data;
      return [
        { label: t('fact.level'), text: tFor(`lesson.level.${d.level}`) },
        ...linksFact(t('lesson.drawsOn'), d.experiences),
      ];
    }
    case 'plans': {
      const d = (entry as CollectionEntry<'plans'>).data;
      return [
        { label: t('plan.rank'), text: tFor(`plan.rank.${d.rank}`) },
        ...linksFact(t('plan.organisation'), [d.organisation]),
        { label: t('experience.sectors'), text: d.sectors.map((s) => tFor(`sector.${s}`)).join(', ') },
        ...(d.province ? [{ label: t('experience.province'), text: tFor(`province.${d.province}`) }] : []),
      ];
    }
    case 'related': {
      const d = (entry as CollectionEntry<'related'>).data;
      return [
        ...(d.code ? [{ label: t('related.code'), text: d.code }] : []),
        { label: t('related.when'), text: d.when },
        { label: t('experience.province'), text: tFor(`province.${d.province}`) },
        ...linksFact(t('experience.places'), d.places),
        ...linksFact(t('experience.organisations'), d.organisations),
      ];
    }
    case 'journal': {
      const d = (entry as CollectionEntry<'journal'>).data;
      return [{ label: t('fact.date'), text: formatDate(d.date, d.datePrecision) }];
    }
    case 'organisations': {
      const d = (entry as CollectionEntry<'organisations'>).data;
      return [
        { label: t('fact.type'), text: tFor(`organisation.type.${d.type}`) },
        ...(d.shortName ? [{ label: t('organisation.shortName'), text: d.shortName }] : []),
        ...(d.province ? [{ label: t('experience.province'), text: tFor(`province.${d.province}`) }] : []),
      ];
    }
    case 'places': {
      const d = (entry as CollectionEntry<'places'>).data;
      return [
        { label: t('fact.type'), text: tFor(`place.kind.${d.kind}`) },
        ...(d.parent ? linksFact(t('place.partOf'), [d.parent]) : []),
        ...(d.variants.length > 0
          ? [{ label: t('place.variants'), text: d.variants.join(', '), searchWeight: NAME_WEIGHT }]
          : []),
        ...(d.lao
          ? [
              { label: t('place.laoName'), text: d.lao.name, searchWeight: NAME_WEIGHT },
              ...linksFact(t('place.laoSource'), [d.lao.source]),
            ]
          : []),
      ];
    }
    case 'sources': {
      const d = (entry as CollectionEntry<'sources'>).data;
      return [
        { label: t('fact.type'), text: tFor(`source.kind.${d.kind}`) },
        { label: t('source.publisher'), text: d.publisher },
        { label: t('source.published'), text: d.published },
        ...(d.url ? [{ label: t('source.url'), text: d.url }] : []),
      ];
    }
    default:
      // A new collection shows no fact box until it says what its facts are.
      return [];
  }
}
