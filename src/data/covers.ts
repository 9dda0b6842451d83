import type { CollectionEntry } from 'astro:content';
import banana from 'lucide-static/icons/banana.svg?raw';
import coffee from 'lucide-static/icons/coffee.svg?raw';
import landmark from 'lucide-static/icons/landmark.svg?raw';
import leaf from 'lucide-static/icons/leaf.svg?raw';
import mapPin from 'lucide-static/icons/map-pin.svg?raw';
import route from 'lucide-static/icons/route.svg?raw';
import spool from 'lucide-static/icons/spool.svg?raw';
import sprout from 'lucide-static/icons/sprout.svg?raw';
import users from 'lucide-static/icons/users.svg?raw';
import wheat from 'lucide-static/icons/wheat.svg?raw';
import { t } from '~/i18n';
import { formatFigure } from '~/lib/figures';
import { pictogramSvg } from '~/lib/pictogram';
import type { HeadlineFigure } from '~/schemas/figures';
import type { Sector } from '~/schemas/vocabulary';
import { getEntryById } from './entries';
import { mapFor, type EntryMap, type LocatorMapFile } from './maps';

/**
 * The cover of a case study, a related experience or the route page: original artwork, labelled
 * as an illustration, made of the page's locator map, a Lucide pictogram (lucide-static, ISC) of
 * what the page is about and its first headline figure. Never a photograph, never a picture that
 * pretends to show the real village.
 */

/** Lucide files the covers use, read at build time and inlined into the page. */
const pictogramFiles = { banana, coffee, landmark, leaf, 'map-pin': mapPin, route, spool, sprout, users, wheat };

export type PictogramName = keyof typeof pictogramFiles;

/**
 * The pictogram of a sector. None of the sets has asparagus, cardamom or a pig: a sprout stands for
 * the crops, and the text alternative says "a sprout pictogram", never "asparagus". A sector
 * without a fitting pictogram (pigs) is skipped; an entry with none at all gets a map pin.
 */
const sectorPictograms: Partial<Record<Sector, PictogramName>> = {
  asparagus: 'sprout',
  'natural-dyes': 'spool',
  coffee: 'coffee',
  tea: 'leaf',
  banana: 'banana',
  cardamom: 'sprout',
  'food-security': 'wheat',
  'alternative-livelihoods': 'sprout',
  cooperatives: 'users',
  'rural-development': 'landmark',
};

/** Standalone pages with a cover: the place whose map they show and their pictogram. */
const pageCovers: Record<string, { place: string; pictogram: PictogramName }> = {
  route: { place: 'attapeu', pictogram: 'route' },
};

/** Everything a cover shows; src/components/ui/Cover.astro takes it as is. */
export interface CoverData {
  /** The locator map drawn on the cover (its files in /maps/). */
  map: EntryMap;
  /** The pictogram as inline SVG (coloured by the stylesheet through currentColor). */
  pictogram: string;
  /** The first headline figure, formatted ("1994", "5,120"), if the page has one. */
  figure?: string;
  /** What the picture shows, for readers who cannot see it. */
  alt: string;
  /** The pictogram in words ("a coffee-cup pictogram"), for other pictures that show it (share cards). */
  pictogramText: string;
  /** Caption lines: that it is an illustration and what it is made from; what the map marks and does not. */
  caption: string[];
  /** Small print under the caption: the map data's caveat and credits. */
  credits: string;
}

/** The pictogram of an entry: that of its first sector that has one. */
export function pictogramForSectors(sectors: readonly Sector[]): PictogramName {
  for (const sector of sectors) {
    const name = sectorPictograms[sector];
    if (name) return name;
  }
  return 'map-pin';
}

/** A locator map in words, as part of a picture's text alternative: "a map of Lao PDR with Attapeu province highlighted…". */
export function mapPictureText(file: LocatorMapFile): string {
  return (
    t('cover.alt.map', { province: file.province.title }) +
    (file.town ? t('cover.alt.town', { town: file.town.name, district: file.town.district }) : '')
  );
}

/** A cover from its parts. Exported for the tests; pages call coverFor(). */
export function composeCover(map: EntryMap, pictogram: PictogramName, figures: readonly HeadlineFigure[]): CoverData {
  const [first] = figures;
  const figure = first && formatFigure(first.value, first.format);
  const { file } = map;
  const mapText = mapPictureText(file);
  const pictogramText = t(`cover.pictogram.${pictogram}`);
  const alt = figure
    ? t('cover.alt.withFigure', { map: mapText, pictogram: pictogramText, figure })
    : t('cover.alt', { map: mapText, pictogram: pictogramText });
  const legend = [
    ...(file.town ? [t('map.legend.town', { town: file.town.name, district: file.town.district })] : []),
    ...map.notes,
  ];
  return {
    map,
    pictogram: pictogramSvg(pictogramFiles[pictogram], 'cover-pictogram'),
    ...(figure ? { figure } : {}),
    alt,
    pictogramText,
    caption: [t('cover.caption'), ...(legend.length > 0 ? [legend.join(' ')] : [])],
    credits: [t('map.credit.xaisomboun'), ...(file.town ? [t('map.credit.geonames')] : [])].join(' '),
  };
}

type CoveredEntry = CollectionEntry<'experiences' | 'related' | 'pages'>;

/** The cover of a case study, related experience or standalone page, if it has one. */
export async function coverFor(entry: CoveredEntry): Promise<CoverData | undefined> {
  if (entry.collection === 'pages') {
    const spec = pageCovers[entry.id];
    const place = spec && (await getEntryById('places', spec.place));
    const map = place && (await mapFor('places', place));
    return spec && map && composeCover(map, spec.pictogram, entry.data.keyFigures);
  }
  const map = await mapFor(entry.collection, entry);
  return map && composeCover(map, pictogramForSectors(entry.data.sectors), entry.data.keyFigures);
}
