// Test helper: codes a text with the built-in knowledge and returns its events in a compact, readable form.
import { codeArticle } from '../../src/pipeline/pipeline.js';
import { loadKnowledge } from '../../src/dictionaries/knowledge.js';
import { spanText } from '../../src/document/doc.js';
import type { Knowledge } from '../../src/dictionaries/model.js';

let builtIn: Knowledge | null = null;

export interface CompactEvent {
  cameo: string;
  source: string;
  target: string | null;
  sourceText: string;
  targetText: string | null;
  modality: string;
  date: string | null;
}

/** Every event dyad codes in `text` (any modality), with the article date given. */
export function codeWithBuiltIns(text: string, date = '2024-04-20'): CompactEvent[] {
  builtIn ??= loadKnowledge();
  const doc = codeArticle({ id: 't', date, title: null, text, url: null, source: null, origin: { file: 't', line: 1 } }, { knowledge: builtIn });
  return doc.events.map((e) => ({
    cameo: e.cameo, source: e.source.code, target: e.target?.code ?? null,
    sourceText: spanText(doc, e.source.tokens), targetText: e.target ? spanText(doc, e.target.tokens) : null,
    modality: e.modality, date: e.date?.value ?? null,
  }));
}

/** The events as "CAMEO SOURCE→TARGET" strings, in text order: easy to compare in one assertion. */
export function dyads(text: string, date?: string): string[] {
  return codeWithBuiltIns(text, date).map((e) => `${e.cameo} ${e.source}→${e.target ?? '-'}`);
}
