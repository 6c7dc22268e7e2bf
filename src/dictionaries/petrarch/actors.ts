// Reads a PETRARCH actor dictionary (*.actors.txt): named actors, their synonyms and their codes over time.
import type { ActorEntry, DatedCode, UnsupportedConstruct } from '../model.js';
import { dictionaryLines, findBrackets, phraseFromText, titleCase, type DictionaryLine } from './syntax.js';
import { daysInMonth } from '../../calendar.js';

export interface PetrarchActors {
  actors: ActorEntry[];
  unsupported: UnsupportedConstruct[];
}

/**
 * Two-digit years up to this value are 20YY, later ones 19YY: PETRARCH's (and KEDS/TABARI's) rule. It holds for the
 * Phoenix files, whose dates run from the 1920s to 2019: only two ranges end before they start, both typos.
 */
export const TWO_DIGIT_YEAR_PIVOT = 30;

/**
 * Reads every actor entry. An entry is a line naming the actor, optionally followed by `+SYNONYM` lines and by code
 * lines `[CODE]`, `[CODE >YYMMDD]`, `[CODE <YYMMDD]`, `[CODE YYMMDD-YYMMDD]`; codes may also follow the name, several
 * on one line. Indentation carries no meaning. Name lines that follow each other without codes between them share the
 * codes that come after the last of them ("LEONID_BREZHNEV_", "LEONID_ILYICH_BREZHNEV", ..., then "[RUSGOV ...]"):
 * PETRARCH2 leaves all but the last without a code, which the files' authors plainly did not mean.
 */
export function readPetrarchActors(text: string, file: string): PetrarchActors {
  const actors: ActorEntry[] = [];
  const unsupported: UnsupportedConstruct[] = [];
  // `kept`: the entry was still read (a malformed date read as PETRARCH reads it, a stray note after a code).
  const report = (line: DictionaryLine, reason: string, kept = false): void => {
    unsupported.push({ source: { file, line: line.line }, text: line.text, reason, ...(kept ? { kept } : {}) });
  };
  const dateCache = new Map<string, DateReading>();
  let current: ActorEntry | null = null;
  /** Entries of the current run of name lines that have no code yet: they get the codes that follow the run. */
  let awaitingCodes: ActorEntry[] = [];

  for (let line of dictionaryLines(text, { semicolonComments: true })) {
    if (!line.text.includes('[') && line.text.includes(']')) {
      // "+FAEROYENE]_" (Phoenix.Countries.140227): a "]" that closes no "[" is a stray key inside a phrase.
      report(line, 'a "]" closes no "[": left out', true);
      line = { ...line, text: line.text.replaceAll(']', '') };
    }
    const { brackets, unclosed } = findBrackets(line.text);
    if (unclosed) {
      report(line, 'unbalanced "[" or "]"; line ignored');
      continue;
    }
    const lead = line.text.slice(0, brackets[0]?.start ?? line.text.length).trim();
    if (brackets.length > 0 && brackets[brackets.length - 1]!.end < line.text.length) report(line, 'text after codes ignored', true);
    if (brackets.length > 1 && /\S/.test(betweenBrackets(line.text, brackets))) report(line, 'text between codes ignored', true);

    if (lead.length === 0) {
      if (!current) {
        report(line, 'code line before any actor; ignored');
        continue;
      }
    } else if (lead.startsWith('+')) {
      if (!current) {
        report(line, 'synonym before any actor; ignored');
        continue;
      }
      const phrase = phraseFromText(lead.slice(1));
      if (phrase.length === 0) report(line, 'empty synonym');
      else current.phrases.push(phrase);
    } else {
      if (current && current.codes.length === 0) awaitingCodes.push(current);
      else awaitingCodes = [];
      const phrase = phraseFromText(lead);
      current = { phrases: [phrase], codes: [], name: titleCase(phrase), source: { file, line: line.line } };
      actors.push(current);
    }
    for (const bracket of brackets) {
      const read = readDatedCode(bracket.content, dateCache);
      if ('error' in read) {
        report(line, read.error + '; code ignored');
        continue;
      }
      if (read.warning) report(line, read.warning, true);
      current!.codes.push(read.code);
      for (const entry of awaitingCodes) entry.codes.push({ ...read.code });
    }
  }
  return { actors, unsupported };
}

function betweenBrackets(text: string, brackets: ReadonlyArray<{ start: number; end: number }>): string {
  let between = '';
  for (let k = 1; k < brackets.length; k++) between += text.slice(brackets[k - 1]!.end, brackets[k]!.start);
  return between;
}

/**
 * "CODE", "CODE >D", "CODE <D", "CODE D-D" (spaces around ">", "<" and "-" allowed) or "CODE D", which PETRARCH reads
 * as ">D". "<D" ends the code's validity on D and ">D" starts it on D, both inclusive, as PETRARCH compares them.
 */
function readDatedCode(content: string, dateCache: Map<string, DateReading>): { code: DatedCode; warning: string | null } | { error: string } {
  const match = datedCodePattern.exec(content);
  if (!match) {
    const trimmed = content.trim();
    if (trimmed.length === 0) return { error: 'empty code "[]"' };
    return { error: `date restriction "${trimmed.slice(trimmed.search(/\s/)).trim()}" is not ">DATE", "<DATE" or "DATE-DATE"` };
  }
  const code = match[1]!;
  const operator = match[2];
  if (match[3] === undefined) return { code: { code, from: null, to: null }, warning: null };
  if (operator !== undefined && match[4] !== undefined) return { error: `"${content.trim()}" mixes "${operator}" with a range` };
  const first = cachedDate(match[3], dateCache);
  if (typeof first !== 'string' && 'error' in first) return first;
  const second = match[4] === undefined ? null : cachedDate(match[4], dateCache);
  if (second !== null && typeof second !== 'string' && 'error' in second) return second;
  const warnings: string[] = [];
  const firstIso = typeof first === 'string' ? first : (warnings.push(first.warning), first.iso);
  const secondIso = second === null || typeof second === 'string' ? second : (warnings.push(second.warning), second.iso);
  let dated: DatedCode;
  if (operator === '<') dated = { code, from: null, to: firstIso };
  else if (secondIso === null) dated = { code, from: firstIso, to: null };
  else {
    dated = { code, from: firstIso, to: secondIso };
    if (secondIso < firstIso) warnings.push(`date range ${firstIso} to ${secondIso} ends before it starts, so the code never applies`);
  }
  return { code: dated, warning: warnings.length > 0 ? warnings.join('; ') : null };
}

const datedCodePattern = /^\s*(\S+)(?:\s+([<>])?\s*(\d+)(?:\s*-\s*(\d+))?)?\s*$/;

/**
 * YYMMDD or YYYYMMDD to an ISO date. Other lengths are typos; they are read as PETRARCH reads them (up to 7 digits:
 * the first 6 as YYMMDD; more: the first 8 as YYYYMMDD) and reported.
 */
/** An ISO date, or one read from a malformed date with a warning, or why the digits are no date. */
type DateReading = string | { iso: string; warning: string } | { error: string };

/** The same dates recur thousands of times (term starts and ends), so each is read once per file. */
function cachedDate(digits: string, cache: Map<string, DateReading>): DateReading {
  let reading = cache.get(digits);
  if (reading === undefined) {
    reading = readDate(digits);
    cache.set(digits, reading);
  }
  return reading;
}

function readDate(digits: string): DateReading {
  let year: number;
  let monthDay: string;
  if (digits.length <= 7) {
    if (digits.length < 6) return { error: `date "${digits}" is neither YYMMDD nor YYYYMMDD` };
    const yy = Number(digits.slice(0, 2));
    year = yy <= TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
    monthDay = digits.slice(2, 6);
  } else {
    year = Number(digits.slice(0, 4));
    monthDay = digits.slice(4, 8);
  }
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { error: `date "${digits}" is not a calendar date` };
  const iso = `${year}-${monthDay.slice(0, 2)}-${monthDay.slice(2, 4)}`;
  if (digits.length === 6 || digits.length === 8) return iso;
  return { iso, warning: `malformed date "${digits}" read as ${iso}, as PETRARCH reads it` };
}

