// GDELT's geography columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) for dyad's places and
// actors, in GDELT's code lists: FIPS 10-4 countries and ADM1 codes from data/ontology/fips-10-4.tsv and us-states.tsv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputActor, OutputLocation } from '../document/types.js';
import { dataDir } from '../paths.js';

interface Country {
  iso3: string;
  fips: string;
  name: string;
  lat: number | null;
  lon: number | null;
  /** GeoNames' admin1 codes of this country are FIPS 10-4 division codes. */
  fipsAdmin1: boolean;
}

interface Tables {
  countries: Map<string, Country>;
  /** US state name → postal code (Maryland → MD). */
  states: Map<string, string>;
  stateNames: Map<string, string>;
}

/** The rows of a tab-separated data file with `#` comments and a header line, as records by column name. */
export function readTsv(file: string): Array<Record<string, string>> {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, k) => [h, cells[k] ?? '']));
  });
}

let tables: Tables | null = null;
function load(): Tables {
  if (tables) return tables;
  const countries = new Map<string, Country>();
  for (const r of readTsv(join(dataDir, 'ontology', 'fips-10-4.tsv'))) {
    countries.set(r['iso3']!, {
      iso3: r['iso3']!, fips: r['fips']!, name: r['name']!, fipsAdmin1: r['geonames_admin1'] === 'fips',
      lat: r['lat'] ? Number(r['lat']) : null, lon: r['lon'] ? Number(r['lon']) : null,
    });
  }
  const states = new Map<string, string>();
  const stateNames = new Map<string, string>();
  for (const r of readTsv(join(dataDir, 'ontology', 'us-states.tsv'))) {
    states.set(r['name']!, r['code']!);
    stateNames.set(r['code']!, r['name']!);
  }
  tables = { countries, states, stateNames };
  return tables;
}

/** The FIPS 10-4 code of an ISO 3166-1 alpha-3 country (TUR → TU, GBR → UK), or '' when FIPS has none. */
export function fipsCountry(iso3: string | null): string {
  return iso3 ? load().countries.get(iso3)?.fips ?? '' : '';
}

/** Every FIPS 10-4 country code dyad can write. */
export function fipsCountryCodes(): Set<string> {
  return new Set([...load().countries.values()].map((c) => c.fips));
}

const inGaza = (l: OutputLocation) => l.admin1 === 'PS.GZ' || /\bGaza\b/.test(l.admin1 ?? '') || /\bGaza\b/.test(l.name);

/** GDELT writes the Palestinian territories as two countries, West Bank (WE) and Gaza Strip (GZ). */
function countryOf(l: OutputLocation): { fips: string; name: string } {
  if (l.country === 'PSE' && inGaza(l)) return { fips: 'GZ', name: 'Gaza Strip' };
  const c = l.country ? load().countries.get(l.country) : undefined;
  return { fips: c?.fips ?? '', name: c?.name ?? '' };
}

/** GDELT's resolution: 1 country, 2 US state, 3 US city or landmark, 4 world city or landmark, 5 world state (ADM1). */
export function geoType(l: OutputLocation): number {
  const us = l.country === 'USA';
  if (l.kind === 'country') return 1;
  if (l.kind === 'admin1') return us ? 2 : 5;
  return us ? 3 : 4;
}

/** The US state of a place: GeoNames' "US.MD" for cities, the state's name for curated places and states themselves. */
function usState(l: OutputLocation): string | null {
  const t = load();
  if (l.admin1?.startsWith('US.')) return l.admin1.slice(3);
  if (l.admin1 && t.states.has(l.admin1)) return t.states.get(l.admin1)!;
  if (l.kind === 'admin1' && t.states.has(l.name)) return t.states.get(l.name)!;
  return null;
}

/**
 * GDELT's ADM1Code: the FIPS country code alone for a country, followed by the division's code otherwise (USMD, TU34).
 * Empty where dyad cannot tell the division in FIPS terms: a curated place named by its division only, or a country
 * whose GeoNames codes are of another system (see fips-10-4.tsv).
 */
export function adm1Code(l: OutputLocation): string {
  const { fips } = countryOf(l);
  if (!fips) return '';
  if (l.kind === 'country') return fips;
  if (l.country === 'USA') {
    const state = usState(l);
    return state ? fips + state : '';
  }
  const c = l.country ? load().countries.get(l.country) : undefined;
  const m = /^[A-Z]{2}\.([0-9A-Z]{2})$/.exec(l.admin1 ?? '');
  return c?.fipsAdmin1 && m ? fips + m[1] : '';
}

/** "Baltimore, Maryland, United States", "Istanbul, Turkey", "Syria": the place, its division when named, its country. */
function fullName(l: OutputLocation): string {
  const { name: country } = countryOf(l);
  if (l.kind === 'country') return country || l.name;
  const state = l.country === 'USA' ? usState(l) : null;
  const division = state ? load().stateNames.get(state) : l.admin1 && !/^[A-Z]{2}\./.test(l.admin1) ? l.admin1 : null;
  return [l.name, division !== l.name ? division : null, country].filter((p): p is string => !!p).join(', ');
}

const EMPTY = ['0', '', '', '', '', '', '', ''];

/** GDELT's eight geography cells of a place; type 0 and the rest empty when there is none. */
export function geoCells(l: OutputLocation | null): string[] {
  if (!l) return EMPTY;
  const type = geoType(l);
  const adm1 = adm1Code(l);
  // FeatureID: the country code for a country, the ADM1 code for a division (a US state's postal code alone, as GDELT
  // writes it); GDELT's feature ids of cities are GNS/GNIS ids, which dyad's GeoNames ids are not, so they stay empty.
  const feature = type === 1 ? adm1 : type === 2 ? adm1.slice(2) : type === 5 ? adm1 : '';
  return [String(type), fullName(l), countryOf(l).fips, adm1, '', l.lat === null ? '' : String(l.lat), l.lon === null ? '' : String(l.lon), feature];
}

/**
 * Where an actor is, as dyad knows it: at the event's place when the place is in the actor's country, else its country
 * (type 1, at the country's centroid); nothing for an actor with no country (IGOs, unknown doers).
 */
export function actorGeoCells(a: OutputActor | null, place: OutputLocation | null): string[] {
  if (!a?.country) return EMPTY;
  if (place && place.country === a.country) return geoCells(place);
  const c = load().countries.get(a.country);
  if (!c) return EMPTY;
  return geoCells({ name: c.name, kind: 'country', country: c.iso3, admin1: null, lat: c.lat, lon: c.lon, geonameid: null });
}
