// Frames around an action ("agreed to send troops", "urged Uganda to repatriate"): the act about the act, and whom it addresses.
import type { ActorMention, Modality } from '../../document/types.js';
import type { FrameEntry } from '../../dictionaries/model.js';
import { beforeWindow, isContentVerb, verbGroup, type VerbGroup } from './clause.js';
import { nominalAt, nounIndex, objectOf } from './nominals.js';
import { roleOnly } from './placement.js';
import { framedCode, framesAround, hasFrames } from './frames.js';
import type { SentenceContext } from './context.js';
import { byPhraseActor, firstActorGroup, locative } from './parties.js';
import { OBJECT_PRONOUNS, coreferent, objectAntecedent } from './subjects.js';
import { lexicon } from '../../text/lexicon.js';

/** The subject of the clause that reports this one ("Britain said Libya must ..."): the latest other subject before it. */
function reportingSubject(ctx: SentenceContext, group: VerbGroup, own: ActorMention[]): ActorMention[] {
  let best: ActorMention[] = [];
  let bestHead = -1;
  for (const [head, subject] of ctx.subjectByHead) {
    if (head < group.start && head > bestHead && subject.length > 0 && subject.every((a) => !own.includes(a))) {
      best = subject;
      bestHead = head;
    }
  }
  return best;
}

/** Words that may stand between a frame verb and its action noun: "called FOR the release", "demanded THE immediate withdrawal". */
function skippableBeforeNoun(t: { pos: string; normal: string }): boolean {
  return t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.normal === 'for' || t.normal === 'on' || t.normal === 'an';
}

export function frameOfActionNoun(ctx: SentenceContext, verbWords: readonly string[], after: { start: number; end: number }): { code: string; target: ActorMention | null; ref: string } | null {
  const frames = (ctx.knowledge.frames ?? []).filter((f) => verbWords.some((w) => f.verbs.includes(w)));
  if (frames.length === 0) return null;
  const nouns = nounIndex(ctx.knowledge);
  for (let k = after.start; k < Math.min(after.end, after.start + 5); k++) {
    const t = ctx.doc.tokens[k]!;
    if (skippableBeforeNoun(t)) continue;
    if (t.pos !== 'NOUN' && t.pos !== 'VERB') return null;
    // The action noun is the head of the object phrase: look at the last noun of a run ("humanitarian aid").
    if (ctx.doc.tokens[k + 1]?.pos === 'NOUN') continue;
    const entry = nominalAt(ctx.doc, nouns, k, after.start);
    if (!entry) return null;
    for (const f of frames) {
      const framed = framedCode(f, entry.code);
      if (!framed) continue;
      const target = objectOf(ctx, k, [...entry.targetPrepositions, 'OF']);
      return { code: framed, target, ref: `${f.source.file}:${f.source.line}` };
    }
    return null;
  }
  return null;
}

/**
 * "Jordan and Britain agreed to undertake joint exercises": a frame verb whose "to" complement no pattern codes
 * is coded by its frame's fallback (030), not by its own bare sense ("agree" as 050). When the complement is
 * coded, the framed event supersedes this one.
 */
export function framedFallback(ctx: SentenceContext, verbWords: readonly string[], afterVerb: number, code: string | null): { code: string; ref: string } | null {
  if (code === null || code === '---') return null;
  let k = afterVerb;
  const object = ctx.actors.find((a) => a.tokens.start === k);
  if (object) k = object.tokens.end;
  if (ctx.doc.tokens[k]?.normal !== 'to' || ctx.doc.tokens[k + 1]?.pos !== 'VERB') return null;
  for (const f of ctx.knowledge.frames ?? []) {
    if (!f.fallback || !verbWords.some((w) => f.verbs.includes(w))) continue;
    if (code.startsWith(f.fallback.slice(0, 2))) return null;
    return { code: f.fallback, ref: `${f.source.file}:${f.source.line}` };
  }
  return null;
}

const CONDITIONALS = lexicon('conditional-conjunctions.txt');

function inCondition(ctx: SentenceContext, group: VerbGroup): boolean {
  const window = beforeWindow(ctx.doc, ctx.sentence, group);
  for (let k = window.start; k < group.start; k++) if (CONDITIONALS.has(ctx.doc.tokens[k]!.normal)) return true;
  return false;
}

/** The object of the verb an infinitive at `start` ("to offer") serves: "telephoned Erdogan on Monday to offer" → Erdogan. */
export function governingObject(ctx: SentenceContext, start: number): ActorMention[] {
  for (let k = start - 1; k >= ctx.sentence.firstToken && k >= start - FRAME_OBJECT_REACH; k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === ',' || t.text === ';') return [];
    if (isContentVerb(t, ctx.doc.tokens[k + 1], ctx.doc.tokens[k - 1])) return firstActorGroup(ctx, k + 1, start);
  }
  return [];
}

/** How far before its "to" an infinitive's governing verb may stand. */
const FRAME_OBJECT_REACH = 10;

/** An event being assembled: what the frames around the verb may change. */
interface Draft {
  code: string | null;
  reverse: string | null;
  sources: ActorMention[];
  targets: ActorMention[];
  patternRef: string;
  modality: Modality;
  trigger: { start: number; end: number };
}

/**
 * Frames around the action decide what is coded: the framed act ("agreed to send troops" → 0332, its source the
 * frame verb's subject), or the action with the modality the frame gives it (denied, conditional, planned).
 */
export function applyFrames(ctx: SentenceContext, group: VerbGroup, draft: Draft): Draft & { supersedes: number | null } {
  let { code, reverse, sources, targets, patternRef, modality, trigger: triggerSpan } = draft;
  let supersedes: number | null = null;
  const frames = code !== null && code !== '---' ? framesAround(ctx.doc, ctx.sentence, group, ctx.actors, ctx.knowledge) : [];
  const reporter = reportingSubject(ctx, group, sources);
  const mapped = frames
    .map((f) => ({ f, framed: framedCode(f.entry, code!) }))
    .find((x) => x.framed !== null && (x.f.entry.target !== 'subject' || reporter.length > 0));
  const sameFamily = mapped ? undefined : frames.find((x) => x.viaVerb && frameFamily(x.entry) === code!.slice(0, 2));
  const unmapped = mapped || sameFamily ? undefined : frames.find((x) => x.viaVerb && x.entry.unmapped);
  // "threatened to deliver devastating blows to the US": a frame verb whose map does not cover the action may code
  // its own act instead (its fallback); the threat is what happened, whatever the action's code.
  const applied = mapped ?? (unmapped?.entry.unmapped === 'fallback' && unmapped.entry.fallback ? { f: unmapped, framed: unmapped.entry.fallback } : undefined);
  if (applied) {
    const { f, framed } = applied;
    code = framed;
    reverse = null;
    patternRef = `${patternRef} + ${f.entry.source.file}:${f.entry.source.line}`;
    if (f.viaVerb) {
      supersedes = f.trigger;
      const frameSubject = ctx.subjectByHead.get(f.trigger);
      if (frameSubject && frameSubject.length > 0) sources = frameSubject;
    }
    if (f.entry.target === 'object') targets = frameObjects(ctx, f.trigger, f.objects, sources) ?? targets;
    if (f.viaVerb && f.entry.target === 'object' && verbGroup(ctx.doc, ctx.sentence, f.trigger).passive) {
      // "Sudan's military council was urged by the African Union to accept mediation": the by-phrase urges, the subject
      // is urged.
      const urger = byPhraseActor(ctx, f.trigger + 1, ctx.sentence.endToken);
      if (urger.length > 0) {
        targets = ctx.subjectByHead.get(f.trigger) ?? [];
        sources = urger;
      }
    }
    // "rejected a US offer to host a summit": an action with no party of its own is aimed at whoever the frame
    // verb's object names.
    if (f.entry.target === 'complement' && f.objects.length > 0 && targets.every(roleOnly)) targets = f.objects;
    if (f.entry.target === 'subject') {
      targets = sources;
      sources = reporter;
    }
    if (f.trigger < triggerSpan.start && triggerSpan.end - f.trigger <= 6) triggerSpan = { start: f.trigger, end: triggerSpan.end };
    // The framed act (the announcement, the appeal) happened; the action itself did not yet.
    if (modality === 'hypothetical') modality = 'asserted';
  } else if (sameFamily) {
    // "threatened to break off relations", coded 13x by the action's own pattern: the pattern already
    // holds the framed act, so the frame verb's bare event ("threatened" as 130) is not coded again.
    supersedes = sameFamily.trigger;
    const frameSubject = ctx.subjectByHead.get(sameFamily.trigger);
    if (frameSubject && frameSubject.length > 0) sources = frameSubject;
    if (modality === 'hypothetical') modality = 'asserted';
  } else if (unmapped) {
    // "agreed to attack": an action the frame neither maps nor replaces is not yet a fact.
    modality = 'planned';
  } else if (modality === 'asserted' && inCondition(ctx, group)) {
    // "if Israel attacks Iran", "unless talks resume": a condition, not a fact.
    modality = 'hypothetical';
  } else if (frames.some((f) => f.entry.modality)) {
    // "Israel denied attacking Iran", "if Turkey imposes sanctions": the action is coded, but not as a fact.
    modality = frames.find((f) => f.entry.modality)!.entry.modality!;
  } else if (frames.some((f) => !f.viaVerb) && hasFrames(ctx.knowledge)) {
    // "will" with an action no frame covers: a plan, not a fact.
    modality = 'planned';
  }
  return { code, reverse, sources, targets, patternRef, modality, trigger: triggerSpan, supersedes };
}

/**
 * Whom a frame verb addresses: its object actors, without places that only say where one of them is ("called on the
 * UN mission in Haiti to ..."), or the party an object pronoun takes back ("urging him to send troops"); null when
 * it names none.
 */
function frameObjects(ctx: SentenceContext, frameVerb: number, objects: ActorMention[], sources: ActorMention[]): ActorMention[] | null {
  const parties = objects.filter((o) => !locative(ctx, o));
  if (parties.length > 0) return parties;
  if (objects.length > 0) return objects;
  const pronoun = ctx.doc.tokens[frameVerb + 1];
  if (pronoun?.pos !== 'PRON' || !OBJECT_PRONOUNS.has(pronoun.normal)) return null;
  const antecedent = objectAntecedent(ctx, frameVerb, sources);
  return antecedent ? [pronounParty(ctx, antecedent, frameVerb + 1)] : null;
}

/**
 * The party an object pronoun takes back: named in this sentence, its own mention there ("wrote to President Bush
 * urging him": President Bush); from an earlier sentence, the pronoun standing for it.
 */
export function pronounParty(ctx: SentenceContext, antecedent: ActorMention, pronoun: number): ActorMention {
  return antecedent.sentence === ctx.sentence.index ? antecedent : coreferent(antecedent, ctx.sentence.index, pronoun);
}

/** The CAMEO root a frame's codes belong to (03 for intent, 13 for threat), read off its map. */
function frameFamily(entry: FrameEntry): string | null {
  return entry.map[0]?.[1].slice(0, 2) ?? null;
}
