// The one internal model of coding knowledge that every dictionary reader (PETRARCH, native) produces and the engine consumes.

/** Where an entry was read from: reported in errors and carried into each event's provenance. */
export interface EntrySource {
  file: string;
  line: number;
}

/** A phrase as a sequence of upper-case words ("TURKISH FOREIGN MINISTER" → ["TURKISH","FOREIGN","MINISTER"]). */
export type Phrase = string[];

/** An actor code valid in a date range; bounds are inclusive ISO dates, null when open. */
export interface DatedCode {
  /**
   * As written in the dictionary. PETRARCH files also use "---" (explicitly no code in this period) and
   * "A/B/C" (the phrase names several actors at once, e.g. "THE_SHIRE [FRO/BIL/SAM]").
   */
  code: string;
  from: string | null;
  to: string | null;
  /** The office or position the code stands for in this period ("foreign minister"), where the dictionary says. */
  role?: string;
}

/** A named actor: every phrase that names it, and its codes over time. */
export interface ActorEntry {
  /** First phrase is the canonical one. */
  phrases: Phrase[];
  codes: DatedCode[];
  /** Human-readable canonical name, when known (e.g. "Recep Tayyip Erdoğan"). */
  name: string | null;
  /** Wikidata id, where the dictionary gives one. */
  wikidata?: string;
  /** Phrases match whole words only (dyad's native entries); PETRARCH phrases without a final "_" also match as stems. */
  exact?: boolean;
  source: EntrySource;
}

/**
 * A role word that combines with a country actor: PETRARCH writes `[~GOV]` (suffix: TUR + GOV = TURGOV)
 * or `[NGO~]` (prefix: the agent code goes first).
 */
export interface AgentEntry {
  phrases: Phrase[];
  code: string;
  position: 'suffix' | 'prefix';
  source: EntrySource;
}

/** Phrases that make a sentence (or the whole story) uncodable: sports, weather, entertainment. */
export interface DiscardEntry {
  phrase: Phrase;
  scope: 'sentence' | 'story';
  source: EntrySource;
}

/**
 * Adjacency that PETRARCH writes with "_" between pattern tokens ("IN_*", "*_OUT", "NEW_&TIETYPES_RELATIONS"):
 * the two neighbours must be consecutive words in the sentence. Absent means words may intervene.
 */
export interface PatternAdjacency {
  /** Nothing may come between the previous element (or the verb, for the first element after `*`) and this one. */
  adjacentToPrevious?: boolean;
  /** Nothing may come between this element and the next one (or the verb, for the last element before `*`). */
  adjacentToNext?: boolean;
}

/** One element of a verb pattern, read left to right. */
export type PatternElement = (
  /**
   * A literal word; a trailing "_" in PETRARCH ("KRONE_") marks an exact form, otherwise plurals/forms may match.
   * `stem`: TABARI's unmarked pattern words are stems, matching any word that starts with them (VIOLAT → VIOLATED).
   */
  | { kind: 'word'; word: string; exact: boolean; stem?: boolean }
  /** A synset reference (&CURRENCY): any phrase of the set. */
  | { kind: 'synset'; name: string }
  /** `$`: the source actor is found here. */
  | { kind: 'source' }
  /** `+`: the target actor is found here. */
  | { kind: 'target' }
  /** `^`: skip to the end of the current noun phrase. */
  | { kind: 'skip' }
  /** `%`: a compound actor marker (source and target in one phrase). */
  | { kind: 'compound' }
  /** `(PREP ...)`: a prepositional phrase headed by the first word. */
  | { kind: 'prep'; elements: PatternElement[] }
  /** `{...}`: a noun phrase whose words must appear together. */
  | { kind: 'np'; elements: PatternElement[] }
) & PatternAdjacency;

/**
 * A verb pattern: the words before the verb (nearest first is NOT implied: stored in text order),
 * the words after it, and the code it gives. The verb itself is the block's verb (or any of its forms).
 */
export interface VerbPattern {
  before: PatternElement[];
  after: PatternElement[];
  /** Event code source→target; null when the pattern only gives the reversed event (PETRARCH `[:173]`). */
  code: string | null;
  /** Event code for the reversed pair target→source (PETRARCH `[032:033]`), or null. */
  reverseCode: string | null;
  /**
   * The block verb the pattern was written for ("TAKE" in Phoenix's `- &MILITARY * [192]  # TAKE`), when its file
   * says so: Phoenix merged synonym blocks, and a pattern written for "take" misreads "arrest" in the same block.
   * Absent: the pattern serves every verb of its block.
   */
  writtenFor?: string;
  source: EntrySource;
}

/** A verb (single word or multi-word, e.g. "ASK FOR", "SET UP") and every surface form that realises it. */
export interface VerbEntry {
  /** Lemma-like base, upper-case words, e.g. ["ASK","FOR"]; the position of the verb word is `verbIndex`. */
  words: Phrase;
  /** Index in `words` of the inflected verb word ("ASK" in "ASK FOR"; "UP" is 1 in ... ). */
  verbIndex: number;
  /** Inflected forms of the verb word (ASKED, ASKS, ASKING, ...), including the base. */
  forms: string[];
  /**
   * TABARI stems of the verb word (CRITICI, ACCUS): any word starting with one is a form too. Tried only when no form
   * and no lemma of the word is a verb of the dictionaries.
   */
  stems?: string[];
  /** Code of the verb on its own (when no pattern matches), or null ("---": no default). */
  code: string | null;
  reverseCode: string | null;
  /**
   * True when the verb has no code of its own and takes its block's default, resolved across files at
   * index time (an overlay verb added to a Phoenix block). PETRARCH readers resolve the default on read.
   */
  inheritsBlockCode?: boolean;
  source: EntrySource;
}

/** A verb block: verbs that share patterns ("--- ACCUSE [112] ---" and the lines below it). */
export interface VerbBlock {
  name: string;
  /** Block default code, null for "---". */
  code: string | null;
  reverseCode: string | null;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  source: EntrySource;
}

/**
 * An event noun ("meeting", "attack", "visit"): the noun codes an event whose other party follows one
 * of `targetPrepositions` ("meeting with X", "attack on X") and whose actor is its possessor or modifier
 * ("Israel's attack", "the Israeli offensive"), a by-phrase, or, for `clauseSubject` nouns, the subject of
 * the clause the noun sits in ("Erdogan discussed aid during a meeting with Haniyeh").
 */
export interface NominalEntry {
  nouns: string[];
  code: string;
  targetPrepositions: string[];
  /** "talks between X and Y": both directions. */
  between: boolean;
  clauseSubject: boolean;
  source: EntrySource;
}

/**
 * A frame turns the code of an action into the code of an act about it: "agreed to send troops" is an
 * intent to provide military aid (0332), "urged Uganda to repatriate" an appeal (021), "threatened to
 * invade" a threat (138). The action's code is looked up in `map` by its longest listed prefix.
 */
export interface FrameEntry {
  name: string;
  /** Verb lemmas that take the action as a "to" complement ("agree to", "urge X to"). */
  verbs: string[];
  /** Adjectives after "be" that do the same ("willing to", "ready to"). */
  adjectives: string[];
  /** Auxiliaries inside the action's own verb group ("will support"). */
  auxiliaries: string[];
  /** Nouns right before the action's "to" ("a request to interrogate", "an offer to host talks"). */
  nouns?: string[];
  /**
   * Whose target the framed event takes: the frame verb's object ("urged Uganda to ..."), the action's own
   * target, or the action's subject, with the reporting clause's subject as source ("Britain said Libya must
   * hand over the suspects": a demand by Britain on Libya).
   */
  target: 'object' | 'complement' | 'subject';
  /** Action code prefix → framed code, e.g. ["0356", "0356"], ["087", "0356"], ["04", "036"]. */
  map: Array<[string, string]>;
  /**
   * What the frame says of the action itself when it maps no code: "denied attacking" → negated, "if ... attacks"
   * → hypothetical. The action keeps its code; only asserted events are printed by default.
   */
  modality?: 'negated' | 'hypothetical' | 'planned';
  /**
   * The code of the frame verb itself when its "to" complement is an action no pattern codes: "agreed to
   * undertake joint exercises" is still an intent to cooperate (030), "refused to X" still a rejection (120).
   */
  fallback?: string;
  /**
   * What a frame verb does to a coded action its map does not cover ("threatened to deliver blows", whose action
   * Phoenix codes 120): `fallback` codes the frame's fallback instead, `planned` leaves the action unasserted.
   * Absent: the action keeps its code and modality.
   */
  unmapped?: 'fallback' | 'planned';
  source: EntrySource;
}

/** A construct a reader saw but dyad does not support: reported on load, never silently dropped. */
export interface UnsupportedConstruct {
  source: EntrySource;
  text: string;
  reason: string;
  /** The line was still read, repaired or with a default the reason names; absent when it was left out. */
  kept?: boolean;
  /**
   * The coder the file was written for leaves the line out too (or reads it so that it never applies), so leaving it
   * out changes nothing: "PETRARCH-1" for an issue line without a code. Not counted as "not understood".
   */
  leftOutBy?: string;
}

/**
 * One event inside a PETRARCH verb transformation (`~ a (a b ATTACK) SAY = a b 015`): `source` and a string `target`
 * are the rule's variables as written ("a", "b", or PETRARCH's placeholders "_" and "."); `verb` names a verb of the
 * verb dictionary whose code is meant ("SAY", "WILL_ATTACK" for a sum of codes, "Q" for any code).
 */
export interface TransformationEvent {
  source: string;
  target: string | TransformationEvent;
  verb: string;
}

/** A rule rewriting a nested event ("a says that a attacked b") into one event (a→b, 015). */
export interface VerbTransformation {
  pattern: TransformationEvent;
  /** The resulting event; `code` is a CAMEO code, or "Q" to keep the inner event's code. */
  result: { source: string; target: string; code: string };
  source: EntrySource;
}

/**
 * What reading one dictionary file gave: how many meaningful (non-comment, non-blank) lines it has, how many entries
 * it yielded, and how many of those the coder uses. An issues list is read (entries) but not used (used: 0, with why).
 */
export interface DictionaryFileReport {
  file: string;
  /** The format the file was read as ("PETRARCH verbs", "TABARI verbs", "actors", "options", ...). */
  format: string;
  lines: number;
  entries: number;
  used: number;
  /** Why entries are read but not used, when they are not. */
  note?: string;
}

/** Everything the coder knows, merged from every dictionary file. */
export interface Knowledge {
  actors: ActorEntry[];
  agents: AgentEntry[];
  discards: DiscardEntry[];
  verbBlocks: VerbBlock[];
  /** Synsets by name without the leading "&" (e.g. "CURRENCY"): each member a phrase (may hold nested "&X" words). */
  synsets: Map<string, Phrase[]>;
  unsupported: UnsupportedConstruct[];
  /** Verb transformations (PETRARCH `~` lines), when a verb dictionary has them. */
  transformations?: VerbTransformation[];
  /** Event nouns (dyad native dictionaries only). */
  nominals?: NominalEntry[];
  /** Frames of intent, appeal, demand, threat and refusal (dyad native dictionaries only). */
  frames?: FrameEntry[];
  /** Event codes coded even when the sentence names no target (dyad native dictionaries only). */
  unnamedTargets?: UnnamedTargetRule[];
  /** One report per dictionary file read, for `dyad dictionaries check` and the load warning. */
  files?: DictionaryFileReport[];
}

/**
 * Events coded when the sentence names only their actor: "Thousands of Nigerians staged a rally in Lagos". `target:
 * none` codes them with no target (PLOVER allows it; GOLD.md omits a target the text does not name); `target:
 * domestic` gives them the actor's own country.
 */
export interface UnnamedTargetRule {
  /** CAMEO code prefixes the rule covers ("14" for every protest). */
  codes: string[];
  target: 'domestic' | 'named-home' | 'none';
  /** Roles of actors the rule does not apply to ("GOV": a government's rally is campaigning, not protest). */
  except: string[];
  source: EntrySource;
}

/** Shorter stems would swallow unrelated words (TABARI's "CUT" would take "CUTE"): they match as whole words only. */
export const MIN_VERB_STEM = 4;

export function emptyKnowledge(): Knowledge {
  return { actors: [], agents: [], discards: [], verbBlocks: [], synsets: new Map(), unsupported: [] };
}
