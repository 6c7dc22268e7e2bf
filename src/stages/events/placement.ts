// Where bare role words and unnamed doers belong: the country of the place an act happens in, or of its counterpart at home.
import type { ActorMention, Doc, Sentence } from '../../document/types.js';
import { HOME_STATE_ROLES, splitActorCode, STATE_ROLES } from '../../ontology/actor-codes.js';
import { lexicon } from '../../text/lexicon.js';

/** What placing reads of a sentence being coded. */
export interface PlaceContext {
  doc: Doc;
  sentence: Sentence;
  actors: ActorMention[];
}

/** Prepositions of place: "in Baghdad", "at a Moscow airport", "outside Basra". */
export const LOCATIVE: ReadonlySet<string> = lexicon('event-locatives.txt');

/** A role word with no country or organisation of its own ("officials", "people"): code "---ROLE". */
export function roleOnly(actor: ActorMention): boolean {
  return actor.country === null && actor.code.startsWith('---');
}

/** Roots of violence whose unnamed perpetrator is coded where it struck: assault, fighting, mass violence. */
export const VIOLENT_ROOTS = new Set(['18', '19', '20']);

/** Acts of a state on people in its power: coercion (arrest, detention, expulsion, bans), releases and court verdicts. */
const STATE_ACTS = ['17', '084', '115', '116'];

/**
 * The doer of a passive that names none. Violence ("Twelve people are killed in an airstrike on a market in Idlib",
 * "Three US servicemen were killed by a roadside bomb outside the Iraqi city of Basra") is done by the country that
 * qualifies the attack ("killed in an Israeli air strike"), else by a party the text does not name: an unknown source,
 * never a made-up code. Not when the clause names another party that may be the doer ("killed in clashes with
 * Hamas"), nor for deaths in accidents and disasters. An arrest, a release or a verdict ("Aung San Suu Kyi is
 * released", "Two people are arrested in New York City") is the act of the state that holds the person: the country
 * of the person, or of the place, implicit, as event coders write it.
 */
export function unnamedDoers(ctx: PlaceContext, after: { start: number; end: number }, at: number, code: string, targets: readonly ActorMention[]): ActorMention[] {
  if (VIOLENT_ROOTS.has(code.slice(0, 2))) {
    if (accidentalDeath(ctx, at)) return [];
    const inClause = ctx.actors.filter((a) => a.tokens.start >= after.start && a.tokens.end <= after.end && !targets.includes(a));
    const doer = inClause.find((a) => a.country && attackNounAfter(ctx, a.tokens.end)) ?? inClause.find((a) => otherSide(ctx, a));
    if (doer) return [doer];
    // A country or city listed after a place ("in Helmand province, Kandahar province, and Nangarhar province of
    // Afghanistan", "in Azaz, Aleppo Governorate, Syria") is a place too; a party (a role, an armed group) is not.
    if (inClause.some((a) => !inPlacePhrase(ctx, a) && (a.agent !== null || !inPlaceList(ctx, at, a)))) return [];
    const where = targets.some((t) => t.country) || inClause.some((a) => a.country);
    // With victims named by a role only ("Six people are killed"), the place of the event will say where (awaitingPlace).
    return where || targets.some(placeable) ? [unknownActor(ctx.sentence.index, at, 'unknown: the text does not say who did it')] : [];
  }
  if (!STATE_ACTS.some((prefix) => code.startsWith(prefix))) return [];
  const home = targets.find((t) => t.country && !roleOnly(t)) ?? placeIn(ctx, after, null);
  if (!home?.country) return [];
  return [{ code: home.country, country: home.country, agent: null, sentence: ctx.sentence.index, tokens: { start: at, end: at }, name: null, known: true, entry: `implicit: the state of ${home.code} (${home.entry})`, implicit: true }];
}

/** Nouns of fighting between two sides ("clashes", "war"): data/lexicon/fighting-nouns.txt. */
const FIGHTING_NOUNS = lexicon('fighting-nouns.txt');

/** Words between a noun of fighting or attack and the "with" or "by" of the other side: "an attack on the markets by". */
const OTHER_SIDE_REACH = 6;

/**
 * A party the clause of a killing names as the other side, its doer: "killed in clashes with Hamas", "killed during an
 * ambush by Al-Qaeda-linked militants", "an attack on the markets by suspected Islamist militants", "died fighting
 * ISIL forces". Not a party after "against" ("an attack against the Taliban"), which is the attacked.
 */
function otherSide(ctx: PlaceContext, actor: ActorMention): boolean {
  let k = actor.tokens.start - 1;
  while (k > ctx.sentence.firstToken && (ctx.doc.tokens[k]!.pos === 'DET' || ctx.doc.tokens[k]!.pos === 'ADJ')) k--;
  const before = ctx.doc.tokens[k]!;
  // "died fighting ISIL forces" (the tagger may read "fighting" as a noun there); not "in heavy fighting with".
  if (before.normal === 'fighting' && k === actor.tokens.start - 1 && !['DET', 'ADJ', 'ADP'].includes(ctx.doc.tokens[k - 1]?.pos ?? '')) return true;
  if (before.normal !== 'with' && before.normal !== 'by') return false;
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - OTHER_SIDE_REACH); j--) {
    const t = ctx.doc.tokens[j]!;
    if (FIGHTING_NOUNS.has(t.normal) || ATTACK_NOUNS.has(t.normal)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/** An actor in a list that a locative preposition after `from` opened, with no verb, "by" or "with" between. */
function inPlaceList(ctx: PlaceContext, from: number, actor: ActorMention): boolean {
  let opened = false;
  for (let k = from + 1; k < actor.tokens.start; k++) {
    const t = ctx.doc.tokens[k]!;
    if (LOCATIVE.has(t.normal)) opened = true;
    else if (t.pos === 'VERB' || t.normal === 'by' || t.normal === 'with') opened = false;
  }
  return opened;
}

/** Words before "fire" that make it a weapon's ("opened fire", "an exchange of fire"), not a blaze. */
const GUNFIRE = lexicon('gunfire-modifiers.txt');

/** A death or injury from an accident or a disaster named after the verb ("killed in a bus crash", "when a truck overturns"). */
export function accidentalDeath(ctx: PlaceContext, from: number): boolean {
  const words = lexicon('accident-words.txt');
  for (let k = from + 1; k < ctx.sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (words.has(t.normal) && !(t.normal.startsWith('fire') && GUNFIRE.has(ctx.doc.tokens[k - 1]!.normal))) return true;
  }
  return false;
}

/** A party the text does not name nor imply ("killed by a roadside bomb"): no code, no country, no words. */
export function unknownActor(sentence: number, at: number, entry: string): ActorMention {
  return { code: '', country: null, agent: null, sentence, tokens: { start: at, end: at }, name: null, known: false, entry, implicit: true, unknown: true };
}

/** Nouns of an armed attack ("air strike", "raid", "operation"): the actor before them is its doer. */
const ATTACK_NOUNS = lexicon('attack-nouns.txt');

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

/** Acts whose unplaced role-word party takes the country of the place they happen in: violence and the state's coercion. */
function settledByPlace(code: string): boolean {
  return VIOLENT_ROOTS.has(code.slice(0, 2)) || STATE_ACTS.some((prefix) => code.startsWith(prefix));
}

/**
 * The role-word target an event waits for the places stage to place, when nothing in the sentence placed it: a
 * violent or coercive act on people named by a role only, by a named country, an unknown doer or a role word too
 * ("Gunmen kill three guards"). Null when the act is of another kind or the party may not be placed.
 */
export function awaitingPlace(source: ActorMention, targets: readonly ActorMention[], code: string): ActorMention | null {
  if (!settledByPlace(code)) return null;
  // A named group without a country of its own ("an ambush by al-Qaeda") acts where it struck, too.
  if (!(source.unknown || (source.known && !roleOnly(source)) || placeable(source))) return null;
  return targets.find((t) => t !== source && placeable(t)) ?? null;
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
function placeIn(ctx: PlaceContext, window: { start: number; end: number }, role: ActorMention | null): ActorMention | undefined {
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
