// The events stage: each verb with dictionary patterns gives CAMEO-coded events between the actors of its clause.
import type { ActorMention, Doc, EventMention, Sentence } from '../../document/types.js';
import type { Knowledge } from '../../dictionaries/model.js';
import { isContentVerb, POSSESSIVES, verbGroup } from './clause.js';
import { verbIndex } from './verb-index.js';
import { nominalEvents } from './nominals.js';
import { splitActorCode } from '../../ontology/actor-codes.js';
import { roleOnly } from './placement.js';
import { codeVerb } from './code-verb.js';
import { SentenceContext, wordPositions } from './context.js';
import { OBJECT_PRONOUNS, THIRD_PERSON, coreferent, finite, subjectOf } from './subjects.js';
import { hasUnnamedTargetVerb } from './unnamed-targets.js';

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
    // Where each word stands is needed only once a verb of the dictionaries is there: made on first use.
    let positions: Map<string, number[]> | null = null;
    const ctx: SentenceContext = {
      doc, sentence, words, lemmas, actorAt: new Map(actors.map((a) => [a.tokens.start, a])), actors, index, knowledge, subjectByHead: new Map(),
      get positions() {
        return (positions ??= wordPositions(ctx, sentence.firstToken, sentence.endToken));
      },
      synsetStarts: new Map(), actorStarts: actors.map((a) => a.tokens.start).sort((x, y) => x - y),
    };
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
      // An event still waiting for its place may yet be dropped: it does not displace the frame verb's own.
      if (coded.supersedes !== null && coded.events.some((e) => !e.awaitsPlace)) {
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
  // Events waiting for a place may yet be dropped: alone, they do not displace a statement.
  return specific.some((e) => !e.awaitsPlace) ? specific : events;
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
