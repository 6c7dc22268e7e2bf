// The segment stage: wink-nlp splits the article into sentences and tokens with POS tags and lemmas, kept as offsets into the text.
import { foldLetters } from '../../text/phrase-trie.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, PosTag, Sentence, Token } from '../../document/types.js';
import { matchWord } from '../../text/phrase-trie.js';
import { retagHeadlineVerbs } from './headline-verbs.js';
import { retagWinkErrors } from './retag.js';
import { SegmentedToken } from './segmented-token.js';

type WinkNlp = ReturnType<typeof winkNLP>;

let sharedNlp: WinkNlp | null = null;

/** The part of wink's model that reading a document changes: its table of words, which unknown words are added to. */
interface WinkLexemes {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

let lexemes: WinkLexemes | null = null;

/**
 * Words wink may have added to its table before a new instance is made: the table only grows (see `forgetNewWords`),
 * about 30 entries an article, so this bounds it to a few tens of MB.
 */
const MAX_ADDED_WORDS = 500_000;

/** One wink instance per process: building it reads the model (~0.2 s), so it is made once and reused. */
export function wink(): WinkNlp {
  if (!sharedNlp || (lexemes && lexemes.list.length - lexemes.intrinsicSize > MAX_ADDED_WORDS)) {
    sharedNlp = winkNLP(withLemmaCache(withLexemesKept(model)), ['sbd', 'pos']);
  }
  return sharedNlp;
}

/** The model, keeping a handle on the word table of the core model wink builds from it. */
function withLexemesKept(base: typeof model): typeof model {
  const core = () => {
    const built = (base.core as () => unknown)() as { features: { lexeme: WinkLexemes } };
    lexemes = built.features.lexeme;
    return built;
  };
  return { ...base, core } as typeof model;
}

/**
 * Makes wink forget the words the last document added to its table. wink adds every word it does not know to the
 * table, and its tokenizer keeps a word whole once the table has it: "Japan's" read once inside quotes stays one token
 * in every later article of the process, so an article's tokens depended on the articles read before it. Only the
 * name lookup is undone; the entries stay in wink's lists (its features of a word are stored by position, in a list
 * this module cannot reach), so an unknown word read again gets a new entry with the same features.
 */
function forgetNewWords(from: number): void {
  if (!lexemes) return;
  const { hash, list } = lexemes;
  for (let k = from; k < list.length; k++) {
    const word = list[k]!;
    if (hash[word] !== undefined && hash[word]! >= from) delete hash[word];
  }
}

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Slots of each tag's lemma cache: enough for the words that make most of news text. */
const LEMMA_SLOTS = 1 << 12;

/** A word's slot in a lemma cache: a hash of its characters. */
function lemmaSlot(word: string): number {
  let h = word.length;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 15)) & (LEMMA_SLOTS - 1);
}

/** The last words lemmatized with one tag, by slot, and their lemmas. */
class LemmaCache {
  readonly words: Array<string | undefined> = new Array<string | undefined>(LEMMA_SLOTS).fill(undefined);
  readonly lemmas: string[] = new Array<string>(LEMMA_SLOTS).fill('');
}

/**
 * The model with its lemmatizer cached. wink lemmatizes every token that may have several lemmas, at each occurrence,
 * by trying suffix rules against its lexicon; the answer depends only on the word, its tag and the model's own
 * vocabulary (words a document adds to wink's cache count as unknown to it), so a cached answer is the same answer.
 * The cache is a fixed table of slots, not a map: a map of every word seen costs a lookup that misses the processor's
 * caches, about what the rules cost.
 */
function withLemmaCache(base: typeof model): typeof model {
  const lemmatize = base.addons.lemmatize as Lemmatize | undefined;
  if (typeof lemmatize !== 'function') return base;
  // Only adjectives, nouns and verbs have rules; other tags give the word back.
  const byTag: Record<string, LemmaCache> = { ADJ: new LemmaCache(), NOUN: new LemmaCache(), VERB: new LemmaCache() };
  const cached: Lemmatize = (value, pos, cache) => {
    const table = pos === 'NOUN' || pos === 'VERB' || pos === 'ADJ' ? byTag[pos]! : null;
    if (table === null) return lemmatize(value, pos, cache);
    const slot = lemmaSlot(value);
    if (table.words[slot] === value) return table.lemmas[slot]!;
    const lemma = lemmatize(value, pos, cache);
    table.words[slot] = value;
    table.lemmas[slot] = lemma;
    return lemma;
  };
  return { ...base, addons: { ...base.addons, lemmatize: cached } };
}

/**
 * Tokenises and tags `doc.text`. wink gives token values and the spaces before them but not offsets,
 * so offsets come from finding each token's value in the text from a moving cursor; a token wink
 * altered (it does not, in practice) falls back to the cursor position so offsets stay monotone.
 */
export interface SegmentOptions {
  /** Whether a word (its key) is a verb form the dictionaries code: lets `retagHeadlineVerbs` find present-tense verbs. */
  isVerbForm?: (key: string) => boolean;
}

export function segment(doc: Doc, options: SegmentOptions = {}): Doc {
  const nlp = wink();
  const its = nlp.its;
  const text = doc.text;
  // wink splits words at letters outside its tables ("Erdo|ğ|an", "Nguy|ễ|n"): it reads a copy with those letters
  // folded to their base letter, of the same length, so that tokens keep their offsets in the real text.
  // An underscore joins the words of a name in PETRARCH-style input ("Dol_Amroth"): wink reads it as a space.
  const ascii = !/[^\x00-\x7f]/.test(text);
  const folded = ascii ? text : foldLetters(text);
  const read = folded.includes('_') ? folded.replace(/(?<=\p{L})_(?=\p{L})/gu, ' ') : folded;
  const known = lexemes?.list.length ?? 0;
  const winkDoc = nlp.readDoc(read);
  const tokenList = winkDoc.tokens();
  const values = tokenList.out(its.value) as string[];
  const tags = tokenList.out(its.pos) as string[];
  // One pass for all lemmas is cheaper than asking wink token by token.
  const lemmas = tokenList.out(its.lemma as Parameters<typeof tokenList.out>[0]) as string[];
  const spans = winkDoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  forgetNewWords(known);

  // Changing case is a call into the runtime, costly at one per token. In ASCII text wink read as written, with no
  // backquote for matchWord to fold, case maps one character to one: a token's lower- and upper-case forms are then
  // slices of the text's, which are made once per article.
  const sliceCase = ascii && read === text && !text.includes('`');
  const lowerText = sliceCase ? text.toLowerCase() : '';
  const upperText = sliceCase ? text.toUpperCase() : '';
  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  // Sentence spans are ascending: the one holding token i is found by walking them along with i.
  let span = 0;
  for (let i = 0; i < values.length; i++) {
    while (span < spans.length && spans[span]![1] < i) span++;
    const sentence = span < spans.length && spans[span]![0] <= i ? span : 0;
    const value = values[i]!;
    const found = read.indexOf(value, cursor);
    const start = found >= 0 && found - cursor < 64 ? found : cursor;
    const end = Math.min(text.length, start + value.length);
    const surface = found === start && read === text ? value : text.slice(start, end);
    // Lower-casing the surface form is what wink's normal does, less its contraction expansion, which the coder does not need.
    const normal = sliceCase && found === start ? lowerText.slice(start, end) : read === text ? value.toLowerCase() : surface.toLowerCase();
    const lemmaOut = lemmas[i] ?? normal;
    // Most words are their own lemma, and a lower-cased word is its own lower case.
    const lemma = lemmaOut === normal ? normal : lemmaOut.toLowerCase();
    const key = sliceCase ? upperText.slice(start, end) : matchWord(surface);
    // Share the key rather than build the same string again.
    tokens[i] = new SegmentedToken(i, start, end, surface, normal, lemma, key, lemma === normal ? key : lemma.toUpperCase(), tags[i] as PosTag, sentence);
    cursor = end;
  }

  retagWinkErrors(tokens);
  if (options.isVerbForm) retagHeadlineVerbs(tokens, spans.map(([first]) => first), options.isVerbForm);
  const sentences: Sentence[] = spans.map(([first, last], index) => {
    // A blank line before a paragraph is a token of its own (SPACE): the sentence's text starts after it.
    let from = first;
    while (from < last && tokens[from]!.pos === 'SPACE') from++;
    let to = last;
    while (to > from && tokens[to]!.pos === 'SPACE') to--;
    return { index, start: tokens[from]?.start ?? 0, end: tokens[to]?.end ?? 0, firstToken: first, endToken: last + 1 };
  });
  return { ...doc, tokens, sentences };
}
