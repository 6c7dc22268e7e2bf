// Finds where each event happened: the locative phrase attached to its trigger ("met ... in Istanbul"), else a place of its sentence or the dateline when the event's actors belong there; geocoded with the gazetteer.
import type { Doc, EventMention, PlaceMention, Token } from '../../document/types.js';
import type { Knowledge } from '../../dictionaries/model.js';
import { placesNamed, type Gazetteer, type Place, type PlaceKind } from './gazetteer.js';
import { nounIndex } from '../events/nominals.js';
import { settleAwaitingEvents } from './settle.js';
import { lexicon } from '../../text/lexicon.js';
import { capitalised } from '../../text/characters.js';
import { chainClosesAt, countriesCalledSo, isWide, joinedAsContainer, namesOnlyForeignNamesakes, pieceOfLongerName, townOutsideItsChain } from './name-context.js';

/** Prepositions that say where: "in Istanbul", "near Kharkiv", "at the UN headquarters"; "to" only for visits. */
const LOCATIVES = lexicon('locative-prepositions.txt');

/** Nouns that stand between a locative and its name: "in the northern city of Aleppo", "on the outskirts of Kyiv". */
const PLACE_NOUNS = lexicon('place-nouns.txt');

/** Verbs whose place is where the speaker was: "Erdogan said in Ankara that Turkey would ...". */
const REPORTING = lexicon('speaking-verbs.txt');

/** Event codes whose "to" phrase names where they happen: a visit to Turkey (042) happens in Turkey. */
const DESTINATION_EVENTS = ['042', '043'];

/** More specific kinds first: of two places attached to one event, "the UN headquarters in New York" is the venue. */
export const SPECIFICITY: Record<PlaceKind, number> = {
  venue: 0, city: 1, 'country-part': 2, admin1: 2, territory: 3, region: 3, river: 4, strait: 4, sea: 5, country: 6,
};

interface Candidate {
  start: number;
  end: number;
  sentence: number;
  text: string;
  places: Place[];
  /** The token index of a locative preposition governing it, or -1. */
  locative: number;
  /**
   * All places so named, even those an actor phrase around the name rules out: "Atlanta, Georgia" names the US
   * state although "Georgia" alone is read as the country.
   */
  namesakes: Place[];
  /** A country's word with namesakes only abroad ("English", "Canadian"): a place only where a container says so. */
  foreignOnly: boolean;
}

/** "loyal to Libya", "the ambassador to Greece": a "to" phrase is a place only for the visit it ends. */
function destinationOnly(doc: Doc, c: Candidate): boolean {
  return c.locative >= 0 && doc.tokens[c.locative]!.normal === 'to';
}

export interface PlacesContext {
  gazetteer: Gazetteer;
  knowledge: Knowledge;
}

/** The `places` stage: resolves the places the text names and gives each event the one where it happened. */
export function findPlaces(doc: Doc, context: PlacesContext): Doc {
  const { gazetteer } = context;
  const dateline = findDateline(doc, gazetteer);
  const candidates = nameCandidates(doc, context, dateline?.tokens.end ?? 0);
  const docCountries = countriesOf(doc);
  if (dateline?.country) docCountries.add(dateline.country);

  const places: PlaceMention[] = dateline ? [dateline] : [];
  const containers = new Set<Candidate>();
  const resolved = new Map<Candidate, PlaceMention>();
  const containerOf = new Map<Candidate, Place[]>();
  for (let i = 0; i < candidates.length; i++) {
    let c = candidates[i]!;
    if (containers.has(c)) continue;
    // "Paris, Texas", "Bam, Iran": the next name says which of the first's namesakes is meant; "León, Guanajuato,
    // Mexico": so does a wide place that closes the chain.
    const next = candidates[i + 1];
    const container = next && joinedAsContainer(doc, c, next) ? next : null;
    const after = container ? candidates[i + 2] : undefined;
    const outer = container && after && after.start === container.end + 1 && doc.tokens[container.end]!.text === ',' && after.namesakes.some(isWide) && chainClosesAt(doc, after.end) ? after : null;
    // A country first makes a list ("Brazil, Bolivia, and Paraguay"), where each name is what the actors stage read.
    const listed = c.places.some((p) => p.kind === 'country');
    const around = [container, outer].flatMap((x) => (x ? (listed ? x.places : widestNamesakes(x, c)) : []));
    // "in the Persian Gulf, U.S. officials said": a name that opens an actor phrase closes no chain.
    const opensActor = (x: Candidate) => doc.actors.some((a) => a.tokens.start <= x.start && a.tokens.end > x.end);
    const chainIsPlaces = container && !opensActor(container) && !(outer && opensActor(outer));
    const unknownInside = chainIsPlaces ? townOutsideItsChain(doc, c, chainLink(container), outer && chainLink(outer)) : null;
    if (unknownInside) {
      // "León, Guanajuato, Mexico": no León of Mexico is known, but the chain still says the country.
      const mention = toMention({ start: c.start, end: unknownInside.end, sentence: c.sentence }, unknownInside.place, c.locative >= 0 && !destinationOnly(doc, c) ? 'locative' : 'mention');
      resolved.set({ ...c, places: [unknownInside.place] }, mention);
      places.push(mention);
      containers.add(container!);
      if (outer) containers.add(outer);
      continue;
    }
    if (c.foreignOnly) {
      const aroundCountries = new Set(around.map((p) => p.country));
      const inside = c.places.filter((p) => aroundCountries.has(p.country));
      if (inside.length === 0) continue;
      c = { ...c, places: inside };
    }
    if (container) containerOf.set(c, around);
    const place = choosePlace(c.places, around, docCountries, new Set());
    if (!place) continue;
    const mention = toMention(c, place, c.locative >= 0 && !destinationOnly(doc, c) ? 'locative' : 'mention');
    resolved.set(c, mention);
    places.push(mention);
    const own = new Set(place.country ? [place.country] : []);
    for (const wider of [container, outer]) {
      if (!wider) continue;
      containers.add(wider);
      const chosen = choosePlace(listed ? wider.places : wider.namesakes, [], own, new Set());
      if (chosen) places.push(toMention(wider, chosen, 'container'));
    }
  }

  const anchors = anchorIndex(doc, context.knowledge);
  const byEvent = new Map<EventMention, PlaceMention>();
  const sentencePlaces = new Map<number, PlaceMention[]>();
  for (const [c, mention] of resolved) {
    if (mention.role !== 'locative' && !destinationOnly(doc, c)) continue;
    const anchor = anchorOf(doc, anchors, c);
    let events = anchor === null ? [] : anchors.eventsAt.get(anchor) ?? [];
    if (destinationOnly(doc, c)) events = events.filter((e) => DESTINATION_EVENTS.includes(e.cameo.slice(0, 3)));
    // "attended a summit in Rome", "hosted talks in Doha": the gathering's place is the attending's.
    if (events.length === 0 && anchor !== null) events = anchors.eventsAt.get(participationVerbBefore(doc, anchor)) ?? [];
    if (events.length === 0) {
      // The speaker's place ("said in Ankara", "speaking in Doha") may be where the sentence's events happened;
      // any other uncoded clause's place ("since Israel launched its offensive in Gaza") is its own.
      if (anchor === null || !REPORTING.has(doc.tokens[anchor]!.lemma)) continue;
      const list = sentencePlaces.get(c.sentence) ?? [];
      list.push(mention);
      sentencePlaces.set(c.sentence, list);
      continue;
    }
    for (const e of events) {
      const current = byEvent.get(e);
      // Re-choose the namesake in the light of the event's own actors ("talks in Tripoli" between Libyans).
      const contextual = choosePlace(c.places, containerOf.get(c) ?? [], actorCountries(e), docCountries) ?? undefined;
      const located = contextual && contextual !== placeOf(mention, c.places) ? toMention(c, contextual, 'locative') : mention;
      if (!current || SPECIFICITY[located.kind as PlaceKind] < SPECIFICITY[current.kind as PlaceKind]) byEvent.set(e, located);
    }
  }

  const events = doc.events.map((e) => {
    const own = byEvent.get(e);
    if (own) return { ...e, location: own };
    // An event waiting for a place takes only one the text says it happened in: its actors have no home yet.
    if (e.awaitsPlace) return e;
    // Not said where: the place of its sentence's speaker, or the dateline, when the event's actors are at home there.
    const shared = (sentencePlaces.get(e.sentence) ?? []).find((p) => atHome(e, p));
    if (shared) return { ...e, location: shared };
    if (dateline && atHome(e, dateline)) return { ...e, location: dateline };
    return e;
  });
  return { ...doc, places, events: settleAwaitingEvents(events, places) };
}

/** An event's actors are at home in a place when one of them belongs to its country. */
function atHome(event: EventMention, place: PlaceMention): boolean {
  if (!place.country) return false;
  return event.source.country === place.country || event.target?.country === place.country;
}

function actorCountries(event: EventMention): Set<string> {
  const out = new Set<string>();
  if (event.source.country) out.add(event.source.country);
  if (event.target?.country) out.add(event.target.country);
  return out;
}

function countriesOf(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const a of doc.actors) if (a.country) out.add(a.country);
  return out;
}

function placeOf(mention: PlaceMention, places: Place[]): Place | undefined {
  return places.find((p) => p.name === mention.name && p.lat === mention.lat && p.lon === mention.lon);
}

/**
 * Ranks a name's namesakes: in the country of the event's actors first, then of the article's actors, then inside
 * the container named after it ("Paris, Texas"), then by population (Paris, France before Paris, Texas).
 */
export function choosePlace(places: Place[], containers: Place[], eventCountries: Set<string>, articleCountries: Set<string>): Place | null {
  let best: Place | null = null;
  let bestScore = -Infinity;
  const containerCountries = new Set(containers.map((p) => p.country).filter((c): c is string => c !== null));
  for (const p of places) {
    let score = Math.log10(p.population + 10) * 0.5;
    // "Washington, D.C.": the second name is the first one's own, not a container.
    if (containers.some((c) => c.lat === p.lat && c.lon === p.lon)) score += 8;
    if (p.country && containerCountries.has(p.country)) score += 6;
    if (p.country && eventCountries.has(p.country)) score += 3;
    if (p.country && articleCountries.has(p.country)) score += 1.5;
    // A curated entry was written for news use; on a tie with a GeoNames namesake it is the one meant.
    if (p.source !== 'geonames') score += 0.25;
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

/**
 * A container's namesakes that can contain a town: "Essex, Ontario" is in the province, not near Ontario, California;
 * and those that are the town itself ("New York, New York").
 */
function widestNamesakes(container: Candidate, town: Candidate): Place[] {
  const wide = container.namesakes.filter((p) => isWide(p) || town.places.some((q) => q.lat === p.lat && q.lon === p.lon));
  return wide.length > 0 ? wide : container.namesakes;
}

/** A name as a link of a chain, with all its namesakes: "Georgia" after "Atlanta," is not only the country. */
function chainLink(c: Candidate): Candidate {
  return { ...c, places: c.namesakes };
}

function toMention(c: { start: number; end: number; sentence: number }, place: Place, role: PlaceMention['role']): PlaceMention {
  return {
    sentence: c.sentence, tokens: { start: c.start, end: c.end }, name: place.name, kind: place.kind, country: place.country,
    admin1: place.admin1, lat: place.lat, lon: place.lon, geonameid: place.geonameid, role,
  };
}

/** Words that follow a division's name in news: "Kursk region", "Idlib province", "Donetsk oblast". */
const DIVISION_NOUNS = lexicon('division-nouns.txt');

/**
 * A name inside an actor phrase is a place only as that actor's country or capital: "the Taliban" is no Turkish
 * village, "Ankara" stays Turkey's capital.
 */
function onlyPlacesOfActor(doc: Doc, start: number, end: number, places: Place[]): Place[] {
  const actor = doc.actors.find((a) => a.tokens.start < end && start < a.tokens.end);
  // "police in Paris, Texas": a name that places a role word inside the actor phrase is a place of its own.
  if (!actor || LOCATIVES.has(doc.tokens[start - 1]?.normal ?? '')) return places;
  return places.filter((p) => p.country !== null && p.country === actor.country);
}

/** Lower-case words that may stand inside a place name: "Strait of Hormuz", "Bosnia and Herzegovina", "Sea of Azov". */
const NAME_JOINERS = lexicon('place-name-joiners.txt');

/** Capitalised word runs that the gazetteer knows, longest first; sentence-initial words too ("Gaza was shelled"). */
function nameCandidates(doc: Doc, context: PlacesContext, skipBefore: number): Candidate[] {
  const { gazetteer, knowledge } = context;
  const out: Candidate[] = [];
  for (const sentence of doc.sentences) {
    for (let i = Math.max(sentence.firstToken, skipBefore); i < sentence.endToken; i++) {
      const first = doc.tokens[i]!;
      if (!capitalised(first.text)) continue;
      let found: Candidate | null = null;
      let piece = false;
      const limit = Math.min(sentence.endToken, i + gazetteer.maxWords);
      // Inner words must be capitalised or joiners: the first that is neither bounds every run from i, found once
      // rather than rescanned for each end.
      let stray = i + 1;
      while (stray < limit && (capitalised(doc.tokens[stray]!.text) || NAME_JOINERS.has(doc.tokens[stray]!.normal))) stray++;
      for (let end = Math.min(limit, stray + 1); end > i && !found; end--) {
        const last = doc.tokens[end - 1]!;
        if (!capitalised(last.text)) continue;
        // "Russia's Kursk region", "Idlib province": a division named with its kind, when the gazetteer has it so.
        const kind = doc.tokens[end];
        const withKind = kind && end < sentence.endToken && DIVISION_NOUNS.has(kind.normal) ? doc.text.slice(first.start, kind.end) : null;
        const text = doc.text.slice(first.start, last.end);
        if (gazetteer.notPlaces.has(text)) continue;
        const divisions = withKind ? placesNamed(gazetteer, withKind) : [];
        const namesakes = divisions.length > 0 ? divisions : placesNamed(gazetteer, text);
        const places = onlyPlacesOfActor(doc, i, end, namesakes);
        const stop = divisions.length > 0 ? end + 1 : end;
        if (places.length === 0) continue;
        if (pieceOfLongerName(doc, gazetteer, i, stop, sentence.endToken, places)) {
          piece = true;
          continue;
        }
        found = {
          start: i, end: stop, sentence: sentence.index, text: divisions.length > 0 ? withKind! : text, places, namesakes, locative: locativeBefore(doc, sentence.firstToken, i),
          foreignOnly: namesOnlyForeignNamesakes(countriesCalledSo(doc, knowledge, gazetteer, i, stop), places),
        };
      }
      if (found) {
        out.push(found);
        i = found.end - 1;
      } else if (piece) {
        // The rest of the longer name is no place either: "Hoffmann-La Roche", "Van Halen".
        while (i + 1 < sentence.endToken && (capitalised(doc.tokens[i + 1]!.text) || doc.tokens[i + 1]!.text === '-')) i++;
      }
    }
  }
  return out;
}

/**
 * The locative preposition governing a name, past determiners, adjectives, demonyms, other names and place nouns
 * ("in the northern city of Aleppo", "in the Serbian capital Belgrade", "in the U.S. border city of El Paso",
 * "on the southern outskirts of Tripoli", "in the occupied West Bank").
 */
function locativeBefore(doc: Doc, sentenceStart: number, nameStart: number): number {
  let placeNoun = false;
  for (let k = nameStart - 1, skipped = 0; k >= sentenceStart && skipped < 7; k--, skipped++) {
    const t = doc.tokens[k]!;
    if (LOCATIVES.has(t.normal) || (t.normal === 'on' && placeNoun)) return k;
    if (PLACE_NOUNS.has(t.normal)) placeNoun = true;
    const participle = t.pos === 'VERB' && t.normal.endsWith('ed');
    const passable = t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || participle || t.normal === 'of' || PLACE_NOUNS.has(t.normal) || t.normal === "'s" || t.normal === '’s';
    if (!passable) return -1;
  }
  return -1;
}

/**
 * Verbs whose act happens where the event they take as object does: taking part in a gathering ("attended a summit
 * in Rome") and the light verbs of actions ("carried out the airstrike at Baghdad airport", "launched raids in Jenin").
 */
const PARTICIPATION = lexicon('participation-verbs.txt');

/** The participation verb whose object the noun at `noun` heads ("attended a summit"), or -1. */
function participationVerbBefore(doc: Doc, noun: number): number {
  for (let k = noun - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB') return PARTICIPATION.has(t.lemma) ? k : -1;
    // The particle of a phrasal verb ("carried out the airstrike") stands between it and its object.
    const particle = t.normal === 'out' || t.normal === 'up';
    if (!particle && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'NUM') return -1;
  }
  return -1;
}

interface AnchorIndex {
  /** Token → the events whose trigger covers it. */
  eventsAt: Map<number, EventMention[]>;
  /** Tokens that may host a locative phrase: content verbs and event nouns, coded or not. */
  hosts: Set<number>;
}

function anchorIndex(doc: Doc, knowledge: Knowledge): AnchorIndex {
  const eventsAt = new Map<number, EventMention[]>();
  for (const e of doc.events) {
    for (let k = e.trigger.start; k < e.trigger.end; k++) {
      const list = eventsAt.get(k) ?? [];
      list.push(e);
      eventsAt.set(k, list);
    }
  }
  // The event-noun lexicon, indexed once per knowledge by the events stage.
  const nouns = nounIndex(knowledge).phrases;
  const hosts = new Set<number>(eventsAt.keys());
  doc.tokens.forEach((t, k) => {
    if (t.pos === 'VERB' || nouns.has(t.key)) hosts.add(k);
  });
  return { eventsAt, hosts };
}

/**
 * The verb or event noun a locative phrase belongs to: the nearest one before it in its sentence ("denounced
 * Israel's offensive in Gaza": the offensive, not the denouncing), else the first after it ("In Istanbul, Erdogan met ...").
 */
function anchorOf(doc: Doc, anchors: AnchorIndex, c: Candidate): number | null {
  const sentence = doc.sentences[c.sentence]!;
  for (let k = c.locative - 1; k >= sentence.firstToken; k--) if (anchors.hosts.has(k)) return k;
  for (let k = c.end; k < sentence.endToken; k++) if (anchors.hosts.has(k)) return k;
  return null;
}

/** "ISTANBUL (Reuters) -", "DOHA, April 17 -", "GAZA CITY, Jan 5 (AP) —": where the report was filed. */
const DATELINE = /^\s*([A-Z][A-Z.'’\- ]*[A-Z])(?:\s*,\s*([A-Z][A-Za-z.'’\- ]{1,30}?))?(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*(?:-|—|–|--)\s/;

export function findDateline(doc: Doc, gazetteer: Gazetteer): PlaceMention | null {
  const m = DATELINE.exec(doc.text.slice(0, 160));
  if (!m) return null;
  const places = placesNamed(gazetteer, m[1]!, true);
  if (places.length === 0) return null;
  const region = m[2] ? placesNamed(gazetteer, m[2], true) : [];
  const place = choosePlace(places, region, new Set(), countriesOf(doc));
  if (!place) return null;
  const offset = m.index + m[0].indexOf(m[1]!);
  const start = doc.tokens.findIndex((t) => t.start >= offset);
  let end = start;
  while (end < doc.tokens.length && doc.tokens[end]!.end <= offset + m[1]!.length) end++;
  if (start < 0 || end <= start) return null;
  return toMention({ start, end, sentence: doc.tokens[start]!.sentence }, place, 'dateline');
}
