// A token trie for dictionary phrases: longest match at a position, with PETRARCH's stem rule for a phrase's last word.
import { NON_ASCII } from './characters.js';

/** Letters with no decomposition to a base letter, folded by hand. */
const PLAIN: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 's', ħ: 'h', Ħ: 'H', ŧ: 't' };

/** The text with each accented letter replaced by its base letter, one character for one ("Erdoğan" → "Erdogan"). */
export function foldLetters(text: string): string {
  // Place names are folded on every gazetteer lookup, and most are ASCII, which folds to itself.
  if (!NON_ASCII.test(text)) return text;
  let out = '';
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80 || c.length !== 1) {
      out += c;
      continue;
    }
    const base = PLAIN[c] ?? c.normalize('NFD')[0]!;
    out += /[A-Za-z]/.test(base) ? base : c;
  }
  return out;
}

export function matchWord(text: string): string {
  // "Erdoğan" and "Erdogan", "Nguyễn" and "Nguyen" are one name: keys are compared without diacritics.
  const upper = NON_ASCII.test(text) ? foldLetters(text).toUpperCase() : text.toUpperCase();
  // Most words have no typographic apostrophe: skip the regex for them, it runs on every token.
  return upper.includes('’') || upper.includes('‘') || upper.includes('`') ? upper.replace(/[’‘`]/g, "'") : upper;
}

/**
 * Splits a dictionary phrase ("AL-QAEDA_IN_IRAQ", "PRIME MINISTER") into the words wink's tokeniser
 * would produce for the same text: "_" and spaces separate words, hyphens stand as their own token.
 * Returns the words and whether the last word must match exactly (PETRARCH's trailing "_").
 */
export function phraseWords(phrase: string): { words: string[]; exact: boolean } {
  const trimmed = phrase.trim();
  const exact = trimmed.endsWith('_');
  const words: string[] = [];
  for (const part of trimmed.split(/[_\s]+/)) {
    if (!part) continue;
    const pieces = part.split(/(-)/).filter((p) => p.length > 0);
    for (const piece of pieces) words.push(matchWord(piece));
  }
  return { words, exact };
}

// Most nodes are leaves, and many end no phrase: their children and values are made on first use, which makes
// the dictionary tries quicker to build (a load-time cost) and smaller.
interface TrieNode<T> {
  children: Map<string, TrieNode<T>> | null;
  /** Values of phrases that end exactly here; null when none does. */
  values: T[] | null;
  /** Values of phrases whose last word is a stem: keyed by the stem, matching any word that starts with it. */
  stems: Map<string, T[]> | null;
  /** The first MIN_STEM letters of those stems: most words share none, and skip the stem search. */
  stemHeads: Set<string> | null;
  /** Bits of those heads (see `wordHash`): a clear bit rules a word out without slicing its head. */
  stemHeadBits: Uint32Array | null;
}

export interface TrieMatch<T> {
  /** Token range [start, end) of the match. */
  start: number;
  end: number;
  values: T[];
  /** True when the last word matched only as a stem (ARGENTIN → ARGENTINA). */
  viaStem: boolean;
}

/**
 * The first word of a phrase of several ("AL" of "AL-QAEDA_IN_IRAQ", "PRIME" of "PRIME MINISTER"), when it is plain:
 * followed by a hyphen, or by "_" or spaces and another word. Other phrases are split in full.
 */
const LEADING_WORD = /^([^_\s-]+)(?:-|[_\s]+[^_\s])/;

/** A word with no "_", space or hyphen in it: as the first of several, it is the phrase's first word. */
const PLAIN_WORD = /^[^_\s-]+$/;

/** Text holding a word, not only "_" and spaces: the second of a phrase's words then makes it a phrase of several. */
const HAS_WORD = /[^_\s]/;

/** Minimum stem length: shorter stems would swallow unrelated words. */
const MIN_STEM = 4;

/** Bits of the first-word filter (16 KiB): sparse enough for the ~21,000 first words of the actor names. */
const FIRST_WORD_BITS = 1 << 17;
/** Bits of a node's stem-head filter (512 bytes): nodes with stems have a few hundred heads at most. */
const STEM_HEAD_BITS = 1 << 12;

/**
 * A hash of the first `length` characters of a word: equal words share it whichever string holds them, and computing
 * it needs no new string (a slice) and no call into the runtime (a map's own hash).
 */
function wordHash(word: string, length: number): number {
  let h = length;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h ^ (h >>> 15);
}

/** Sets the hash's bit in a filter whose size is a power of two. */
function setBit(bits: Uint32Array, hash: number): void {
  const bit = hash & (bits.length * 32 - 1);
  bits[bit >>> 5]! |= 1 << (bit & 31);
}

function hasBit(bits: Uint32Array, hash: number): boolean {
  const bit = hash & (bits.length * 32 - 1);
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { children: null, values: null, stems: null, stemHeads: null, stemHeadBits: null };
  private maxStem = 0;
  /**
   * The bits of the words that start a phrase. Nearly every token is tried as a start and few are one; the root's map
   * is large (the actor names') and a lookup in it misses the processor's caches: a clear bit proves the word starts
   * no phrase, and the map is looked up only for the rest. Stems are searched as before.
   */
  private readonly firstWords = new Uint32Array(FIRST_WORD_BITS / 32);
  /**
   * Phrases of several words not in the trie yet, by their first word: each goes in when a text first holds that word
   * (see `addPhrase`). Null once none is left.
   */
  private pending: Map<string, Array<{ phrase: readonly string[]; forceExact: boolean; value: T }>> | null = null;
  size = 0;

  add(words: readonly string[], exactLast: boolean, value: T): void {
    if (words.length === 0) return;
    setBit(this.firstWords, wordHash(words[0]!, words[0]!.length));
    this.insert(words, exactLast, value);
    this.size++;
  }

  /**
   * Adds a dictionary phrase as written, in words ("AL-QAEDA_IN_IRAQ"; ["PRIME", "MINISTER"]; see `phraseWords`), its
   * last word exact when `forceExact` or the phrase ends in "_". A phrase of several words waits, by its first word,
   * until a text holds that word: most of the 75,000 names of the actor dictionaries never occur in a run, and
   * splitting them and building their branches was most of the time the actor index took to build. What `longestAt`
   * finds is the same either way: a phrase's branch is built before any word after its first is looked at, and
   * phrases ending on one node keep their order (they have the same words, so they wait on the same first word).
   */
  addPhrase(phrase: readonly string[], forceExact: boolean, value: T): void {
    const head = phrase[0]?.trim() ?? '';
    const lead = phrase.length > 1 && PLAIN_WORD.test(head) && HAS_WORD.test(phrase[1]!) ? head : LEADING_WORD.exec(head)?.[1];
    if (lead !== undefined) return this.defer(matchWord(lead), phrase, forceExact, value);
    const { words, exact } = phraseWords(phrase.join(' '));
    if (words.length === 1) this.add(words, forceExact || exact, value);
    else this.defer(words[0], phrase, forceExact, value);
  }

  private defer(first: string | undefined, phrase: readonly string[], forceExact: boolean, value: T): void {
    if (first === undefined) return;
    setBit(this.firstWords, wordHash(first, first.length));
    this.pending ??= new Map();
    const bucket = this.pending.get(first);
    if (bucket) bucket.push({ phrase, forceExact, value });
    else this.pending.set(first, [{ phrase, forceExact, value }]);
    this.size++;
  }

  /** Builds the branches of the phrases waiting on `first`, in the order they were added. */
  private release(first: string): void {
    const bucket = this.pending!.get(first);
    if (!bucket) return;
    this.pending!.delete(first);
    if (this.pending!.size === 0) this.pending = null;
    for (const { phrase, forceExact, value } of bucket) {
      const { words, exact } = phraseWords(phrase.join(' '));
      this.insert(words, forceExact || exact, value);
    }
  }

  private insert(words: readonly string[], exactLast: boolean, value: T): void {
    let node = this.root;
    for (let k = 0; k < words.length - 1; k++) node = this.child(node, words[k]!);
    const last = words[words.length - 1]!;
    // Exact forms always match; a stem additionally matches longer words.
    const end = this.child(node, last);
    (end.values ??= []).push(value);
    if (!exactLast && last.length >= MIN_STEM && /[A-Z]$/.test(last)) {
      node.stems ??= new Map();
      node.stemHeads ??= new Set();
      node.stemHeadBits ??= new Uint32Array(STEM_HEAD_BITS / 32);
      node.stemHeads.add(last.slice(0, MIN_STEM));
      setBit(node.stemHeadBits, wordHash(last, MIN_STEM));
      const list = node.stems.get(last);
      if (list) list.push(value);
      else node.stems.set(last, [value]);
      this.maxStem = Math.max(this.maxStem, last.length);
    }
  }

  /** The longest phrase starting at `start` in `words` (not crossing `limit`), or null. */
  longestAt(words: readonly string[], start: number, limit = words.length): TrieMatch<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    for (let i = start; i < limit && node; i++) {
      const word = words[i]!;
      // A stem is shorter than the word it matches: words of MIN_STEM letters or fewer skip the slice and the search.
      if (node.stems && word.length > MIN_STEM && hasBit(node.stemHeadBits!, wordHash(word, MIN_STEM)) && node.stemHeads!.has(word.slice(0, MIN_STEM))) {
        for (let len = Math.min(word.length - 1, this.maxStem); len >= MIN_STEM; len--) {
          const values = node.stems.get(word.slice(0, len));
          if (values) {
            if (!best || best.end < i + 1 || best.viaStem) best = { start, end: i + 1, values, viaStem: true };
            break;
          }
        }
      }
      if (i === start) {
        if (!hasBit(this.firstWords, wordHash(word, word.length))) break;
        if (this.pending !== null) this.release(word);
      }
      node = node.children?.get(word);
      if (node && node.values !== null) best = { start, end: i + 1, values: node.values, viaStem: false };
    }
    return best;
  }

  private child(node: TrieNode<T>, word: string): TrieNode<T> {
    node.children ??= new Map();
    let next = node.children.get(word);
    if (!next) {
      next = { children: null, values: null, stems: null, stemHeads: null, stemHeadBits: null };
      node.children.set(word, next);
    }
    return next;
  }
}
