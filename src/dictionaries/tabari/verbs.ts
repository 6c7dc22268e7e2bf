// Reads a TABARI / PETRARCH-1 verb dictionary (CAMEO.091003.master.verbs, PETR.Testbed.verbs.txt): head verbs with codes, their forms and patterns.
import type { DiscardEntry, EntrySource, Phrase, UnsupportedConstruct, VerbBlock, VerbEntry, VerbPattern } from '../model.js';
import { MIN_VERB_STEM } from '../model.js';
import { dictionaryLines, parseEventCode, phraseFromText, splitBrackets, type DictionaryLine } from '../petrarch/syntax.js';
import { buildSynsets, type RawSynset } from '../petrarch/verbs.js';
import { parseTabariPattern } from './patterns.js';

export interface TabariVerbs {
  blocks: VerbBlock[];
  synsets: Map<string, Phrase[]>;
  /** Head "verbs" coded `[###]` (FOOTBALL, DAVIS_CUP): TABARI discards the sentence that holds them. */
  discards: DiscardEntry[];
  unsupported: UnsupportedConstruct[];
}

/** A head verb as written: the words of its verb entry, how its first word matches, and text that follows the verb. */
interface HeadPhrase {
  /** Words joined by `_` to the first ("CALLED_ON"): one multi-word verb whose words stand together. */
  words: string[];
  /** `_` or `=` after the first word: the word as written (and its lemma), no stem. */
  exact: boolean;
  /** Words after a blank ("APPRECIATE POSITION"): they may stand anywhere after the verb, as in a pattern. */
  rest: string;
}

/** The head verb patterns are being read for; null after a head that was skipped. */
interface CurrentHead {
  entry: VerbEntry;
  block: VerbBlock;
  rest: string;
  /** Multi-word forms listed in `{...}` (BROKEN_DOWN_): they take the head's patterns too. */
  aliases: VerbEntry[];
}

/**
 * Reads a whole TABARI-layout verb file. A line that is no synset, form list, pattern or tag is a head verb with its
 * code (`ABANDON [345]`, `ACT_ [100]`, `CALLED_ON [094]`, `APPRECIATE POSITION [042]`); `{ A_ B }` under it lists more
 * forms of it, `- ...` lines its patterns, in TABARI's pattern syntax (see `parseTabariPattern`). Heads sharing their
 * first word form one block, each pattern kept for its own head (`writtenFor`). `;` and `#` start comments, `/` at the
 * start of a line too, and a line starting with `~` ends the dictionary, as in TABARI. Lines dyad cannot use are
 * returned in `unsupported`; the rest of the file is still read.
 */
export function readTabariVerbs(text: string, file: string): TabariVerbs {
  const unsupported: UnsupportedConstruct[] = [];
  const report = (line: DictionaryLine, reason: string, kept = false): void => {
    unsupported.push({ source: { file, line: line.line }, text: line.text, reason, ...(kept ? { kept } : {}) });
  };
  const blocks = new Map<string, VerbBlock>();
  const discards: DiscardEntry[] = [];
  const rawSynsets = new Map<string, RawSynset>();
  /** Patterns are parsed once every synset is known; each remembers its head. */
  const patternLines: Array<{ head: CurrentHead; line: DictionaryLine; body: string; code: string }> = [];
  /** Where each exact form was first entered: TABARI skips a second entry of the same verb. */
  const entered = new Map<string, number>();
  const placeholders = new Set<VerbEntry>();
  let head: CurrentHead | null = null;
  let skippedHead: { line: number; why: string } | null = null;
  let openSynset: RawSynset | null = null;
  let section: string | null = null;
  let ended: number | null = null;

  for (const line of dictionaryLines(text, { semicolonComments: true })) {
    const t = line.text;
    if (ended !== null) {
      report(line, `after the end-of-dictionary line ${ended} ("~..."), which ends TABARI's reading; ignored`);
      continue;
    }
    if (t.startsWith('/')) continue;
    if (t.startsWith('~')) {
      ended = line.line;
      continue;
    }
    if (section) {
      if (t.toUpperCase().startsWith(`</${section}`)) section = null;
      else report(line, `<${section}> entries (TABARI ${section === 'TIME' ? 'time shifts' : 'attributions'}) are not supported; ignored`);
      continue;
    }
    if (t.startsWith('<')) {
      const tag = /^<\/?\s*([A-Za-z]+)/.exec(t)?.[1]?.toUpperCase() ?? '';
      if (tag.startsWith('SYN')) continue; // <SYNSETS> only wraps synsets, which are read the same either way
      if ((tag === 'TIME' || tag.startsWith('ATTRIB')) && !t.startsWith('</')) {
        section = tag === 'TIME' ? 'TIME' : 'ATTRIB';
        report(line, `<${section}> section (TABARI ${section === 'TIME' ? 'time shifts' : 'attributions'}) is not supported; its entries are ignored`);
        continue;
      }
      report(line, 'unknown tag; ignored');
      continue;
    }
    if (t.startsWith('+') && openSynset) {
      openSynset.members.push(line);
      continue;
    }
    openSynset = null;
    if (t.startsWith('&')) {
      const label = /^&(\S+)$/.exec(t);
      if (!label) {
        report(line, 'synset label must be one word ("&NAME")');
        continue;
      }
      const name = label[1]!.replace(/_+$/, '').toUpperCase();
      openSynset = rawSynsets.get(name) ?? { noPlural: label[1]!.endsWith('_'), members: [] };
      rawSynsets.set(name, openSynset);
    } else if (t.startsWith('-')) {
      // "{ WILL | WOULD ] * ..." (eight lines of CAMEO.091003.master.verbs): a "]" closing an open "{" is a typo for "}".
      const fixed = t.replace(/\{([^{}[\]]*)\](?=[^[]*\[)/g, '{$1}');
      if (fixed !== t) report(line, 'a "]" closes "{ ... | ... }": read as "}"', true);
      const { outside, brackets, unclosed } = splitBrackets(fixed.slice(1));
      if (!head) report(line, skippedHead ? `pattern of the verb skipped at line ${skippedHead.line} (${skippedHead.why})` : 'pattern before any verb');
      else if (unclosed || brackets.length !== 1) report(line, unclosed ? 'unbalanced "[" or "]" in pattern' : brackets.length === 0 ? 'pattern without a [code]' : 'pattern with more than one [code]');
      else if (fixed.slice(1 + brackets[0]!.end).trim().length > 0) report(line, 'text after the pattern code');
      else patternLines.push({ head, line, body: outside, code: brackets[0]!.content });
    } else if (t.startsWith('{')) {
      if (!head) report(line, skippedHead ? `forms of the verb skipped at line ${skippedHead.line}` : 'verb forms before any verb');
      else readForms(line, head, entered, report);
    } else if (t.startsWith('+')) {
      report(line, '"+" line outside a synset');
    } else {
      const read = readHead(line, file, blocks, entered, placeholders, report);
      if ('discard' in read) {
        discards.push(read.discard);
        head = null;
        skippedHead = { line: line.line, why: 'a [###] discard' };
      } else if ('skip' in read) {
        head = null;
        skippedHead = { line: line.line, why: read.skip };
      } else {
        const { restCode, ...current } = read;
        head = current;
        skippedHead = null;
        if (restCode !== null) patternLines.push({ head, line, body: '*', code: restCode });
      }
    }
  }

  const synsets = buildSynsets(rawSynsets, report);
  const names = new Set(synsets.keys());
  for (const { head: owner, line, body, code } of patternLines) {
    const source = { file, line: line.line };
    const parsed = parseTabariPattern(body, code, source, unsupported, names, owner.rest);
    if (!parsed) continue;
    for (const pattern of parsed) {
      for (const entry of [owner.entry, ...owner.aliases]) owner.block.patterns.push({ ...pattern, writtenFor: entry.words.join('_'), source } satisfies VerbPattern);
    }
  }
  unsupported.sort((a, b) => a.source.line - b.source.line);
  return { blocks: [...blocks.values()], synsets, discards, unsupported };
}

/** "CALLED_ON" → words CALLED ON; "APPRECIATE POSITION" → APPRECIATE and the rest "POSITION"; "BAN=" → exact BAN. */
export function readHeadPhrase(text: string): HeadPhrase | null {
  const normalised = text.trim().toUpperCase().replace(/(?<=\S)-/g, '_');
  const blank = normalised.search(/\s/);
  const glued = blank < 0 ? normalised : normalised.slice(0, blank);
  const rest = blank < 0 ? '' : normalised.slice(blank).trim();
  const first = /^[^_~=]+/.exec(glued)?.[0];
  if (!first) return null;
  const mark = glued[first.length];
  const words = glued.split(/~?_+|=/).filter(Boolean);
  return { words, exact: mark === '_' || mark === '=', rest };
}

/**
 * One head verb line. `placeholders` holds entries made for "VERB WORDS" heads only, which a later "VERB [code]" line
 * completes rather than duplicates. The head's words after a blank come back as `restCode`: a pattern `* WORDS` coded
 * with the head's code.
 */
function readHead(
  line: DictionaryLine,
  file: string,
  blocks: Map<string, VerbBlock>,
  entered: Map<string, number>,
  placeholders: Set<VerbEntry>,
  report: (line: DictionaryLine, reason: string, kept?: boolean) => void,
): (CurrentHead & { restCode: string | null }) | { discard: DiscardEntry } | { skip: string } {
  const { outside, brackets, unclosed } = splitBrackets(line.text);
  if (unclosed) {
    report(line, 'unbalanced "[" or "]" in verb line; verb and its patterns ignored');
    return { skip: 'unbalanced brackets' };
  }
  const phrase = readHeadPhrase(outside);
  if (!phrase) {
    report(line, 'verb line without a verb; its patterns are ignored');
    return { skip: 'no verb' };
  }
  let code: string | null = null;
  let reverseCode: string | null = null;
  let restCode: string | null = null;
  if (brackets.length === 0) report(line, 'verb without a [code]: read as [---] (no event on its own)', true);
  else {
    if (brackets.length > 1) report(line, 'a verb takes one code; only the first is used', true);
    if (brackets[0]!.content.trim() === '###') {
      return { discard: { phrase: phraseFromText(outside), scope: 'sentence', source: { file, line: line.line } } };
    }
    const parsed = parseEventCode(brackets[0]!.content);
    if ('error' in parsed) {
      report(line, `${parsed.error}; verb and its patterns ignored`);
      return { skip: 'a malformed code' };
    }
    ({ code, reverseCode } = parsed);
  }

  // Heads sharing a first word share a block, so "BURN DOWN" and "BURN FLAGS" are tried with "BURN"; blocks are kept
  // apart from other files' blocks of the same name, as TABARI kept each verb to its first dictionary.
  const blockName = `${phrase.words[0]} (${file.toUpperCase()})`;
  let block = blocks.get(blockName);
  if (!block) {
    block = { name: blockName, code: null, reverseCode: null, verbs: [], patterns: [], source: { file, line: line.line } };
    blocks.set(blockName, block);
  }
  const key = phrase.words.join(' ');
  let entry = block.verbs.find((v) => v.words.join(' ') === key);
  if (phrase.rest) {
    // The rest is a pattern of the bare verb: the verb entry codes nothing without it.
    if (!entry) {
      entry = makeEntry(phrase, null, null, file, line.line);
      block.verbs.push(entry);
      placeholders.add(entry);
    }
    if (brackets.length > 0) restCode = brackets[0]!.content;
    return { entry, block, rest: phrase.rest, aliases: [], restCode };
  }
  const earlier = entered.get(key);
  if (earlier !== undefined) {
    report(line, `verb entered already at line ${earlier}: this entry and its patterns are skipped, as TABARI does`);
    return { skip: `a duplicate of line ${earlier}` };
  }
  if (entry) {
    // Made for an earlier "VERB WORDS" head: this line gives the verb's own code.
    placeholders.delete(entry);
    entry.code = code;
    entry.reverseCode = reverseCode;
    entry.source = { file, line: line.line };
  } else {
    entry = makeEntry(phrase, code, reverseCode, file, line.line);
    block.verbs.push(entry);
  }
  entered.set(key, line.line);
  return { entry, block, rest: '', aliases: [], restCode: null };
}

function makeEntry(phrase: HeadPhrase, code: string | null, reverseCode: string | null, file: string, line: number): VerbEntry {
  const verbWord = phrase.words[0]!;
  const entry: VerbEntry = { words: phrase.words, verbIndex: 0, forms: [verbWord], code, reverseCode, source: { file, line } };
  if (!phrase.exact && verbWord.length >= MIN_VERB_STEM && /[A-Z]$/.test(verbWord)) entry.stems = [verbWord];
  return entry;
}

/** `{ ACTING_ ACTXD_ ACTUALITY }`: more forms of the head verb, sharing its code and patterns. */
function readForms(line: DictionaryLine, head: CurrentHead, entered: Map<string, number>, report: (line: DictionaryLine, reason: string) => void): void {
  const close = line.text.indexOf('}');
  if (close < 0 || line.text.slice(close + 1).trim().length > 0) {
    report(line, 'verb forms must be one "{ ... }"; line ignored');
    return;
  }
  const written = line.text.slice(1, close).split(/[\s,]+/).filter(Boolean);
  if (written.length === 0) report(line, 'no verb forms inside "{ }"');
  for (const form of written) {
    const phrase = readHeadPhrase(form);
    if (!phrase) continue;
    const key = phrase.words.join(' ');
    const earlier = entered.get(key);
    if (earlier !== undefined) {
      report(line, `form "${form}" is a verb entered at line ${earlier}: skipped, as TABARI does`);
      continue;
    }
    entered.set(key, line.line);
    if (phrase.words.length > 1) {
      const alias = makeEntry(phrase, head.entry.code, head.entry.reverseCode, head.entry.source.file, line.line);
      head.block.verbs.push(alias);
      head.aliases.push(alias);
      continue;
    }
    const word = phrase.words[0]!;
    if (!head.entry.forms.includes(word)) head.entry.forms.push(word);
    if (!phrase.exact && word.length >= MIN_VERB_STEM && /[A-Z]$/.test(word)) (head.entry.stems ??= []).push(word);
  }
}
