// Shallow syntax over wink's tags: verb groups, the clause window each verb governs, passive voice and the auxiliaries that mark modality.
import type { Doc, Sentence, Token } from '../../document/types.js';
import { lexicon } from '../../text/lexicon.js';

export interface VerbGroup {
  /** The content verb ("attacked" in "was not attacked"). */
  head: number;
  /** First token of the group, auxiliaries and adverbs included. */
  start: number;
  passive: boolean;
  negated: boolean;
  /** A modal of obligation, possibility or condition: "should", "could", "might", "may", "must", "would". */
  hypothetical: boolean;
}

export const POSSESSIVES = lexicon('possessives.txt');
const BE_FORMS = lexicon('be-forms.txt');
const NEGATORS = lexicon('negators.txt');
const HYPOTHETICAL_MODALS = lexicon('hypothetical-modals.txt');

/** A verb tag on a token that heads its own group (not an auxiliary). */
export function isContentVerb(token: Token, next?: Token, prev?: Token): boolean {
  // "according to" attributes what follows; it is never an act of its own.
  if (token.normal === 'according' && next?.normal === 'to') return false;
  if (token.pos !== 'VERB') return false;
  // "an impounded ship", "the banned movement", "extradited suspected militants": a participle used as an adjective.
  // After a preposition too: "an offensive against besieged Osgiliath"; after a number: "three suspected Somali pirates".
  if (prev && next && looksLikeParticiple(token) && !token.normal.endsWith('ing') &&
      (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'VERB' || prev.pos === 'ADP' || prev.pos === 'NUM') &&
      (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return false;
  // "from neighboring Lebanon", "the ruling party": an -ing form between a determiner or preposition and its noun.
  if (prev && next && token.normal.endsWith('ing') && (prev.pos === 'DET' || prev.pos === 'ADP') &&
      (next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
  return true;
}

/**
 * The verb group of a content verb: the auxiliaries, negators and adverbs right before it
 * ("has not yet been", "is about to"). Passive is "be" + a participle with no other verb between.
 */
export function verbGroup(doc: Doc, sentence: Sentence, head: number): VerbGroup {
  let start = head;
  let passive = false;
  let negated = false;
  let hypothetical = false;
  for (let k = head - 1; k >= sentence.firstToken; k--) {
    const t = doc.tokens[k]!;
    const inGroup = t.pos === 'AUX' || t.pos === 'ADV' || (t.pos === 'PART' && (NEGATORS.has(t.normal) || t.normal === 'to'));
    const aboutTo = t.normal === 'about' && doc.tokens[k + 1]?.normal === 'to';
    if (!inGroup && !aboutTo) break;
    if (t.pos === 'AUX' && BE_FORMS.has(t.normal) && start === k + 1 && looksLikeParticiple(doc.tokens[head]!) && !stative(doc, head)) passive = true;
    if (NEGATORS.has(t.normal)) negated = true;
    if (HYPOTHETICAL_MODALS.has(t.normal)) hypothetical = true;
    start = k;
  }
  // Only "be" right before the participle (allowing adverbs) makes a passive: "was heavily criticized".
  if (!passive) {
    for (let k = head - 1; k >= start; k--) {
      const t = doc.tokens[k]!;
      if (t.pos === 'ADV' || NEGATORS.has(t.normal)) continue;
      if (t.pos === 'AUX' && BE_FORMS.has(t.normal) && looksLikeParticiple(doc.tokens[head]!) && !stative(doc, head)) passive = true;
      break;
    }
  }
  return { head, start, passive, negated, hypothetical };
}

/**
 * Participles that after "be" describe the subject's state, not an act done to it: "Serb forces were engaged in ethnic
 * cleansing" has the forces as the doers.
 */
const STATIVE_PARTICIPLES = lexicon('stative-participles.txt');

/** A stative participle with no by-phrase right after it ("were engaged in", but "was opposed by Osgiliath" is passive). */
function stative(doc: Doc, head: number): boolean {
  if (!STATIVE_PARTICIPLES.has(doc.tokens[head]!.normal)) return false;
  for (let k = head + 1; k <= head + 3 && k < doc.tokens.length; k++) if (doc.tokens[k]!.normal === 'by') return false;
  return true;
}

function looksLikeParticiple(token: Token): boolean {
  // wink gives no VBN tag: a participle differs from its lemma and is not an -ing form.
  return token.normal !== token.lemma && !token.normal.endsWith('ing');
}

/** Tokens that end the stretch a verb governs: clause punctuation, or the next verb group. */
function endsClause(token: Token): boolean {
  return token.text === ';' || token.text === ':' || token.text === '—' || token.text === '–';
}

/**
 * The tokens after the verb group that belong to its clause: up to clause punctuation or the next
 * content verb that is not a participle inside a noun phrase.
 */
/** Patterns and objects are looked for this far after the verb at most: clauses in news rarely run longer. */
const AFTER_REACH = 30;

/** Prepositions that open a concessive or circumstantial adjunct: "despite warnings from Pyongyang", "amid protests". */
const CONCESSIVES = lexicon('concessive-prepositions.txt');

/** Words that open a subordinate clause when a verb follows ("as the opposition threatened", "after rebels shelled"). */
export const SUBORDINATORS: ReadonlySet<string> = lexicon('subordinators.txt');

export function afterWindow(doc: Doc, sentence: Sentence, group: VerbGroup): { start: number; end: number } {
  const start = group.head + 1;
  let end = Math.min(sentence.endToken, start + AFTER_REACH);
  for (let k = start; k < end; k++) {
    const t = doc.tokens[k]!;
    if (endsClause(t)) { end = k; break; }
    // ", the foreign ministry said", ", according to officials": a comma opening another clause ends this one.
    if (t.text === ',' && opensClause(doc, sentence, k + 1)) { end = k; break; }
    // "began joint exercises on Monday, despite warnings from Pyongyang": a concessive adjunct names no party of the act.
    if (CONCESSIVES.has(t.normal)) { end = k; break; }
    // "resigned Sunday as the opposition threatened to storm his residence": a subordinate clause has its own parties.
    if (SUBORDINATORS.has(t.normal) && doc.tokens[k + 1]?.normal !== 'well' && opensClause(doc, sentence, k + 1)) { end = k; break; }
    if (isContentVerb(t, doc.tokens[k + 1], doc.tokens[k - 1])) {
      const prev = doc.tokens[k - 1]!;
      // "their meeting", "the ruling party", "Gondor's meeting": a verb form inside a noun phrase.
      const attributive = prev.pos === 'DET' || prev.pos === 'ADJ' || prev.text === '-' || prev.normal === "'s" ||
        (prev.pos === 'PRON' && POSSESSIVES.has(prev.normal)) || reducedRelative(doc, k);
      // An infinitive ends the stretch too: "discussed efforts to provide aid to Gaza" does not discuss with Gaza;
      // what the infinitive does is coded on its own verb, or through a frame ("agreed to send").
      if (!attributive) { end = k; break; }
    }
  }
  return { start, end };
}

/**
 * A participle right after a noun modifies it and opens no clause: "the roads leading into Mordor",
 * "memos sent by Bree", "a convoy carrying aid".
 */
const ADJUNCT_PARTICIPLES = lexicon('adjunct-participles.txt');

export function reducedRelative(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  const prev = doc.tokens[k - 1];
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  // "forces in Lebanon following the discovery of rockets": these -ing words work as prepositions and open an
  // adjunct, not a modifier of the noun before them.
  if (ADJUNCT_PARTICIPLES.has(t.normal)) return false;
  if (t.normal.endsWith('ing')) return true;
  if (!looksLikeParticiple(t)) return false;
  if (doc.tokens[k + 1]?.normal === 'by') return true;
  // "deported 28 Afghan men convicted of crimes", "to interrogate detainees held after the escape": a participle and
  // its adjunct after the object of a verb (or of a preposition) modify that object.
  return RELATIVE_ADJUNCTS.has(doc.tokens[k + 1]?.normal ?? '') && objectPhraseBefore(doc, k);
}

/** Prepositions that open the adjunct of a participle modifying a noun ("convicted of", "held after", "jailed for"). */
const RELATIVE_ADJUNCTS = lexicon('relative-adjunct-prepositions.txt');

/** Tags of the words a noun phrase is made of, for scanning back over one. */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);

/** The noun phrase before token k is a verb's object, not a subject. */
function objectPhraseBefore(doc: Doc, k: number): boolean {
  // "Ithilen's sheep and goats of Gondor warned of ...": "of", "and" and possessives stay inside the phrase.
  let j = k - 1;
  while (j >= 0 && (PHRASE_TAGS.has(doc.tokens[j]!.pos) || doc.tokens[j]!.normal === 'of' || doc.tokens[j]!.normal === 'and')) j--;
  const before = doc.tokens[j];
  // After a preposition the phrase may be a date or place before the clause's own verb ("Obama on Thursday called for").
  return before !== undefined && j < k - 1 && before.pos === 'VERB' && !REPORTING.has(before.lemma);
}

/** Verbs whose object may be a whole clause: "said militants fired on troops" has "fired" as a verb of its own. */
const REPORTING = lexicon('clause-taking-verbs.txt');

/** Whether the comma-delimited stretch from `from` holds a verb of its own (a clause, not an apposition or list item). */
/** A clause after a comma has its verb near its start (", a senior Bree official said"); farther on it belongs to a phrase. */
const CLAUSE_VERB_REACH = 6;

function opensClause(doc: Doc, sentence: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(sentence.endToken, from + CLAUSE_VERB_REACH); k++) {
    const t = doc.tokens[k]!;
    if (t.text === ',' || endsClause(t)) return false;
    if (isContentVerb(t, doc.tokens[k + 1], doc.tokens[k - 1]) && doc.tokens[k - 1]?.normal !== 'to') return true;
  }
  return false;
}

/**
 * The tokens before the verb group in its clause: back to the previous content verb or clause
 * punctuation. Commas stop it too, except inside a list of names ("Mordor, Rohan and Bree").
 */
export function beforeWindow(doc: Doc, sentence: Sentence, group: VerbGroup): { start: number; end: number } {
  const aside = asideBefore(doc, sentence, group.start);
  const end = aside ? aside.start : group.start;
  let start = sentence.firstToken;
  for (let k = end - 1; k >= sentence.firstToken; k--) {
    const t = doc.tokens[k]!;
    // "Muslim hackers angered by the cartoons have defaced ...": a participle with its by-phrase modifies the subject.
    if (endsClause(t) || (isContentVerb(t, doc.tokens[k + 1], doc.tokens[k - 1]) && doc.tokens[k + 1]?.text !== '-' && !(looksLikeParticiple(t) && reducedRelative(doc, k)))) { start = k + 1; break; }
  }
  return { start, end };
}

/** An aside between subject and verb is short: a prepositional, participial or relative phrase ("in remarks published on Monday"). */
const ASIDE_REACH = 10;

/**
 * "Arnor's foreign minister, in remarks published on Monday, urged Eriador": a phrase set off by commas and opened
 * by a preposition, a participle or "who"/"which", right before the verb group, stands between the verb and its
 * subject and is no part of the clause.
 * Returns the span from its opening comma to its closing one.
 */
function asideBefore(doc: Doc, sentence: Sentence, verbStart: number): { start: number; end: number } | null {
  const closing = verbStart - 1;
  if (closing <= sentence.firstToken || doc.tokens[closing]!.text !== ',') return null;
  for (let k = closing - 1; k > sentence.firstToken && k >= closing - ASIDE_REACH; k--) {
    const t = doc.tokens[k]!;
    if (endsClause(t)) return null;
    if (t.text !== ',') continue;
    const opener = doc.tokens[k + 1]!;
    // Opened by a preposition ("in remarks published on Monday"), a participle ("occurring every three days") or
    // a relative pronoun ("who met Haniyeh on Saturday").
    const opens = opener.pos === 'ADP' || (opener.pos === 'VERB' && opener.normal.endsWith('ing')) || opener.normal === 'who' || opener.normal === 'which' || appositive(doc, k, closing);
    return opens && k + 1 < closing ? { start: k, end: verbStart } : null;
  }
  return null;
}

/** Words of a name set off by commas after a role ("a member of parliament, Mohammed Mamoun,"). */
const MAX_APPOSITIVE_NAME = 4;

/**
 * "The Nigerian Union of Teachers (NUT), the umbrella union for primary school teachers, announced": a noun phrase
 * opened by a determiner, with no verb, after a name (or its bracketed acronym) renames that name.
 */
function appositive(doc: Doc, opening: number, closing: number): boolean {
  const before = doc.tokens[opening - 1];
  if (!before || !(before.pos === 'PROPN' || before.pos === 'NOUN' || before.text === ')')) return false;
  // "A member of the Syrian parliament, Mohammed Mamoun, started": a bare name after a role names that role's holder.
  if (before.pos === 'NOUN' && closing - opening - 1 <= MAX_APPOSITIVE_NAME && closing - opening > 1) {
    let name = true;
    for (let k = opening + 1; k < closing; k++) if (doc.tokens[k]!.pos !== 'PROPN') name = false;
    if (name) return true;
  }
  if (doc.tokens[opening + 1]!.pos !== 'DET') return false;
  for (let k = opening + 1; k < closing; k++) if (doc.tokens[k]!.pos === 'VERB' || doc.tokens[k]!.pos === 'AUX') return false;
  // "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded": a renaming that codes an actor itself
  // says in what capacity the name acts, so it stays the subject.
  return !doc.actors.some((a) => a.known && a.tokens.start > opening && a.tokens.end <= closing && doc.tokens[a.tokens.start - 1]?.pos !== 'ADP');
}

/** Words a noun phrase is made of, for a pattern's `^`: determiners, modifiers, nouns and possessives, no preposition. */
function inNounPhrase(token: Token): boolean {
  if (token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'NOUN' || token.pos === 'PROPN') return true;
  return token.normal === "'s" || (token.pos === 'PRON' && POSSESSIVES.has(token.normal));
}

function headsNounPhrase(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'NUM';
}

/**
 * The first noun phrase at or after `from` and before `limit`, as a pattern's `^` skips it ("* IFTAR IN ^ +":
 * "celebrated Iftar in Osgiliath with the leaders of Gondor" skips "Osgiliath"). It stops at a preposition, as
 * PETRARCH's noun phrases do: "the parliament of Gondor" is "the parliament" and a phrase "of Gondor".
 * With `anchored`, the phrase must start at `from`.
 */
export function nounPhraseAfter(doc: Doc, from: number, limit: number, anchored: boolean): { start: number; end: number } | null {
  for (let k = from; k < limit; k++) {
    if (inNounPhrase(doc.tokens[k]!)) {
      let end = k;
      let headed = false;
      for (; end < limit && inNounPhrase(doc.tokens[end]!); end++) if (headsNounPhrase(doc.tokens[end]!)) headed = true;
      if (headed) return { start: k, end };
      if (anchored) return null;
      k = end;
      continue;
    }
    if (anchored) return null;
  }
  return null;
}

/** The last noun phrase ending at or before `from` and not before `limit`: `^` read right to left ("$ IN ^ *"). */
export function nounPhraseBefore(doc: Doc, from: number, limit: number, anchored: boolean): { start: number; end: number } | null {
  for (let k = from; k >= limit; k--) {
    if (inNounPhrase(doc.tokens[k]!)) {
      let start = k;
      let headed = false;
      for (; start >= limit && inNounPhrase(doc.tokens[start]!); start--) if (headsNounPhrase(doc.tokens[start]!)) headed = true;
      if (headed) return { start: start + 1, end: k + 1 };
      if (anchored) return null;
      k = start + 1;
      continue;
    }
    if (anchored) return null;
  }
  return null;
}
