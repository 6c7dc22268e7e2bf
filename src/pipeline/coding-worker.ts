// A worker thread's task: code one article with the dictionaries and gazetteer this worker loaded once, and give back its events.
import type { Article, CodedEvent } from '../doc/types.js';
import { codeArticle, type PipelineContext } from './pipeline.js';
import { codedEvents } from '../output/coded-events.js';
import { loadKnowledge, type KnowledgeOptions } from '../dictionaries/knowledge.js';
import { loadGazetteer } from '../stages/places/gazetteer.js';

export interface CodingTask {
  article: Article;
  knowledge: KnowledgeOptions;
  places: boolean;
}

export type CodingResult = { events: CodedEvent[] } | { error: string };

/** This worker's dictionaries and gazetteer: read from the compiled cache on its first task, immutable after. */
let context: PipelineContext | null = null;

export default function codeTask(task: CodingTask): CodingResult {
  context ??= { knowledge: loadKnowledge(task.knowledge), gazetteer: task.places ? loadGazetteer() : null };
  try {
    return { events: codedEvents(codeArticle(task.article, context)) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
