// Finds the frame around an action ("agreed to", "urged X to", "will", "is willing to") and maps the action's code to the framed act's.
import type { ActorMention, Doc, Sentence } from '../../document/types.js';
import type { FrameEntry, Knowledge } from '../../dictionaries/model.js';
import type { VerbGroup } from './clause.js';
import { lexicon } from '../../text/lexicon.js';

export interface FrameMatch {
  entry: FrameEntry;
  /** The token that carries the frame: the frame verb or adjective, or the auxiliary. */
  trigger: number;
  /** True when the trigger is a verb of its own (its own event, if any, gives way to the framed one). */
  viaVerb: boolean;
  /** Actors between the frame verb and "to" ("urged Uganda to ..."): the object frames' targets. */
  objects: ActorMention[];
}

const REPORTING_LEMMAS = lexicon('frame-reporting-verbs.txt');

/** How far back from "to" the frame verb may stand ("urged the Maoist rebels in Nepal to"). */
const FRAME_REACH = 10;

/** How many infinitives a frame reaches through ("agreed to send troops to help defend"). */
const CHAIN_HOPS = 2;

export function hasFrames(knowledge: Knowledge): boolean {
  return (knowledge.frames?.length ?? 0) > 0;
}

/**
 * The code a frame gives an action, by the longest listed prefix of the action's code; null when
 * the frame does not cover it (an intent frame says nothing about "will attack").
 */
export function framedCode(entry: FrameEntry, code: string): string | null {
  for (const [prefix, framed] of entry.map) if (code.startsWith(prefix)) return framed;
  return null;
}

/**
 * Frames around a verb group, innermost first: a future auxiliary inside the group ("will support"), a noun
 * proposing it ("a request to interrogate"), then a verb or adjective governing its "to" ("agreed to send", "is
 * willing to withdraw", "urged Uganda to repatriate"). "would" counts as "will" in reported speech ("said they would boycott").
 */
export function framesAround(doc: Doc, sentence: Sentence, group: VerbGroup, actors: ActorMention[], knowledge: Knowledge): FrameMatch[] {
  const frames = knowledge.frames ?? [];
  if (frames.length === 0) return [];
  const found: FrameMatch[] = [];
  let toToken = -1;
  for (let k = group.start; k < group.head; k++) {
    const t = doc.tokens[k]!;
    if (t.normal === 'to') toToken = k;
    const aux = t.normal === 'would' && reportedSpeech(doc, sentence, k) ? 'will' : t.normal;
    for (const entry of frames) {
      if (entry.auxiliaries.includes(aux)) found.push({ entry, trigger: k, viaVerb: false, objects: [] });
    }
  }
  // "urged the Taliban to exercise restraint and protect the lives of Afghans": a verb coordinated with an infinitive
  // shares its "to", and so its frame.
  if (toToken < 0) toToken = coordinatedInfinitive(doc, sentence, group.start);
  // The frame verb governs the action through "to" ("urged Uganda to repatriate") or through a
  // that-clause whose subject is the addressee ("demanding that President Mugabe abandon ...").
  const from = toToken >= 0 ? toToken : group.start;
  const objects: ActorMention[] = [];
  // "accused Darfur rebels of violating a ceasefire": an "of" gerund reaches back over the frame verb's object, as a
  // that-clause does.
  let sawThat = toToken < 0 && doc.tokens[from - 1]?.normal === 'of' && doc.tokens[group.head]!.normal.endsWith('ing');
  let limit = Math.max(sentence.firstToken, from - FRAME_REACH);
  let hops = 0;
  for (let k = from - 1; k >= limit; k--) {
    const t = doc.tokens[k]!;
    const actor = actors.find((a) => a.tokens.start <= k && k < a.tokens.end);
    if (actor) {
      if (!objects.includes(actor)) objects.unshift(actor);
      continue;
    }
    // "is willing to send material to help defend Saudi Arabia": "help" and the infinitive it serves carry the frame
    // to the act helped; what stood between belonged to the verbs passed over. Other purpose infinitives ("an offer
    // to host a summit to hammer out an agreement") keep their frame to themselves.
    const infinitive = doc.tokens[k - 1]?.normal === 'to' && (toToken >= 0 || k === from - 1);
    const helping = hops > 0 || (t.lemma === 'help' && k === from - 1);
    if (t.pos === 'VERB' && hops < CHAIN_HOPS && helping && (infinitive || hops === 0) && !frames.some((e) => e.verbs.includes(t.lemmaKey))) {
      hops++;
      if (infinitive) toToken = --k;
      objects.length = 0;
      limit = Math.max(sentence.firstToken, k - FRAME_REACH);
      continue;
    }
    if (toToken < 0 && t.normal === 'that' && !sawThat) {
      sawThat = true;
      continue;
    }
    if (toToken < 0 && !sawThat) {
      // "denied attacking Iran": an -ing action right after the frame verb is its complement too.
      const gerund = k === from - 1 && t.pos === 'VERB' && doc.tokens[group.head]!.normal.endsWith('ing');
      // Without "to", only a that-clause subject may stand between the frame verb and the action.
      if (!gerund && (t.pos === 'VERB' || t.text === ',' || t.text === ';')) break;
      if (!gerund) continue;
    }
    // "a U.S. request to interrogate detainees", "their demands to release prisoners": a noun that proposes the action
    // frames it, and a frame verb further back ("rejected a request to ...") may still frame the whole.
    if (k === toToken - 1 && t.pos === 'NOUN') {
      for (const entry of frames) if (entry.nouns?.includes(t.key)) found.push({ entry, trigger: k, viaVerb: false, objects: [] });
    }
    const verb = t.pos === 'VERB';
    if (verb || t.pos === 'ADJ') {
      const adjectiveFrames = frames.filter((entry) => t.pos === 'ADJ' && entry.adjectives.includes(t.key));
      // "the US must be ready to mediate": an auxiliary before the frame adjective frames the whole, and comes first.
      if (adjectiveFrames.length > 0) {
        for (let j = k - 1; j >= Math.max(sentence.firstToken, k - 3) && (doc.tokens[j]!.pos === 'AUX' || doc.tokens[j]!.pos === 'ADV'); j--) {
          for (const entry of frames) if (entry.auxiliaries.includes(doc.tokens[j]!.normal)) found.push({ entry, trigger: j, viaVerb: false, objects: [] });
        }
      }
      for (const entry of frames) {
        const viaVerb = verb && entry.verbs.includes(t.lemmaKey);
        if (viaVerb || adjectiveFrames.includes(entry)) found.push({ entry, trigger: k, viaVerb, objects: [...objects] });
      }
      break;
    }
    if (t.text === ';' || t.text === ':') break;
  }
  return found;
}

/** The "to" of the infinitive a verb right after "and"/"or" is coordinated with, or -1. */
function coordinatedInfinitive(doc: Doc, sentence: Sentence, verbStart: number): number {
  const conjunction = doc.tokens[verbStart - 1];
  if (!conjunction || (conjunction.normal !== 'and' && conjunction.normal !== 'or')) return -1;
  // Only a base form shares the infinitive: "urged the embassy to reconsider and spoke with Pompeo" goes with "urged".
  const verb = doc.tokens[verbStart]!;
  if (verb.normal !== verb.lemma) return -1;
  for (let k = verbStart - 2; k > sentence.firstToken && k >= verbStart - FRAME_REACH; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === 'PUNCT') return -1;
    if (t.pos === 'VERB') return doc.tokens[k - 1]?.normal === 'to' ? k - 1 : -1;
  }
  return -1;
}

function reportedSpeech(doc: Doc, sentence: Sentence, before: number): boolean {
  for (let k = sentence.firstToken; k < before; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' && REPORTING_LEMMAS.has(t.lemma)) return true;
  }
  return false;
}
