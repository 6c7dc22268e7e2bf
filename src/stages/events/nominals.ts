// Events carried by nouns rather than verbs: "Israel's attack on Iran", "a meeting between Erdogan and Haniyeh", "Haniyeh's visit to Turkey".
import type { ActorMention, Doc, EventMention, Sentence } from '../../document/types.js';
import type { Knowledge, NominalEntry } from '../../dictionaries/model.js';
import { derivedFrom } from '../../dictionaries/derived.js';
import { phraseWords } from '../../text/phrase-trie.js';
import { lexicon } from '../../text/lexicon.js';

const POSSESSIVE_PRONOUNS = lexicon('third-person-possessives.txt');

/** How far after the noun its prepositional object may start ("meeting with Hamas leader Ismail Haniyeh"). */
const TARGET_REACH = 4;

export interface NounIndex {
  /** Phrases by their words joined with single spaces ("HUMANITARIAN AID", "MEETING"). */
  phrases: Map<string, NominalEntry>;
  /** First words of the phrases of several words: only where one stands is a longer phrase worth building. */
  leads: Set<string>;
}

export const nounIndex: (knowledge: Knowledge) => NounIndex = derivedFrom((knowledge) => {
  const phrases = new Map<string, NominalEntry>();
  const leads = new Set<string>();
  for (const entry of knowledge.nominals ?? []) {
    for (const noun of entry.nouns) {
      const words = phraseWords(noun).words;
      phrases.set(words.join(' '), entry);
      if (words.length > 1) leads.add(words[0]!);
    }
  }
  return { phrases, leads };
});

/** What finding an actor near a word needs: the sentence and its actors. */
export type PhraseContext = Pick<NominalContext, 'doc' | 'sentence' | 'actors'>;

export interface NominalContext {
  doc: Doc;
  sentence: Sentence;
  actors: ActorMention[];
  /** The subject of the clause each token belongs to, as the verb analysis found it. */
  clauseSubjectAt: (token: number) => ActorMention[];
  /** The actor a possessive pronoun ("his meeting") refers to: the latest subject before it. */
  antecedentAt: (token: number) => ActorMention | null;
}

export function nominalEvents(ctx: NominalContext, knowledge: Knowledge): EventMention[] {
  const index = nounIndex(knowledge);
  if (index.phrases.size === 0) return [];
  const { doc, sentence } = ctx;
  const events: EventMention[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = doc.tokens[i]!;
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'VERB') continue;
    const entry = nominalAt(doc, index, i, sentence.firstToken);
    if (!entry || !isNounUse(ctx, i)) continue;
    const trigger = { start: i, end: i + 1 };
    // "the chances of resuming peace talks", "plans for a meeting": the event is talked of, not reported.
    const modality = prospective(doc, i, sentence.firstToken) ? 'hypothetical' : 'asserted';
    const make = (source: ActorMention, target: ActorMention): EventMention => ({
      sentence: sentence.index, cameo: entry.code, source, target, trigger, modality, pattern: `${entry.source.file}:${entry.source.line}`,
    });

    const between = entry.between ? betweenPair(ctx, i) : null;
    if (between) {
      events.push(make(between[0], between[1]), make(between[1], between[0]));
      continue;
    }
    // "Egypt's mediation between Israel and Hamas": a third party acts on both members of the pair.
    const pair = entry.targetPrepositions.includes('BETWEEN') ? betweenPair(ctx, i) : null;
    const target = objectOf(ctx, i, entry.targetPrepositions);
    if (!target) continue;
    const source = possessorOf(ctx, i) ?? byAgentOf(ctx, i) ?? (entry.clauseSubject ? ctx.clauseSubjectAt(i)[0] ?? null : null);
    for (const t of pair ?? [target]) if (source && source !== t && source.code !== t.code) events.push(make(source, t));
  }
  return events;
}

/**
 * The event noun whose head is token `i`: the longest listed phrase ending there ("humanitarian aid" before "aid"),
 * by surface form or lemma of the head.
 */
export function nominalAt(doc: Doc, index: NounIndex, i: number, first: number): NominalEntry | undefined {
  const head = doc.tokens[i]!;
  for (let n = 2; n >= 1; n--) {
    if (i - n < first || !index.leads.has(doc.tokens[i - n]!.key)) continue;
    const lead = doc.tokens.slice(i - n, i).map((t) => t.key).join(' ');
    const hit = index.phrases.get(`${lead} ${head.key}`) ?? index.phrases.get(`${lead} ${head.lemmaKey}`);
    if (hit) return hit;
  }
  return index.phrases.get(head.key) ?? index.phrases.get(head.lemmaKey);
}

/** Words that make an event noun after them a prospect rather than a fact. */
const PROSPECT_WORDS = lexicon('prospect-words.txt');

function prospective(doc: Doc, i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 5); k--) {
    if (PROSPECT_WORDS.has(doc.tokens[k]!.normal)) return true;
  }
  return false;
}

/** A verb-tagged event word is a noun when a determiner, possessive or adjective precedes it ("the meeting", "his meeting"). */
function isNounUse(ctx: NominalContext, i: number): boolean {
  const token = ctx.doc.tokens[i]!;
  if (token.pos !== 'VERB') return true;
  const prev = ctx.doc.tokens[i - 1];
  return !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.normal === "'s" || POSSESSIVE_PRONOUNS.has(prev.normal));
}

function actorStartingNear(ctx: PhraseContext, from: number, reach: number): ActorMention | null {
  for (let k = from; k < Math.min(ctx.sentence.endToken, from + reach); k++) {
    const a = ctx.actors.find((m) => m.tokens.start === k);
    if (a) return a;
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'ADP') return null;
  }
  return null;
}

/** "meeting with Hamas leader Ismail Haniyeh", "attack on Iran", "offensive in the Gaza Strip". */
export function objectOf(ctx: PhraseContext, i: number, prepositions: readonly string[]): ActorMention | null {
  const next = ctx.doc.tokens[i + 1];
  if (!next || !prepositions.includes(next.normal.toUpperCase())) return null;
  return actorStartingNear(ctx, i + 2, TARGET_REACH);
}

/** "Israel's attack", "Hamas' attack", "the Israeli offensive", "his meeting" (→ the clause's earlier actor). */
function possessorOf(ctx: NominalContext, i: number): ActorMention | null {
  let k = i - 1;
  while (k >= ctx.sentence.firstToken && (ctx.doc.tokens[k]!.pos === 'ADJ' || ctx.doc.tokens[k]!.pos === 'NUM')) {
    const a = ctx.actors.find((m) => m.tokens.end === k + 1);
    if (a) return a;
    k--;
  }
  if (k < ctx.sentence.firstToken) return null;
  const t = ctx.doc.tokens[k]!;
  if (POSSESSIVE_PRONOUNS.has(t.normal)) return ctx.antecedentAt(k);
  const possessive = t.normal === "'s" || t.text === "'" || t.text === '’';
  const end = possessive ? k : k + 1;
  return ctx.actors.find((m) => m.tokens.end === end) ?? null;
}

/** "an attack by Osgiliath soldiers". */
function byAgentOf(ctx: NominalContext, i: number): ActorMention | null {
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 8); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.normal === 'by') return actorStartingNear(ctx, k + 1, TARGET_REACH);
    if (t.pos === 'VERB' || t.text === ',') return null;
  }
  return null;
}

/** "between Erdogan and a Hamas delegation". */
function betweenPair(ctx: NominalContext, i: number): [ActorMention, ActorMention] | null {
  const next = ctx.doc.tokens[i + 1];
  if (!next || next.normal !== 'between') return null;
  const first = actorStartingNear(ctx, i + 2, TARGET_REACH);
  if (!first) return null;
  const and = ctx.doc.tokens[first.tokens.end];
  if (!and || (and.normal !== 'and' && and.text !== '&')) return null;
  const second = actorStartingNear(ctx, first.tokens.end + 1, TARGET_REACH);
  return second ? [first, second] : null;
}
