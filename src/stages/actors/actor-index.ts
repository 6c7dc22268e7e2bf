// Compiles the actor, agent and discard entries of a Knowledge into token tries, once per Knowledge.
import type { ActorEntry, AgentEntry, DatedCode, DiscardEntry, Knowledge } from '../../dictionaries/model.js';
import { PhraseTrie } from '../../text/phrase-trie.js';
import { derivedFrom } from '../../dictionaries/derived.js';

export interface ActorIndex {
  actors: PhraseTrie<ActorEntry>;
  agents: PhraseTrie<AgentEntry>;
  discards: PhraseTrie<DiscardEntry>;
}

export const actorIndex: (knowledge: Knowledge) => ActorIndex = derivedFrom(buildActorIndex);

function buildActorIndex(knowledge: Knowledge): ActorIndex {
  const actors = new PhraseTrie<ActorEntry>();
  for (const entry of knowledge.actors) {
    for (const phrase of entry.phrases) addPhrase(actors, phrase, entry, entry.exact === true);
  }
  const agents = new PhraseTrie<AgentEntry>();
  for (const entry of knowledge.agents) {
    // Agents are common nouns ("minister", "troops"): PETRARCH lists their forms explicitly, so no stemming.
    for (const phrase of entry.phrases) addPhrase(agents, phrase, entry, true);
  }
  const discards = new PhraseTrie<DiscardEntry>();
  for (const entry of knowledge.discards) addPhrase(discards, entry.phrase, entry, true);
  return { actors, agents, discards };
}

function addPhrase<T>(trie: PhraseTrie<T>, phrase: readonly string[], value: T, forceExact = false): void {
  trie.addPhrase(phrase, forceExact, value);
}

function rangeDays(c: DatedCode): number {
  const from = c.from ? Date.parse(c.from) : -8.64e15;
  const to = c.to ? Date.parse(c.to) : 8.64e15;
  return to - from;
}

/**
 * The code of an actor entry on a date. Codes restricted to a range win when the date falls in it;
 * unrestricted codes serve otherwise. Without a date, the last-listed code (the most recent, by
 * the dictionaries' convention) is used; with a date outside every range, the entry has no code.
 */
export function codeOnDate(codes: readonly DatedCode[], date: string | null): string | null {
  if (codes.length === 0) return null;
  if (!date) {
    // Undated text: a person is in the news for the office they hold last ("Erdogan" is TURGOV, not the
    // out-of-office TURELI fallback); an entry with no dated code keeps its own.
    const dated = codes.filter((c) => c.from !== null || c.to !== null);
    if (dated.length > 0 && dated.some((c) => c.to === null)) {
      return dated.filter((c) => c.to === null).reduce((best, c) => ((c.from ?? '') > (best.from ?? '') ? c : best)).code;
    }
    const open = codes.filter((c) => c.from === null && c.to === null);
    // "U.N. Secretary-General Kofi Annan" with no date: a person out of every office is coded ELI, but undated text
    // names them for the office they held, so the latest one beats the ELI fallback ("former" still gives ELI).
    if (dated.length > 0 && open.every((c) => c.code.endsWith('ELI'))) {
      return dated.reduce((best, c) => ((c.to ?? '') > (best.to ?? '') ? c : best)).code;
    }
    return (open[0] ?? codes[codes.length - 1]!).code;
  }
  const dated = codes.filter((c) => (c.from !== null || c.to !== null) && (c.from === null || c.from <= date) && (c.to === null || date <= c.to));
  // The narrowest range is the most specific fact ("ORC agent in 2010" beats "hobbit since 1990").
  if (dated.length > 0) return dated.reduce((best, c) => (rangeDays(c) < rangeDays(best) ? c : best)).code;
  const open = codes.find((c) => c.from === null && c.to === null);
  return open ? open.code : null;
}
