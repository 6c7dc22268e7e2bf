// The coding pipeline: its stages in the one order they run, each declaring what it reads and writes on the Doc.
import type { Article, Doc } from '../document/types.js';
import type { Knowledge } from '../dictionaries/model.js';
import { newDoc } from '../document/doc.js';
import { segment } from '../stages/segment/segment.js';
import { findDiscards } from '../stages/discards/discards.js';
import { findActors } from '../stages/actors/actors.js';
import { findEvents } from '../stages/events/events.js';
import { resolveEventDates } from '../stages/dates/dates.js';
import { findPlaces } from '../stages/places/places.js';
import { settleAwaitingEvents } from '../stages/places/settle.js';
import { scoreConfidence } from '../stages/confidence/confidence.js';
import type { Gazetteer } from '../stages/places/gazetteer.js';
import { verbIndex } from '../stages/events/verb-index.js';
import { derivedFrom } from '../dictionaries/derived.js';

/** The one-word verb forms the dictionaries code, as a membership test for the segment stage. */
const verbForms = derivedFrom((knowledge: Knowledge): ((key: string) => boolean) => {
  const forms = new Set<string>();
  for (const key of verbIndex(knowledge).byForm.keys()) if (!key.includes(' ')) forms.add(key);
  return (key) => forms.has(key);
});

export interface PipelineContext {
  knowledge: Knowledge;
  /** Without one, events get no location (a run that does not need places skips loading ~135,000 of them). */
  gazetteer?: Gazetteer | null;
  /**
   * Also resolve the places of an article with no event (`Doc.places`). Off by default: the coder's output is events,
   * an article without any has nothing to place, and four in five news articles have none, so the places stage skips
   * them. Tests and `npm run places:accuracy`, which read the places themselves, turn it on.
   */
  placesOfEventlessArticles?: boolean;
}

export interface Stage {
  name: string;
  requires: ReadonlyArray<keyof Doc>;
  assigns: ReadonlyArray<keyof Doc>;
  run(doc: Doc, context: PipelineContext): Doc;
}

/** The stages, in order. Dedup joins here, and nowhere else. */
export const STAGES: readonly Stage[] = [
  { name: 'segment', requires: ['text'], assigns: ['sentences', 'tokens'], run: (doc, c) => segment(doc, { isVerbForm: verbForms(c.knowledge) }) },
  { name: 'discards', requires: ['tokens', 'sentences'], assigns: ['discards'], run: (doc, c) => findDiscards(doc, c.knowledge) },
  { name: 'actors', requires: ['tokens', 'sentences'], assigns: ['actors'], run: (doc, c) => findActors(doc, c.knowledge) },
  { name: 'events', requires: ['tokens', 'sentences', 'actors', 'discards'], assigns: ['events'], run: (doc, c) => findEvents(doc, c.knowledge) },
  { name: 'dates', requires: ['sentences', 'events'], assigns: ['events'], run: (doc) => resolveEventDates(doc) },
  {
    name: 'places', requires: ['sentences', 'actors', 'events'], assigns: ['places', 'events'],
    run: (doc, c) => {
      if (doc.events.length === 0 && !c.placesOfEventlessArticles) return doc;
      return c.gazetteer ? findPlaces(doc, { gazetteer: c.gazetteer, knowledge: c.knowledge }) : { ...doc, events: settleAwaitingEvents(doc.events, []) };
    },
  },
  { name: 'confidence', requires: ['tokens', 'sentences', 'actors', 'events'], assigns: ['events'], run: (doc) => scoreConfidence(doc) },
];

/** Checks, once, that every stage's inputs are assigned by an earlier stage (or by the Doc's creation). */
export function checkStageOrder(stages: readonly Stage[]): void {
  const available = new Set<keyof Doc>(['article', 'text']);
  for (const stage of stages) {
    for (const field of stage.requires) {
      if (!available.has(field)) throw new Error(`dyad: stage "${stage.name}" requires Doc.${String(field)}, which no earlier stage assigns`);
    }
    for (const field of stage.assigns) available.add(field);
  }
}

checkStageOrder(STAGES);

export function codeArticle(article: Article, context: PipelineContext, stages: readonly Stage[] = STAGES): Doc {
  let doc = newDoc(article);
  for (const stage of stages) doc = stage.run(doc, context);
  return doc;
}
