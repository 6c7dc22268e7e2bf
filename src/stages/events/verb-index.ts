// Indexes the verb blocks of a Knowledge by surface form, so a sentence's verbs find their patterns without scanning the dictionary.
import type { Knowledge, PatternElement, VerbBlock, VerbEntry, VerbPattern } from '../../dictionaries/model.js';
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
  /** The pattern's elements with the marker the matcher does not use (%) taken out, at every depth. */
  after: PatternElement[];
  before: PatternElement[];
  /** How many words the pattern asks for: more specific patterns are tried first. */
  specificity: number;
}

export interface VerbIndex {
  byForm: Map<string, VerbCandidate[]>;
  /** Patterns by block name: blocks of the same name from several files (Phoenix, then overlays) pool their patterns. */
  patterns: Map<string, IndexedPattern[]>;
  /** Default codes by block name: a later file (an overlay) that sets one overrides an earlier one. */
  blockCodes: Map<string, { code: string | null; reverseCode: string | null }>;
  /** Synsets with their members split into words and nested synsets expanded. */
  synsets: Map<string, string[][]>;
  /** Memo of `patternsFor`: the patterns each verb entry may use (an entry belongs to one block). */
  byVerb: Map<VerbEntry, IndexedPattern[]>;
}

/**
 * The patterns of `block` that `verb` may use, in trying order: those written for it and those written for every
 * verb of the block. Phoenix's large blocks hold mostly patterns written for one verb each ("said" would otherwise
 * walk past the patterns of a hundred synonyms), so the list is filtered once per verb and kept.
 */
export function patternsFor(index: VerbIndex, block: VerbBlock, verb: VerbEntry): IndexedPattern[] {
  let list = index.byVerb.get(verb);
  if (!list) {
    const name = verb.words.join('_');
    list = (index.patterns.get(block.name) ?? []).filter((p) => p.pattern.writtenFor === undefined || p.pattern.writtenFor === name);
    index.byVerb.set(verb, list);
  }
  return list;
}

export const verbIndex: (knowledge: Knowledge) => VerbIndex = derivedFrom(buildVerbIndex);

function buildVerbIndex(knowledge: Knowledge): VerbIndex {
  const byForm = new Map<string, VerbCandidate[]>();
  const patterns = new Map<string, IndexedPattern[]>();
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
    }
    if (!blockCodes.has(block.name) || block.code !== null || block.reverseCode !== null) {
      blockCodes.set(block.name, { code: block.code, reverseCode: block.reverseCode });
    }
    const indexed = block.patterns.filter(hasEventCode).map((pattern) => ({
      pattern,
      specificity: specificity(pattern.before) + specificity(pattern.after),
      wordsAfter: literalWords(pattern.after),
      wordsBefore: literalWords(pattern.before),
      after: matchable(pattern.after),
      before: matchable(pattern.before),
    }));
    const pooled = patterns.get(block.name);
    if (!pooled) patterns.set(block.name, indexed);
    else {
      // A later file that writes the same pattern corrects it: an overlay's "* (AT)" replaces Phoenix's.
      const written = new Set(indexed.map((p) => patternKey(p.pattern)));
      const kept = pooled.filter((p) => !written.has(patternKey(p.pattern)));
      pooled.length = 0;
      pooled.push(...kept, ...indexed);
    }
  }
  // Stable sort keeps file order among equally specific patterns, as PETRARCH does; overlays come later in file order.
  for (const list of patterns.values()) list.sort((a, b) => b.specificity - a.specificity);
  const synsets = new Map<string, string[][]>();
  for (const [name, members] of knowledge.synsets) {
    synsets.set(name, members.map((m) => m.flatMap((w) => phraseWords(w).words)));
  }
  return { byForm, patterns, blockCodes, synsets, byVerb: new Map() };
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
  return elements
    .filter((e) => e.kind !== 'compound')
    .map((e) => (e.kind === 'prep' || e.kind === 'np' ? { ...e, elements: matchable(e.elements) } : e));
}

function literalWords(elements: readonly PatternElement[]): string[] {
  const words: string[] = [];
  for (const e of elements) {
    if (e.kind === 'word') words.push(e.word);
    else if (e.kind === 'prep' || e.kind === 'np') words.push(...literalWords(e.elements));
  }
  return [...new Set(words)];
}

function specificity(elements: readonly PatternElement[]): number {
  let n = 0;
  for (const e of elements) {
    if (e.kind === 'word' || e.kind === 'synset') n += 2;
    else if (e.kind === 'prep' || e.kind === 'np') n += specificity(e.elements);
    else if (e.kind === 'source' || e.kind === 'target') n += 1;
  }
  return n;
}

/** A pattern's words and structure, without its codes or where it was written. */
function patternKey(pattern: VerbPattern): string {
  return JSON.stringify([pattern.before, pattern.after]);
}
