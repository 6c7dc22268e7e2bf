// De-duplication across articles: mentions of the same act (same root code, same source and target country and agent, dates within a day, same place or none) form one event.
import { createHash } from 'node:crypto';
import type { CodedEvent } from '../document/types.js';
import type { StoredEvent } from './model.js';

/** What de-duplication reads of a mention. */
export interface DedupMention {
  id: string;
  date: string;
  /** Place name and country, or null when the mention has no place. */
  place: string | null;
}

/** Mentions that may be one event share this key; dates and places then split them. */
export function groupKey(e: Pick<CodedEvent, 'cameo' | 'modality' | 'source' | 'target'>): string {
  const side = (a: { country: string | null; agent: string | null; code: string } | null) =>
    a === null ? '-' : a.country !== null ? `${a.country}.${a.agent ?? ''}` : a.code;
  return [e.modality, e.cameo.slice(0, 2), side(e.source), side(e.target)].join('|');
}

export function placeKey(e: Pick<CodedEvent, 'location'>): string | null {
  return e.location ? `${e.location.name}|${e.location.country ?? ''}` : null;
}

/** Days since 1970 of a date's first day ("2007" is 2007-01-01), so that "within a day" is arithmetic. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.floor(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/**
 * Splits a group's mentions into events, deterministically for a given set of mentions (however and in whatever
 * order they were ingested): sorted by date, each event spans its first mention's day and the next; within it,
 * mentions with different places are different events, and mentions with no place join the most mentioned place.
 * Returns event id → mention ids.
 */
export function clusterGroup(key: string, mentions: readonly DedupMention[]): Map<string, string[]> {
  const sorted = [...mentions].sort((a, b) => dayNumber(a.date) - dayNumber(b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const events = new Map<string, string[]>();
  let k = 0;
  while (k < sorted.length) {
    const start = dayNumber(sorted[k]!.date);
    const window: DedupMention[] = [];
    while (k < sorted.length && dayNumber(sorted[k]!.date) <= start + 1) window.push(sorted[k++]!);
    const byPlace = new Map<string, DedupMention[]>();
    const unplaced: DedupMention[] = [];
    for (const m of window) {
      if (m.place === null) unplaced.push(m);
      else byPlace.set(m.place, [...(byPlace.get(m.place) ?? []), m]);
    }
    if (unplaced.length > 0) {
      const places = [...byPlace.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
      if (places.length > 0) places[0]![1].push(...unplaced);
      else byPlace.set('', unplaced);
    }
    for (const members of byPlace.values()) {
      const ids = members.map((m) => m.id).sort();
      events.set(eventId(key, ids[0]!), ids);
    }
  }
  return events;
}

/** A stored event's id: its group and its first mention, so the same articles always give the same ids. */
export function eventId(key: string, firstMention: string): string {
  return 'ev-' + createHash('sha256').update(`${key}\n${firstMention}`).digest('hex').slice(0, 20);
}

/** A stored mention as re-clustering reads it: its coded event (JSON), its article and the article's outlet. */
export interface ClusterMember {
  id: string;
  article_id: string;
  date: string;
  place_key: string | null;
  /** The coded event as stored (JSON text). */
  data: string;
  source: string | null;
}

/** The mention that speaks for a cluster: the earliest (a placed one before an unplaced one of the same day), then by id. */
export function firstMention<M extends Pick<ClusterMember, 'id' | 'date' | 'place_key'>>(members: readonly M[]): M {
  return [...members].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.place_key === null ? 1 : 0) - (b.place_key === null ? 1 : 0) || (a.id < b.id ? -1 : 1)))[0]!;
}

/** GDELT's counts over a cluster's mentions: mentions, distinct articles, distinct outlets (an article with none its own). */
export function mentionCounts(members: readonly Pick<ClusterMember, 'article_id' | 'source'>[]): Pick<StoredEvent, 'num_mentions' | 'num_articles' | 'num_sources'> {
  return {
    num_mentions: members.length,
    num_articles: new Set(members.map((m) => m.article_id)).size,
    num_sources: new Set(members.map((m) => m.source ?? m.article_id)).size,
  };
}

/**
 * The stored event of one cluster: the first mention's coded event with GDELT's counts over all its mentions. Every
 * store builds its events from these, so they agree byte for byte.
 */
export function storedEventOf(eventId: string, members: readonly ClusterMember[]): StoredEvent {
  const e = JSON.parse(firstMention(members).data) as CodedEvent;
  return { ...e, id: eventId, ...mentionCounts(members) };
}
