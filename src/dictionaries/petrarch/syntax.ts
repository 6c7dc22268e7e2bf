// Conventions shared by the four PETRARCH dictionary readers: comments, bracketed codes, words and regular English inflection.

/** One meaningful line of a dictionary file: comments removed, never blank. */
export interface DictionaryLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line without comments, trimmed. */
  text: string;
  /** The `#` comment that ends the line, trimmed, when there is one. */
  comment?: string;
}

export interface LineOptions {
  /** TABARI-era files also end a line's content at ";" ("SCRAP {...};shan 8/30/93", "[NGOASAHRI]; NGO_Actors"). */
  semicolonComments?: boolean;
}

/**
 * Splits a dictionary into meaningful lines. Comments are `<!-- ... -->` (possibly spanning lines), any line starting
 * with `<!` (PETRARCH skips "<! -- ... -->" whole), a line starting with `#`, and `#` anywhere outside a closed `[...]`
 * (so the validation suite's code `[###]` survives while `[ELI]# note` loses its note).
 */
export function dictionaryLines(text: string, options: LineOptions = {}): DictionaryLine[] {
  const rawLines = text.split('\n');
  const lines: DictionaryLine[] = [];
  let insideXmlComment = false;
  for (let index = 0; index < rawLines.length; index++) {
    let rest = rawLines[index]!;
    if (rest.endsWith('\r')) rest = rest.slice(0, -1);
    if (insideXmlComment) {
      const end = rest.indexOf('-->');
      if (end < 0) continue;
      rest = rest.slice(end + 3);
      insideXmlComment = false;
    }
    let first = 0;
    while (first < rest.length && (rest.charCodeAt(first) === 32 || rest.charCodeAt(first) === 9)) first++;
    if (first === rest.length) continue;
    if (rest[first] === '#') continue;
    if (rest.startsWith('<!', first) && !rest.startsWith('<!--', first)) continue;
    const scanned = stripComments(rest, options.semicolonComments === true);
    insideXmlComment = scanned.opensXmlComment;
    const content = scanned.text.trim();
    if (content.length > 0) {
      const comment = scanned.comment?.trim();
      lines.push(comment ? { line: index + 1, text: content, comment } : { line: index + 1, text: content });
    }
  }
  return lines;
}

const commentMarks = /[#;<]/;

function stripComments(line: string, semicolon: boolean): { text: string; opensXmlComment: boolean; comment?: string } {
  if (!commentMarks.test(line)) return { text: line, opensXmlComment: false };
  let out = '';
  let k = 0;
  while (k < line.length) {
    if (line.startsWith('<!--', k)) {
      const end = line.indexOf('-->', k + 4);
      if (end < 0) return { text: out, opensXmlComment: true };
      out += ' ';
      k = end + 3;
      continue;
    }
    const c = line[k]!;
    if (c === '[') {
      const close = line.indexOf(']', k);
      if (close > 0) {
        out += line.slice(k, close + 1);
        k = close + 1;
        continue;
      }
    }
    if (c === '#') return { text: out, opensXmlComment: false, comment: line.slice(k + 1) };
    if (semicolon && c === ';') break;
    out += c;
    k++;
  }
  return { text: out, opensXmlComment: false };
}

/** A `[...]` group of a line. */
export interface Bracket {
  content: string;
  start: number;
  end: number;
}

/** The closed `[...]` groups of a line; `unclosed` when a "[" has no "]" or a "]" no "[". */
export function findBrackets(text: string): { brackets: Bracket[]; unclosed: boolean } {
  const brackets: Bracket[] = [];
  let k = 0;
  for (;;) {
    const open = text.indexOf('[', k);
    const strayClose = text.indexOf(']', k);
    if (open < 0) return { brackets, unclosed: strayClose >= 0 };
    if (strayClose >= 0 && strayClose < open) return { brackets, unclosed: true };
    const close = text.indexOf(']', open + 1);
    if (close < 0) return { brackets, unclosed: true };
    brackets.push({ content: text.slice(open + 1, close), start: open, end: close + 1 });
    k = close + 1;
  }
}

/** The closed `[...]` groups of a line and the text outside them (each group replaced by a space). */
export function splitBrackets(text: string): { outside: string; brackets: Bracket[]; unclosed: boolean } {
  const { brackets, unclosed } = findBrackets(text);
  let outside = '';
  let k = 0;
  for (const bracket of brackets) {
    outside += text.slice(k, bracket.start) + ' ';
    k = bracket.end;
  }
  outside += text.slice(k);
  return { outside, brackets, unclosed };
}

/**
 * Upper-case words of a PETRARCH phrase, split at spaces and "_". A trailing "_" on the phrase (PETRARCH's
 * "exact word, not a stem" mark) stays on the last word, so matchers can still see it.
 */
export function phraseFromText(text: string): string[] {
  const trimmed = text.trim().toUpperCase();
  const words = trimmed.split(/[\s_]+/);
  if (words[0] === '') words.shift();
  if (words.length > 0 && words[words.length - 1] === '') words.pop();
  if (words.length > 0 && trimmed.endsWith('_')) words[words.length - 1] += '_';
  return words;
}

/** An event code as PETRARCH writes it in brackets: "042", "032:033", ":173", "---", "174L" (kept as written). */
export function parseEventCode(content: string): { code: string | null; reverseCode: string | null } | { error: string } {
  const trimmed = content.trim();
  if (/\s/.test(trimmed)) return { error: `event code "${trimmed}" holds spaces` };
  const sides = trimmed.split(':');
  if (sides.length > 2) return { error: `event code "${trimmed}" has more than one ":"` };
  const side = (s: string): string | null => (s === '' || s === '---' ? null : s);
  return { code: side(sides[0]!), reverseCode: sides.length === 2 ? side(sides[1]!) : null };
}

const endsInLetter = /\p{L}$/u;

/** The regular English plural of a word (consonant+Y → IES; S, X, Z, CH, SH → ES; otherwise S), or null for "U.S.", "F-16". */
export function nounPlural(word: string): string | null {
  if (!endsInLetter.test(word) || /\d/.test(word)) return null;
  if (/[^AEIOU]Y$/.test(word)) return word.slice(0, -1) + 'IES';
  if (/(?:S|X|Z|CH|SH)$/.test(word)) return word + 'ES';
  return word + 'S';
}

/**
 * A phrase with its last word pluralised, or null when that word takes no regular plural: exact words ("CASH_"),
 * synset references, contractions ("N'T"), and words ending in a single S other than -US and -IS, which are plurals
 * already ("SANCTIONS").
 */
export function phrasePlural(phrase: readonly string[]): string[] | null {
  if (phrase.length === 0) return null;
  const last = phrase[phrase.length - 1]!;
  if (last.endsWith('_') || last.startsWith('&') || last.includes("'") || /[^SUI]S$/.test(last)) return null;
  const plural = nounPlural(last);
  return plural === null ? null : [...phrase.slice(0, -1), plural];
}

// A final consonant that English doubles before -ED/-ING after a single vowel (STOP → STOPPED); W, X, Y, H and C never double.
const consonantVowelConsonant = /(?:^|[^AEIOU]|QU)[AEIOU][BDFGKLMNPRSTVZ]$/;

function syllables(word: string): number {
  return (word.match(/[AEIOUY]+/g) ?? []).length;
}

/**
 * The base and regular inflections of a verb word: -S/-ES/-IES, -ED/-D/-IED and -ING with E-dropping (-IE → -YING).
 * A final consonant after a single vowel is doubled in one-syllable verbs (STOP → STOPPED); in longer verbs the
 * stress decides, which spelling cannot tell, so both spellings are produced (VISITED and VISITTED, REFERRED and
 * REFERED): an extra form that never occurs in text costs nothing, a missing one loses events.
 */
export function regularVerbForms(verb: string): string[] {
  const forms = [verb];
  if (!endsInLetter.test(verb) || /\d/.test(verb)) return forms;
  if (/[^AEIOU]Y$/.test(verb)) forms.push(verb.slice(0, -1) + 'IES');
  else if (/(?:S|X|Z|CH|SH)$/.test(verb) || /[^AEIOU]O$/.test(verb)) forms.push(verb + 'ES');
  else forms.push(verb + 'S');

  if (verb.endsWith('IE')) forms.push(verb + 'D', verb.slice(0, -2) + 'YING');
  else if (/(?:EE|OE|YE)$/.test(verb)) forms.push(verb + 'D', verb + 'ING');
  else if (verb.endsWith('E')) forms.push(verb + 'D', verb.slice(0, -1) + 'ING');
  else if (/[^AEIOU]Y$/.test(verb)) forms.push(verb.slice(0, -1) + 'IED', verb + 'ING');
  else if (consonantVowelConsonant.test(verb)) {
    const doubled = verb + verb[verb.length - 1]!;
    forms.push(doubled + 'ED', doubled + 'ING');
    if (syllables(verb) > 1) forms.push(verb + 'ED', verb + 'ING');
  } else forms.push(verb + 'ED', verb + 'ING');
  return [...new Set(forms)];
}

const plainWord = /^[A-Z][A-Z0-9]*$/;
const minorWords = new Set(['OF', 'THE', 'AND', 'FOR', 'IN', 'ON', 'TO', 'AT', 'BY', 'DE', 'DU', 'DA', 'DEL', 'DES', 'LA', 'LE', 'VON', 'VAN', 'BIN']);

/** "MOHAMMAD_ZAHIR_SHAH_" → "Mohammad Zahir Shah"; "GEORGE_W._BUSH" → "George W. Bush"; "AL-QAEDA" → "Al-Qaeda". */
export function titleCase(phrase: readonly string[]): string {
  let out = '';
  for (let index = 0; index < phrase.length; index++) {
    let word = phrase[index]!;
    while (word.endsWith('_')) word = word.slice(0, -1);
    // A minor word opening the name is capitalised ("The Hague"), elsewhere not ("Group of 77").
    const titled = index > 0 && minorWords.has(word) ? word.toLowerCase() : titleWord(word);
    out = index === 0 ? titled : out + ' ' + titled;
  }
  return out;
}

function titleWord(word: string): string {
  if (plainWord.test(word)) return word[0] + word.slice(1).toLowerCase();
  // Capitalise each letter that follows a non-letter other than an apostrophe ("AL-QAEDA", "U.N.", "DON'T").
  let out = '';
  let capitalise = true;
  for (const char of word.toLowerCase()) {
    const isLetter = char.toUpperCase() !== char.toLowerCase();
    out += capitalise && isLetter ? char.toUpperCase() : char;
    capitalise = !isLetter && char !== "'";
  }
  return out;
}
