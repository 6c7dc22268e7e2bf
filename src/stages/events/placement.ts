// Where bare role words and unnamed doers belong: the country of the place an act happens in, or of its counterpart at home.
import type { ActorMention, Doc, Sentence } from '../../doc/types.js';
import { HOME_STATE_ROLES, splitActorCode, STATE_ROLES } from '../../ontology/actor-codes.js';

/** What placing reads of a sentence being coded. */
export interface PlaceContext {
  doc: Doc;
  sentence: Sentence;
  actors: ActorMention[];
}

/** Prepositions of place: "in Baghdad", "at a Moscow airport", "outside Basra". */
export const LOCATIVE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout']);

/** A role word with no country or organisation of its own ("officials", "people"): code "---ROLE". */
export function roleOnly(actor: ActorMention): boolean {
  return actor.country === null && actor.code.startsWith('---');
}

/** Roots of violence whose unnamed perpetrator is coded where it struck: assault, fighting, mass violence. */
export const VIOLENT_ROOTS = new Set(['18', '19', '20']);

/**
 * "Three US servicemen were killed by a roadside bomb outside the Iraqi city of Basra": violence whose doer the
 * sentence does not name is coded, as ICEWS and the CAMEO examples code it, to unidentified armed forces (UAF) of
 * the country where it happened. Only when the clause names a place and no other party (a "with" or "by" party
 * would be the doer, or a second victim).
 */
export function unidentifiedAttackers(ctx: PlaceContext, after: { start: number; end: number }, at: number): ActorMention[] {
  const inClause = ctx.actors.filter((a) => a.tokens.start >= after.start && a.tokens.end <= after.end);
  // "killed in a United States counterterrorism operation", "killed in an Israeli air strike": the country that
  // qualifies the attack is its doer.
  const doer = inClause.find((a) => a.country && attackNounAfter(ctx, a.tokens.end));
  if (doer) return [doer];
  if (inClause.length === 0 || inClause.some((a) => !a.country || !inPlacePhrase(ctx, a))) return [];
  const place = inClause[inClause.length - 1]!;
  const code = `${place.country}UAF`;
  return [{ ...splitActorCode(code), sentence: ctx.sentence.index, tokens: { start: at, end: at }, name: null, known: true, entry: `implicit: unidentified attackers where it happened (${place.entry})`, implicit: true }];
}

/** Nouns of an armed attack ("air strike", "raid", "operation"): the actor before them is its doer. */
const ATTACK_NOUNS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'operation', 'operations', 'attack', 'attacks', 'offensive', 'bombing', 'bombardment', 'shelling', 'assault', 'ambush', 'missile', 'rocket', 'drone']);

/** An attack noun within the two words after `from` ("an Israeli air strike", "a U.S. counterterrorism operation"). */
function attackNounAfter(ctx: PlaceContext, from: number): boolean {
  for (let k = from; k < Math.min(from + 3, ctx.sentence.endToken); k++) {
    const t = ctx.doc.tokens[k]!;
    if (ATTACK_NOUNS.has(t.normal)) return true;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.text !== '-') return false;
  }
  return false;
}

/** Words that may stand between a locative preposition and the place it introduces ("outside of the Iraqi city of"). */
const PLACE_PHRASE_REACH = 6;

/**
 * An actor inside a locative phrase: "in Baghdad", "outside of the Iraqi city of Basra", "at a Moscow airport". One
 * that qualifies an attack is its doer, no place ("in an Israeli air strike").
 */
export function inPlacePhrase(ctx: PlaceContext, actor: ActorMention): boolean {
  if (attackNounAfter(ctx, actor.tokens.end)) return false;
  for (let k = actor.tokens.start - 1; k >= Math.max(ctx.sentence.firstToken, actor.tokens.start - PLACE_PHRASE_REACH); k--) {
    const t = ctx.doc.tokens[k]!;
    if (LOCATIVE.has(t.normal)) return true;
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'PRON' || t.normal === 'by' || t.normal === 'with') return false;
  }
  return false;
}

/** Arrests, expulsions and repression: done to unnamed people, they are done at home. */
const HOME_COERCION = ['173', '174', '175'];

/** Roots of acts mostly done at home to unnamed people: yielding, protest, coercion, force, mass violence. */
const DOMESTIC_ROOTS = new Set(['08', '14', '15', '17', '18', '19', '20']);

/** A placeable role word with the country of the place its clause names ("Protesters marched in Cairo"), else as it is. */
export function placedByClause(ctx: PlaceContext, role: ActorMention, clause: { start: number; end: number }): ActorMention {
  if (!placeable(role)) return role;
  const place = placeIn(ctx, clause, role);
  return place ? roleOf(role, place.country!, place.entry) : role;
}

/** The first actor with a country that stands in a place phrase inside `window` ("in Cairo"), other than `role`. */
function placeIn(ctx: PlaceContext, window: { start: number; end: number }, role: ActorMention): ActorMention | undefined {
  return ctx.actors.find((a) => a.country && a !== role && a.tokens.start >= window.start && a.tokens.end <= window.end && inPlacePhrase(ctx, a));
}

/** A bare role word given a country ("demonstrators" → EGYOPP), with what placed it in its entry. */
function roleOf(role: ActorMention, country: string, by: string): ActorMention {
  return { ...role, ...splitActorCode(country + role.code.slice(3)), entry: `${role.entry} + placed by ${by}` };
}

/** A bare role word that a place may give a country: civilians, police and courts; not officials or soldiers. */
export function placeable(role: ActorMention): boolean {
  const roleCode = role.code.slice(3);
  const stateRole = roleCode.slice(0, 3);
  return roleOnly(role) && roleCode !== '' && (!STATE_ROLES.has(stateRole) || HOME_STATE_ROLES.has(stateRole));
}

/**
 * A bare civilian (or police) role word ("arrested 100 protesters in Hebron", "Prisoners rioted at a jail in Dili")
 * takes the country of the place where the act happens. Abroad for its counterpart that holds for any act; at home
 * only for the acts of DOMESTIC_ROOTS, as other domestic acts on unnamed people ("told reporters in Washington") are
 * too often incidental to code as dyads. With no place, the unnamed side of an arrest, expulsion or repression, or of
 * an act by a country's police, courts, government or parliament on protesters and the like, is at home: "Egyptian
 * police opened fire to disperse demonstrators" is Egypt acting on Egyptians, as ICEWS and the CAMEO examples code it.
 */
export function placedRole(ctx: PlaceContext, role: ActorMention, counterpart: ActorMention, window: { start: number; end: number }, code: string | null): ActorMention {
  if (!placeable(role)) return role;
  const roleCode = role.code.slice(3);
  const domestic = code !== null && DOMESTIC_ROOTS.has(code.slice(0, 2));
  const place = placeIn(ctx, window, role);
  let country: string | null = null;
  let by = '';
  if (place?.country && (place.country !== counterpart.country || domestic)) {
    country = place.country;
    by = place.entry;
  } else if (!place && domestic && !HOME_STATE_ROLES.has(roleCode.slice(0, 3)) && counterpart.country && (HOME_COERCION.some((c) => code!.startsWith(c)) || ['COP', 'JUD', 'GOV', 'LEG'].includes(counterpart.agent ?? ''))) {
    country = counterpart.country;
    by = `the country of ${counterpart.code}`;
  }
  return country ? roleOf(role, country, by) : role;
}
