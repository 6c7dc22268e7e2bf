// Scores the places stage on sentences with a known event place: which place a sentence's event gets, and whether it is the expected one.
import type { Doc, PlaceMention } from '../../document/types.js';
import { placesNamed, type Gazetteer, type PlaceKind } from './gazetteer.js';
import { SPECIFICITY } from './places.js';

export interface PlaceCase {
  id: string;
  date: string;
  text: string;
  /** Where the sentence's event happened, null when the sentence does not say. */
  place: string | null;
  country: string | null;
  note?: string;
}

/**
 * The place dyad gives the sentence's event: the location of its first coded event, or, when it codes none (an
 * earthquake, a stampede), the first place the text puts anything in ("occurred in Kerman").
 */
export function predictedPlace(doc: Doc): PlaceMention | null {
  const event = doc.events[0];
  if (event) return event.location ?? null;
  const locatives = doc.places.filter((p) => p.role === 'locative');
  const first = locatives[0];
  if (!first) return doc.places.find((p) => p.role === 'dateline') ?? null;
  // "took place in Iraq, at Baghdad International Airport": of places named together, the most specific.
  const together = locatives.filter((p) => p.sentence === first.sentence && p.tokens.start - first.tokens.end <= 6);
  return together.reduce((best, p) => (SPECIFICITY[p.kind as PlaceKind] < SPECIFICITY[best.kind as PlaceKind] ? p : best), first);
}

/** Same place: both none, or the expected name (or one of the gazetteer's names for it) in the expected country. */
export function samePlace(gazetteer: Gazetteer, predicted: PlaceMention | null, expected: PlaceCase): boolean {
  if (expected.place === null || predicted === null) return expected.place === null && predicted === null;
  if (expected.country && predicted.country && expected.country !== predicted.country) return false;
  if (predicted.name.toLowerCase() === expected.place.toLowerCase()) return true;
  // "Kiev" expected, "Kyiv" given: the same gazetteer entry under another of its names.
  return placesNamed(gazetteer, expected.place).some((p) => Math.abs(p.lat - predicted.lat) < 0.05 && Math.abs(p.lon - predicted.lon) < 0.05);
}
