import type { CollectionEntry } from 'astro:content';
import { t, tFor } from '~/i18n';
import { formatDate } from '~/lib/dates';
import type { PageCollection } from '~/lib/paths';
import type { EntryRef } from '~/lib/relations';
import { resolveLinks, type EntryLink } from './entries';

/** One line of a page's "at a glance" box: text, or links to other pages. */
export interface Fact {
  label: string;
  text?: string;
  links?: EntryLink[];
  /** The sources are silent on this point; shown as such, never left blank. */
  unknown?: boolean;
}

const unknownFact = (label: string): Fact => ({ label, text: t('experience.unknown'), unknown: true });

async function linksFact(label: string, refs: readonly EntryRef[], from: EntryRef): Promise<Fact[]> {
  return refs.length > 0 ? [{ label, links: await resolveLinks(refs, from) }] : [];
}

/** The "at a glance" facts of an entry, from its frontmatter. */
export async function factsFor(collection: PageCollection, entry: CollectionEntry<PageCollection>): Promise<Fact[]> {
  const from = { collection, id: entry.id };
  switch (collection) {
    case 'experiences': {
      const d = (entry as CollectionEntry<'experiences'>).data;
      return [
        { label: tFor(`experience.kind.${d.kind}`), text: d.sectors.map((s) => tFor(`sector.${s}`)).join(', ') },
        ...(await linksFact(t('experience.places'), d.places, from)),
        d.since ? { label: t('experience.since'), text: String(d.since) } : unknownFact(t('experience.since')),
        d.members
          ? { label: t('experience.members'), text: `${d.members.count} ${d.members.unit}` }
          : unknownFact(t('experience.members')),
        ...(d.ethnicGroup ? [{ label: t('experience.ethnicGroup'), text: d.ethnicGroup }] : []),
        ...(await linksFact(t('experience.organisations'), d.organisations, from)),
      ];
    }
    case 'lessons': {
      const d = (entry as CollectionEntry<'lessons'>).data;
      return [
        { label: t('fact.level'), text: tFor(`lesson.level.${d.level}`) },
        ...(await linksFact(t('lesson.drawsOn'), d.experiences, from)),
      ];
    }
    case 'plans': {
      const d = (entry as CollectionEntry<'plans'>).data;
      return [
        { label: t('plan.rank'), text: tFor(`plan.rank.${d.rank}`) },
        ...(await linksFact(t('plan.organisation'), [d.organisation], from)),
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
        ...(await linksFact(t('experience.places'), d.places, from)),
        ...(await linksFact(t('experience.organisations'), d.organisations, from)),
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
        ...(d.parent ? await linksFact(t('place.partOf'), [d.parent], from) : []),
        ...(d.variants.length > 0 ? [{ label: t('place.variants'), text: d.variants.join(', ') }] : []),
        ...(d.lao
          ? [
              { label: t('place.laoName'), text: d.lao.name },
              ...(await linksFact(t('place.laoSource'), [d.lao.source], from)),
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
  }
}

/** Search filters of an entry besides its type (Pagefind `data-pagefind-filter`): province, organisation. */
export async function filtersFor(
  collection: PageCollection,
  entry: CollectionEntry<PageCollection>,
): Promise<Record<string, string[]>> {
  const data = entry.data as { province?: string; organisations?: EntryRef[]; organisation?: EntryRef };
  const organisations = [...(data.organisations ?? []), ...(data.organisation ? [data.organisation] : [])];
  return {
    ...(data.province ? { province: [tFor(`province.${data.province}`)] } : {}),
    ...(organisations.length > 0 ? { organisation: (await resolveLinks(organisations, { collection, id: entry.id })).map((o) => o.title) } : {}),
  };
}
