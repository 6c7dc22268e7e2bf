// Settles the events that wait for a place: their role-word parties take the country where the event happened, or the event goes.
import type { ActorMention, EventMention, PlaceMention } from '../../document/types.js';
import { splitActorCode } from '../../ontology/actor-codes.js';

/**
 * The events stage leaves "Six people are killed during an attack in Markoye" waiting (`awaitsPlace`): the victims
 * are a role word that only the place can give a country. The event's own place settles it; failing that, a place
 * named in its sentence as where something happened, a place inside the role word's own phrase ("West Midlands
 * Police"), or the dateline. Without any, or without places at all (--no-places), the event is left out, as it was
 * before places could settle it: a role word with no country is no party.
 */
export function settleAwaitingEvents(located: readonly EventMention[], places: readonly PlaceMention[]): EventMention[] {
  const out: EventMention[] = [];
  for (const event of located) {
    if (!event.awaitsPlace) {
      out.push(event);
      continue;
    }
    // The doer's own name is no place it acted in ("Russia launches an attack on Kyiv, injuring 13 people").
    const own = event.location?.country && !within(event.location, event.source) ? event.location : undefined;
    const place = own ?? placeFor(event, places);
    if (!place?.country) continue;
    const { awaitsPlace: _settled, ...rest } = event;
    const settled: EventMention = { ...rest, source: placed(event.source, place), target: event.target ? placed(event.target, place) : null, location: own ?? place };
    // "Two suicide bombers killed 23 people ... when they blew themselves up in Tel Aviv": one act, told twice.
    if (located.some((e) => !e.awaitsPlace && sameAct(e, settled)) || out.some((e) => sameAct(e, settled))) continue;
    out.push(settled);
  }
  return out;
}

function within(place: PlaceMention, actor: ActorMention): boolean {
  return place.tokens.start >= actor.tokens.start && place.tokens.end <= actor.tokens.end;
}

function placeFor(event: EventMention, places: readonly PlaceMention[]): PlaceMention | undefined {
  // A place in a role word's own phrase ("West Midlands Police"); not in a named party's ("Russia").
  const inside = (a: ActorMention | null) => (a && a.country === null && !a.unknown ? places.find((p) => p.country && within(p, a)) : undefined);
  return places.find((p) => p.country && p.sentence === event.sentence && p.role === 'locative' && !within(p, event.source))
    ?? inside(event.target) ?? inside(event.source)
    ?? places.find((p) => p.country && p.role === 'dateline');
}

/** A bare role word ("---PPL") given the place's country; named and unknown parties stay as they are. */
function placed(actor: ActorMention, place: PlaceMention): ActorMention {
  if (actor.unknown || actor.country !== null || !actor.code.startsWith('---')) return actor;
  return { ...actor, ...splitActorCode(place.country + actor.code.slice(3)), entry: `${actor.entry} + placed where the event happened (${place.name})` };
}

/** Two events of a sentence with the same code and the same countries on each side. */
function sameAct(a: EventMention, b: EventMention): boolean {
  const side = (x: ActorMention | null) => (x ? x.country ?? x.code : null);
  return a.sentence === b.sentence && a.cameo === b.cameo && side(a.source) === side(b.source) && side(a.target) === side(b.target);
}
