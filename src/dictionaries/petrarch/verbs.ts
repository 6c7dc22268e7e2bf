// Reads a PETRARCH verb dictionary (CAMEO.2.0.txt, *.verbs.txt): synsets, verb blocks, verbs with their forms, patterns and transformations.
import type {
  EntrySource,
  PatternElement,
  Phrase,
  TransformationEvent,
  UnsupportedConstruct,
  VerbBlock,
  VerbEntry,
  VerbPattern,
  VerbTransformation,
} from '../model.js';
import { dictionaryLines, parseEventCode, phraseFromText, phrasePlural, regularVerbForms, splitBrackets, type DictionaryLine } from './syntax.js';

export interface PetrarchVerbs {
  blocks: VerbBlock[];
  /** By name without "&" or a trailing "_"; members include the regular plurals PETRARCH generates. */
  synsets: Map<string, Phrase[]>;
  transformations: VerbTransformation[];
  unsupported: UnsupportedConstruct[];
}

/** A pattern without its source: what one `- ... * ... [code]` line means. */
export type ParsedPattern = Omit<VerbPattern, 'source'>;

/** A synset as read: its members' lines, resolved by `buildSynsets` once every name is known. */
export interface RawSynset {
  /** A label ending in "_" (&AUXVERB1_) asks for no plurals: its members are not nouns. */
  noPlural: boolean;
  members: DictionaryLine[];
}

/** Most alternatives one pattern line may expand to ("(IN AIR ATTACK/BOMBING/RAID/STRIKE)" gives 4). */
const MAX_ALTERNATIVES = 32;

/**
 * Reads a whole verb dictionary. `file` names it in every source. Lines the model cannot hold are returned in
 * `unsupported`, in line order; the rest of the file is still read.
 */
export function readPetrarchVerbs(text: string, file: string): PetrarchVerbs {
  const unsupported: UnsupportedConstruct[] = [];
  const report = (line: DictionaryLine, reason: string): void => {
    unsupported.push({ source: { file, line: line.line }, text: line.text, reason });
  };
  const blocks: VerbBlock[] = [];
  const rawSynsets = new Map<string, RawSynset>();
  const patternLines: Array<{ block: VerbBlock; line: DictionaryLine }> = [];
  const transformations: VerbTransformation[] = [];
  let block: VerbBlock | null = null;
  let openSynset: RawSynset | null = null;

  for (const line of dictionaryLines(text, { semicolonComments: true })) {
    const t = line.text;
    if (t.startsWith('+') && openSynset) {
      openSynset.members.push(line);
      continue;
    }
    openSynset = null;
    if (t.startsWith('---')) {
      block = readBlockHeader(line, file, report);
      if (block) blocks.push(block);
    } else if (t.startsWith('&')) {
      const label = /^&(\S+)$/.exec(t);
      if (!label) {
        report(line, 'synset label must be one word ("&NAME")');
        continue;
      }
      const name = label[1]!.replace(/_+$/, '');
      const existing = rawSynsets.get(name);
      // PETRARCH appends to a synset defined twice; so do we.
      openSynset = existing ?? { noPlural: label[1]!.endsWith('_'), members: [] };
      if (!existing) rawSynsets.set(name, openSynset);
    } else if (t.startsWith('~')) {
      const transformation = readTransformation(line, file, report);
      if (transformation) transformations.push(transformation);
    } else if (t.startsWith('-')) {
      if (block) patternLines.push({ block, line });
      else report(line, 'pattern outside a verb block');
    } else if (block) {
      block.verbs.push(...readVerbLine(line, file, block, report));
    } else {
      report(line, 'verb outside a verb block');
    }
  }

  // Synsets may be defined after the patterns that use them, so patterns are read once every name is known.
  const synsets = buildSynsets(rawSynsets, report);
  const names = new Set(synsets.keys());
  for (const { block: owner, line } of patternLines) {
    const source = { file, line: line.line };
    const parsed = parsePatternAlternatives(line.text, source, unsupported, names);
    const writtenFor = verbNamedByComment(owner, line.comment);
    if (parsed) for (const pattern of parsed) owner.patterns.push(writtenFor ? { ...pattern, writtenFor, source } : { ...pattern, source });
  }
  unsupported.sort((a, b) => a.source.line - b.source.line);
  return { blocks, synsets, transformations, unsupported };
}

/**
 * The block verb a pattern's comment names ("# TAKE", "# SEIZE  -PAS 95"), or undefined. Phoenix records there which
 * verb of a merged block a pattern was written for; initials and dates ("# pas 3/2/02") name no verb.
 */
function verbNamedByComment(block: VerbBlock, comment: string | undefined): string | undefined {
  const first = comment?.trim().split(/\s+/)[0];
  if (!first || first !== first.toUpperCase()) return undefined;
  // The comment may name the verb inflected ("# THREW", "# RULED_OUT"): any form of a block verb counts.
  const named = first.replace(/^\+/, '').split('_');
  const verb = block.verbs.find((v) => v.words.length === named.length && v.words.every((w, k) => (k === v.verbIndex ? w === named[k] || v.forms.includes(named[k]!) : w === named[k])));
  return verb?.words.join('_');
}

function readBlockHeader(line: DictionaryLine, file: string, report: (line: DictionaryLine, reason: string) => void): VerbBlock | null {
  const inner = line.text.replace(/^-{3,}/, '').replace(/-{3,}$/, '');
  const { outside, brackets, unclosed } = splitBrackets(inner);
  // "---  DELAY   [120]---  ---": dashes glued to the code close the header; they are no part of the name.
  const name = outside.trim().split(/\s+/).filter((w) => w !== '' && !/^-+$/.test(w)).join(' ');
  if (!name || unclosed) {
    report(line, 'verb block header must read "--- NAME [CODE] ---"');
    return null;
  }
  let code: string | null = null;
  let reverseCode: string | null = null;
  if (brackets.length > 0) {
    const parsed = parseEventCode(brackets[0]!.content);
    if ('error' in parsed) report(line, parsed.error);
    else ({ code, reverseCode } = parsed);
  }
  // PETRARCH reads only the first code of a header; a second one ("--- DELAY [120] [031:031] ---") has no meaning.
  for (const extra of brackets.slice(1)) report(line, `second block code [${extra.content}] ignored`);
  return { name, code, reverseCode, verbs: [], patterns: [], source: { file, line: line.line } };
}

/** Words of a verb as written ("+ASK_FOR", "KLM_NOP_+RST", "LASH OUT"): the "+" marks the inflected word, else it is the first. */
function readVerbPhrase(text: string): { words: string[]; verbIndex: number } | { error: string } {
  const parts = text.split(/[\s_]+/).filter(Boolean);
  if (parts.length === 0) return { error: 'empty verb' };
  const marked = parts.flatMap((p, k) => (p.startsWith('+') ? [k] : []));
  if (marked.length > 1) return { error: 'more than one word marked with "+"' };
  const words = parts.map((p) => p.replace(/^\+/, '').toUpperCase());
  if (words.some((w) => w.length === 0 || w.includes('+'))) return { error: 'misplaced "+"' };
  return { words, verbIndex: marked[0] ?? 0 };
}

/**
 * One verb line: the verb, its irregular forms in "{...}" or else its regular ones, and an optional own code. A listed
 * form whose other words differ from the verb's ("+WIRE_TAP {+WIRE_TAPS}", where the "+" sits on WIRE) becomes an
 * entry of its own, which is what PETRARCH stores for it.
 */
function readVerbLine(
  line: DictionaryLine,
  file: string,
  block: VerbBlock,
  report: (line: DictionaryLine, reason: string) => void,
): VerbEntry[] {
  const { outside, brackets, unclosed } = splitBrackets(line.text);
  if (unclosed) {
    report(line, 'unbalanced "[" or "]" in verb line');
    return [];
  }
  let code = block.code;
  let reverseCode = block.reverseCode;
  if (brackets.length > 1) report(line, 'a verb takes one code; only the first is used');
  if (brackets.length > 0) {
    const parsed = parseEventCode(brackets[0]!.content);
    if ('error' in parsed) {
      report(line, parsed.error);
      return [];
    }
    ({ code, reverseCode } = parsed);
  }

  let baseText = outside;
  let explicitForms: string[] | null = null;
  const open = outside.indexOf('{');
  if (open >= 0) {
    const close = outside.indexOf('}', open);
    if (close < 0 || outside.slice(close + 1).trim().length > 0 || outside.indexOf('{', open + 1) >= 0) {
      report(line, 'irregular forms must be one "{...}" after the verb');
      return [];
    }
    // A few lines separate the forms with commas ("{+WAS_DETERMINED , +BE_DETERMINED}").
    explicitForms = outside.slice(open + 1, close).split(/[\s,]+/).filter(Boolean);
    baseText = outside.slice(0, open);
  }
  const base = readVerbPhrase(baseText);
  if ('error' in base) {
    report(line, base.error);
    return [];
  }

  const source = { file, line: line.line };
  const verbWord = base.words[base.verbIndex]!;
  if (explicitForms === null) {
    return [{ words: base.words, verbIndex: base.verbIndex, forms: regularVerbForms(verbWord), code, reverseCode, source }];
  }
  // As in PETRARCH, listed forms replace the generated ones entirely ("{}" means: the base form only).
  const entry: VerbEntry = { words: base.words, verbIndex: base.verbIndex, forms: [verbWord], code, reverseCode, source };
  const entries = [entry];
  for (const written of explicitForms) {
    const form = readVerbPhrase(written);
    if ('error' in form) {
      report(line, `form "${written}": ${form.error}; form ignored`);
      continue;
    }
    const formWord = form.words[form.verbIndex]!;
    const fits =
      form.words.length === base.words.length &&
      form.verbIndex === base.verbIndex &&
      form.words.every((w, k) => k === base.verbIndex || w === base.words[k]);
    if (fits) {
      if (!entry.forms.includes(formWord)) entry.forms.push(formWord);
    } else {
      entries.push({ words: form.words, verbIndex: form.verbIndex, forms: [formWord], code, reverseCode, source });
    }
  }
  return entries;
}

export function buildSynsets(raw: Map<string, RawSynset>, report: (line: DictionaryLine, reason: string) => void): Map<string, Phrase[]> {
  const synsets = new Map<string, Phrase[]>();
  for (const [name, synset] of raw) {
    const phrases: Phrase[] = [];
    const seen = new Set<string>();
    const add = (phrase: Phrase): void => {
      const key = phrase.join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        phrases.push(phrase);
      }
    };
    for (const member of synset.members) {
      const phrase = phraseFromText(member.text.slice(1));
      if (phrase.length === 0) {
        report(member, 'empty synset member');
        continue;
      }
      const undefinedRef = phrase.find((w) => w.startsWith('&') && !raw.has(w.slice(1).replace(/_+$/, '')));
      if (undefinedRef) {
        report(member, `synset ${undefinedRef} is not defined; member ignored`);
        continue;
      }
      add(phrase.map((w) => (w.startsWith('&') ? '&' + w.slice(1).replace(/_+$/, '') : w)));
      if (!synset.noPlural && !phrase.some((w) => w.startsWith('&'))) {
        const plural = phrasePlural(phrase);
        if (plural) add(plural);
      }
    }
    synsets.set(name, phrases);
  }
  return synsets;
}

// ---------------------------------------------------------------- patterns

interface Token {
  kind: 'word' | 'star' | 'open-prep' | 'close-prep' | 'open-np' | 'close-np';
  text: string;
  /** "_" joined this token to the previous / next one. */
  gluedBefore: boolean;
  gluedAfter: boolean;
  /** A trailing "_" followed by a space: PETRARCH's exact-word mark ("WAS_ *"). */
  exact: boolean;
}

const bracketKinds: Record<string, Token['kind']> = { '(': 'open-prep', ')': 'close-prep', '{': 'open-np', '}': 'close-np', '*': 'star' };

function tokenizePattern(text: string): Token[] {
  const tokens: Token[] = [];
  let glueNext = false;
  const push = (kind: Token['kind'], tokenText: string): void => {
    tokens.push({ kind, text: tokenText, gluedBefore: glueNext, gluedAfter: false, exact: false });
    glueNext = false;
  };
  let k = 0;
  while (k < text.length) {
    const c = text[k]!;
    if (/\s/.test(c)) {
      k++;
    } else if (c === '_') {
      let end = k;
      while (text[end] === '_') end++;
      const previous = tokens[tokens.length - 1];
      const next = text[end];
      const joinsNext = next !== undefined && !/[\s)}]/.test(next);
      if (previous && joinsNext && previous.kind !== 'open-prep' && previous.kind !== 'open-np') {
        previous.gluedAfter = true;
        glueNext = true;
      } else if (previous && previous.kind === 'word') {
        // "WAS_ *": PETRARCH reads "_ " as a plain space after an exact word.
        previous.exact = true;
      }
      k = end;
    } else if (c in bracketKinds) {
      push(bracketKinds[c]!, c);
      k++;
    } else {
      let end = k;
      while (end < text.length && !/[\s_(){}*]/.test(text[end]!)) end++;
      push('word', text.slice(k, end));
      k = end;
    }
  }
  return tokens;
}

/**
 * Reads one pattern line ("- * (TO BORDER) [154]", "- + KNOWN_ * IN_ $ [076]") into elements before and after the
 * verb. Problems are appended to `unsupported` and give null. With `synsetNames`, a reference glued to words
 * ("&FIGHT_GAMES") is read as the longest defined synset name followed by adjacent words, and an undefined synset is
 * an error; without it, the whole "_"-joined run names the synset. A word with "/" ("TO/FOR") is an error here:
 * PETRARCH files use it for alternatives, which `parsePatternAlternatives` expands.
 */
export function parsePatternLine(
  line: string,
  source: EntrySource,
  unsupported: UnsupportedConstruct[],
  synsetNames?: ReadonlySet<string>,
): ParsedPattern | null {
  const parsed = parsePatternAlternatives(line, source, unsupported, synsetNames, false);
  return parsed && parsed.length > 0 ? parsed[0]! : null;
}

/** Like `parsePatternLine`, but a word "A/B" makes one pattern per alternative. */
export function parsePatternAlternatives(
  line: string,
  source: EntrySource,
  unsupported: UnsupportedConstruct[],
  synsetNames?: ReadonlySet<string>,
  expandAlternatives = true,
): ParsedPattern[] | null {
  const fail = (reason: string): null => {
    unsupported.push({ source, text: line.trim(), reason });
    return null;
  };
  const body = line.trim().replace(/^-/, '');
  const { brackets, unclosed } = splitBrackets(body);
  if (unclosed) return fail('unbalanced "[" or "]" in pattern');
  if (brackets.length === 0) return fail('pattern without a [code]');
  if (brackets.length > 1) return fail('pattern with more than one [code]');
  const codeBracket = brackets[0]!;
  if (body.slice(codeBracket.end).trim().length > 0) return fail('text after the pattern code');
  const code = parseEventCode(codeBracket.content);
  if ('error' in code) return fail(code.error);

  const tokens = tokenizePattern(body.slice(0, codeBracket.start));
  const variants: Token[][] = [[]];
  for (const token of tokens) {
    const alternatives = token.kind === 'word' && token.text.includes('/') && !token.text.startsWith('&') ? token.text.split('/').filter(Boolean) : null;
    if (alternatives && alternatives.length > 1) {
      if (!expandAlternatives) return fail(`"${token.text}": alternatives with "/" are not supported; write one pattern each`);
      const expanded: Token[][] = [];
      for (const variant of variants) for (const alternative of alternatives) expanded.push([...variant, { ...token, text: alternative }]);
      if (expanded.length > MAX_ALTERNATIVES) return fail(`more than ${MAX_ALTERNATIVES} alternatives`);
      variants.splice(0, variants.length, ...expanded);
    } else {
      for (const variant of variants) variant.push(token);
    }
  }

  const patterns: ParsedPattern[] = [];
  for (const variant of variants) {
    const built = buildPattern(variant, synsetNames);
    if ('error' in built) return fail(built.error);
    patterns.push({ ...built, code: code.code, reverseCode: code.reverseCode });
  }
  return patterns;
}

function buildPattern(tokens: Token[], synsetNames: ReadonlySet<string> | undefined): { before: PatternElement[]; after: PatternElement[] } | { error: string } {
  const stars = tokens.filter((t) => t.kind === 'star').length;
  if (stars !== 1) return { error: stars === 0 ? 'pattern without "*" for the verb' : 'pattern with more than one "*"' };
  const before: PatternElement[] = [];
  const after: PatternElement[] = [];
  let target = before;
  let k = 0;
  while (k < tokens.length) {
    const token = tokens[k]!;
    if (token.kind === 'star') {
      target = after;
      k++;
    } else if (token.kind === 'open-prep' || token.kind === 'open-np') {
      const read = readGroup(tokens, k, synsetNames);
      if ('error' in read) return read;
      target.push(read.element);
      k = read.next;
    } else if (token.kind === 'word') {
      const read = readElement(tokens, k, synsetNames);
      if ('error' in read) return read;
      target.push(read.element);
      k = read.next;
    } else {
      return { error: `unbalanced "${token.text}"` };
    }
  }
  return { before, after };
}

/** A "(PREP ...)" or "{NOUN PHRASE}" group; noun phrases may sit inside prepositional phrases, nothing else nests. */
function readGroup(tokens: Token[], start: number, synsetNames: ReadonlySet<string> | undefined): { element: PatternElement; next: number } | { error: string } {
  const open = tokens[start]!;
  const isPrep = open.kind === 'open-prep';
  const closeKind = isPrep ? 'close-prep' : 'close-np';
  const elements: PatternElement[] = [];
  let k = start + 1;
  while (k < tokens.length && tokens[k]!.kind !== closeKind) {
    const token = tokens[k]!;
    if (token.kind === 'word') {
      const read = readElement(tokens, k, synsetNames);
      if ('error' in read) return read;
      elements.push(read.element);
      k = read.next;
    } else if (isPrep && token.kind === 'open-np') {
      const read = readGroup(tokens, k, synsetNames);
      if ('error' in read) return read;
      elements.push(read.element);
      k = read.next;
    } else {
      return { error: `"${token.text}" inside ${isPrep ? '(...)' : '{...}'}` };
    }
  }
  if (k >= tokens.length) return { error: `unclosed "${open.text}"` };
  if (elements.length === 0) return { error: `empty "${open.text}${tokens[k]!.text}"` };
  const element: PatternElement = isPrep ? { kind: 'prep', elements } : { kind: 'np', elements };
  return { element: withAdjacency(element, open.gluedBefore, tokens[k]!.gluedAfter), next: k + 1 };
}

function readElement(tokens: Token[], start: number, synsetNames: ReadonlySet<string> | undefined): { element: PatternElement; next: number } | { error: string } {
  const token = tokens[start]!;
  const special: Record<string, PatternElement> = { $: { kind: 'source' }, '+': { kind: 'target' }, '%': { kind: 'compound' }, '^': { kind: 'skip' } };
  const marker = special[token.text];
  if (marker) return { element: withAdjacency({ ...marker }, token.gluedBefore, token.gluedAfter), next: start + 1 };
  if (token.text.startsWith('&')) {
    // Synset names may hold "_" (&FIGHT_OF_WORDS), which the tokenizer took as glue: rejoin the glued run of plain words.
    const run = [token];
    while (run[run.length - 1]!.gluedAfter) {
      const next = tokens[start + run.length];
      if (!next || next.kind !== 'word' || next.text in special || next.text.startsWith('&')) break;
      run.push(next);
    }
    let length = run.length;
    if (synsetNames) {
      while (length > 0 && !synsetNames.has(nameOf(run, length))) length--;
      if (length === 0) return { error: `synset ${token.text} is not defined` };
    }
    const last = run[length - 1]!;
    return { element: withAdjacency({ kind: 'synset', name: nameOf(run, length) }, token.gluedBefore, last.gluedAfter), next: start + length };
  }
  return {
    element: withAdjacency({ kind: 'word', word: token.text.toUpperCase(), exact: token.exact }, token.gluedBefore, token.gluedAfter),
    next: start + 1,
  };
}

function nameOf(run: Token[], length: number): string {
  return run
    .slice(0, length)
    .map((t) => t.text)
    .join('_')
    .slice(1)
    .toUpperCase();
}

function withAdjacency(element: PatternElement, adjacentToPrevious: boolean, adjacentToNext: boolean): PatternElement {
  if (adjacentToPrevious) element.adjacentToPrevious = true;
  if (adjacentToNext) element.adjacentToNext = true;
  return element;
}

// ---------------------------------------------------------------- transformations

/** One transformation line as written ("~ a (a b ATTACK) SAY = a b 015"), or null when it is malformed. */
export function parseTransformation(text: string, source: EntrySource): VerbTransformation | null {
  return readTransformation({ line: source.line, text }, source.file, () => undefined);
}

/** "~ a (a b ATTACK) SAY = a b 015": an event is SOURCE TARGET VERB, where TARGET may itself be a parenthesised event. */
function readTransformation(line: DictionaryLine, file: string, report: (line: DictionaryLine, reason: string) => void): VerbTransformation | null {
  const body = line.text.slice(1);
  const equals = body.indexOf('=');
  if (equals < 0) {
    report(line, 'transformation without "="');
    return null;
  }
  const tokens = body.slice(0, equals).replace(/([()])/g, ' $1 ').split(/\s+/).filter(Boolean);
  const result = body.slice(equals + 1).trim().split(/\s+/).filter(Boolean);
  let k = 0;
  const readEvent = (): TransformationEvent | null => {
    const source = tokens[k++];
    if (source === undefined || source === '(' || source === ')') return null;
    let target: string | TransformationEvent | null;
    if (tokens[k] === '(') {
      k++;
      target = readEvent();
      if (tokens[k++] !== ')') return null;
    } else {
      target = tokens[k++] ?? null;
      if (target === ')' || target === '(') return null;
    }
    const verb = tokens[k++];
    if (target === null || verb === undefined || verb === '(' || verb === ')') return null;
    return { source, target, verb };
  };
  const pattern = readEvent();
  if (!pattern || k !== tokens.length || result.length !== 3) {
    report(line, 'transformation must read "~ SOURCE (SOURCE TARGET VERB) VERB = SOURCE TARGET CODE"');
    return null;
  }
  return { pattern, result: { source: result[0]!, target: result[1]!, code: result[2]! }, source: { file, line: line.line } };
}
