// The events stage: each verb with dictionary patterns gives CAMEO-coded events between the actors of its clause.
import type { ActorMention, Doc, EventMention, Modality, Sentence } from '../../doc/types.js';
import type { FrameEntry, Knowledge, PatternElement, UnnamedTargetRule } from '../../dictionaries/model.js';
import { afterWindow, beforeWindow, isContentVerb, nounPhraseAfter, nounPhraseBefore, POSSESSIVES, reducedRelative, SUBORDINATORS, verbGroup, type VerbGroup } from './clause.js';
import { patternsWithWordsIn, stemCandidates, synsetStarts, verbIndex, type VerbCandidate, type VerbIndex } from './verb-index.js';
import { nominalAt, nominalEvents, nounIndex, objectOf } from './nominals.js';
import { splitActorCode } from '../../ontology/actor-codes.js';
import { accidentalDeath, inPlacePhrase, LOCATIVE, placeable, placedByClause, placedRole, roleOnly, unknownActor, unnamedDoers, VIOLENT_ROOTS } from './placement.js';
import { derivedFrom } from '../../dictionaries/derived.js';
import { lexicon } from '../../text/lexicon.js';
import { framedCode, framesAround, hasFrames } from './frames.js';

/** What a pattern match binds: where it ended, and the actors its `$` and `+` picked. */
interface Binding {
  pos: number;
  source: ActorMention | null;
  target: ActorMention | null;
}

interface SentenceContext {
  doc: Doc;
  sentence: Sentence;
  words: string[];
  lemmas: string[];
  /** Actor mentions of the sentence, by first token. */
  actorAt: Map<number, ActorMention>;
  actors: ActorMention[];
  index: VerbIndex;
  knowledge: Knowledge;
  /** Where each word and lemma of the sentence stands (token indices, ascending). */
  positions: Map<string, number[]>;
  /** First tokens of the sentence's actor mentions, ascending. */
  actorStarts: number[];
  /** Where members of each synset may start in the sentence, computed on first use. */
  synsetStarts: Map<string, readonly number[]>;
  /** Subjects found so far, by the head token of their verb group. */
  subjectByHead: Map<number, ActorMention[]>;
}

export function findEvents(doc: Doc, knowledge: Knowledge): Doc {
  const index = verbIndex(knowledge);
  const words = doc.tokens.map((t) => t.key);
  const lemmas = doc.tokens.map((t) => t.lemmaKey);
  const events: EventMention[] = [];
  // A story-level discard (a sports report, a weather bulletin) leaves the whole article uncoded.
  if (doc.discards.story !== null) return { ...doc, events };
  // The latest clause subject, across sentences: what "his" and "he" most likely refer to.
  let lastSubject: ActorMention | null = null;
  const actorsBySentence = new Map<number, ActorMention[]>();
  for (const a of doc.actors) {
    const list = actorsBySentence.get(a.sentence);
    if (list) list.push(a);
    else actorsBySentence.set(a.sentence, [a]);
  }
  for (const sentence of doc.sentences) {
    if (doc.discards.sentences.has(sentence.index)) continue;
    const pair = pairMention(doc, sentence, events);
    const actors = withSoleCountry(withOwners(doc, [...(actorsBySentence.get(sentence.index) ?? []), ...(pair ? [pair] : [])].sort((a, b) => a.tokens.start - b.tokens.start), lastSubject));
    if (actors.length === 0) continue;
    if (actors.length === 1 && !actors[0]!.code.includes('/') && !mentionsThirdPerson(doc, sentence) && !hasUnnamedTargetVerb(doc, sentence, knowledge) && !hasPassive(doc, sentence)) {
      // One actor and no pronoun to bring back another: no dyad is possible, but the actor may be "he" next.
      if (actors[0]!.known) lastSubject = actors[0]!;
      continue;
    }
    const ctx: SentenceContext = { doc, sentence, words, lemmas, actorAt: new Map(actors.map((a) => [a.tokens.start, a])), actors, index, knowledge, subjectByHead: new Map(), positions: new Map(), synsetStarts: new Map(), actorStarts: actors.map((a) => a.tokens.start).sort((x, y) => x - y) };
    ctx.positions = wordPositions(ctx, sentence.firstToken, sentence.endToken);
    let previousSubject: ActorMention[] = [];
    const sentenceEvents: EventMention[] = [];
    const subjectBefore = (token: number): ActorMention[] => {
      let found: ActorMention[] = [];
      // Verbs are visited in text order, so the map's order is the text's.
      for (const [head, subject] of ctx.subjectByHead) if (head < token && subject.length > 0) found = subject;
      return found;
    };
    const carried = lastSubject;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (!isContentVerb(doc.tokens[i]!, doc.tokens[i + 1], doc.tokens[i - 1])) continue;
      const group = verbGroup(doc, sentence, i);
      const subject = subjectOf(ctx, group, previousSubject.length > 0 ? previousSubject : carried ? [carried] : []);
      // Pronouns refer back to named actors, not to bare role words ("a liberation movement"). A participle or an
      // infinitive does not change whose clause it is: "Turkey denounced the offensive following Hamas' attack on
      // Israel and called for a ceasefire" has Turkey call.
      if (subject.some((a) => a.known) && (finite(doc, group) || previousSubject.length === 0)) previousSubject = subject;
      ctx.subjectByHead.set(i, subject);
      const coded = codeVerb(ctx, group, subject);
      if (coded.supersedes !== null) {
        // The frame verb's own event ("agreed" as 050) gives way to the framed one ("agreed to send troops" as 0332).
        const gone = coded.supersedes;
        for (let k = sentenceEvents.length - 1; k >= 0; k--) if (sentenceEvents[k]!.trigger.start === gone) sentenceEvents.splice(k, 1);
      }
      sentenceEvents.push(...coded.events);
    }
    const nominal = nominalEvents({
      doc, sentence, actors,
      clauseSubjectAt: subjectBefore,
      antecedentAt: (token) => {
        const a = subjectBefore(token)[0] ?? carried;
        return a && a.sentence !== sentence.index ? coreferent(a, sentence.index, token) : a;
      },
    }, knowledge);
    // As for verbs, a bare role word is no target ("an attack on a police patrol" names no party attacked).
    sentenceEvents.push(...nominal.filter((n) => !(n.target && roleOnly(n.target)) && !sentenceEvents.some((e) => sameDyad(e, n))));
    if (previousSubject.length > 0) lastSubject = previousSubject[0]!;
    events.push(...distinctEvents(preferSpecificEvents(sentenceEvents)));
  }
  return { ...doc, events };
}

/** Phrases that name the two parties of the dyad in focus. */
const PAIR_PHRASES = [['the', 'two', 'sides'], ['both', 'sides'], ['the', 'two', 'countries'], ['both', 'countries'], ['the', 'two', 'nations'], ['both', 'nations'], ['the', 'two', 'governments'], ['the', 'two', 'leaders']];
const PAIR_OPENERS = new Set(PAIR_PHRASES.map((p) => p[0]!));

/**
 * "the two sides", "both countries": the source and target of the latest event between two countries, as one
 * mention coded "A/B" that takes part in an event as each of them ("talks between the two sides").
 */
function pairMention(doc: Doc, sentence: Sentence, earlier: readonly EventMention[]): ActorMention | null {
  // Runs for every sentence: the latest such event is searched from the end, without copying the list.
  let focus: EventMention | undefined;
  for (let k = earlier.length - 1; k >= 0 && !focus; k--) {
    const e = earlier[k]!;
    if (e.target && e.source.country && e.target.country && e.source.country !== e.target.country) focus = e;
  }
  if (!focus) return null;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    if (!PAIR_OPENERS.has(doc.tokens[k]!.normal)) continue;
    const phrase = PAIR_PHRASES.find((p) => p.every((w, j) => doc.tokens[k + j]?.normal === w && k + j < sentence.endToken));
    if (!phrase) continue;
    return {
      code: `${focus.source.code}/${focus.target!.code}`,
      country: null,
      agent: null,
      sentence: sentence.index,
      tokens: { start: k, end: k + phrase.length },
      name: null,
      known: true,
      entry: `${focus.source.entry} + ${focus.target!.entry}`,
    };
  }
  return null;
}

/**
 * "Frodo has deep satisfaction toward Gondor ... and Gondor's dramatic cooperation": one sentence that names a party
 * twice for the same act reports one event, as PETRARCH codes it; the first mention is kept as its evidence. The
 * same holds for two codes of one root ("rejected a US request to interrogate ...", coded by the verb's pattern and
 * again by its frame): the first, most specific one stays.
 */
function distinctEvents(events: EventMention[]): EventMention[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.cameo.slice(0, 2)} ${e.source.code} ${e.target?.code ?? ''} ${e.modality}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A noun event that repeats a verb event of its sentence ("met ... at the meeting") adds nothing. */
function sameDyad(a: EventMention, b: EventMention): boolean {
  return a.cameo.slice(0, 2) === b.cameo.slice(0, 2) && a.source.code === b.source.code && a.target?.code === b.target?.code;
}

/**
 * CAMEO codes a statement (01x) only when nothing more specific is said: "Turkey said it would impose
 * sanctions" is the sanction, not a comment. Statements stay when they are all the sentence has.
 */
function preferSpecificEvents(events: EventMention[]): EventMention[] {
  const specific = events.filter((e) => !e.cameo.startsWith('01'));
  return specific.length > 0 ? specific : events;
}

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

function codeVerb(ctx: SentenceContext, group: VerbGroup, subject: ActorMention[]): CodedVerb {
  const candidates = candidatesFor(ctx, group.head);
  if (candidates.length === 0) return NONE;
  const cand = candidates[0]!;
  const after = afterWindow(ctx.doc, ctx.sentence, group);
  after.start = Math.max(after.start, cand.span.end);

  const outcome = matchVerbPatterns(ctx, cand, after);
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
  if (group.passive && !binding.source) {
    // "Israel was attacked by Iran": the grammatical subject is the target, the by-phrase the source.
    const agent = byPhraseActor(ctx, after.start, after.end);
    // "Travel bans were imposed on Russian officials by the EU": with no party as subject, the act's own object is
    // the target.
    targets = sources.length > 0 ? sources : firstActorGroup(ctx, after.start, byToken(ctx, after));
    sources = agent;
    if (agent.length === 0 && code !== null) sources = unnamedDoers(ctx, after, cand.span.start, code, targets);
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
    for (const target of placed.filter((t) => t !== source && (t.code !== source.code || twoPeople(source, t)) && !roleOnly(t))) {
      if (code !== null && code !== '---') events.push({ sentence: ctx.sentence.index, cameo: code, source, target, trigger: triggerSpan, modality, pattern: patternRef });
      // GOLD.md: "A visits B" is A→B 042 only; B hosts (043) only where the text says so, with a verb of its own.
      if (reverse !== null && reverse !== '---' && !(code === '042' && reverse === '043')) events.push({ sentence: ctx.sentence.index, cameo: reverse, source: target, target: source, trigger: triggerSpan, modality, pattern: patternRef });
    }
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

/**
 * The verbs that may code an event with an unnamed target, by word key: `true` when the verb's own code does, else
 * the literal words of each pattern that does ("STAGED" needs RALLY, ...). A one-actor sentence is coded only when
 * one of them is there, so the many sentences with one actor and no such verb stay cheap.
 */
const unnamedTargetVerbs = derivedFrom((knowledge: Knowledge): Map<string, true | string[][]> => {
  const verbs = new Map<string, true | string[][]>();
  if (!knowledge.unnamedTargets?.length) return verbs;
  const index = verbIndex(knowledge);
  const listed = (code: string | null): boolean => code !== null && unnamedTargetRule(knowledge, code) !== undefined;
  for (const [form, candidates] of index.byForm) {
    const key = form.split(' ')[0]!;
    for (const { block, verb } of candidates) {
      const own = verb.code ?? (verb.inheritsBlockCode ? index.blockCodes.get(block.name)?.code ?? null : null);
      const needs = listed(own) ? true : (index.patterns.get(block.name) ?? []).filter((p) => listed(p.pattern.code)).map((p) => [...p.wordsBefore, ...p.wordsAfter]);
      const known = verbs.get(key);
      if (needs === true || known === true) verbs.set(key, true);
      else if (needs.length > 0) verbs.set(key, [...(known ?? []), ...needs]);
    }
  }
  return verbs;
});

function hasUnnamedTargetVerb(doc: Doc, sentence: Sentence, knowledge: Knowledge): boolean {
  const verbs = unnamedTargetVerbs(knowledge);
  if (verbs.size === 0) return false;
  let words: Set<string> | null = null;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = doc.tokens[k]!;
    // Only a verb codes an event (isContentVerb); most tokens are not one.
    if (t.pos !== 'VERB') continue;
    const needs = verbs.get(t.key) ?? verbs.get(t.lemmaKey);
    if (needs === undefined) continue;
    if (needs === true) return true;
    if (!words) {
      words = new Set<string>();
      for (let j = sentence.firstToken; j < sentence.endToken; j++) words.add(doc.tokens[j]!.key).add(doc.tokens[j]!.lemmaKey);
    }
    const present = words;
    if (needs.some((required) => required.every((w) => present.has(w)))) return true;
  }
  return false;
}

function unnamedTargetRule(knowledge: Knowledge, code: string): UnnamedTargetRule | undefined {
  return (knowledge.unnamedTargets ?? []).find((rule) => rule.codes.some((prefix) => code.startsWith(prefix)));
}


/**
 * The actor's own country as an unnamed target: the sentence's mention of it when there is one ("resigned without
 * returning to Kyrgyzstan", "his residence in Tbilisi"; the country's name before a place of it), else an implicit party.
 */
function ownCountry(ctx: SentenceContext, actor: ActorMention, at: number): ActorMention {
  const home = ctx.actors.filter((a) => a !== actor && a.country === actor.country && !a.implicit && (a.code === a.country || inPlacePhrase(ctx, a)));
  const named = home.find((a) => a.code === a.country) ?? home[0];
  if (named) return { ...named, code: actor.country!, agent: null, entry: `${named.entry} (the country of ${actor.code})` };
  return { code: actor.country!, country: actor.country, agent: null, sentence: actor.sentence, tokens: { start: at, end: at }, name: null, known: true, entry: `implicit: the country of ${actor.code}`, implicit: true };
}

/** The actor's own country where the sentence names it or a place in it apart from the actor ("resigned as the opposition threatened to storm his residence in Tbilisi"), else no target. */
function namedHome(ctx: SentenceContext, actor: ActorMention): ActorMention | null {
  const home = ownCountry(ctx, actor, actor.tokens.start);
  return home.implicit ? null : home;
}

/** What the verb's patterns say: the code pair, the actors `$` and `+` bound, and whether the pattern spelled a modality. */
interface PatternOutcome {
  code: string | null;
  reverse: string | null;
  binding: Binding;
  modalityCoded: boolean;
  patternRef: string;
}

/**
 * Tries the block's patterns, most specific first; the first whose words stand after and before the verb gives
 * the code. A matching pattern coded "---" says the verb is not an event here; only an unmatched verb takes its
 * default. Most patterns name words the clause does not have: a position lookup rules them out cheaply.
 */
function matchVerbPatterns(ctx: SentenceContext, cand: VerbCandidate & { span: { start: number; end: number } }, after: { start: number; end: number }): PatternOutcome {
  const present = ctx.positions;
  for (const { pattern, wordsAfter, wordsBefore, after: afterElements, before: beforeElements } of patternsWithWordsIn(ctx.index, cand.block, cand.verb, present)) {
    if (!allWithin(present, wordsAfter, after.start, after.end) || !allWithin(present, wordsBefore, ctx.sentence.firstToken, cand.span.start)) continue;
    const afterMatch = matchForward(ctx, afterElements, after.start, after.end, { pos: after.start, source: null, target: null });
    if (!afterMatch) continue;
    // Words before the verb include its auxiliaries: "DID N'T *" is a pattern for a negated verb.
    const beforeMatch = matchBackward(ctx, beforeElements, cand.span.start - 1, ctx.sentence.firstToken, afterMatch);
    if (!beforeMatch) continue;
    return {
      code: pattern.code,
      reverse: pattern.reverseCode,
      binding: beforeMatch,
      modalityCoded: mentionsModality(ctx.index, pattern.before),
      patternRef: `${pattern.source.file}:${pattern.source.line}`,
    };
  }
  const own = cand.verb.inheritsBlockCode ? ctx.index.blockCodes.get(cand.block.name) ?? cand.block : cand.verb;
  return {
    code: own.code,
    reverse: own.reverseCode,
    binding: { pos: after.start, source: null, target: null },
    modalityCoded: false,
    patternRef: `${cand.verb.source.file}:${cand.verb.source.line}`,
  };
}

/** Words that make a verb not asserted: a pattern that names them codes the negated or modal act itself. */
const MODALITY_WORDS = new Set(['NOT', "N'T", 'NEVER', 'NO', 'WOULD', 'SHOULD', 'COULD', 'MIGHT', 'MAY', 'MUST']);

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
function expandAlternatives(actor: ActorMention): ActorMention[] {
  if (!actor.code.includes('/')) return [actor];
  return actor.code.split('/').filter(Boolean).map((code) => ({ ...actor, ...splitActorCode(code) }));
}

function wordPositions(ctx: SentenceContext, from: number, to: number): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const add = (w: string, k: number) => {
    const list = map.get(w);
    if (!list) map.set(w, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  };
  for (let k = from; k < to; k++) {
    add(ctx.words[k]!, k);
    add(ctx.lemmas[k]!, k);
  }
  return map;
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

function frameOfActionNoun(ctx: SentenceContext, verbWords: readonly string[], after: { start: number; end: number }): { code: string; target: ActorMention | null; ref: string } | null {
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
function framedFallback(ctx: SentenceContext, verbWords: readonly string[], afterVerb: number, code: string | null): { code: string; ref: string } | null {
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

const CONDITIONALS = new Set(['if', 'unless', 'whether']);

function inCondition(ctx: SentenceContext, group: VerbGroup): boolean {
  const window = beforeWindow(ctx.doc, ctx.sentence, group);
  for (let k = window.start; k < group.start; k++) if (CONDITIONALS.has(ctx.doc.tokens[k]!.normal)) return true;
  return false;
}

/** Roots of statements, appeals, intents, consultations and diplomatic cooperation. */
const VERBAL_ROOTS = new Set(['01', '02', '03', '04', '05']);

/** The object of the verb an infinitive at `start` ("to offer") serves: "telephoned Erdogan on Monday to offer" → Erdogan. */
function governingObject(ctx: SentenceContext, start: number): ActorMention[] {
  for (let k = start - 1; k >= ctx.sentence.firstToken && k >= start - FRAME_OBJECT_REACH; k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === ',' || t.text === ';') return [];
    if (isContentVerb(t, ctx.doc.tokens[k + 1], ctx.doc.tokens[k - 1])) return firstActorGroup(ctx, k + 1, start);
  }
  return [];
}

/** How far before its "to" an infinitive's governing verb may stand. */
const FRAME_OBJECT_REACH = 10;

/** Roots of physical acts aimed at someone: coercion, assault, fighting, mass violence. */
const FORCE_ROOTS = new Set(['17', '18', '19', '20']);

/** "Putin offered to negotiate with Chechen President Maskhadov": two named people are two parties, whatever their codes. */
function twoPeople(a: ActorMention, b: ActorMention): boolean {
  return a.person === true && b.person === true && a.name !== b.name && a.tokens.start !== b.tokens.start;
}

function withoutCompanions(list: ActorMention[]): ActorMention[] {
  return list.length > 1 && list.some((a) => !roleOnly(a)) ? list.filter((a) => !roleOnly(a)) : list;
}


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
function applyFrames(ctx: SentenceContext, group: VerbGroup, draft: Draft): Draft & { supersedes: number | null } {
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
function pronounParty(ctx: SentenceContext, antecedent: ActorMention, pronoun: number): ActorMention {
  return antecedent.sentence === ctx.sentence.index ? antecedent : coreferent(antecedent, ctx.sentence.index, pronoun);
}

/** The CAMEO root a frame's codes belong to (03 for intent, 13 for threat), read off its map. */
function frameFamily(entry: FrameEntry): string | null {
  return entry.map[0]?.[1].slice(0, 2) ?? null;
}

function trigger(span: { start: number; end: number }): { start: number; end: number } {
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

/**
 * The subject of a verb group: the actor phrase (or list of them) closest before the verb in its
 * clause. A comma ends the search once a noun phrase stands between it and the verb (", a senior
 * official said" has no named subject, whatever came before the comma). A clause whose subject is a
 * pronoun, or a verb coordinated by "and", continues the previous clause's subject.
 */
function subjectOf(ctx: SentenceContext, group: VerbGroup, previous: ActorMention[]): ActorMention[] {
  // Within the sentence a subject carries over as it is; from an earlier sentence only through a pronoun here.
  const inSentence = previous.filter((a) => a.sentence === ctx.sentence.index);
  const before = ctx.doc.tokens[group.start - 1];
  if (before && before.pos === 'CCONJ' && inSentence.length > 0) return inSentence;
  // "Rebels shelled Juba on Sunday, killing 20 people": a participle after a comma continues the clause's subject,
  // not the last noun before it.
  const head = ctx.doc.tokens[group.head]!;
  if (before?.text === ',' && group.start === group.head && head.pos === 'VERB' && head.normal.endsWith('ing')) {
    if (inSentence.length > 0) return inSentence;
  }
  // "have written to President Bush urging him to send troops": a participle whose object pronoun takes back the noun
  // before it does not modify that noun; it goes with the clause's subject.
  if (group.start === group.head && head.normal.endsWith('ing') && OBJECT_PRONOUNS.has(ctx.doc.tokens[group.head + 1]?.normal ?? '') && (before?.pos === 'PROPN' || before?.pos === 'NOUN') && inSentence.length > 0) return inSentence;
  const window = beforeWindow(ctx.doc, ctx.sentence, group);
  let sawNoun = false;
  let pronoun = -1;
  for (let k = window.end - 1; k >= window.start; k--) {
    const t = ctx.doc.tokens[k]!;
    const actor = ctx.actors.find((a) => a.tokens.start <= k && k < a.tokens.end);
    // An actor inside a prepositional phrase ("Haniyeh's visit to Turkey came ...", "victories in Arizona,
    // Florida and Illinois left ...") is not the subject, nor is a list that such a phrase opens.
    if (actor && (!governedByPreposition(ctx, actor) || subordinateSubject(ctx, actor, group))) {
      const list = actorList(ctx, actor, -1);
      // "Mitsotakis telephoned Erdogan to offer condolences": the object of a verb that does not hand it the act is no
      // subject of the infinitive; the clause's subject does it.
      if (inSentence.length > 0 && objectOfPurpose(ctx, list[0]!, group)) return inSentence;
      if (!governedByPreposition(ctx, list[0]!) || list[0] === actor) return list;
      k = list[0]!.tokens.start;
      sawNoun = true;
      continue;
    }
    if (actor) { k = actor.tokens.start; sawNoun = true; continue; }
    if (t.text === ',' && sawNoun) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') sawNoun = true;
    if (t.pos === 'PRON' && !sawNoun) {
      // "Macedonia, which is preparing an offensive": a relative pronoun stands for the phrase right before it.
      if (RELATIVE.has(t.normal)) {
        const antecedent = ctx.actors.find((a) => a.tokens.end === k || (a.tokens.end === k - 1 && ctx.doc.tokens[k - 1]!.text === ','));
        if (antecedent) return [antecedent];
        // "victims of the earthquake that struck Port-au-Prince": the phrase before is no party, so neither is the subject.
        if (ctx.doc.tokens[k - 1]?.pos === 'NOUN') return [];
      }
      // "he", "it", "they" continue an actor; "I", "we", "you" are a quoted speaker nobody has named yet.
      // A pronoun right before its verb is the subject; nouns before it belong to an earlier clause ("killed 23
      // people when they blew themselves up").
      if (THIRD_PERSON.has(t.normal)) {
        pronoun = k;
        break;
      }
      sawNoun = true;
    }
  }
  if (pronoun >= 0) return inSentence.length > 0 ? inSentence : previous.slice(0, 1).map((a) => coreferent(a, ctx.sentence.index, pronoun));
  // "Arnor is inching nearer to accord with Gondor": an infinitive with no noun before it has its governing clause's subject.
  const infinitive = ctx.doc.tokens[group.start]?.normal === 'to' && !sawNoun;
  return window.start === window.end || infinitive ? inSentence : [];
}

/**
 * An actor met again as a pronoun: its codes and entry, at the pronoun's place, so the event's evidence stays in
 * its own sentence ("He met Haniyeh" → the "He" of this sentence, coded as Erdoğan).
 */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/** How many sentences back an object pronoun may find its antecedent. */
const OBJECT_REACH = 2;

/** The latest named actor before `token`, in this sentence or the two before, that is not the source itself. */
function objectAntecedent(ctx: SentenceContext, token: number, sources: ActorMention[]): ActorMention | null {
  const earliest = ctx.sentence.index - OBJECT_REACH;
  let found: ActorMention | null = null;
  for (const a of ctx.doc.actors) {
    if (a.tokens.start >= token || a.sentence < earliest) continue;
    if (!a.known || roleOnly(a) || sources.some((s) => s.code === a.code)) continue;
    // A possessor ("Lebanon's new President Elias Hrawi") modifies a party; it is no party a pronoun takes back.
    if (/^['’]s?$/.test(ctx.doc.tokens[a.tokens.end]?.text ?? '')) continue;
    if (!found || a.tokens.start > found.tokens.start) found = a;
  }
  return found;
}

export function coreferent(antecedent: ActorMention, sentence: number, token: number): ActorMention {
  return { ...antecedent, sentence, tokens: { start: token, end: token + 1 } };
}

/**
 * "Bosnian Serbs said their forces had completed their withdrawal": a bare role word after a possessive belongs to
 * the last named party before it (in the sentence, else the latest subject), so it takes that party's country.
 * It stays `known: false`, so a named party or a place still wins over it as a target ("strengthened its forces in
 * Lebanon" is aimed at Lebanon).
 */
function withOwners(doc: Doc, actors: ActorMention[], lastSubject: ActorMention | null): ActorMention[] {
  return actors.map((a, k) => {
    if (!roleOnly(a) || !POSSESSIVES.has(doc.tokens[a.tokens.start - 1]?.normal ?? '') || doc.tokens[a.tokens.start - 1]!.pos !== 'PRON') return a;
    let owner: ActorMention | null = null;
    for (let j = k - 1; j >= 0 && !owner; j--) if (actors[j]!.country && !actors[j]!.code.includes('/')) owner = actors[j]!;
    owner ??= lastSubject?.country ? lastSubject : null;
    if (!owner) return a;
    const code = owner.country! + a.code.slice(3);
    return { ...a, ...splitActorCode(code), entry: `${a.entry} + owner ${owner.entry}` };
  });
}

/**
 * Bare role words in a sentence that names one country and no other party abroad: "Opposition parties in Burma accuse
 * the military junta" is Burma's junta, "Police in Kano arrested 20 protesters" Nigeria's protesters. With two
 * countries the sentence does not say whose the role is, and it stays without one.
 */
function withSoleCountry(actors: ActorMention[]): ActorMention[] {
  if (process.env['NOSOLE']) return actors;
  let sole: ActorMention | null = null;
  for (const a of actors) {
    if (roleOnly(a) || a.unknown) continue;
    if (a.country === null || (sole && sole.country !== a.country)) return actors;
    sole ??= a;
  }
  if (!sole) return actors;
  const country = sole.country!;
  return actors.map((a) => (roleOnly(a) && POLITY_ROLES.has(a.code.slice(3, 6)) ? { ...a, ...splitActorCode(country + a.code.slice(3)), entry: `${a.entry} + the sentence's one country (${sole!.entry})` } : a));
}

/**
 * Roles that belong to a polity and act in its politics: its government, forces, courts, parliament, opposition and
 * rebels. Reporters, civilians and "people" told or hurt in passing are no party worth a dyad ("told reporters").
 */
const POLITY_ROLES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'OPP', 'REB', 'INS', 'PTY', 'UAF', 'SEP']);

/** CAMEO code prefixes of acts a compound subject does with itself: intent to cooperate, consult, cooperate, a truce, fight. */
const RECIPROCAL_CODES = ['03', '04', '05', '06', '0871', '19'];

/** Where the sentence's first actor phrase starts, past an opening adjunct ("On Thursday, ..."). */
function firstPartyStart(ctx: SentenceContext): number {
  return ctx.actors[0]?.tokens.start ?? -1;
}

/** The tags of words inside a noun phrase before its head ("the US airstrike"). */
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);

/** The object of "called" and where the label after it starts: "called [Trump's] [conduct] a ..." → Trump, the "a". */
function namedObjectWithLabel(ctx: SentenceContext, after: { start: number; end: number }): { target: ActorMention; label: number } | null {
  const first = ctx.doc.tokens[after.start]?.pos === 'DET' ? after.start + 1 : after.start;
  const target = ctx.actorAt.get(first);
  if (!target) return null;
  let k = target.tokens.end;
  // "Pelosi called Trump's conduct a ...": the possessor is the one named.
  if (ctx.doc.tokens[k]?.normal === "'s" || ctx.doc.tokens[k]?.text === '’s') k += ctx.doc.tokens[k + 1]?.pos === 'NOUN' ? 2 : 1;
  const t = ctx.doc.tokens[k];
  if (!t || !(t.normal === 'a' || t.normal === 'an' || t.normal === 'the' || t.text === '"' || t.text === '“')) return null;
  return { target, label: k };
}

/** "for what he calls its support", "what it called a provocation": "what" before the subject of "call" makes it a naming. */
function whatItIsCalled(ctx: SentenceContext, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(ctx.sentence.firstToken, verb - 3); k--) if (ctx.doc.tokens[k]!.normal === 'what') return true;
  return false;
}

/** "X called Y a <label>": praise (051) or denunciation (111) of Y, by the words of the label. */
function calledLabel(ctx: SentenceContext, span: { start: number; end: number }, after: { start: number; end: number }): { code: string; target: ActorMention; ref: string } | null {
  if (span.end - span.start !== 1 || ctx.doc.tokens[span.start]!.lemma !== 'call') return null;
  const named = namedObjectWithLabel(ctx, after);
  if (!named) return null;
  const condemning = lexicon('condemning-labels.txt');
  const praising = lexicon('praising-labels.txt');
  for (let k = named.label; k < Math.min(ctx.sentence.endToken, named.label + 14); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.normal === 'but' || t.normal === 'while' || t.normal === 'because' || t.pos === 'VERB') break;
    if (condemning.has(t.normal)) return { code: '111', target: named.target, ref: 'data/lexicon/condemning-labels.txt' };
    if (praising.has(t.normal)) return { code: '051', target: named.target, ref: 'data/lexicon/praising-labels.txt' };
  }
  return null;
}

/** Codes of force that name no means: a weapon as subject says which ("a car bomb kills" is 1832, not 190). */
const GENERIC_FORCE = new Set(['180', '190', '200', '182', '1823']);

/**
 * The weapon or attack that is the subject of a verb: the head of the first noun phrase before the verb ("A Russian
 * missile strike on a shopping mall in Kremenchuk kills"), when the event nouns know it as force.
 */
function weaponSubject(ctx: SentenceContext, group: VerbGroup, subject: readonly ActorMention[]): { start: number; phraseStart: number; code: string } | null {
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

/** A verb group that makes a clause of its own: not a bare participle ("following", "backed by") nor an infinitive. */
function finite(doc: Doc, group: VerbGroup): boolean {
  const head = doc.tokens[group.head]!;
  if (group.start !== group.head) return doc.tokens[group.start]!.normal !== 'to';
  return !head.normal.endsWith('ing') && !reducedRelative(doc, group.head);
}

/** A form of "be" right before a verb ("is released", "were killed"): a passive, which may name its target alone. */
function hasPassive(doc: Doc, sentence: Sentence): boolean {
  for (let k = sentence.firstToken + 1; k < sentence.endToken; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' && doc.tokens[k - 1]!.pos === 'AUX' && (doc.tokens[k - 1]!.lemma === 'be' || doc.tokens[k - 1]!.normal === 'been')) return true;
  }
  return false;
}

function mentionsThirdPerson(doc: Doc, sentence: Sentence): boolean {
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'PRON' && (THIRD_PERSON.has(t.normal) || t.normal === 'his' || t.normal === 'her' || OBJECT_PRONOUNS.has(t.normal) || t.normal === 'its' || t.normal === 'their')) return true;
  }
  return false;
}

const RELATIVE = new Set(['which', 'who', 'that']);

const THIRD_PERSON = new Set(['he', 'she', 'it', 'they', 'who', 'which']);

/**
 * Verbs whose object does the infinitive after it ("allowed Iran to enrich", "sent troops to fight"), besides the
 * verbs of frames aimed at their object ("urged Uganda to repatriate"), which objectOfPurpose reads from the frames.
 */
const OBJECT_CONTROL = new Set(['force', 'allow', 'permit', 'persuade', 'tell', 'help', 'enable', 'warn', 'authorize', 'authorise', 'compel', 'pressure', 'expect', 'want', 'send', 'deploy', 'dispatch', 'train', 'appoint', 'elect', 'name', 'choose']);

/** An infinitive's nearest actor is the object of a verb that does not hand it the act ("telephoned Erdogan to offer"). */
function objectOfPurpose(ctx: SentenceContext, actor: ActorMention, group: VerbGroup): boolean {
  if (ctx.doc.tokens[group.start]?.normal !== 'to' || actor.tokens.end > group.start) return false;
  // "said Israel must be willing to meet Iran": a verb or adjective between makes the actor a clause's subject.
  for (let k = actor.tokens.end; k < group.start; k++) if (['VERB', 'AUX', 'ADJ'].includes(ctx.doc.tokens[k]!.pos)) return false;
  const verb = ctx.doc.tokens[precedingWord(ctx, actor)];
  if (!verb || verb.pos !== 'VERB' || OBJECT_CONTROL.has(verb.lemma)) return false;
  return !(ctx.knowledge.frames ?? []).some((f) => f.target === 'object' && f.verbs.includes(verb.lemmaKey));
}

/** "as Israel attacked Iran", "after rebels shelled the town": a name right after a subordinator and right before the verb is its subject. */
function subordinateSubject(ctx: SentenceContext, actor: ActorMention, group: VerbGroup): boolean {
  return actor.tokens.end === group.start && SUBORDINATORS.has(ctx.doc.tokens[precedingWord(ctx, actor)]?.normal ?? '');
}

function governedByPreposition(ctx: SentenceContext, actor: ActorMention): boolean {
  let counted = false;
  for (let k = actor.tokens.start - 1; k >= ctx.sentence.firstToken; k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'NUM') counted = true;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
    // "Up to 1,000 ethnic Turks began", "more than 100 Palestinians": words that round a number are no preposition.
    if (counted && APPROXIMATORS.has(t.normal)) return false;
    if (t.pos !== 'ADP') return false;
    // "Thousands of Nigerians demonstrated", "a group of Yoruba leaders announced", "a member of the Syrian parliament
    // started": after a word of quantity or membership the "of" phrase is what the clause is about.
    const head = ctx.doc.tokens[k - 1];
    return !(t.normal === 'of' && head !== undefined && (QUANTITY_HEADS.has(head.normal) || head.pos === 'NUM'));
  }
  return false;
}

const APPROXIMATORS = new Set(['to', 'about', 'around', 'over', 'under', 'than', 'nearly', 'almost', 'approximately', 'roughly', 'some']);

const QUANTITY_HEADS = new Set(['member', 'members', 'thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'group', 'groups', 'crowd', 'crowds', 'number', 'some', 'many', 'most', 'all', 'several', 'few', 'hundred', 'thousand', 'dozen']);


/** Participles that make the actor glued before them a go-between, not a party: "a U.S.-brokered agreement". */
const BROKERING = new Set(['brokered', 'mediated', 'hosted', 'drafted', 'proposed', 'negotiated', 'sponsored', 'organised', 'organized']);

/** "Israel and the UAE signed a U.S.-brokered agreement": the broker is no party to the signing. */
function brokerOnly(ctx: SentenceContext, actor: ActorMention): boolean {
  return ctx.doc.tokens[actor.tokens.end]?.text === '-' && BROKERING.has(ctx.doc.tokens[actor.tokens.end + 1]?.normal ?? '');
}

/** The actors in the first actor phrase after `from`, with the rest of a list it heads ("Zaire and Costa Rica"). */
function firstActorGroup(ctx: SentenceContext, from: number, to: number): ActorMention[] {
  // A named actor beats a bare role word met first ("send troops to Lebanon": Lebanon, not "troops"), and a
  // party beats a place ("celebrated Iftar in Osgiliath with the leaders of Gondor": Gondor; Osgiliath is where).
  let roleOnly: ActorMention[] = [];
  let place: ActorMention[] = [];
  for (let k = from; k < to; k++) {
    const a = ctx.actorAt.get(k);
    if (!a || a.tokens.end > to || brokerOnly(ctx, a)) continue;
    const list = actorList(ctx, a, +1).filter((m) => m.tokens.end <= to);
    if (a.known && !locative(ctx, a)) return list;
    if (a.known && place.length === 0) place = list;
    else if (!a.known && roleOnly.length === 0) roleOnly = list;
    // "fired at demonstrators marching on the presidential palace", "interrogate detainees held after the escape of
    // al-Qaida prisoners": what a participle after the role word names is part of that phrase, not another party
    // (placedRole may still find the role's country there).
    if (!a.known && placeable(a) && isContentVerb(ctx.doc.tokens[a.tokens.end]!, ctx.doc.tokens[a.tokens.end + 1], ctx.doc.tokens[a.tokens.end - 1]) && reducedRelative(ctx.doc, a.tokens.end)) return list;
    k = a.tokens.end - 1;
  }
  // "dispersed demonstrators in Monrovia": a civilian role word named before the place is the party, and the place
  // gives it its country (placedRole).
  if (roleOnly.length > 0 && place.length > 0 && placeable(roleOnly[0]!) && roleOnly[0]!.tokens.start < place[0]!.tokens.start) return roleOnly;
  return place.length > 0 ? place : roleOnly;
}

function locative(ctx: SentenceContext, actor: ActorMention): boolean {
  return LOCATIVE.has(ctx.doc.tokens[precedingWord(ctx, actor)]?.normal ?? '');
}

/** A place: in a locative phrase, or listed after one ("in New York, New York"). */
function placeLike(ctx: SentenceContext, actor: ActorMention): boolean {
  if (locative(ctx, actor)) return true;
  const before = precedingWord(ctx, actor);
  if (ctx.doc.tokens[before]?.text !== ',') return false;
  const listed = ctx.actors.find((a) => a.tokens.end === before);
  return listed !== undefined && placeLike(ctx, listed);
}

/** The token before an actor phrase, past its determiners and adjectives ("in the evil Gondor" → "in"). */
function precedingWord(ctx: SentenceContext, actor: ActorMention): number {
  let k = actor.tokens.start - 1;
  while (k >= ctx.sentence.firstToken && (ctx.doc.tokens[k]!.pos === 'DET' || ctx.doc.tokens[k]!.pos === 'ADJ')) k--;
  return k;
}

/** Where a verb's by-phrase starts ("imposed on Russian officials by the EU"), else the end of its window. */
function byToken(ctx: SentenceContext, after: { start: number; end: number }): number {
  for (let k = after.start; k < after.end; k++) if (ctx.words[k] === 'BY') return k;
  return after.end;
}

function byPhraseActor(ctx: SentenceContext, from: number, to: number): ActorMention[] {
  for (let k = from; k < to; k++) {
    if (ctx.words[k] !== 'BY') continue;
    // "killed by a roadside bomb outside the Iraqi city of Basra": the by-phrase ends where a place phrase begins.
    let end = Math.min(to, k + 8);
    for (let j = k + 1; j < end; j++) if (LOCATIVE.has(ctx.doc.tokens[j]!.normal)) end = j;
    return firstActorGroup(ctx, k + 1, end);
  }
  return [];
}

/**
 * Extends an actor into the list it belongs to: "Mordor, Rohan, Fornost and Bree". A list is closed
 * by "and"/"or" before its last member, so commas alone ("Syria, Israel radio reported") join nothing.
 */
function actorList(ctx: SentenceContext, anchor: ActorMention, direction: 1 | -1): ActorMention[] {
  const list = [anchor];
  const conjoined: boolean[] = [];
  let edge = anchor;
  for (;;) {
    const next = direction > 0
      ? ctx.actors.find((a) => a.tokens.start >= edge.tokens.end && listGap(ctx, edge.tokens.end, a.tokens.start) !== null)
      : [...ctx.actors].reverse().find((a) => a.tokens.end <= edge.tokens.start && listGap(ctx, a.tokens.end, edge.tokens.start) !== null);
    if (!next) break;
    const gap = direction > 0 ? listGap(ctx, edge.tokens.end, next.tokens.start) : listGap(ctx, next.tokens.end, edge.tokens.start);
    // Walking left from the last member, the first gap must hold the conjunction.
    if (direction < 0 && list.length === 1 && gap !== 'conjunction') break;
    list.push(next);
    conjoined.push(gap === 'conjunction');
    edge = next;
  }
  if (direction > 0) {
    // Walking right, the list ends at its last conjunction.
    const last = conjoined.lastIndexOf(true);
    return list.slice(0, last + 2);
  }
  return list.reverse();
}

/** What separates two list members: 'conjunction' (and/or, maybe with a comma), 'comma', or null when they are not in one list. */
function listGap(ctx: SentenceContext, from: number, to: number): 'conjunction' | 'comma' | null {
  if (to - from < 1 || to - from > 5) return null;
  let kind: 'conjunction' | 'comma' | null = null;
  for (let k = from; k < to; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.normal === 'and' || t.normal === 'or' || t.normal === 'nor') kind = 'conjunction';
    else if (t.text === ',') kind ??= 'comma';
    // "Fabius and a group of deputies": a word of quantity and its "of" belong to the member that follows.
    else if (QUANTITY_HEADS.has(t.normal) || (t.normal === 'of' && QUANTITY_HEADS.has(ctx.doc.tokens[k - 1]?.normal ?? ''))) continue;
    else if (t.pos !== 'DET' && t.pos !== 'ADJ') return null;
  }
  return kind;
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
      case 'target': {
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
      else if (e.kind === 'source' || e.kind === 'target') {
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
