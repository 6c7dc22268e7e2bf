// What the confidence model reads of a coded event: how it was found (pattern, frame, noun, rule), its actors, its clause.
import type { ActorMention, Doc, EventMention } from '../../document/types.js';
import { lexicon } from '../../text/lexicon.js';

/** Words before a trigger that put it inside reported speech or a condition. */
const REPORTED = lexicon('reported-speech-markers.txt');
const CONDITION = lexicon('condition-markers.txt');

/** The dictionary file a pattern reference names first ("CAMEO.2.0.txt:4017 + frames.yaml:7" → "CAMEO.2.0.txt"), and the rules added to it. */
function origins(pattern: string): string[] {
  return pattern.split(' + ').map((part) => part.replace(/:\d+$/, '').replace(/^.*\//, ''));
}

function actorFeatures(side: string, actor: ActorMention | null): string[] {
  if (!actor) return [`${side}:none`];
  const out: string[] = [];
  if (actor.unknown) out.push(`${side}:unknown`);
  else if (actor.implicit) out.push(`${side}:implicit`);
  out.push(`${side}:${actor.known ? 'known' : 'coded-from-context'}`);
  if (actor.country === null) out.push(`${side}:no-country`);
  if (actor.code.startsWith('IGO')) out.push(`${side}:igo`);
  if (actor.person) out.push(`${side}:person`);
  out.push(`${side}.agent:${actor.agent ?? '-'}`);
  return out;
}

/**
 * The event's features, as names (a feature is present or not). Pure: they depend on the article and the event only,
 * so an event's confidence is the same whatever else was coded.
 */
export function eventFeatures(doc: Doc, event: EventMention): string[] {
  const root = event.cameo.slice(0, 2);
  const trigger = doc.tokens[event.trigger.start]!;
  const sentence = doc.sentences[event.sentence]!;
  const out = ['bias', `root:${root}`, `code:${event.cameo}`, `lemma:${trigger.lemma}`, `root+lemma:${root}:${trigger.lemma}`, `trigger:${trigger.pos}`];
  for (const origin of origins(event.pattern)) out.push(`from:${origin}`);
  out.push(...actorFeatures('source', event.source), ...actorFeatures('target', event.target));
  if (event.target && event.source.country && event.target.country === event.source.country) out.push('same-country');
  if (event.target && event.target.code === event.source.country) out.push('target-is-source-country');
  const ofSentence = doc.events.filter((e) => e.sentence === event.sentence);
  out.push(`events-in-sentence:${Math.min(ofSentence.length, 4)}`);
  out.push(`sentence-index:${Math.min(event.sentence, 3)}`);
  const actorsInSentence = doc.actors.filter((a) => a.sentence === event.sentence).length;
  out.push(`actors-in-sentence:${Math.min(actorsInSentence, 5)}`);
  for (let k = sentence.firstToken; k < event.trigger.start; k++) {
    const t = doc.tokens[k]!;
    if (REPORTED.has(t.normal)) out.push('after-reporting-word');
    if (CONDITION.has(t.normal)) out.push('after-condition-word');
    if (t.text === '"' || t.text === '“') out.push('after-quote-mark');
  }
  const length = sentence.endToken - sentence.firstToken;
  out.push(`sentence-length:${length < 15 ? 'short' : length < 35 ? 'medium' : 'long'}`);
  return [...new Set(out)];
}
