// Writes stored events as PLOVER JSON: the PLOVER event type and mode, actor and recipient with country and role, place, and the sentence.
import type { OutputActor } from '../document/types.js';
import type { StoredEvent } from '../store/model.js';

export interface PloverEvent {
  id: string;
  date: string;
  date_precision: string;
  event: string;
  mode: string | null;
  context: string[];
  actor: string;
  actor_country: string | null;
  actor_role: string | null;
  actor_code: string;
  recipient: string | null;
  recipient_country: string | null;
  recipient_role: string | null;
  recipient_code: string | null;
  location: StoredEvent['location'];
  text: string;
  cameo: string;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  story_id: string;
}

const name = (a: OutputActor) => a.name ?? a.text;

export function toPlover(e: StoredEvent): PloverEvent {
  return {
    id: e.id,
    date: e.date,
    date_precision: e.date_precision,
    event: e.plover,
    mode: e.plover_mode,
    // dyad codes no PLOVER contexts yet: an empty list, not a guess.
    context: [],
    actor: name(e.source),
    actor_country: e.source.country,
    actor_role: e.source.agent,
    actor_code: e.source.code,
    recipient: e.target ? name(e.target) : null,
    recipient_country: e.target?.country ?? null,
    recipient_role: e.target?.agent ?? null,
    recipient_code: e.target?.code ?? null,
    location: e.location,
    text: e.sentence.trim(),
    cameo: e.cameo,
    num_mentions: e.num_mentions,
    num_articles: e.num_articles,
    num_sources: e.num_sources,
    story_id: e.article_id,
  };
}
