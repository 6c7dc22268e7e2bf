// Events coded with no named target (protests, resignations, denials, appeals): which verbs may give one, and what stands in.
import type { ActorMention, Doc, Sentence } from '../../document/types.js';
import type { Knowledge, UnnamedTargetRule } from '../../dictionaries/model.js';
import { blockPatterns, verbIndex, type VerbCandidate } from './verb-index.js';
import { inPlacePhrase } from './placement.js';
import { derivedFrom } from '../../dictionaries/derived.js';
import type { SentenceContext } from './context.js';

/**
 * The verbs that may code an event with an unnamed target, by word key: `true` when the verb's own code does, else
 * the literal words of each pattern that does ("STAGED" needs RALLY, ...), else null. A one-actor sentence is coded
 * only when one of them is there, so the many sentences with one actor and no such verb stay cheap. A key is worked
 * out when a sentence first holds it: that reads its blocks' patterns, which are indexed on first use.
 */
interface UnnamedTargetVerbs {
  /** The verb candidates of each form's first word. */
  candidates: Map<string, VerbCandidate[]>;
  needs: Map<string, true | string[][] | null>;
}

const unnamedTargetVerbs = derivedFrom((knowledge: Knowledge): UnnamedTargetVerbs => {
  const candidates = new Map<string, VerbCandidate[]>();
  if (knowledge.unnamedTargets?.length) {
    for (const [form, list] of verbIndex(knowledge).byForm) {
      const key = form.split(' ')[0]!;
      candidates.set(key, [...(candidates.get(key) ?? []), ...list]);
    }
  }
  return { candidates, needs: new Map() };
});

function unnamedTargetNeeds(knowledge: Knowledge, verbs: UnnamedTargetVerbs, key: string): true | string[][] | null {
  let needs = verbs.needs.get(key);
  if (needs !== undefined) return needs;
  const index = verbIndex(knowledge);
  const listed = (code: string | null): boolean => code !== null && unnamedTargetRule(knowledge, code) !== undefined;
  let found: true | string[][] | null = null;
  for (const { block, verb } of verbs.candidates.get(key) ?? []) {
    const own = verb.code ?? (verb.inheritsBlockCode ? index.blockCodes.get(block.name)?.code ?? null : null);
    const required = listed(own) ? true : blockPatterns(index, block.name).filter((p) => listed(p.pattern.code)).map((p) => [...p.wordsBefore, ...p.wordsAfter]);
    if (required === true || found === true) found = true;
    else if (required.length > 0) found = [...(found ?? []), ...required];
  }
  needs = found;
  verbs.needs.set(key, needs);
  return needs;
}

export function hasUnnamedTargetVerb(doc: Doc, sentence: Sentence, knowledge: Knowledge): boolean {
  const verbs = unnamedTargetVerbs(knowledge);
  if (verbs.candidates.size === 0) return false;
  let words: Set<string> | null = null;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = doc.tokens[k]!;
    // Only a verb codes an event (isContentVerb); most tokens are not one.
    if (t.pos !== 'VERB') continue;
    const byKey = verbs.candidates.has(t.key) ? unnamedTargetNeeds(knowledge, verbs, t.key) : null;
    const needs = byKey ?? (verbs.candidates.has(t.lemmaKey) ? unnamedTargetNeeds(knowledge, verbs, t.lemmaKey) : null);
    if (needs === null) continue;
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

export function unnamedTargetRule(knowledge: Knowledge, code: string): UnnamedTargetRule | undefined {
  return (knowledge.unnamedTargets ?? []).find((rule) => rule.codes.some((prefix) => code.startsWith(prefix)));
}

/**
 * The actor's own country as an unnamed target: the sentence's mention of it when there is one ("resigned without
 * returning to Kyrgyzstan", "his residence in Tbilisi"; the country's name before a place of it), else an implicit party.
 */
export function ownCountry(ctx: SentenceContext, actor: ActorMention, at: number): ActorMention {
  const home = ctx.actors.filter((a) => a !== actor && a.country === actor.country && !a.implicit && (a.code === a.country || inPlacePhrase(ctx, a)));
  const named = home.find((a) => a.code === a.country) ?? home[0];
  if (named) return { ...named, code: actor.country!, agent: null, entry: `${named.entry} (the country of ${actor.code})` };
  return { code: actor.country!, country: actor.country, agent: null, sentence: actor.sentence, tokens: { start: at, end: at }, name: null, known: true, entry: `implicit: the country of ${actor.code}`, implicit: true };
}

/** The actor's own country where the sentence names it or a place in it apart from the actor ("resigned as the opposition threatened to storm his residence in Tbilisi"), else no target. */
export function namedHome(ctx: SentenceContext, actor: ActorMention): ActorMention | null {
  const home = ownCountry(ctx, actor, actor.tokens.start);
  return home.implicit ? null : home;
}
