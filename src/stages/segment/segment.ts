// The segment stage: wink-nlp splits the article into sentences and tokens with POS tags and lemmas, kept as offsets into the text.
import { foldLetters } from '../../text/phrase-trie.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, PosTag, Sentence, Token } from '../../document/types.js';
import { matchWord } from '../../text/phrase-trie.js';
import { retagHeadlineVerbs, TIME_WORDS } from './headline-verbs.js';
import { lexicon } from '../../text/lexicon.js';
import { retagged, SegmentedToken } from './segmented-token.js';

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

/** The corrections of wink's tags, in the order they build on each other (verbs first, then the nouns around them). */
function retagWinkErrors(tokens: Token[]): void {
  retagPresentTenseVerbs(tokens);
  retagPluralPresentVerbs(tokens);
  retagPastTenseVerbs(tokens);
  retagAroundTimeWords(tokens);
  retagNounCompounds(tokens);
  retagHyphenatedParticiples(tokens);
  retagCapitalisedNames(tokens);
  retagObjectNouns(tokens);
  retagCoordinatedGerunds(tokens);
  retagCoordinatedAdjectives(tokens);
}


/**
 * A day word between subject and verb throws wink off: "French maritime authorities today release an impounded ship"
 * (release read as a noun), "Bosnian Serb forces Tuesday let free six peacekeepers" (forces read as a verb). After a
 * noun and a day word, a noun before a determiner or number is the verb; a verb in "-s" before a day word and another
 * verb is the subject's noun.
 */
function retagAroundTimeWords(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const day = tokens[i]!;
    if (!TIME_WORDS.has(day.normal)) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    const after = tokens[i + 2];
    if (prev.sentence !== day.sentence || next.sentence !== day.sentence) continue;
    if ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && next.pos === 'NOUN' && after && (after.pos === 'DET' || after.pos === 'NUM')) tokens[i + 1] = retagged(next, 'VERB');
    else if (prev.pos === 'VERB' && prev.normal.endsWith('s') && next.pos === 'VERB' && i >= 2 && (tokens[i - 2]!.pos === 'PROPN' || tokens[i - 2]!.pos === 'ADJ')) tokens[i - 1] = retagged(prev, 'NOUN');
  }
}

/**
 * wink tags a present-tense verb after a name as a plural noun ("Israel attacks Iran", "Turkey plans to ...").
 * An "-s" noun right after a proper name or he/she/it and before an object or "to" is the verb it reads as.
 */
export function retagPresentTenseVerbs(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !t.normal.endsWith('s') || t.normal.endsWith('ss')) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    const subjectBefore = prev.pos === 'PROPN' || (prev.pos === 'PRON' && (prev.normal === 'he' || prev.normal === 'she' || prev.normal === 'it'));
    const objectAfter = next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NUM' || (next.pos === 'PART' && next.normal === 'to');
    if (subjectBefore && objectAfter) tokens[i] = retagged(t, 'VERB');
  }
}

/**
 * "Ithilen's awful and cool minister": a base-form word wink reads as a verb, joined by "and" to an adjective and
 * followed by a noun, is a second adjective of that noun.
 */
function retagCoordinatedAdjectives(tokens: Token[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || t.normal !== t.lemma) continue;
    const first = tokens[i - 2]!;
    const next = tokens[i + 1]!;
    if (first.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    if (tokens[i - 1]!.pos === 'CCONJ' && first.pos === 'ADJ' && next.pos === 'NOUN') tokens[i] = retagged(t, 'ADJ');
  }
}

/**
 * "a new bombing and shelling offensive": an -ing form joined by "and"/"or" to an -ing noun and modifying what
 * follows is a noun like the first, not a verb.
 */
function retagCoordinatedGerunds(tokens: Token[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !t.normal.endsWith('ing')) continue;
    const conjunction = tokens[i - 1]!;
    const first = tokens[i - 2]!;
    const next = tokens[i + 1]!;
    if (first.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    if (conjunction.pos === 'CCONJ' && first.pos === 'NOUN' && first.normal.endsWith('ing') && (next.pos === 'NOUN' || next.pos === 'ADJ')) {
      tokens[i] = retagged(t, 'NOUN');
    }
  }
}

/**
 * wink may read the plural noun right after a verb as a present-tense verb ("expressed hopes": hopes/VERB). A finite
 * "-s" verb never stands right after another verb, so there it is the verb's object.
 */
function retagObjectNouns(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.pos !== 'VERB' || prev.pos !== 'VERB' || prev.sentence !== t.sentence) continue;
    if (/^[a-z]+[^s]s$/.test(t.text)) tokens[i] = retagged(t, 'NOUN');
  }
}

/** The two-word nouns of noun-compounds.txt by first word ("tear" → gas), so most verbs are ruled out by one lookup. */
let compoundsByFirst: Map<string, Set<string>> | null = null;

function nounCompounds(): Map<string, Set<string>> {
  if (!compoundsByFirst) {
    compoundsByFirst = new Map();
    for (const compound of lexicon('noun-compounds.txt')) {
      const [first, second] = compound.split(' ');
      if (!first || !second) continue;
      const seconds = compoundsByFirst.get(first) ?? new Set<string>();
      seconds.add(second);
      compoundsByFirst.set(first, seconds);
    }
  }
  return compoundsByFirst;
}

/** "fired tear gas and live ammunition at demonstrators": the first word of a listed compound is no verb. */
function retagNounCompounds(tokens: Token[]): void {
  const known = nounCompounds();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && known.get(t.normal)?.has(tokens[i + 1]!.normal)) tokens[i] = retagged(t, 'ADJ');
  }
}

/**
 * wink may read a past-tense verb between its subject and its object as a noun or an adjective ("Rebels abducted two
 * engineers", "Iran armed Hezbollah fighters"). An "-ed" word right after a noun or name and right before a
 * determiner, number, name or object pronoun is that verb; before a common noun it stays a modifier ("Kurdish armed
 * groups"). Irregular forms ("Israeli soldiers shot a Palestinian protester") come from a word list.
 */
function retagPastTenseVerbs(tokens: Token[]): void {
  const irregular = lexicon('irregular-past.txt');
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') continue;
    if (!(t.text.endsWith('ed') && /^[a-z]{3,}ed$/.test(t.text)) && !irregular.has(t.text)) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    const subjectBefore = prev.pos === 'NOUN' || prev.pos === 'PROPN';
    const objectAfter = next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PROPN' || (next.pos === 'PRON' && OBJECT_PRONOUN.has(next.normal)) || QUANTIFIERS.has(next.normal);
    if (subjectBefore && objectAfter) tokens[i] = retagged(t, 'VERB');
  }
}

/** Words that open a counted object ("abducted more than 200 schoolgirls", "killed at least 20 people"). */
const QUANTIFIERS = lexicon('quantity-openers.txt');

/**
 * "the Saudi-led coalition", "Iran-backed militias": a participle glued by a hyphen to the word before it is part of
 * a modifier, not a clause verb. After "have"/"has"/"had", on the other hand, an "-ed"/"-en" word wink reads as a
 * noun is the perfect's participle ("have retaken a village").
 */
function retagHyphenatedParticiples(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    // Cheap tests first: this runs on every token of every article.
    const hyphenated = t.pos === 'VERB' && prev.text === '-';
    const perfect = (t.pos === 'NOUN' || t.pos === 'ADJ') && PERFECT_AUXILIARIES.has(prev.normal);
    if ((!hyphenated && !perfect) || prev.sentence !== t.sentence) continue;
    if (!/^[a-z]{2,}(?:ed|en)$/.test(t.text) && !IRREGULAR_PARTICIPLES.has(t.normal)) continue;
    if (hyphenated && prev.end === t.start && tokens[i - 2]!.end === prev.start) tokens[i] = retagged(t, 'ADJ');
    else if (perfect) tokens[i] = retagged(t, 'VERB');
  }
}

/** "the Red Cross", "Bosnian Serb Forces": a capitalised word wink reads as a verb inside a name is part of the name. */
function retagCapitalisedNames(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.pos !== 'VERB' || prev.pos !== 'PROPN' || prev.sentence !== t.sentence) continue;
    if (/^[A-Z][a-z]+$/.test(t.text) && /^[A-Z]/.test(prev.text)) tokens[i] = retagged(t, 'PROPN');
  }
}

const IRREGULAR_PARTICIPLES = lexicon('irregular-participles.txt');
const PERFECT_AUXILIARIES = lexicon('perfect-auxiliaries.txt');

const OBJECT_PRONOUN = lexicon('object-pronouns.txt');

const ARTICLES = lexicon('articles.txt');

/**
 * After a plural subject the present tense has no "-s", and wink may read it as an adjective or a noun ("Fornost and
 * Gondor welcome a resumption": welcome/ADJ). A lower-case word between a name and an article is a verb: no noun
 * phrase runs on from a name through an adjective or noun into "a" or "the".
 */
function retagPluralPresentVerbs(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    if (prev.pos === 'PROPN' && ARTICLES.has(next.normal) && t.text === t.normal && /^[a-z]+$/.test(t.normal)) tokens[i] = retagged(t, 'VERB');
  }
}
