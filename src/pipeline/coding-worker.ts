// A worker thread's task: code one article with the dictionaries and gazetteer this worker loaded once, and give back its events.
import type { Article, CodedEvent } from '../document/types.js';
import { codeArticle, type PipelineContext } from './pipeline.js';
import { codedEvents } from '../document/coded-events.js';
import { loadKnowledge, type KnowledgeOptions } from '../dictionaries/knowledge.js';
import { loadGazetteer } from '../stages/places/gazetteer.js';

export interface CodingTask {
  article: Article;
  knowledge: KnowledgeOptions;
  places: boolean;
}

export type CodingResult = { events: CodedEvent[] } | { error: string };

/** The dictionaries and the gazetteer (or none, without places) a coder needs. */
export function codingContext(knowledge: KnowledgeOptions, places: boolean): PipelineContext {
  return { knowledge: loadKnowledge(knowledge), gazetteer: places ? loadGazetteer() : null };
}

/** One article's events, or the message of what went wrong coding it. */
export function codeWith(context: PipelineContext, article: Article): CodingResult {
  try {
    return { events: codedEvents(codeArticle(article, context)) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** This worker's dictionaries and gazetteer: read from the compiled cache on its first task, immutable after. */
let context: PipelineContext | null = null;

export default function codeTask(task: CodingTask): CodingResult {
  context ??= codingContext(task.knowledge, task.places);
  return codeWith(context, task.article);
}
