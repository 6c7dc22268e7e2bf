// The parties around a verb: the first actor group in a window, lists of actors, by-phrases, and places that are not parties.
import type { ActorMention } from '../../document/types.js';
import { isContentVerb, reducedRelative } from './clause.js';
import { LOCATIVE, placeable } from './placement.js';
import type { SentenceContext } from './context.js';
import { QUANTITY_HEADS, brokerOnly } from './subjects.js';
import { lexicon } from '../../text/lexicon.js';

const PLACE_NOUNS = lexicon('place-nouns.txt');

/** The actors in the first actor phrase after `from`, with the rest of a list it heads ("Zaire and Costa Rica"). */
export function firstActorGroup(ctx: SentenceContext, from: number, to: number): ActorMention[] {
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

export function locative(ctx: SentenceContext, actor: ActorMention): boolean {
  let before = precedingWord(ctx, actor);
  // "in the US states of Idaho", "in the territory of American Samoa", "in the capital city of Washington": a place
  // noun and "of" stand between the locative and the name.
  if (ctx.doc.tokens[before]?.normal === 'of' && PLACE_NOUNS.has(ctx.doc.tokens[before - 1]?.normal ?? '')) {
    let k = before - 2;
    while (k >= ctx.sentence.firstToken && (MODIFIER_TAGS.has(ctx.doc.tokens[k]!.pos) || PLACE_NOUNS.has(ctx.doc.tokens[k]!.normal))) k--;
    before = k;
  }
  return LOCATIVE.has(ctx.doc.tokens[before]?.normal ?? '');
}

/** Words that may qualify a place noun before it: "the US states", "the northern Syrian city". */
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'PROPN', 'NUM']);

/** A place: in a locative phrase, or listed after one ("in New York, New York", "in the states of Arizona, Florida, and Illinois"). */
export function placeLike(ctx: SentenceContext, actor: ActorMention): boolean {
  if (locative(ctx, actor)) return true;
  let before = precedingWord(ctx, actor);
  const joiner = ctx.doc.tokens[before];
  if (joiner?.normal === 'and' || joiner?.normal === 'or') before -= ctx.doc.tokens[before - 1]?.text === ',' ? 1 : 0;
  else if (joiner?.text !== ',') return false;
  // "in Cotonou, Yayi thanked Bush": a name after a comma and before its verb opens a clause; it is no place.
  else if (ctx.doc.tokens[actor.tokens.end]?.pos === 'VERB') return false;
  const listed = ctx.actors.find((a) => a.tokens.end === before);
  return listed !== undefined ? placeLike(ctx, listed) : joiner?.text === ',' && closesPlaceChain(ctx, before, actor);
}

/** The most words of a place name between a locative and the comma before a country: "in Livorno, Italy". */
const CHAIN_PLACE_WORDS = 4;

/** Lower-case particles inside names: data/lexicon/name-particles.txt. */
const NAME_PARTICLES = lexicon('name-particles.txt');

/**
 * A country after a comma that closes a locative phrase naming a place that is no actor: "in a port in Livorno,
 * Italy", "at two polling stations in Buluan and Lanao, Philippines", "in Kpendjal Prefecture, Togo". Not when
 * a verb follows ("talks opened in Geneva, Iran said"): then the name opens a clause of its own.
 */
function closesPlaceChain(ctx: SentenceContext, comma: number, actor: ActorMention): boolean {
  const next = ctx.doc.tokens[actor.tokens.end];
  if (next && next.pos !== 'PUNCT' && next.pos !== 'ADP') return false;
  let k = comma - 1;
  let words = 0;
  while (k >= ctx.sentence.firstToken && words < CHAIN_PLACE_WORDS && !ctx.actorAt.has(k)) {
    const t = ctx.doc.tokens[k]!;
    // "Buluan and Lanao", "Ras al Khaimah": names joined by "and", and the lower-case particles inside them.
    if (!/^\p{Lu}/u.test(t.text) && t.normal !== 'and' && !(words > 0 && NAME_PARTICLES.has(t.normal))) break;
    k--;
    if (t.normal !== 'and') words++;
  }
  return words > 0 && LOCATIVE.has(ctx.doc.tokens[k]?.normal ?? '');
}

/** The token before an actor phrase, past its determiners and adjectives ("in the evil Gondor" → "in"). */
export function precedingWord(ctx: SentenceContext, actor: ActorMention): number {
  let k = actor.tokens.start - 1;
  while (k >= ctx.sentence.firstToken && (ctx.doc.tokens[k]!.pos === 'DET' || ctx.doc.tokens[k]!.pos === 'ADJ')) k--;
  return k;
}

/** Where a verb's by-phrase starts ("imposed on Russian officials by the EU"), else the end of its window. */
export function byToken(ctx: SentenceContext, after: { start: number; end: number }): number {
  for (let k = after.start; k < after.end; k++) if (ctx.words[k] === 'BY') return k;
  return after.end;
}

export function byPhraseActor(ctx: SentenceContext, from: number, to: number): ActorMention[] {
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
export function actorList(ctx: SentenceContext, anchor: ActorMention, direction: 1 | -1): ActorMention[] {
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
