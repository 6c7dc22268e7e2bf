// Reads one TABARI verb pattern ("- * OF_ VIOLAT { GENEVA | INTERNATIONAL }_LAW [1122]") into the patterns of the one model.
import { MIN_VERB_STEM, type EntrySource, type PatternElement, type UnsupportedConstruct } from '../model.js';
import { parsePatternAlternatives, type ParsedPattern } from '../petrarch/verbs.js';

/** Most patterns one line's `{ A | B }` alternatives may expand to. */
export const MAX_TABARI_ALTERNATIVES = 64;

/** A stem mark that no dictionary word holds: the pattern text carries it through the PETRARCH pattern parser. */
const STEM_MARK = '~';

/**
 * TABARI's patterns differ from PETRARCH's in three ways, all handled here before the shared pattern parser runs:
 *
 * - a word is a stem unless a connector says otherwise: `WORD ` and `WORD~_` match any word starting with WORD,
 *   `WORD_` and `WORD=` the word only (TABARI's connPartSkip, connPartNext, connFull*, connEqual);
 * - `{ A | B C }` lists alternatives (one pattern each; blanks around `{`, `|`, `}` do not matter and `_{`, `}_`
 *   glue the alternative to its neighbours), where PETRARCH writes `{...}` for a noun phrase;
 * - a hyphen inside a word is a word of its own glued to its neighbours (TABARI turns it into `_`).
 *
 * `prefix` is text that stands right after the `*` (the rest of a head verb written with spaces, "APPRECIATE
 * POSITION": `* POSITION`). Problems are appended to `unsupported` and give null.
 */
export function parseTabariPattern(
  body: string,
  code: string,
  source: EntrySource,
  unsupported: UnsupportedConstruct[],
  synsetNames: ReadonlySet<string>,
  prefix = '',
): ParsedPattern[] | null {
  const line = `- ${body.trim()} [${code}]`;
  const fail = (reason: string): null => {
    unsupported.push({ source, text: line, reason });
    return null;
  };
  let text = body.trim().toUpperCase();
  if ((text.match(/\*/g) ?? []).length > 1) {
    // "- * COMMIT * AID [033]": PETRARCH-1 takes the first "*" for the verb and the second for a word "*", which no
    // sentence holds, so the pattern never matches there either.
    unsupported.push({ source, text: line, reason: 'a second "*" in the pattern: read as a word "*", it never matches', leftOutBy: 'PETRARCH-1' });
    return null;
  }
  if (!text.includes('{') && text.includes('}')) {
    // "- * FIRE TO_HIMSELF IN_ PROTEST } [145]": a "}" with no "{" to close is a stray key.
    unsupported.push({ source, text: line, reason: 'a "}" closes no "{": left out', kept: true });
    text = text.replaceAll('}', ' ').trim();
  }
  if (prefix) {
    if (!text.includes('*')) return fail('pattern without "*" for the verb');
    text = text.replace('*', `* ${prefix.trim().toUpperCase()}`);
  }
  const variants = expandAlternatives(text);
  if ('error' in variants) return fail(variants.error);
  const patterns: ParsedPattern[] = [];
  for (const variant of variants.texts) {
    const problems: UnsupportedConstruct[] = [];
    const parsed = parsePatternAlternatives(`- ${markStems(splitHyphens(variant))} [${code}]`, source, problems, synsetNames, false);
    if (!parsed) return fail(problems[0]?.reason.replaceAll(STEM_MARK, '') ?? 'pattern not understood');
    for (const pattern of parsed) patterns.push({ ...pattern, before: pattern.before.map(unmark), after: pattern.after.map(unmark) });
  }
  return patterns;
}

/** The pattern once per choice of each `{ A | B }` group, or why it cannot be expanded. */
function expandAlternatives(text: string): { texts: string[] } | { error: string } {
  let texts = [text];
  for (;;) {
    const first = texts[0]!;
    const open = first.indexOf('{');
    const close = first.indexOf('}');
    if (open < 0 && close < 0) return { texts };
    if (open < 0 || close < open || first.indexOf('{', open + 1) >= 0 && first.indexOf('{', open + 1) < close) {
      return { error: 'unbalanced or nested "{ ... | ... }" alternatives' };
    }
    const choices = first
      .slice(open + 1, close)
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    if (choices.length === 0) return { error: 'empty "{ }" alternatives' };
    texts = texts.flatMap((t) => {
      const o = t.indexOf('{');
      const c = t.indexOf('}');
      return choices.map((choice) => t.slice(0, o) + choice + t.slice(c + 1));
    });
    if (texts.length > MAX_TABARI_ALTERNATIVES) return { error: `more than ${MAX_TABARI_ALTERNATIVES} alternatives` };
  }
}

/** "PEACE-KEEPING" → "PEACE_-_KEEPING": the tokeniser reads the hyphen as a word of its own. */
function splitHyphens(text: string): string {
  return text.replace(/([^\s_*$%^+~=-])-(?=[^\s_*$%^+~=-])/g, '$1_-_').replace(/([^\s_*$%^+~=-])-(?=\s|$)/g, '$1_-');
}

const wordChar = /[^\s_~=*(){}|[\]]/;

/**
 * Appends the stem mark to every word TABARI reads as a stem: a word followed by a blank, by `~_` or by the end. A word
 * followed by `_` or `=` is matched whole. Words glued to a synset reference name it (&FIGHT_OF_WORDS) and stay as
 * written.
 */
function markStems(text: string): string {
  let out = '';
  let k = 0;
  let inSynsetName = false;
  while (k < text.length) {
    const c = text[k]!;
    if (!wordChar.test(c)) {
      if (/\s/.test(c)) inSynsetName = false;
      if (c === '~') {
        k++;
        continue;
      }
      out += c === '=' ? ' ' : c;
      k++;
      continue;
    }
    let end = k;
    while (end < text.length && wordChar.test(text[end]!)) end++;
    const word = text.slice(k, end);
    const next = text[end];
    if (word.startsWith('&')) inSynsetName = true;
    const special = word.length === 1 && '$+%^'.includes(word);
    const stem = !special && !inSynsetName && word !== '-' && (next === undefined || next === '~' || !/[_=]/.test(next));
    out += stem ? word + STEM_MARK : word;
    k = end;
  }
  return out;
}

/** Takes the stem mark off a parsed element: marked words are stems (when long enough), the others exact. */
function unmark(element: PatternElement): PatternElement {
  if (element.kind === 'prep' || element.kind === 'np') return { ...element, elements: element.elements.map(unmark) };
  if (element.kind !== 'word') return element;
  if (!element.word.endsWith(STEM_MARK)) return { ...element, exact: true };
  const word = element.word.slice(0, -1);
  const { stem: _stem, ...rest } = element;
  // Short stems ("IN", "TO") would match half the sentence: they match as whole words, or by lemma.
  return word.length >= MIN_VERB_STEM && /[A-Z]$/.test(word) ? { ...rest, word, exact: false, stem: true } : { ...rest, word, exact: false };
}
