// Matching a verb's dictionary patterns (words, synsets, $ and + slots, prepositional and noun phrases) around it in its clause.
import type { ActorMention } from '../../document/types.js';
import type { PatternElement } from '../../dictionaries/model.js';
import { afterWindow, nounPhraseAfter, nounPhraseBefore, verbGroup } from './clause.js';
import { patternsWithWordsIn, synsetStarts, type VerbCandidate, type VerbIndex } from './verb-index.js';
import { splitActorCode } from '../../ontology/actor-codes.js';
import type { SentenceContext } from './context.js';
import { lexicon } from '../../text/lexicon.js';
import { actorList } from './parties.js';

/** What a pattern match binds: where it ended, and the actors its `$`, `+` and `%` picked. */
interface Binding {
  pos: number;
  source: ActorMention | null;
  target: ActorMention | null;
  /** The member of a compound actor `%` stands on: the last one before the verb, the first one after it. */
  compound: ActorMention | null;
}

/** What the verb's patterns say: the code pair, the actors `$` and `+` bound, and whether the pattern spelled a modality. */
interface PatternOutcome {
  code: string | null;
  reverse: string | null;
  binding: Binding;
  /**
   * The members of the compound actor of a `%` pattern ("- % * TALKS [031]": "Israel and Hamas held talks"), which do
   * the event to each other; null for other patterns.
   */
  compound: ActorMention[] | null;
  modalityCoded: boolean;
  patternRef: string;
}

/**
 * Tries the block's patterns, most specific first; the first whose words stand after and before the verb gives
 * the code. A matching pattern coded "---" says the verb is not an event here; only an unmatched verb takes its
 * default. Most patterns name words the clause does not have: a position lookup rules them out cheaply.
 */
export function matchVerbPatterns(ctx: SentenceContext, cand: VerbCandidate & { span: { start: number; end: number } }, after: { start: number; end: number }, subject: readonly ActorMention[]): PatternOutcome {
  const present = ctx.positions;
  let complement: { start: number; end: number } | undefined;
  for (const { pattern, wordsAfter, wordsBefore, after: afterElements, before: beforeElements } of patternsWithWordsIn(ctx.index, cand.block, cand.verb, present)) {
    // A pattern that spells the "to" of an infinitive ("- * TO RECONSIDER [102]": "asked Hamas to reconsider") or
    // names the infinitive's verb (TABARI's "VOW ... - * RESIST [112]": "vowed to resist Israel"; "HAVE ... NOTHING TO
    // DO WITH [022]") reaches into that infinitive's clause, where the verb's own words end. One that names neither
    // stays out of it: "discussed efforts to provide aid to Gaza" is no discussion with Gaza.
    const first = afterElements[0];
    const reaches = (first?.kind === 'word' && first.word === 'TO') || namesInfinitiveVerb(ctx, after, afterElements);
    const window = reaches ? (complement ??= infinitiveReach(ctx, after)) : after;
    if (!allWithin(present, wordsAfter, window.start, window.end) || !allWithin(present, wordsBefore, ctx.sentence.firstToken, cand.span.start)) continue;
    const afterMatch = matchForward(ctx, afterElements, window.start, window.end, { pos: window.start, source: null, target: null, compound: null });
    if (!afterMatch) continue;
    // Words before the verb include its auxiliaries: "DID N'T *" is a pattern for a negated verb.
    const beforeMatch = matchBackward(ctx, beforeElements, cand.span.start - 1, ctx.sentence.firstToken, afterMatch);
    if (!beforeMatch) continue;
    const compound = beforeMatch.compound ? compoundMembers(ctx, beforeMatch.compound, cand.span.start, after.end, subject) : null;
    // TABARI's "%" asks for a compound actor: with one actor there the pattern does not apply ("Israel met Hamas" is
    // not coded by "- % * [031]" but by MET's own [031:032]).
    if (compound && new Set(compound.map((a) => a.code)).size < 2) continue;
    return {
      code: pattern.code,
      reverse: pattern.reverseCode,
      binding: beforeMatch,
      compound,
      modalityCoded: mentionsModality(ctx.index, pattern.before),
      patternRef: `${pattern.source.file}:${pattern.source.line}`,
    };
  }
  const own = cand.verb.inheritsBlockCode ? ctx.index.blockCodes.get(cand.block.name) ?? cand.block : cand.verb;
  return {
    code: own.code,
    reverse: own.reverseCode,
    binding: { pos: after.start, source: null, target: null, compound: null },
    compound: null,
    modalityCoded: false,
    patternRef: `${cand.verb.source.file}:${cand.verb.source.line}`,
  };
}

/**
 * Whether the verb's words end at an infinitive's "to" and a word of the pattern is that infinitive's verb ("RESIST":
 * "vowed to resist"). An infinitive after a common noun says what the noun is for, not what the verb does: "signed an
 * alternative deal to export gas" is no "SIGN * EXPORT".
 */
function namesInfinitiveVerb(ctx: SentenceContext, after: { start: number; end: number }, elements: readonly PatternElement[]): boolean {
  if (after.end >= ctx.sentence.endToken || after.end <= after.start || ctx.doc.tokens[after.end - 1]!.normal !== 'to') return false;
  if (after.end - 1 > after.start && ctx.doc.tokens[after.end - 2]!.pos === 'NOUN') return false;
  return elements.some((e) => e.kind === 'word' && (e.stem === true ? stemMatches(ctx, after.end, e.word) : wordMatches(ctx, after.end, e.word)));
}

/**
 * The words after a verb with the infinitive that ends them: "asked Hamas to reconsider" ends at "reconsider", whose
 * own clause the reach takes in. Without such an infinitive, the verb's own words.
 */
function infinitiveReach(ctx: SentenceContext, after: { start: number; end: number }): { start: number; end: number } {
  const { doc, sentence } = ctx;
  if (after.end >= sentence.endToken || after.end <= after.start || doc.tokens[after.end - 1]!.normal !== 'to') return after;
  return { start: after.start, end: afterWindow(doc, sentence, verbGroup(doc, sentence, after.end)).end };
}

/**
 * The compound actor a `%` stands on: before the verb, the clause's subject when the bound actor is one of it, else
 * the list the actor ends ("Israel and Hamas"); after it, the list the actor starts ("between Israel and Hamas").
 */
function compoundMembers(ctx: SentenceContext, member: ActorMention, verbStart: number, afterEnd: number, subject: readonly ActorMention[]): ActorMention[] {
  if (member.tokens.end <= verbStart) return subject.includes(member) ? [...subject] : actorList(ctx, member, -1);
  return actorList(ctx, member, 1).filter((a) => a.tokens.end <= afterEnd);
}

/** Words that make a verb not asserted: a pattern that names them codes the negated or modal act itself. */
const MODALITY_WORDS = new Set([...lexicon('modality-words.txt')].map((w) => w.toUpperCase()));

function mentionsModality(index: VerbIndex, elements: readonly PatternElement[]): boolean {
  return elements.some((e) => {
    if (e.kind === 'word') return MODALITY_WORDS.has(e.word);
    if (e.kind === 'synset') return (index.synsets.get(e.name) ?? []).some((m) => m.some((w) => MODALITY_WORDS.has(w)));
    if (e.kind === 'prep' || e.kind === 'np') return mentionsModality(index, e.elements);
    return false;
  });
}

/**
 * An actor coded "FRO/BIL/SAM" (PETRARCH's several-actors code: "the Shire" is three hobbits) takes part
 * in the event as each of them.
 */
export function expandAlternatives(actor: ActorMention): ActorMention[] {
  if (!actor.code.includes('/')) return [actor];
  return actor.code.split('/').filter(Boolean).map((code) => ({ ...actor, ...splitActorCode(code) }));
}

/** Whether every word stands somewhere in [from, to). */
function allWithin(positions: Map<string, number[]>, words: readonly string[], from: number, to: number): boolean {
  for (const w of words) {
    const at = positions.get(w);
    if (!at) return false;
    let inside = false;
    for (const k of at) {
      if (k >= to) break;
      if (k >= from) { inside = true; break; }
    }
    if (!inside) return false;
  }
  return true;
}

const ANYWHERE: readonly number[] = [];

/**
 * Token positions where an element can start, ascending; ANYWHERE when it cannot be told cheaply. Scanning only
 * these is what keeps thousands of patterns affordable on long sentences.
 */
function startPositions(ctx: SentenceContext, e: PatternElement): readonly number[] {
  switch (e.kind) {
    case 'word':
      // A stem may start any word: it is looked for everywhere (only TABARI patterns have stems).
      return e.stem === true ? ANYWHERE : ctx.positions.get(e.word) ?? [];
    case 'source':
    case 'target':
    case 'compound':
      return ctx.actorStarts;
    case 'prep':
    case 'np':
      return e.elements.length > 0 ? startPositions(ctx, e.elements[0]!) : ANYWHERE;
    case 'synset': {
      let cached = ctx.synsetStarts.get(e.name);
      if (!cached) {
        cached = synsetStarts(ctx.index, e.name, ctx.positions) ?? ANYWHERE;
        ctx.synsetStarts.set(e.name, cached);
      }
      return cached;
    }
    default:
      return ANYWHERE;
  }
}

function matchPhraseAt(ctx: SentenceContext, words: readonly string[], at: number, limit: number): number {
  if (at + words.length > limit) return -1;
  for (let k = 0; k < words.length; k++) {
    if (!wordMatches(ctx, at + k, words[k]!)) return -1;
  }
  return at + words.length;
}

/** A pattern word matches the token as written or its lemma ("SANCTIONS" and "sanction", "MET" and "meet"). */
function wordMatches(ctx: SentenceContext, k: number, word: string): boolean {
  return ctx.words[k] === word || ctx.lemmas[k] === word;
}

/** A TABARI stem matches any word that starts with it ("VIOLAT": VIOLATED, VIOLATION). */
function stemMatches(ctx: SentenceContext, k: number, stem: string): boolean {
  return ctx.words[k]!.startsWith(stem) || ctx.lemmas[k]!.startsWith(stem);
}

/** Ends of every way a single element can match starting at or after `from` (gaps allowed before it). */
function elementEnds(ctx: SentenceContext, e: PatternElement, from: number, limit: number, b: Binding, anchored: boolean): Binding[] {
  if (e.kind === 'skip') return skipNounPhrase(ctx, from, limit, b, anchored);
  const out: Binding[] = [];
  const last = anchored ? Math.min(from, limit - 1) : limit - 1;
  const starts = startPositions(ctx, e);
  const candidates = starts === ANYWHERE ? null : starts;
  for (let c = 0, k = candidates ? -1 : from; ; ) {
    if (candidates) {
      while (c < candidates.length && candidates[c]! < from) c++;
      if (c >= candidates.length) break;
      k = candidates[c++]!;
    } else if (k > last) break;
    if (k > last) break;
    switch (e.kind) {
      case 'word': {
        if (e.stem === true ? stemMatches(ctx, k, e.word) : wordMatches(ctx, k, e.word)) out.push({ ...b, pos: k + 1 });
        break;
      }
      case 'synset': {
        for (const member of ctx.index.synsets.get(e.name) ?? []) {
          const end = matchPhraseAt(ctx, member, k, limit);
          if (end > 0) { out.push({ ...b, pos: end }); break; }
        }
        break;
      }
      case 'source':
      case 'target':
      case 'compound': {
        const a = ctx.actorAt.get(k);
        if (a && a.tokens.end <= limit) out.push({ ...b, pos: a.tokens.end, [e.kind]: a });
        break;
      }
      case 'prep':
      case 'np': {
        // "(TO)" is the preposition: the "to" of an infinitive ("efforts to improve") is no destination.
        if (e.kind === 'prep' && ctx.doc.tokens[k]!.pos === 'PART') break;
        const inner = matchForward(ctx, e.elements, k, limit, { ...b, pos: k }, true);
        if (inner) out.push(inner);
        break;
      }
      default:
        break;
    }
    if (out.length > 0) break;
    if (!candidates) k++;
  }
  return out;
}

/**
 * `^` skips a noun phrase. One that ends inside an actor mention ("the parliament" of "the parliament of Gondor")
 * leaves that mention to the next element, which PETRARCH finds in the phrase's "of Gondor".
 */
function skipNounPhrase(ctx: SentenceContext, from: number, limit: number, b: Binding, anchored: boolean): Binding[] {
  const phrase = nounPhraseAfter(ctx.doc, from, limit, anchored);
  if (!phrase) return [];
  const open = ctx.actors.find((a) => a.tokens.start >= phrase.start && a.tokens.start < phrase.end && phrase.end < a.tokens.end);
  return [{ ...b, pos: open ? open.tokens.start : phrase.end }];
}

/** Matches pattern elements left to right from `from`; words may be separated by other words unless `anchored`. */
function matchForward(ctx: SentenceContext, elements: readonly PatternElement[], from: number, limit: number, b: Binding, anchored = false): Binding | null {
  const relevant = elements;
  const step = (idx: number, pos: number, binding: Binding): Binding | null => {
    if (idx === relevant.length) return { ...binding, pos };
    const e = relevant[idx]!;
    // In an anchored group (a noun or prepositional phrase) the first word starts it and the rest follow closely.
    const tight = (anchored && idx === 0) || e.adjacentToPrevious === true;
    for (const next of elementEnds(ctx, e, pos, limit, binding, tight)) {
      const done = step(idx + 1, next.pos, next);
      if (done) return done;
    }
    return null;
  };
  return step(0, from, b);
}

/** Matches the words before the verb right to left, each at or before `from`, none before `limit`. */
function matchBackward(ctx: SentenceContext, elements: readonly PatternElement[], from: number, limit: number, b: Binding): Binding | null {
  const relevant = elements;
  let binding = b;
  let pos = from;
  for (let idx = relevant.length - 1; idx >= 0; idx--) {
    const e = relevant[idx]!;
    let matched = false;
    // "IN_*": a word joined to the next element (or the verb) by "_" must stand right before it.
    const lowest = e.adjacentToNext ? pos : limit;
    if (e.kind === 'skip') {
      const phrase = nounPhraseBefore(ctx.doc, pos, limit, e.adjacentToNext === true);
      if (!phrase) return null;
      pos = phrase.start - 1;
      continue;
    }
    for (let k = pos; k >= Math.max(limit, lowest) && !matched; k--) {
      if (e.kind === 'word' && (e.stem === true ? stemMatches(ctx, k, e.word) : wordMatches(ctx, k, e.word))) { pos = k - 1; matched = true; }
      else if (e.kind === 'source' || e.kind === 'target' || e.kind === 'compound') {
        const a = ctx.actors.find((m) => m.tokens.end - 1 === k || (m.tokens.start <= k && k < m.tokens.end));
        if (a) { binding = { ...binding, [e.kind]: a }; pos = a.tokens.start - 1; matched = true; }
      } else if (e.kind === 'synset' || e.kind === 'prep' || e.kind === 'np') {
        const inner = matchForward(ctx, [e], k, from + 1, { ...binding, pos: k }, true);
        if (inner) { pos = k - 1; matched = true; binding = { ...inner, pos: binding.pos }; }
      }
    }
    if (!matched) return null;
  }
  return binding;
}
