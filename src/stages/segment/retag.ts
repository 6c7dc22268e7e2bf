// Corrections of wink's part-of-speech tags where its model misreads news English: verbs read as nouns and the reverse.
import type { Token } from '../../document/types.js';
import { lexicon } from '../../text/lexicon.js';
import { TIME_WORDS } from './headline-verbs.js';
import { retagged } from './segmented-token.js';

/** The corrections of wink's tags, in the order they build on each other (verbs first, then the nouns around them). */
export function retagWinkErrors(tokens: Token[]): void {
  retagPresentTenseVerbs(tokens);
  retagPluralPresentVerbs(tokens);
  retagPastTenseVerbs(tokens);
  retagAroundTimeWords(tokens);
  retagNounCompounds(tokens);
  retagVerbObjectIdioms(tokens);
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
  if (!compoundsByFirst) compoundsByFirst = pairsByFirst('noun-compounds.txt');
  return compoundsByFirst;
}

/** A lexicon of two-word lines as the second words of each first word. */
function pairsByFirst(file: string): Map<string, Set<string>> {
  const byFirst = new Map<string, Set<string>>();
  for (const pair of lexicon(file)) {
    const [first, second] = pair.split(' ');
    if (!first || !second) continue;
    const seconds = byFirst.get(first) ?? new Set<string>();
    seconds.add(second);
    byFirst.set(first, seconds);
  }
  return byFirst;
}

/** "fired tear gas and live ammunition at demonstrators": the first word of a listed compound is no verb. */
function retagNounCompounds(tokens: Token[]): void {
  const known = nounCompounds();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && known.get(t.normal)?.has(tokens[i + 1]!.normal)) tokens[i] = retagged(t, 'ADJ');
  }
}

/** "cast doubt on": the first word of a listed verb-object idiom is the verb, whatever wink read it as. */
function retagVerbObjectIdioms(tokens: Token[]): void {
  const idioms = verbObjectIdioms();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' && idioms.get(t.normal)?.has(tokens[i + 1]!.normal) && tokens[i + 1]!.sentence === t.sentence) tokens[i] = retagged(t, 'VERB');
  }
}

let idiomsByVerb: Map<string, Set<string>> | null = null;

function verbObjectIdioms(): Map<string, Set<string>> {
  if (!idiomsByVerb) idiomsByVerb = pairsByFirst('verb-object-idioms.txt');
  return idiomsByVerb;
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
