// One verb's events: its candidates, the pattern that codes it, its source and target, frames, passives and reciprocity.
import type { ActorMention, EventMention, Modality } from '../../document/types.js';
import { afterWindow, beforeWindow, reducedRelative, verbGroup, type VerbGroup } from './clause.js';
import { stemCandidates, type VerbCandidate } from './verb-index.js';
import { accidentalDeath, awaitingPlace, placedByClause, placedRole, roleOnly, unknownActor, unnamedDoers, VIOLENT_ROOTS } from './placement.js';
import { lexicon } from '../../text/lexicon.js';
import { GENERIC_FORCE, calledLabel, causeAfter, deathInFighting, judgedInStatement, unarmedContest, namedObjectWithLabel, weaponSubject, whatItIsCalled } from './constructions.js';
import type { SentenceContext } from './context.js';
import { applyFrames, frameOfActionNoun, framedFallback, governingObject, pronounParty } from './framing.js';
import { byPhraseActor, byToken, firstActorGroup, locative, placeLike } from './parties.js';
import { expandAlternatives, matchVerbPatterns } from './patterns.js';
import { OBJECT_PRONOUNS, finite, objectAntecedent } from './subjects.js';
import { namedHome, ownCountry, unnamedTargetRule } from './unnamed-targets.js';

/** The verb's entries: the form as written, else its lemma; multi-word verbs must find their other words around it. */
function candidatesFor(ctx: SentenceContext, i: number): Array<VerbCandidate & { span: { start: number; end: number } }> {
  const found = ctx.index.byForm.get(ctx.words[i]!) ?? ctx.index.byForm.get(ctx.lemmas[i]!) ?? (ctx.index.longestStem > 0 ? stemCandidates(ctx.index, ctx.words[i]!) : []);
  const result: Array<VerbCandidate & { span: { start: number; end: number } }> = [];
  for (const c of found) {
    const start = i - c.wordsBefore.length;
    const end = i + 1 + c.wordsAfter.length;
    if (start < ctx.sentence.firstToken || end > ctx.sentence.endToken) continue;
    if (c.wordsBefore.some((w, k) => ctx.words[start + k] !== w)) continue;
    if (c.wordsAfter.some((w, k) => ctx.words[i + 1 + k] !== w)) continue;
    // Not `{ ...c, span }`: a spread followed by a new property is a slow path in Node 20's V8.
    result.push({ block: c.block, verb: c.verb, wordsBefore: c.wordsBefore, wordsAfter: c.wordsAfter, span: { start, end } });
  }
  // Multi-word verbs ("MEET WITH") are more specific than the bare verb.
  result.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
  return result;
}

interface CodedVerb {
  events: EventMention[];
  /** The token of a frame verb whose own events the framed events replace. */
  supersedes: number | null;
}

const NONE: CodedVerb = { events: [], supersedes: null };

export function codeVerb(ctx: SentenceContext, group: VerbGroup, subject: ActorMention[]): CodedVerb {
  const candidates = candidatesFor(ctx, group.head);
  if (candidates.length === 0) return NONE;
  const cand = candidates[0]!;
  const after = afterWindow(ctx.doc, ctx.sentence, group);
  after.start = Math.max(after.start, cand.span.end);

  const outcome = matchVerbPatterns(ctx, cand, after, subject);
  let { code, reverse, patternRef } = outcome;
  const { binding, modalityCoded } = outcome;
  // "demanded the removal of President X", "called for the release of": a frame verb whose direct object is an
  // action noun codes the framed action; it outranks patterns, whose words may lie farther from the verb.
  const framedNoun = frameOfActionNoun(ctx, cand.verb.words, after);
  let nounTarget: ActorMention | null = null;
  if (framedNoun) {
    code = framedNoun.code;
    reverse = null;
    patternRef = `${cand.verb.source.file}:${cand.verb.source.line} + ${framedNoun.ref}`;
    if (framedNoun.target) nounTarget = framedNoun.target;
  }
  const label = calledLabel(ctx, cand.span, after);
  if (label) {
    // "Erdogan has called Hamas a 'liberation movement'", "Biden called Trump a clown": naming someone praises or
    // denounces them, whatever the verb "call" codes otherwise (an appeal).
    code = label.code;
    reverse = null;
    patternRef = `${patternRef} + ${label.ref}`;
    nounTarget = label.target;
  } else if (cand.verb.words.length === 1 && ctx.doc.tokens[cand.span.start]!.lemma === 'call' && (namedObjectWithLabel(ctx, after) || whatItIsCalled(ctx, cand.span.start))) {
    // A label that says neither, or a name given in passing ("what he calls its unconditional support for Israel"):
    // no event, and no appeal to the one named.
    return NONE;
  }
  // "The United Nations says that the legalization of marijuana in Uruguay is a violation of international law":
  // a saying whose complement judges a named party accuses or criticises that party, whatever the verb codes alone.
  const judgement = label ? null : judgedInStatement(ctx, cand.span, after, subject);
  if (judgement) {
    code = judgement.code;
    reverse = null;
    patternRef = `${patternRef} + ${judgement.ref}`;
    nounTarget = judgement.target;
  }
  // "Three Turkish soldiers died in an attack by PKK militants": a death in fighting is a killing done to the subject,
  // read as the passive "were killed" is.
  const death = code === null && reverse === null ? deathInFighting(ctx, cand.span.start, after) : null;
  if (death) {
    code = death;
    patternRef = `${patternRef} + data/lexicon/death-verbs.txt`;
  }
  if (code === null && reverse === null) return NONE;
  const fallback = framedFallback(ctx, cand.verb.words, after.start, code);
  if (fallback) {
    code = fallback.code;
    reverse = null;
    patternRef = `${patternRef} + ${fallback.ref}`;
  }

  let sources: ActorMention[] = binding.source ? [binding.source] : subject;
  let targets: ActorMention[] = nounTarget ? [nounTarget] : binding.target ? [binding.target] : firstActorGroup(ctx, after.start, after.end);
  // "signed an accord to supply Gondor": an infinitive no dictionary codes hands its object back to the verb
  // that governs it; one that is coded keeps it ("discussed efforts to provide aid to Gaza").
  let stop = after.end;
  // An act of force keeps the object of its purpose, coded or not: "opened fire to disperse demonstrators" is fire
  // aimed at the demonstrators.
  const forceful = code !== null && FORCE_ROOTS.has(code.slice(0, 2));
  while (targets.length === 0 && stop < ctx.sentence.endToken && ctx.doc.tokens[stop - 1]?.normal === 'to' && (forceful || candidatesFor(ctx, stop).length === 0)) {
    const next = afterWindow(ctx.doc, ctx.sentence, verbGroup(ctx.doc, ctx.sentence, stop));
    targets = firstActorGroup(ctx, next.start, next.end);
    stop = next.end;
  }
  if (targets.length === 0 && !binding.target) {
    // "The Turkish leader urged him to pursue unity": an object pronoun is the last other party named before it.
    const pronoun = ctx.doc.tokens[after.start];
    // Not after an infinitive ("offered troops to Hrawi to help him"), whose unnamed subject the pronoun may be.
    let infinitive = false;
    for (let k = Math.max(ctx.sentence.firstToken, group.start - 1); k < group.head; k++) if (ctx.doc.tokens[k]!.normal === 'to') infinitive = true;
    if (pronoun?.pos === 'PRON' && OBJECT_PRONOUNS.has(pronoun.normal) && !infinitive) {
      const antecedent = objectAntecedent(ctx, group.start, sources);
      if (antecedent) targets = [pronounParty(ctx, antecedent, after.start)];
    }
  }
  // "telephoned Erdogan on Monday to offer condolences": a statement, appeal or consultation done for a purpose is
  // aimed at whom the governing verb addresses, when it names no party of its own.
  if (targets.every(roleOnly) && !binding.target && ctx.doc.tokens[group.start]?.normal === 'to' && code !== null && VERBAL_ROOTS.has(code.slice(0, 2))) {
    const addressed = governingObject(ctx, group.start);
    if (addressed.length > 0) targets = addressed;
  }
  if ((group.passive || death) && !binding.source) {
    // "Israel was attacked by Iran": the grammatical subject is the target, the by-phrase the source.
    const agent = byPhraseActor(ctx, after.start, after.end);
    // "Travel bans were imposed on Russian officials by the EU": with no party as subject, the act's own object is
    // the target.
    targets = sources.length > 0 ? sources : firstActorGroup(ctx, after.start, byToken(ctx, after));
    sources = agent;
    if (agent.length === 0 && code !== null) {
      sources = unnamedDoers(ctx, after, cand.span.start, code, targets);
      // "Eleven people are killed in two bombings": a generic killing is coded by the weapon that did it.
      const cause = GENERIC_FORCE.has(code) && sources.length > 0 ? causeAfter(ctx, after) : null;
      if (cause) code = cause;
    }
  } else if (!binding.source && code !== null && VIOLENT_ROOTS.has(code.slice(0, 2)) && finite(ctx.doc, group) && weaponSubject(ctx, group, sources)) {
    // "A roadside bomb kills four soldiers", "A Syrian government airstrike near Aleppo kills five": a weapon or an
    // attack as subject is the doer's act, coded by the weapon; the doer is the country that qualifies it, else unknown.
    const weapon = weaponSubject(ctx, group, sources)!;
    // "A car bomb claimed by Islamic State killed": a participle's by-phrase names the doer too.
    const claimed = ctx.doc.tokens[weapon.start + 1]?.pos === 'VERB' && ctx.doc.tokens[weapon.start + 2]?.normal === 'by' ? ctx.actorAt.get(weapon.start + 3) : undefined;
    const qualifier = claimed ?? ctx.actors.find((a) => a.country && a.tokens.start >= weapon.phraseStart && a.tokens.end <= weapon.start);
    sources = qualifier ? [qualifier] : accidentalDeath(ctx, cand.span.start) ? [] : [unknownActor(ctx.sentence.index, cand.span.start, 'unknown: the text does not say who did it')];
    if (GENERIC_FORCE.has(code) || weapon.code.startsWith(code)) code = weapon.code;
  } else if (!binding.source && group.start === group.head && reducedRelative(ctx.doc, group.head)) {
    // "a delegation led by Haniyeh", "militants backed by Iran": the by-phrase acts on the noun the participle follows.
    const modified = ctx.actors.find((a) => a.tokens.end === group.head);
    sources = byPhraseActor(ctx, after.start, after.end);
    targets = modified ? [modified] : [];
  }
  // A pattern that spells out the negation or the modal ("DID N'T *", "INDICATED WOULD *") has coded that act itself.
  const framed = applyFrames(ctx, group, {
    code, reverse, sources, targets, patternRef,
    // "Will Washington ease its sanctions?": a question asserts nothing.
    modality: question(ctx) ? 'hypothetical' : modalityCoded ? 'asserted' : modalityOf(group),
    trigger: trigger(cand.span),
  });
  ({ code, reverse, sources, targets, patternRef } = framed);
  const { modality, trigger: triggerSpan, supersedes } = framed;
  // "X said (that) Y happened": what is reported is the event; the saying itself is no statement event (010). Telling
  // a person something to their face ("Erdogan told Haniyeh that ...") is a statement to them; telling reporters is not.
  if (code === '010' && reverse === null && triggerSpan.start === cand.span.start && lexicon('reporting-verbs.txt').has(ctx.doc.tokens[cand.span.start]!.lemma)) {
    const addressee = ctx.actorAt.get(cand.span.end);
    if (!addressee?.person || addressee.code.includes('MED')) return { events: [], supersedes };
    targets = [addressee];
  }
  // "- % * TALKS [031]": the members of the compound actor do the event to each other, whatever its code.
  // A named subject outside the compound acts on its members instead ("Eriador agrees with the Philippines and France":
  // PETRARCH-2's reading of "- * WITH %"); a bare role word as subject does not ("Gunmen were fighting between Israel
  // and Hamas").
  const compoundActs = outcome.compound !== null && (subject.every(roleOnly) || outcome.compound.some((m) => subject.includes(m)));
  if (outcome.compound && compoundActs && !framedNoun && !label) {
    return { events: reciprocalEvents(ctx, withoutCompanions(outcome.compound.flatMap(expandAlternatives)), code, triggerSpan, modality, patternRef), supersedes };
  }
  // "Fabius and a group of deputies held talks": a bare role word beside a named party is that party's company,
  // not a party of its own.
  sources = withoutCompanions(sources.flatMap(expandAlternatives));
  targets = withoutCompanions(targets.flatMap(expandAlternatives));
  // A bare role word ("joint military exercises") or a place ("met in Ankara") is no party for a compound subject.
  const noParty = targets.every((t) => roleOnly(t) || locative(ctx, t));
  if (noParty && sources.length > 1) {
    // Only acts that two parties do together are reciprocal: agreeing, consulting, cooperating, fighting.
    // "Singapore, India and Australia conducted searches" is three searches, not nine mutual ones.
    if (code === null || !RECIPROCAL_CODES.some((prefix) => code!.startsWith(prefix))) return { events: [], supersedes };
    // "Jordan and Britain have agreed to ...", "Israel and the Palestinians reached a consensus": with no
    // other party, the members of a compound subject act on each other, as CAMEO codes reciprocal acts.
    return { events: reciprocalEvents(ctx, sources, code, triggerSpan, modality, patternRef), supersedes };
  }
  const events: EventMention[] = [];
  const clause = { start: beforeWindow(ctx.doc, ctx.sentence, group).start, end: after.end };
  const counterpart = targets.find((t) => !roleOnly(t) && t.country);
  // A bare role word as source acts where its clause happens ("Opposition leaders agreed to postpone the demonstration
  // in Baku"), else, for the acts of DOMESTIC_ROOTS, at its counterpart's home (placedRole).
  sources = sources.map((s) => {
    const placed = roleOnly(s) ? placedByClause(ctx, s, clause) : s;
    return roleOnly(placed) && counterpart ? placedRole(ctx, placed, counterpart, clause, code) : placed;
  });
  for (const source of sources) {
    // An event is a dyad: a clause with a source but no target ("Israel said on Friday") codes nothing, and
    // neither does a bare role word as target ("told reporters", "hurt people"): no country, no analytic value.
    // Identical codes on both sides ("a Hamas delegation led by Hamas's leader") say nothing about a dyad either.
    let placed = targets.map((t) => (roleOnly(t) ? placedRole(ctx, t, source, after, code) : t));
    // "claimed responsibility for the assault on a police academy outside Lahore": a role word that stays unplaced
    // leaves the place where the act happened as its target, as before role words came first.
    if (placed.length > 0 && placed.every(roleOnly)) {
      const place = ctx.actors.find((a) => a.known && a.country && a.tokens.start >= after.start && a.tokens.end <= after.end && locative(ctx, a));
      if (place) placed = [place];
    }
    const dyads = placed.filter((t) => t !== source && (t.code !== source.code || twoPeople(source, t)) && !roleOnly(t));
    for (const target of dyads) {
      if (code !== null && unarmedContest(ctx, cand.span.start, code, [source, target])) continue;
      if (code !== null && code !== '---') events.push({ sentence: ctx.sentence.index, cameo: code, source, target, trigger: triggerSpan, modality, pattern: patternRef });
      // GOLD.md: "A visits B" is A→B 042 only; B hosts (043) only where the text says so, with a verb of its own.
      if (reverse !== null && reverse !== '---' && !(code === '042' && reverse === '043')) events.push({ sentence: ctx.sentence.index, cameo: reverse, source: target, target: source, trigger: triggerSpan, modality, pattern: patternRef });
    }
    // "Six people are killed during an attack in Markoye", "Police arrest five men in Birmingham": violence or
    // coercion done to people the text names only by a role is done where it happens; the places stage knows where.
    const pending = dyads.length === 0 && code !== null && !locative(ctx, source) && !placeLike(ctx, source) ? awaitingPlace(source, placed, code) : null;
    if (pending) events.push({ sentence: ctx.sentence.index, cameo: code!, source, target: pending, trigger: triggerSpan, modality, pattern: patternRef, awaitsPlace: true });
  }
  const rule = events.length === 0 && code !== null && code !== '---' ? unnamedTargetRule(ctx.knowledge, code) : undefined;
  if (rule) {
    // "Thousands of Nigerians staged a rally in Lagos": CAMEO codes a protest with no named target as aimed at the
    // protesters' own country. A bare role word takes the country of the place it acts in ("Protesters marched in
    // Cairo"); with none ("Protesters marched") it has no country and stays uncoded.
    for (const named of sources) {
      // A place ("reporters in New York, New York, calling for ...") does nothing on its own.
      // "addressed reporters in New York, New York, calling for ...": a bare participle's doer is too often
      // mistaken for a place or the nearest noun to code its act with nobody else to pin it down.
      if (rule.target === 'none' && (placeLike(ctx, named) || (group.start === group.head && ctx.doc.tokens[group.head]!.normal.endsWith('ing')))) continue;
      const source = roleOnly(named) ? placedByClause(ctx, named, clause) : named;
      if (source.country && !roleOnly(source) && !rule.except.includes(source.agent ?? '')) {
        const target = rule.target === 'domestic' ? ownCountry(ctx, source, triggerSpan.start) : rule.target === 'named-home' ? namedHome(ctx, source) : null;
        events.push({ sentence: ctx.sentence.index, cameo: code!, source, target, trigger: triggerSpan, modality, pattern: `${patternRef} + ${rule.source.file}:${rule.source.line}` });
      }
    }
  }
  return { events, supersedes };
}

/** Roots of statements, appeals, intents, consultations and diplomatic cooperation. */
const VERBAL_ROOTS = new Set(['01', '02', '03', '04', '05']);

/** Roots of physical acts aimed at someone: coercion, assault, fighting, mass violence. */
const FORCE_ROOTS = new Set(['17', '18', '19', '20']);

/** "Putin offered to negotiate with Chechen President Maskhadov": two named people are two parties, whatever their codes. */
function twoPeople(a: ActorMention, b: ActorMention): boolean {
  return a.person === true && b.person === true && a.name !== b.name && a.tokens.start !== b.tokens.start;
}

function withoutCompanions(list: ActorMention[]): ActorMention[] {
  return list.length > 1 && list.some((a) => !roleOnly(a)) ? list.filter((a) => !roleOnly(a)) : list;
}

export function trigger(span: { start: number; end: number }): { start: number; end: number } {
  return { start: span.start, end: span.end };
}

function question(ctx: SentenceContext): boolean {
  return ctx.doc.tokens[ctx.sentence.endToken - 1]?.text === '?';
}

/** A modal outranks a negation: "should not attack" is an obligation (hypothetical), not a denial. */
function modalityOf(group: VerbGroup): Modality {
  return group.hypothetical ? 'hypothetical' : group.negated ? 'negated' : 'asserted';
}

function reciprocalEvents(ctx: SentenceContext, members: ActorMention[], code: string | null, span: { start: number; end: number }, modality: Modality, patternRef: string): EventMention[] {
  if (code === null || code === '---') return [];
  const events: EventMention[] = [];
  for (const source of members) {
    for (const target of members) {
      if (source !== target && source.code !== target.code && !roleOnly(target)) events.push({ sentence: ctx.sentence.index, cameo: code, source, target, trigger: span, modality, pattern: patternRef });
    }
  }
  return events;
}

/** CAMEO code prefixes of acts a compound subject does with itself: intent to cooperate, consult, cooperate, a truce, fight. */
const RECIPROCAL_CODES = ['03', '04', '05', '06', '0871', '19'];
