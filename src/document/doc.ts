// Creating a Doc and reading spans off it without copying the article text.
import type { Article, Doc, Sentence, TokenSpan } from './types.js';

export function newDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    sentences: [],
    tokens: [],
    actors: [],
    events: [],
    places: [],
    discards: { sentences: new Map(), story: null },
  };
}

/** The text of a token span, as it stands in the article. */
export function spanText(doc: Doc, span: TokenSpan): string {
  if (span.end <= span.start) return '';
  return doc.text.slice(doc.tokens[span.start]!.start, doc.tokens[span.end - 1]!.end);
}

/** Character offsets of a token span relative to the start of its sentence (the schema's evidence convention). */
export function spanOffsetsInSentence(doc: Doc, sentence: Sentence, span: TokenSpan): [number, number] {
  return [doc.tokens[span.start]!.start - sentence.start, doc.tokens[span.end - 1]!.end - sentence.start];
}

export function sentenceText(doc: Doc, sentence: Sentence): string {
  return doc.text.slice(sentence.start, sentence.end);
}
