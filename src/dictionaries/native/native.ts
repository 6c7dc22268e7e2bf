// Reads dyad's native dictionary format (YAML, schema in docs/dictionary-formats.md) into the shared Knowledge model.
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { z } from 'zod';
import type { ActorEntry, AgentEntry, DiscardEntry, EntrySource, Knowledge, PatternElement, UnsupportedConstruct, VerbBlock, VerbEntry, VerbPattern } from '../model.js';
import { emptyKnowledge } from '../model.js';
import { parsePatternLine, parseTransformation } from '../petrarch/verbs.js';
import { phraseFromText, regularVerbForms } from '../petrarch/syntax.js';

// YAML reads a bare year (from: 2010) as a number.
// YAML reads an unquoted year (from: 2016) as a number: a year may be written either way.
const IsoDate = z
  .union([z.string(), z.number().int().min(1000).max(9999)])
  .transform(String)
  .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD'));
const CameoEventCode = z.string().regex(/^[0-9]{2,4}[A-Z]?$/, 'a CAMEO event code such as "040" or "1721"');
/**
 * A verb or pattern code as PETRARCH and TABARI files write them, kept as written (`dyad dictionaries convert` relies on
 * it): a CAMEO code, one with letters, "?" or "!" ("174L", "023?", "031!"), "---", a placeholder ("###", "+++"), and
 * the typos of real files ("O254" in CAMEO.091003.master.verbs), which code what they coded there. Only blanks, ":"
 * and brackets, which no reader could have kept, are refused.
 */
const EventCode = z.string().regex(/^[^\s:[\]]+$/, 'an event code such as "040", "1721", "174L" or "---", without blanks, ":" or brackets');

const ActorSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  codes: z.array(z.object({
    // "---" is no code in that period; "FRO/BIL/SAM" names several actors at once (PETRARCH files, kept by convert).
    code: z.string().regex(/^(?:---|[A-Z0-9:-]{3,}(?:\/[A-Z0-9:-]{3,})*)$/, 'an actor code such as TUR, TURGOV, IGOUNO'),
    from: IsoDate.nullable().optional(),
    to: IsoDate.nullable().optional(),
    role: z.string().min(1).optional(),
  }).strict()).min(1),
  wikidata: z.string().regex(/^Q\d+$/, 'a Wikidata id such as Q39723').optional(),
  /** The phrases matched, as PETRARCH writes them ("MOHAMMAD_ZAHIR_SHAH_"), instead of the name and aliases. */
  phrases: z.array(z.string().min(1)).optional(),
  /** false: PETRARCH's rule, a last word without a final "_" also matches as a stem (ARGENTIN → ARGENTINA). */
  exact: z.boolean().default(true),
  note: z.string().optional(),
}).strict();

const AgentSchema = z.object({
  phrases: z.array(z.string().min(1)).min(1),
  code: z.string().regex(/^[A-Z]{3}([A-Z]{3})*$/),
  position: z.enum(['suffix', 'prefix']).default('suffix'),
}).strict();

const VerbPatternSchema = z.object({
  pattern: z.string().min(1),
  /** "---": the pattern matches but codes nothing (PETRARCH's [---]). */
  code: EventCode.optional(),
  reverse: EventCode.optional(),
  /** The verb of the block the pattern serves ("CALLED_ON"); absent: every verb of the block. */
  written_for: z.string().min(1).optional(),
  note: z.string().optional(),
}).strict();

/** A verb written out in full, as `dyad dictionaries convert` writes it: its words, every form, and its own code. */
const VerbObjectSchema = z.object({
  words: z.string().min(1),
  /** Which word is inflected (0: the first). */
  verb_index: z.number().int().min(0).default(0),
  forms: z.array(z.string().min(1)).min(1),
  /** TABARI stems: any word starting with one is a form too. */
  stems: z.array(z.string().min(1)).optional(),
  code: EventCode.nullable().optional(),
  reverse: EventCode.nullable().optional(),
  /** No code of its own: it takes its block's. */
  inherits: z.boolean().default(false),
  note: z.string().optional(),
}).strict();

const VerbBlockSchema = z.object({
  block: z.string().min(1),
  code: EventCode.nullable().optional(),
  reverse: EventCode.nullable().optional(),
  verbs: z.array(z.union([z.string().min(1), VerbObjectSchema])).default([]),
  patterns: z.array(VerbPatternSchema).default([]),
}).strict();

const NominalSchema = z.object({
  nouns: z.array(z.string().min(1)).min(1),
  code: CameoEventCode,
  target: z.array(z.string().min(1)).default([]),
  between: z.boolean().default(false),
  clause_subject: z.boolean().default(false),
  note: z.string().optional(),
}).strict();

const FrameSchema = z.object({
  name: z.string().min(1),
  verbs: z.array(z.string().min(1)).default([]),
  adjectives: z.array(z.string().min(1)).default([]),
  auxiliaries: z.array(z.string().min(1)).default([]),
  nouns: z.array(z.string().min(1)).default([]),
  target: z.enum(['object', 'complement', 'subject']),
  map: z.record(z.string().regex(/^[0-9]{2,4}$/, 'a CAMEO code prefix'), CameoEventCode).default({}),
  modality: z.enum(['negated', 'hypothetical', 'planned']).optional(),
  fallback: CameoEventCode.optional(),
  unmapped: z.enum(['fallback', 'planned']).optional(),
  note: z.string().optional(),
}).strict();

const UnnamedTargetSchema = z.object({
  codes: z.array(z.string().regex(/^[0-9]{2,4}$/, 'a CAMEO code prefix')).min(1),
  target: z.enum(['domestic', 'named-home', 'none']),
  except: z.array(z.string().regex(/^[A-Z]{3}$/, 'a three-letter role code')).default([]),
  note: z.string().optional(),
}).strict();

export const NativeFileSchema = z.object({
  /** Synsets that patterns name as &NAME: each member a phrase (or another &NAME). */
  synsets: z.array(z.object({ name: z.string().regex(/^[A-Z0-9_]+$/, 'a synset name such as CURRENCY'), members: z.array(z.string().min(1)) }).strict()).default([]),
  /** PETRARCH verb transformations, as written ("~ a (a b ATTACK) SAY = a b 015"). */
  transformations: z.array(z.string().regex(/^~/, 'a transformation line starting with "~"')).default([]),
  frames: z.array(FrameSchema).default([]),
  unnamed_targets: z.array(UnnamedTargetSchema).default([]),
  nominals: z.array(NominalSchema).default([]),
  actors: z.array(ActorSchema).default([]),
  agents: z.array(AgentSchema).default([]),
  verbs: z.array(VerbBlockSchema).default([]),
  discards: z.array(z.object({ phrase: z.string().min(1), scope: z.enum(['sentence', 'story']).default('sentence') }).strict()).default([]),
}).strict();

export class DictionaryError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
  }
}

function toPhrase(text: string): string[] {
  return text.trim().toUpperCase().split(/[\s_]+/).filter(Boolean);
}

/** Widens a partial date bound: a "from" of 2003 is 2003-01-01, a "to" of 2003 is 2003-12-31. */
function widen(date: string | null | undefined, end: boolean): string | null {
  if (!date) return null;
  if (date.length === 4) return end ? `${date}-12-31` : `${date}-01-01`;
  if (date.length === 7) return end ? `${date}-31` : `${date}-01`;
  return date;
}

/**
 * Parses a YAML data file against its schema. The first YAML or schema error stops it with FILE:LINE: field: problem;
 * `lineOf` gives the line of any entry, for provenance.
 */
export function parseYamlFile<S extends z.ZodType>(text: string, file: string, schema: S): { data: z.output<S>; lineOf: (path: Array<string | number>) => number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) {
    const err = document.errors[0]!;
    throw new DictionaryError(file, err.linePos?.[0]?.line ?? 1, err.message.split('\n')[0]!);
  }
  const parsed = schema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DictionaryError(file, lineOfPath(document.contents, issue.path, lineCounter), `${issue.path.join('.')}: ${issue.message}`);
  }
  return { data: parsed.data, lineOf: (path) => lineOfPath(document.contents, path, lineCounter) };
}

/**
 * Parses one native dictionary file. Schema errors name the file and the line of the offending
 * entry; a file that fails validation contributes nothing (half a dictionary codes wrongly).
 */
export function readNativeDictionary(text: string, file: string): Knowledge {
  const { data, lineOf } = parseYamlFile(text, file, NativeFileSchema);
  const knowledge = emptyKnowledge();

  data.actors.forEach((a, k) => {
    const entry: ActorEntry = {
      phrases: a.phrases ? a.phrases.map(phraseFromText) : [a.name, ...a.aliases].map(toPhrase),
      codes: a.codes.map((c) => ({ code: c.code, from: widen(c.from, false), to: widen(c.to, true), ...(c.role ? { role: c.role } : {}) })),
      ...(a.wikidata ? { wikidata: a.wikidata } : {}),
      name: a.name,
      ...(a.exact ? { exact: true } : {}),
      source: { file, line: lineOf(['actors', k]) },
    };
    knowledge.actors.push(entry);
  });
  data.agents.forEach((a, k) => {
    const entry: AgentEntry = { phrases: a.phrases.map(phraseFromText), code: a.code, position: a.position, source: { file, line: lineOf(['agents', k]) } };
    knowledge.agents.push(entry);
  });
  data.discards.forEach((d, k) => {
    const entry: DiscardEntry = { phrase: phraseFromText(d.phrase), scope: d.scope, source: { file, line: lineOf(['discards', k]) } };
    knowledge.discards.push(entry);
  });
  knowledge.frames = data.frames.map((f, k) => ({
    name: f.name,
    verbs: f.verbs.map((w) => w.toUpperCase()),
    adjectives: f.adjectives.map((w) => w.toUpperCase()),
    auxiliaries: f.auxiliaries.map((w) => w.toLowerCase()),
    ...(f.nouns.length > 0 ? { nouns: f.nouns.map((w) => w.toUpperCase()) } : {}),
    target: f.target,
    // Longest prefix first, so "0356" beats "035" and "03".
    map: Object.entries(f.map).sort((a, b) => b[0].length - a[0].length),
    ...(f.modality ? { modality: f.modality } : {}),
    ...(f.fallback ? { fallback: f.fallback } : {}),
    ...(f.unmapped ? { unmapped: f.unmapped } : {}),
    source: { file, line: lineOf(['frames', k]) },
  }));
  knowledge.unnamedTargets = data.unnamed_targets.map((u, k) => ({ codes: u.codes, target: u.target, except: u.except, source: { file, line: lineOf(['unnamed_targets', k]) } }));
  knowledge.nominals = data.nominals.map((n, k) => ({
    nouns: n.nouns.map((w) => w.toUpperCase()),
    code: n.code,
    targetPrepositions: n.target.map((w) => w.toUpperCase()),
    between: n.between,
    clauseSubject: n.clause_subject,
    source: { file, line: lineOf(['nominals', k]) },
  }));
  const synsetNames = new Set(data.synsets.map((s) => s.name));
  data.verbs.forEach((v, k) => {
    const source = { file, line: lineOf(['verbs', k]) };
    const block: VerbBlock = { name: v.block.toUpperCase(), code: v.code ?? null, reverseCode: v.reverse ?? null, verbs: [], patterns: [], source };
    v.verbs.forEach((verb, j) => block.verbs.push(typeof verb === 'string' ? readNativeVerb(verb, source) : readVerbObject(verb, { file, line: lineOf(['verbs', k, 'verbs', j]) })));
    v.patterns.forEach((p, j) => block.patterns.push(readNativePattern(p, synsetNames, { file, line: lineOf(['verbs', k, 'patterns', j]) })));
    knowledge.verbBlocks.push(block);
  });
  for (const { name, members } of data.synsets) knowledge.synsets.set(name, members.map(phraseFromText));
  data.transformations.forEach((t, k) => {
    const line = lineOf(['transformations', k]);
    const read = parseTransformation(t, { file, line });
    if (!read) throw new DictionaryError(file, line, `transformation "${t}" must read "~ SOURCE (SOURCE TARGET VERB) VERB = SOURCE TARGET CODE"`);
    (knowledge.transformations ??= []).push(read);
  });
  return knowledge;
}

/**
 * A pattern in PETRARCH's syntax, with two marks of dyad's own: "VIOLAT~" is a stem, as in TABARI (any word starting
 * with VIOLAT), and "SUGGESTED=" a whole word glued to its next neighbour ("SUGGESTED=_+"), where "SUGGESTED_" would
 * read as the glue. A synset reference glued to a word ("&TIETYPES_RELATIONS") names the longest synset the file
 * defines, else the whole run: synsets of other files are not known here.
 */
function readNativePattern(p: z.output<typeof VerbPatternSchema>, synsetNames: ReadonlySet<string>, source: EntrySource): VerbPattern {
  const text = `- ${p.pattern} [${p.code ?? ''}${p.reverse ? ':' + p.reverse : ''}]`;
  let unsupported: UnsupportedConstruct[] = [];
  let elements = synsetNames.size > 0 ? parsePatternLine(text, source, unsupported, synsetNames) : null;
  if (!elements) {
    unsupported = [];
    elements = parsePatternLine(text, source, unsupported);
  }
  if (!elements || unsupported.length > 0) throw new DictionaryError(source.file, source.line, `pattern "${p.pattern}": ${unsupported[0]?.reason ?? 'cannot be read'}`);
  return { ...elements, before: elements.before.map(wordMarks), after: elements.after.map(wordMarks), ...(p.written_for ? { writtenFor: p.written_for.toUpperCase() } : {}), source };
}

function wordMarks(element: PatternElement): PatternElement {
  if (element.kind === 'prep' || element.kind === 'np') return { ...element, elements: element.elements.map(wordMarks) };
  if (element.kind !== 'word') return element;
  if (element.word.endsWith('~')) return { ...element, word: element.word.slice(0, -1), exact: false, stem: true };
  if (element.word.endsWith('=')) return { ...element, word: element.word.slice(0, -1), exact: true };
  return element;
}

function readVerbObject(v: z.output<typeof VerbObjectSchema>, source: { file: string; line: number }): VerbEntry {
  const entry: VerbEntry = { words: phraseFromText(v.words), verbIndex: v.verb_index, forms: v.forms.map((f) => f.toUpperCase()), code: v.code ?? null, reverseCode: v.reverse ?? null, source };
  if (v.stems) entry.stems = v.stems.map((f) => f.toUpperCase());
  if (v.inherits) entry.inheritsBlockCode = true;
  return entry;
}

/**
 * A native verb: "urge", a multi-word verb with its inflected word first ("crack down"), and
 * irregular forms in braces ("speak {spoke spoken}"); regular forms are generated.
 */
function readNativeVerb(written: string, source: { file: string; line: number }): VerbEntry {
  // "reject [120]": a verb with a code of its own inside a block whose default does not suit it.
  const own = /\[([0-9]{3,4})\]\s*$/.exec(written);
  const text = own ? written.slice(0, own.index) : written;
  const braces = /\{([^}]*)\}/.exec(text);
  const words = toPhrase(text.replace(/\{[^}]*\}/, ''));
  const base = words[0]!;
  const irregular = braces ? toPhrase(braces[1]!) : [];
  const forms = [...new Set([...regularVerbForms(base), ...irregular])];
  if (own) return { words, verbIndex: 0, forms, code: own[1]!, reverseCode: null, source };
  return { words, verbIndex: 0, forms, code: null, reverseCode: null, inheritsBlockCode: true, source };
}

function lineOfPath(root: unknown, path: ReadonlyArray<PropertyKey>, counter: LineCounter): number {
  let node = root as Node | null | undefined;
  let line = 1;
  for (const key of path) {
    if (!node) break;
    if (node.range) line = counter.linePos(node.range[0]).line;
    if (isMap(node)) node = node.get(String(key), true) as Node | undefined;
    else if (isSeq(node)) node = node.items[Number(key)] as Node | undefined;
    else break;
  }
  if (node?.range) line = counter.linePos(node.range[0]).line;
  return line;
}
