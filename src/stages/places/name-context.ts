// What a place name's own words and neighbours say about which place it is: a country's word for its people, a piece of a longer name, a chain of wider places after it.
import type { Doc } from '../../document/types.js';
import type { Knowledge } from '../../dictionaries/model.js';
import { actorIndex } from '../actors/actor-index.js';
import { splitActorCode } from '../../ontology/actor-codes.js';
import { lexicon } from '../../text/lexicon.js';
import { capitalised } from '../../text/characters.js';
import { placesNamed, type Gazetteer, type Place, type PlaceKind } from './gazetteer.js';

/** Lower-case particles that open personal and group names: "al-Qaeda", "Al Noor Mosque", "bin Salman". */
const NAME_PARTICLES = lexicon('name-particles.txt');


/**
 * The countries whose dictionary entries give the words [start, end) as another name of the country itself
 * ("Canadian", "Welsh", "Whitehall").
 */
export function countriesCalledSo(doc: Doc, knowledge: Knowledge, gazetteer: Gazetteer, start: number, end: number): Set<string> {
  // Peoples' words are one word; the dictionaries also list some cities under their country ("Santa Cruz" under
  // Bolivia), whose namesakes abroad are as likely meant.
  if (end - start !== 1) return new Set();
  const words = doc.tokens.slice(start, end).map((t) => t.key);
  const match = actorIndex(knowledge).actors.longestAt(words, 0);
  const out = new Set<string>();
  if (!match || match.end !== words.length || match.viaStem) return out;
  for (const entry of match.values) {
    const canonical = entry.phrases[0]?.join(' ').replace(/_/g, ' ').trim() ?? '';
    const countries = new Set(placesNamed(gazetteer, canonical, true).filter((p) => p.kind === 'country').map((p) => p.country));
    for (const c of entry.codes) {
      const country = c.code.length >= 3 ? splitActorCode(c.code).country : null;
      if (country && countries.has(country)) out.add(country);
    }
  }
  return out;
}

/**
 * A country's word that names no place of it names its people, or a place of it under a spelling the gazetteer
 * gives only to foreign namesakes: "Canadian" is no town in Oklahoma, "in Whitehall" not in Whitehall, New York.
 * Such a name is a place only where a container says so ("Hanover, New Hampshire"). Countries' names stay places:
 * two dictionaries may code "Congo" or "American Samoa" differently.
 */
export function namesOnlyForeignNamesakes(countries: Set<string>, places: readonly Place[]): boolean {
  return countries.size > 0 && !places.some((p) => p.kind === 'country' || (p.country !== null && countries.has(p.country)));
}

/**
 * A name that is only the first or last piece of a longer one the gazetteer lacks: "Al-Ayyat" and "Al-Shabaab" are no
 * Norwegian Ål, "Al Noor Mosque" neither, "Jean-Yves Le Drian" no French Yves. A piece joined to another known
 * place is itself one: "the Israel-Gaza war", "the Haifa-Tel Aviv road".
 */
export function pieceOfLongerName(doc: Doc, gazetteer: Gazetteer, start: number, end: number, sentenceEnd: number, places: readonly Place[]): boolean {
  // "the Trump-Ukraine call", "the Israel-Hamas war": a country or province joined to a name is still itself.
  if (places.some(isWide)) return false;
  const tokens = doc.tokens;
  const hyphen = (k: number) => tokens[k]?.text === '-' && tokens[k - 1]!.end === tokens[k]!.start && tokens[k + 1] !== undefined && tokens[k]!.end === tokens[k + 1]!.start;
  const otherPiece = (k: number) => capitalised(tokens[k]!.text) && (NAME_PARTICLES.has(tokens[k]!.normal) || placesNamed(gazetteer, tokens[k]!.text).length === 0);
  // "Dallas-Fort Worth": the piece after the hyphen may be a place of several words.
  const placeAfter = (k: number) => [2, 3].some((n) => k + n <= sentenceEnd && placesNamed(gazetteer, doc.text.slice(tokens[k]!.start, tokens[k + n - 1]!.end)).length > 0);
  if (end + 1 < sentenceEnd && hyphen(end) && otherPiece(end + 1) && !placeAfter(end + 1)) return true;
  // "in Al-Bayda province": a particle joined to a name is never a place alone, whatever the name after it is.
  if (end - start === 1 && NAME_PARTICLES.has(tokens[start]!.normal) && end + 1 < sentenceEnd && hyphen(end)) return true;
  if (start >= 2 && hyphen(start - 1) && otherPiece(start - 2)) return true;
  // A particle before a capitalised word opens a name ("Al Noor", "Abu Dhabi" is in the gazetteer whole).
  const next = tokens[end];
  return end - start === 1 && NAME_PARTICLES.has(tokens[start]!.normal) && end < sentenceEnd && next !== undefined && capitalised(next.text);
}

/** Kinds wide enough to contain a town: a chain "León, Guanajuato, Mexico" names the town inside them. */
const WIDE_KINDS: ReadonlySet<PlaceKind> = new Set<PlaceKind>(['admin1', 'territory', 'region', 'country-part', 'country']);

export function isWide(place: Place): boolean {
  return WIDE_KINDS.has(place.kind);
}

/**
 * A town is named by what a chain after it says only when the town is no wider place itself and the chain ends
 * there: "León, Guanajuato, Mexico, on Sunday" names a Mexican town, "in Tehran, Iraq and Syria" is a list.
 */
export function chainClosesAt(doc: Doc, end: number): boolean {
  const next = doc.tokens[end]?.normal;
  // "Carling, Canada's third largest brewery": a possessive is no container either.
  return next !== 'and' && next !== 'or' && next !== '&' && next !== "'s" && next !== '’s';
}

/** A name found in the text with its gazetteer namesakes. */
export interface NamedSpan {
  start: number;
  end: number;
  places: Place[];
}

/** The next name is where the first one lies: "Paris, Texas", "León, Guanajuato". */
export function joinedAsContainer(doc: Doc, first: NamedSpan, next: NamedSpan): boolean {
  return next.start === first.end + 1 && doc.tokens[first.end]!.text === ',';
}

/**
 * A town the chain after it places in a country where the gazetteer knows no namesake of it: "León, Guanajuato,
 * Mexico" (GeoNames knows only Nicaragua's and Spain's León). The chain's first wide place is where it happened,
 * over the whole chain's words; null when a namesake lies in the chain's countries, the town is itself a wide place,
 * or the chain is a list ("in Tehran, Iraq and Syria").
 */
export function townOutsideItsChain(doc: Doc, town: NamedSpan, container: NamedSpan, outer: NamedSpan | null): { place: Place; end: number } | null {
  if (container.start !== town.end + 1 || doc.tokens[town.end]!.text !== ',') return null;
  // A town or a venue: "the Persian Gulf, U.S. officials said" is a sea.
  if (!town.places.every((p) => p.kind === 'city' || p.kind === 'venue')) return null;
  const last = outer ?? container;
  if (!chainClosesAt(doc, last.end)) return null;
  const member = container.places.some(isWide) ? container : outer;
  if (!member) return null;
  const wide = member.places.filter(isWide).reduce<Place | null>((best, p) => (!best || p.population > best.population ? p : best), null);
  if (!wide?.country) return null;
  const chainCountries = new Set([...container.places, ...(outer?.places ?? [])].map((p) => p.country));
  if (town.places.some((p) => chainCountries.has(p.country))) return null;
  return { place: wide, end: last.end };
}
