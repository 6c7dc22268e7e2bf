// Constructions with a code of their own: a weapon as subject ("a roadside bomb kills"), "X called Y a <label>".
import type { ActorMention } from '../../document/types.js';
import { beforeWindow, type VerbGroup } from './clause.js';
import { nominalAt, nounIndex } from './nominals.js';
import { VIOLENT_ROOTS, accidentalDeath, roleOnly } from './placement.js';
import { lexicon } from '../../text/lexicon.js';
import type { SentenceContext } from './context.js';

/** The tags of words inside a noun phrase before its head ("the US airstrike"). */
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);

/** Words that open the label after the one called something: an article or a quotation mark. */
const LABEL_OPENERS: ReadonlySet<string> = new Set([...lexicon('articles.txt'), '"', '“']);

/** Tags of the words of a possessed noun phrase ("Theresa May's proposed Brexit deal"). */
const POSSESSED_PHRASE_TAGS = new Set(['NOUN', 'ADJ', 'PROPN', 'VERB']);

/** The object of "called" and where the label after it starts: "called [Trump's] [conduct] a ..." → Trump, the "a". */
export function namedObjectWithLabel(ctx: SentenceContext, after: { start: number; end: number }): { target: ActorMention; label: number } | null {
  const first = ctx.doc.tokens[after.start]?.pos === 'DET' ? after.start + 1 : after.start;
  const target = ctx.actorAt.get(first);
  if (!target) return null;
  let k = target.tokens.end;
  // "Pelosi called Trump's conduct a ...", "called Theresa May's proposed Brexit deal "lousy"": the possessor is the
  // one named; the possessed noun phrase is skipped.
  if (ctx.doc.tokens[k]?.normal === "'s" || ctx.doc.tokens[k]?.text === '’s') {
    k++;
    for (let n = 0; n < 5 && POSSESSED_PHRASE_TAGS.has(ctx.doc.tokens[k]?.pos ?? '') && !LABEL_OPENERS.has(ctx.doc.tokens[k]!.normal); n++) k++;
  }
  const t = ctx.doc.tokens[k];
  if (!t || !LABEL_OPENERS.has(t.normal)) return null;
  return { target, label: k };
}

/** "for what he calls its support", "what it called a provocation": "what" before the subject of "call" makes it a naming. */
export function whatItIsCalled(ctx: SentenceContext, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(ctx.sentence.firstToken, verb - 3); k--) if (ctx.doc.tokens[k]!.normal === 'what') return true;
  return false;
}

/** "X called Y a <label>": praise (051) or denunciation (111) of Y, by the words of the label. */
export function calledLabel(ctx: SentenceContext, span: { start: number; end: number }, after: { start: number; end: number }): { code: string; target: ActorMention; ref: string } | null {
  if (span.end - span.start !== 1 || ctx.doc.tokens[span.start]!.lemma !== 'call') return null;
  const named = namedObjectWithLabel(ctx, after);
  if (!named) return null;
  const condemning = lexicon('condemning-labels.txt');
  const praising = lexicon('praising-labels.txt');
  const criticising = lexicon('criticising-predicates.txt');
  for (let k = named.label; k < Math.min(ctx.sentence.endToken, named.label + 14); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.normal === 'but' || t.normal === 'while' || t.normal === 'because' || t.pos === 'VERB') break;
    if (condemning.has(t.normal)) return { code: '111', target: named.target, ref: 'data/lexicon/condemning-labels.txt' };
    // "called Theresa May's proposed Brexit deal "lousy"": a judging word as the label criticises as well.
    if (criticising.has(t.normal)) return { code: '111', target: named.target, ref: 'data/lexicon/criticising-predicates.txt' };
    if (praising.has(t.normal)) return { code: '051', target: named.target, ref: 'data/lexicon/praising-labels.txt' };
  }
  return null;
}

/** Codes of force that name no means: a weapon as subject says which ("a car bomb kills" is 1832, not 190). */
export const GENERIC_FORCE = new Set(['180', '190', '200', '182', '1823']);


/**
 * The first thing `find` recognises after a preposition of cause within the clause ("killed in two bombings", "died of
 * injuries he received in the war"). To the sentence's end: "are killed and 31 injured in two bombings" names the cause
 * after the second participle; a new clause ("when a truck flips over") has causes of its own.
 */
function afterCause<T>(ctx: SentenceContext, after: { start: number; end: number }, find: (k: number) => T | null): T | null {
  const causes = lexicon('cause-prepositions.txt');
  const subordinators = lexicon('subordinators.txt');
  const relatives = lexicon('relative-pronouns.txt');
  let open = false;
  for (let k = after.start; k < ctx.sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (subordinators.has(t.normal) || relatives.has(t.normal) || t.text === ';') break;
    if (causes.has(t.normal)) open = true;
    else if (t.pos === 'PUNCT') open = false;
    if (!open) continue;
    const found = find(k);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The code of the weapon or attack a passive names as its cause ("are killed in two bombings in the Algerian town of
 * Bouira" 183, "are injured by Israeli artillery fire and shelling" 194, "by a school bombing" 183): the first noun of
 * force after a preposition of cause within the clause, when the event nouns know it; else null.
 */
export function causeAfter(ctx: SentenceContext, after: { start: number; end: number }): string | null {
  const index = nounIndex(ctx.knowledge);
  return afterCause(ctx, after, (k) => {
    if (ctx.doc.tokens[k]!.pos !== 'NOUN') return null;
    const entry = nominalAt(ctx.doc, index, k, after.start);
    return entry && VIOLENT_ROOTS.has(entry.code.slice(0, 2)) ? entry.code : null;
  });
}

/** Verbs of dying: data/lexicon/death-verbs.txt. */
const DEATH_VERBS = lexicon('death-verbs.txt');

/**
 * The code of a death in fighting, a killing done to whoever died: "Two soldiers died and another one was injured in
 * clash with PKK militants", "dies of injuries he received in the war in Afghanistan", "Three Turkish soldiers died
 * in an attack by PKK militants", "over 700 Iraqi Kurds have died fighting ISIL forces". The weapon's code when the
 * clause names one ("died in an airstrike": 195), else 190. Null for other deaths ("the prime minister died today",
 * "died in a car crash", "died of cancer"), which are no event.
 */
export function deathInFighting(ctx: SentenceContext, verb: number, after: { start: number; end: number }): string | null {
  if (!DEATH_VERBS.has(ctx.doc.tokens[verb]!.lemma) || accidentalDeath(ctx, verb)) return null;
  const cause = causeAfter(ctx, after);
  if (cause) return cause;
  // "died fighting ISIL forces": a participle of fighting right after the verb.
  if (ctx.doc.tokens[after.start]?.normal === 'fighting') return '190';
  const fighting = lexicon('fighting-nouns.txt');
  return afterCause(ctx, after, (k) => (fighting.has(ctx.doc.tokens[k]!.normal) ? '190' : null));
}

/**
 * A contest won between parties that bear no arms: "Volodymyr Zelensky defeated incumbent President Petro Poroshenko in
 * the runoff", "Lula defeated President Jair Bolsonaro" are elections, not force, though DEFEAT codes 190. A whole
 * country or a named group with no role may fight ("Russia defeated Ukraine"); an army, police or rebels do.
 */
export function unarmedContest(ctx: SentenceContext, verb: number, code: string, parties: readonly ActorMention[]): boolean {
  if (!VIOLENT_ROOTS.has(code.slice(0, 2)) || !lexicon('contest-verbs.txt').has(ctx.doc.tokens[verb]!.lemma)) return false;
  const armed = lexicon('armed-agents.txt');
  return parties.every((a) => a.agent !== null && !armed.has(a.agent.toLowerCase()));
}

/**
 * The weapon or attack that is the subject of a verb: the head of the first noun phrase before the verb ("A Russian
 * missile strike on a shopping mall in Kremenchuk kills"), when the event nouns know it as force.
 */
export function weaponSubject(ctx: SentenceContext, group: VerbGroup, subject: readonly ActorMention[]): { start: number; phraseStart: number; code: string } | null {
  const window = beforeWindow(ctx.doc, ctx.sentence, group);
  let head = -1;
  let phraseStart = window.start;
  const relative = ctx.doc.tokens[group.start - 1];
  if (relative && (relative.normal === 'that' || relative.normal === 'which') && ctx.doc.tokens[group.start - 2]?.pos === 'NOUN') {
    // "the US airstrike that killed Iranian general Qasem Soleimani": the relative pronoun's noun is the subject.
    head = group.start - 2;
    phraseStart = head;
    while (phraseStart > ctx.sentence.firstToken && NOUN_PHRASE_TAGS.has(ctx.doc.tokens[phraseStart - 1]!.pos)) phraseStart--;
  } else {
    for (let k = window.start; k < group.start; k++) {
      const t = ctx.doc.tokens[k]!;
      if (t.pos === 'ADP' || t.pos === 'VERB' || t.text === ',') break;
      if (t.pos === 'NOUN') head = k;
      if (t.pos === 'DET' && head < 0) phraseStart = k;
    }
  }
  if (head < 0) return null;
  const entry = nominalAt(ctx.doc, nounIndex(ctx.knowledge), head, window.start);
  if (!entry || !VIOLENT_ROOTS.has(entry.code.slice(0, 2))) return null;
  // A party found as subject outside the weapon's phrase ("A suicide bomber", a role of its own) stays the doer.
  if (subject.some((a) => a.tokens.start < phraseStart || a.tokens.end > head)) return null;
  return { start: head, phraseStart, code: entry.code };
}

/** Words that end the reach of a reported judgement: a contrast or a new clause of its own. */
const JUDGEMENT_BREAKS = lexicon('judgement-breaks.txt');

/** Whether a negator stands within the three words before `k` ("is not a violation", "was never illegal"). */
function negatedAt(ctx: SentenceContext, k: number): boolean {
  const negators = lexicon('negators.txt');
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 3); j--) {
    const n = ctx.doc.tokens[j]!.normal;
    if (negators.has(n) || n === 'no') return true;
  }
  return false;
}

/** Whether an adjective is predicated ("is illegal", "was deeply irresponsible", "viewed as illegitimate"), not attributive. */
function predicated(ctx: SentenceContext, k: number): boolean {
  const be = lexicon('be-forms.txt');
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 3); j--) {
    const t = ctx.doc.tokens[j]!;
    if (be.has(t.normal) || t.normal === 'as' || t.lemma === 'remain') return true;
    if (t.pos !== 'ADV' && t.pos !== 'DET' && t.pos !== 'PUNCT') return false;
  }
  return false;
}

/**
 * "The United Nations says that the legalization of marijuana in Uruguay is a violation of international law": a
 * verb of saying whose complement judges a party is an accusation (112) or a criticism (111) of that party, the
 * first one the complement names (else one right after the judging word: "war crimes by the Russian military"). Null when the complement judges no
 * named party, or the judgement is negated.
 */
export function judgedInStatement(ctx: SentenceContext, span: { start: number; end: number }, after: { start: number; end: number }, speakers: readonly ActorMention[]): { code: string; target: ActorMention; ref: string } | null {
  if (span.end - span.start !== 1 || !lexicon('evaluating-verbs.txt').has(ctx.doc.tokens[span.start]!.lemma)) return null;
  const accusing = lexicon('accusing-nouns.txt');
  const criticising = lexicon('criticising-predicates.txt');
  const saying = lexicon('reporting-verbs.txt');
  let end = ctx.sentence.endToken;
  let found: { k: number; code: string; ref: string } | null = null;
  for (let k = after.start; k < end; k++) {
    const t = ctx.doc.tokens[k]!;
    // "said her party has supported the idea, and said it was damning ...": the second saying judges on its own.
    if (JUDGEMENT_BREAKS.has(t.normal) || (t.pos === 'VERB' && (saying.has(t.lemma) || lexicon('evaluating-verbs.txt').has(t.lemma)))) {
      end = k;
      break;
    }
    if (found || negatedAt(ctx, k)) continue;
    if (accusing.has(t.normal)) found = { k, code: '112', ref: 'data/lexicon/accusing-nouns.txt' };
    else if (criticising.has(t.normal) && (t.pos !== 'ADJ' || predicated(ctx, k))) found = { k, code: '111', ref: 'data/lexicon/criticising-predicates.txt' };
  }
  if (!found) return null;
  const judged = (a: ActorMention): boolean => a.country !== null && !roleOnly(a) && !speakers.some((s) => s === a || s.code === a.code);
  const inComplement = ctx.actors.filter((a) => a.tokens.start >= after.start && a.tokens.end <= end && judged(a));
  const target = inComplement.find((a) => a.tokens.end <= found!.k) ?? inComplement.find((a) => a.tokens.start > found!.k && a.tokens.start <= found!.k + 4);
  return target ? { code: found.code, target, ref: found.ref } : null;
}

