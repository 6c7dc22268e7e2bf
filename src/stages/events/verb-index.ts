// Indexes the verb blocks of a Knowledge by surface form, so a sentence's verbs find their patterns without scanning the dictionary.
import { MIN_VERB_STEM, type Knowledge, type PatternElement, type VerbBlock, type VerbEntry, type VerbPattern } from '../../dictionaries/model.js';
import { phraseWords } from '../../text/phrase-trie.js';
import { derivedFrom } from '../../dictionaries/derived.js';

export interface VerbCandidate {
  block: VerbBlock;
  verb: VerbEntry;
  /** Words of a multi-word verb before and after the inflected word ("ASK FOR": [] and ["FOR"]). */
  wordsBefore: string[];
  wordsAfter: string[];
}

export interface IndexedPattern {
  pattern: VerbPattern;
  /** Literal words the pattern needs after and before the verb: a clause missing one cannot match it. */
  wordsAfter: string[];
  wordsBefore: string[];
  /** The pattern's elements as the matcher takes them. */
  after: PatternElement[];
  before: PatternElement[];
  /** How many words the pattern asks for: more specific patterns are tried first. */
  specificity: number;
}

export interface VerbIndex {
  byForm: Map<string, VerbCandidate[]>;
  /** TABARI verb stems (CRITICI), tried when neither a word nor its lemma is a form; empty for other dictionaries. */
  byStem: Map<string, VerbCandidate[]>;
  /** Length of the longest stem in `byStem`. */
  longestStem: number;
  /** The blocks of each name, in file order: blocks of the same name from several files (Phoenix, then overlays) pool their patterns. */
  blocksByName: Map<string, VerbBlock[]>;
  /** Memo of `blockPatterns`: a name's patterns are indexed when a sentence's verb first reaches them. */
  patterns: Map<string, IndexedPattern[]>;
  /** Default codes by block name: a later file (an overlay) that sets one overrides an earlier one. */
  blockCodes: Map<string, { code: string | null; reverseCode: string | null }>;
  /** Synsets with their members split into words and nested synsets expanded. */
  synsets: Map<string, string[][]>;
  /** Memo of `patternsFor`: the patterns each verb entry may use (an entry belongs to one block). */
  byVerb: Map<VerbEntry, VerbPatterns>;
  /** Memo of `synsetStarts`: each synset's first words, or null when a member opens with a nested synset. */
  synsetLeads: Map<string, SynsetLeads | null>;
}

/** The distinct first words of a synset's members, with their signature bits. */
interface SynsetLeads {
  words: string[];
  bits: Uint16Array;
}

/** A verb's patterns in trying order, with the signature bits of the words each needs, packed in one array. */
interface VerbPatterns {
  patterns: IndexedPattern[];
  /** The bits of pattern k are bits[ends[k - 1] .. ends[k]) (from 0 for the first). */
  bits: Uint16Array;
  ends: Uint32Array;
}

/**
 * The patterns of `block` that `verb` may use, in trying order: those written for it and those written for every
 * verb of the block. Phoenix's large blocks hold mostly patterns written for one verb each ("said" would otherwise
 * walk past the patterns of a hundred synonyms), so the list is filtered once per verb and kept.
 */
export function patternsFor(index: VerbIndex, block: VerbBlock, verb: VerbEntry): IndexedPattern[] {
  return verbPatterns(index, block, verb).patterns;
}

function verbPatterns(index: VerbIndex, block: VerbBlock, verb: VerbEntry): VerbPatterns {
  let list = index.byVerb.get(verb);
  if (!list) {
    const name = verb.words.join('_');
    const patterns = blockPatterns(index, block.name).filter((p) => p.pattern.writtenFor === undefined || p.pattern.writtenFor === name);
    const bits: number[] = [];
    const ends = new Uint32Array(patterns.length);
    patterns.forEach((p, k) => {
      for (const word of new Set([...p.wordsAfter, ...p.wordsBefore])) bits.push(signatureBit(word));
      ends[k] = bits.length;
    });
    list = { patterns, bits: Uint16Array.from(bits), ends };
    index.byVerb.set(verb, list);
  }
  return list;
}

/**
 * `patternsFor` less the patterns that name a word the sentence lacks. `positions` holds the sentence's words and
 * lemmas, by which `allWithin`-style checks find them; most of a verb's patterns name words a sentence lacks, and
 * ruling them out by bits in contiguous arrays spares touching each pattern (big blocks hold hundreds).
 */
export function patternsWithWordsIn(index: VerbIndex, block: VerbBlock, verb: VerbEntry, positions: ReadonlyMap<string, unknown>): IndexedPattern[] {
  const { patterns, bits, ends } = verbPatterns(index, block, verb);
  const signature = wordSignature(positions);
  const found: IndexedPattern[] = [];
  let from = 0;
  for (let k = 0; k < patterns.length; k++) {
    const to = ends[k]!;
    let held = true;
    for (let j = from; j < to && held; j++) {
      const bit = bits[j]!;
      held = (signature[bit >>> 5]! & (1 << (bit & 31))) !== 0;
    }
    if (held) found.push(patterns[k]!);
    from = to;
  }
  return found;
}

/**
 * Token positions, ascending, where a member of synset `name` may start in the sentence whose words and lemmas key
 * `positions`; null when a member opens with a nested synset and could start anywhere. Synsets hold dozens of members
 * (currencies, ...), patterns name them in every block, and a sentence holds few of their first words: those are
 * ruled out by the sentence's signature before any lookup.
 */
export function synsetStarts(index: VerbIndex, name: string, positions: ReadonlyMap<string, readonly number[]>): number[] | null {
  let leads = index.synsetLeads.get(name);
  if (leads === undefined) {
    const members = index.synsets.get(name) ?? [];
    const words = members.some((m) => m[0]?.startsWith('&')) ? null : [...new Set(members.map((m) => m[0] ?? ''))];
    leads = words && { words, bits: Uint16Array.from(words, signatureBit) };
    index.synsetLeads.set(name, leads);
  }
  if (!leads) return null;
  const signature = wordSignature(positions);
  const all = new Set<number>();
  for (let k = 0; k < leads.words.length; k++) {
    const bit = leads.bits[k]!;
    if ((signature[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
    for (const at of positions.get(leads.words[k]!) ?? []) all.add(at);
  }
  return [...all].sort((x, y) => x - y);
}

/** Bits in a sentence's word signature: one set for each of its words, by a hash of the word. */
const SIGNATURE_BITS = 1024;

/** A word's bit: a hash of its characters, so that equal words share a bit whichever string holds them. */
function signatureBit(word: string): number {
  let h = word.length;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 15)) & (SIGNATURE_BITS - 1);
}

/**
 * The signature of the last word map asked for, kept in one buffer: a sentence's verbs ask for the same map in turn,
 * and a fresh typed array per sentence costs more than the bits save. A word map only gains words, so one of the same
 * size is unchanged. A missing bit proves a word is absent; a set bit proves nothing.
 */
const signature = new Uint32Array(SIGNATURE_BITS / 32);
let signed: ReadonlyMap<string, unknown> | null = null;
let signedSize = -1;

function wordSignature(positions: ReadonlyMap<string, unknown>): Uint32Array {
  if (positions !== signed || positions.size !== signedSize) {
    signature.fill(0);
    for (const word of positions.keys()) {
      const bit = signatureBit(word);
      signature[bit >>> 5]! |= 1 << (bit & 31);
    }
    signed = positions;
    signedSize = positions.size;
  }
  return signature;
}

export const verbIndex: (knowledge: Knowledge) => VerbIndex = derivedFrom(buildVerbIndex);

function buildVerbIndex(knowledge: Knowledge): VerbIndex {
  const byForm = new Map<string, VerbCandidate[]>();
  const byStem = new Map<string, VerbCandidate[]>();
  let longestStem = 0;
  const blocksByName = new Map<string, VerbBlock[]>();
  const blockCodes = new Map<string, { code: string | null; reverseCode: string | null }>();
  for (const block of knowledge.verbBlocks) {
    for (const verb of block.verbs) {
      const words = verb.words.flatMap((w) => phraseWords(w).words);
      const wordsBefore = words.slice(0, verb.verbIndex);
      const wordsAfter = words.slice(verb.verbIndex + 1);
      for (const form of verb.forms) {
        const key = phraseWords(form).words.join(' ');
        const list = byForm.get(key);
        const candidate = { block, verb, wordsBefore, wordsAfter };
        if (!list) byForm.set(key, [candidate]);
        // Within a file the first definition wins, as in PETRARCH; a later file (an overlay) overrides earlier ones.
        else if (list[0]!.verb.source.file !== verb.source.file) list.unshift(candidate);
        else list.push(candidate);
      }
      for (const stem of verb.stems ?? []) {
        const key = phraseWords(stem).words.join(' ');
        const list = byStem.get(key);
        const candidate = { block, verb, wordsBefore, wordsAfter };
        if (!list) byStem.set(key, [candidate]);
        else list.push(candidate);
        longestStem = Math.max(longestStem, key.length);
      }
    }
    if (!blockCodes.has(block.name) || block.code !== null || block.reverseCode !== null) {
      blockCodes.set(block.name, { code: block.code, reverseCode: block.reverseCode });
    }
    const named = blocksByName.get(block.name);
    if (named) named.push(block);
    else blocksByName.set(block.name, [block]);
  }
  const synsets = new Map<string, string[][]>();
  for (const [name, members] of knowledge.synsets) {
    synsets.set(name, members.map((m) => m.flatMap((w) => phraseWords(w).words)));
  }
  return { byForm, byStem, longestStem, blocksByName, patterns: new Map(), blockCodes, synsets, byVerb: new Map(), synsetLeads: new Map() };
}

/**
 * The patterns of every block named `name`, most specific first. Indexed on first use: the dictionaries hold some
 * 20,000 patterns (a TABARI set most of them) and the verbs of a corpus reach a small part of them.
 */
export function blockPatterns(index: VerbIndex, name: string): IndexedPattern[] {
  let pooled = index.patterns.get(name);
  if (pooled) return pooled;
  pooled = [];
  for (const block of index.blocksByName.get(name) ?? []) {
    const indexed = block.patterns.filter(hasEventCode).map((pattern) => ({
      pattern,
      specificity: specificity(pattern.before) + specificity(pattern.after),
      wordsAfter: literalWords(pattern.after),
      wordsBefore: literalWords(pattern.before),
      after: matchable(pattern.after),
      before: matchable(pattern.before),
    }));
    if (pooled.length === 0) pooled = indexed;
    else {
      // A later file that writes the same pattern corrects it: an overlay's "* (AT)" replaces Phoenix's.
      const written = new Set(indexed.map((p) => patternKey(p.pattern)));
      pooled = [...pooled.filter((p) => !written.has(patternKey(p.pattern))), ...indexed];
    }
  }
  // Stable sort keeps file order among equally specific patterns, as PETRARCH does; overlays come later in file order.
  pooled.sort((a, b) => b.specificity - a.specificity);
  index.patterns.set(name, pooled);
  return pooled;
}

/**
 * The verb stems a word starts with, longest first (TABARI: "criticised" is a form of CRITICI). Only dictionaries
 * with stems have any, so for the others this costs one comparison.
 */
export function stemCandidates(index: VerbIndex, word: string): VerbCandidate[] {
  for (let length = Math.min(word.length, index.longestStem); length >= MIN_VERB_STEM; length--) {
    const found = index.byStem.get(word.slice(0, length));
    if (found) return found;
  }
  return [];
}

/**
 * A pattern coded with no digits ("[+++]", "[###]", "[xxy]": placeholders of PETRARCH's validation file) codes no event
 * and is no pattern: the verb's other patterns still apply ("restore fxll diplomatic ties" is 064 by "* DIPLOMATIC").
 * "---" is a code: it says the verb is no event there.
 */
function hasEventCode(pattern: VerbPattern): boolean {
  // "---" is read as no code on either side.
  if (pattern.code === null && pattern.reverseCode === null) return true;
  return [pattern.code, pattern.reverseCode].some((code) => code !== null && /\d/.test(code));
}

function matchable(elements: readonly PatternElement[]): PatternElement[] {
  return elements.map((e) => (e.kind === 'prep' || e.kind === 'np' ? { ...e, elements: matchable(e.elements) } : e));
}

function literalWords(elements: readonly PatternElement[]): string[] {
  const words: string[] = [];
  for (const e of elements) {
    // A stem (TABARI's VIOLAT) is no word the sentence must hold as written.
    if (e.kind === 'word' && e.stem !== true) words.push(e.word);
    else if (e.kind === 'prep' || e.kind === 'np') words.push(...literalWords(e.elements));
  }
  return [...new Set(words)];
}

function specificity(elements: readonly PatternElement[]): number {
  let n = 0;
  for (const e of elements) {
    if (e.kind === 'word' || e.kind === 'synset') n += 2;
    else if (e.kind === 'prep' || e.kind === 'np') n += specificity(e.elements);
    else if (e.kind === 'source' || e.kind === 'target' || e.kind === 'compound') n += 1;
  }
  return n;
}

/** A pattern's words and structure, without its codes or where it was written. */
function patternKey(pattern: VerbPattern): string {
  return JSON.stringify([pattern.before, pattern.after]);
}
