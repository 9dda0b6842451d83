import type { CollectionEntry } from 'astro:content';
import townsJson from '~/geo/district-towns.json';
import topologyJson from '~/geo/laos-locator.topo.json';
import { t, tFor, uiLang } from '~/i18n';
import { bordersOf, frameOf, provinceContains } from '~/lib/map/geometry';
import { renderLocatorMap, type ColourScheme } from '~/lib/map/svg';
import { foldName, parseLocatorTopology, provincesOf, type ProvinceProperties } from '~/lib/map/topology';
import { parseDistrictTowns, TOWNS_FILE } from '~/lib/map/towns';
import type { SectionCollection } from '~/schemas/collections';
import { getEntries } from './entries';

/**
 * Which locator map a page shows. Map files are made per gazetteer entry (content/places): one per
 * province found in the Natural Earth data, one per district whose seat is in district-towns.json.
 * Villages, districts without a seat in the data, experiences and related experiences show the map
 * of a place they lie in, and their text alternative says what the map does not show.
 */

/** The topology in src/geo, checked once at build (Zod: a malformed file names the field). */
export const locatorTopology = parseLocatorTopology(topologyJson);

/** The district seats in src/geo, checked the same way. */
export const districtTowns = parseDistrictTowns(townsJson);

/** One picture in /maps/ (drawn once per colour scheme): a province highlighted, maybe a district seat marked. */
export interface LocatorMapFile {
  /** File name without extension: the id of the place entry the map is made for. */
  slug: string;
  /** Size of the picture in CSS pixels (the same frame for every map). */
  width: number;
  height: number;
  /** The highlighted province: its gazetteer entry and its feature in the data. */
  province: { placeId: string; title: string; data: ProvinceProperties };
  /** The district seat marked with a dot, for district maps. */
  town?: { name: string; district: string; lon: number; lat: number };
}

/** Which map a page shows, and what the picture does not show about the page's subject. */
export interface MapChoice {
  file: LocatorMapFile;
  /** Villages the page is about: their position is not known, the map cannot show it. */
  villages: string[];
  /** Districts the page is about that the map does not mark. */
  unmarkedDistricts: string[];
}

/** Everything a page's map figure shows (src/components/ui/LocatorMap.astro takes it as is). */
export interface EntryMap extends MapChoice {
  /** Text alternative of the picture; it ends with the notes. */
  alt: string;
  /** What the picture does not show (villages, unmarked districts), for the caption. */
  notes: string[];
}

type Place = CollectionEntry<'places'>;

/** Every spelling of a place, folded for comparison. */
const spellings = (place: Place) => new Set([place.data.title, ...place.data.variants].map(foldName));

/** The Natural Earth province of a province entry, by its title or variant spellings. */
function provinceData(place: Place): ProvinceProperties | undefined {
  const names = spellings(place);
  const matches = provincesOf(locatorTopology).filter(
    (p) => names.has(foldName(p.name)) || names.has(foldName(p.name_ne)),
  );
  if (matches.length > 1) {
    throw new Error(
      `content/places/${place.id}.mdx: its spellings match several provinces of the map data (${matches.map((p) => p.name).join(', ')})`,
    );
  }
  return matches[0];
}

interface Gazetteer {
  byId: Map<string, Place>;
  files: Map<string, LocatorMapFile>;
}

let gazetteer: Promise<Gazetteer> | undefined;

/** The province entry a place lies in (itself for a province), through its `parent` chain. */
function provinceOf(place: Place, byId: Map<string, Place>): Place | undefined {
  let current: Place | undefined = place;
  for (let depth = 0; current && depth < 10; depth++) {
    if (current.data.kind === 'province') return current;
    current = current.data.parent ? byId.get(current.data.parent.id) : undefined;
  }
  return undefined;
}

function loadGazetteer(): Promise<Gazetteer> {
  gazetteer ??= (async () => {
    const places = await getEntries('places');
    const byId = new Map(places.map((place) => [place.id, place]));
    const files = new Map<string, LocatorMapFile>();
    const provinceFiles = new Map<string, LocatorMapFile>();
    const { width, height } = frameOf(locatorTopology);
    for (const place of places.filter((p) => p.data.kind === 'province')) {
      const data = provinceData(place);
      if (!data) continue; // e.g. a province Natural Earth does not have (Xaisomboun): no map.
      const file = { slug: place.id, width, height, province: { placeId: place.id, title: place.data.title, data } };
      files.set(place.id, file);
      provinceFiles.set(place.id, file);
    }
    for (const place of places.filter((p) => p.data.kind === 'district')) {
      const names = spellings(place);
      const town = districtTowns.find((candidate) => names.has(foldName(candidate.district)));
      const province = provinceOf(place, byId);
      const provinceFile = province ? provinceFiles.get(province.id) : undefined;
      if (!town || !provinceFile) continue;
      const where = `content/places/${place.id}.mdx`;
      if (provinceFile.province.data.iso_3166_2 !== town.province_iso_3166_2) {
        throw new Error(
          `${where}: district-towns.json puts ${town.district} in ${town.province}, but the entry's province is ${provinceFile.province.title}`,
        );
      }
      if (!provinceContains(locatorTopology, town.province_iso_3166_2, town.lon, town.lat)) {
        throw new Error(`${TOWNS_FILE}: ${town.town} lies outside ${town.province} in the map data`);
      }
      files.set(place.id, {
        ...provinceFile,
        slug: place.id,
        town: { name: town.town, district: place.data.title, lon: town.lon, lat: town.lat },
      });
    }
    return { byId, files };
  })();
  return gazetteer;
}

/** Every map file to build, in gazetteer order. */
export async function locatorMapFiles(): Promise<LocatorMapFile[]> {
  return [...(await loadGazetteer()).files.values()];
}

/** The map of a place: its own file, or that of the district or province it lies in. */
function mapForPlace(place: Place, { byId, files }: Gazetteer): MapChoice | undefined {
  const own = files.get(place.id);
  if (own) return { file: own, villages: [], unmarkedDistricts: [] };
  const parent = place.data.parent ? byId.get(place.data.parent.id) : undefined;
  if (place.data.kind === 'village' && parent) {
    const map = mapForPlace(parent, { byId, files });
    return map && { ...map, villages: [place.data.title] };
  }
  if (place.data.kind === 'district' && parent) {
    const map = mapForPlace(parent, { byId, files });
    return map && { ...map, unmarkedDistricts: [place.data.title] };
  }
  return undefined;
}

/**
 * The map of an experience or related experience: that of its province, or that of a district when
 * the entry's places in that province all lie in the one district (and the district has a map).
 */
function mapForPlaces(province: string, refs: readonly { id: string }[], gazetteer: Gazetteer): MapChoice | undefined {
  const { byId, files } = gazetteer;
  const provinceFile = files.get(province);
  if (!provinceFile) return undefined;
  const places = refs
    .map((ref) => byId.get(ref.id))
    .filter((place): place is Place => place !== undefined && provinceOf(place, byId)?.id === province);
  const villages = places.filter((place) => place.data.kind === 'village');
  const districts = new Map<string, Place>();
  for (const place of places) {
    const district = place.data.kind === 'village' && place.data.parent ? byId.get(place.data.parent.id) : place;
    if (district?.data.kind === 'district') districts.set(district.id, district);
  }
  const [only] = districts.values();
  const districtFile = districts.size === 1 && only ? files.get(only.id) : undefined;
  return {
    file: districtFile ?? provinceFile,
    villages: villages.map((village) => village.data.title),
    unmarkedDistricts: districtFile ? [] : [...districts.values()].map((district) => district.data.title),
  };
}

/**
 * The map an entry page shows, if any: places, experiences, related experiences and plans tied to
 * a province. Pages call this and give the result to <LocatorMap map={…} />.
 */
export async function mapFor(
  collection: SectionCollection,
  entry: CollectionEntry<SectionCollection>,
): Promise<EntryMap | undefined> {
  const choice = chooseMap(collection, entry, await loadGazetteer());
  return choice && { ...choice, ...describeMap(choice) };
}

/** Which map an entry shows, by collection; undefined when none fits. */
function chooseMap(
  collection: SectionCollection,
  entry: CollectionEntry<SectionCollection>,
  loaded: Gazetteer,
): MapChoice | undefined {
  switch (collection) {
    case 'places': {
      const place = loaded.byId.get(entry.id);
      return place && mapForPlace(place, loaded);
    }
    case 'experiences':
    case 'related': {
      const data = (entry as CollectionEntry<'experiences' | 'related'>).data;
      return mapForPlaces(data.province, data.places, loaded);
    }
    case 'plans': {
      // Only a plan whose title names a province has one; the plan has no places of its own.
      const { province } = (entry as CollectionEntry<'plans'>).data;
      return province ? mapForPlaces(province, [], loaded) : undefined;
    }
    default:
      return undefined;
  }
}

/** "Xay, La and Houn": British usage, as in the rest of the site's text (no serial comma). */
const list = (items: readonly string[]) => new Intl.ListFormat(`${uiLang}-GB`, { type: 'conjunction' }).format(items);

/** What the picture shows, for its `alt` and the SVG's `<title>`; notes say what it does not show. */
export function describeMap(map: MapChoice): { alt: string; notes: string[] } {
  const { file } = map;
  const borders = bordersOf(locatorTopology, file.province.data.iso_3166_2)
    .map((country) => tFor(`map.country.${country.adm0_a3}`))
    .sort((a, b) => a.localeCompare(b, uiLang));
  const sentence =
    t('map.alt.province', { province: file.province.title }) +
    (borders.length > 0 ? t('map.alt.borders', { countries: list(borders) }) : '') +
    (file.town ? t('map.alt.town', { town: file.town.name, district: file.town.district }) : '') +
    t('map.alt.end');
  const notes = [
    ...(map.villages.length === 1 ? [t('map.note.village', { village: map.villages[0] ?? '' })] : []),
    ...(map.villages.length > 1 ? [t('map.note.villages', { villages: list(map.villages) })] : []),
    ...(map.unmarkedDistricts.length === 1
      ? [t('map.note.district', { district: map.unmarkedDistricts[0] ?? '' })]
      : []),
    ...(map.unmarkedDistricts.length > 1 ? [t('map.note.districts', { districts: list(map.unmarkedDistricts) })] : []),
  ];
  return { alt: [sentence, ...notes].join(' '), notes };
}

/**
 * URL of a map file drawn in a colour scheme: /maps/light/<slug>.svg or /maps/dark/<slug>.svg,
 * served by src/pages/maps/[scheme]/[slug].svg.ts. The only place that writes a map URL.
 */
export const mapPath = (file: LocatorMapFile, scheme: ColourScheme): string => `/maps/${scheme}/${file.slug}.svg`;

/** The SVG text of a map file. */
export function mapSvg(file: LocatorMapFile, scheme: ColourScheme): string {
  const { alt } = describeMap({ file, villages: [], unmarkedDistricts: [] });
  const point = file.town && {
    lon: file.town.lon,
    lat: file.town.lat,
    label: t('map.legend.town', { town: file.town.name, district: file.town.district }),
  };
  return renderLocatorMap(locatorTopology, { highlight: file.province.data.iso_3166_2, point, title: alt, scheme }).svg;
}
