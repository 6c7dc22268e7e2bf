// An article as both stores keep it in a row (its origin as "file:line"), and back.
import type { Article } from '../document/types.js';

export interface ArticleRow {
  id: string;
  content_hash: string;
  date: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  text: string;
  origin: string;
}

export function articleOf(r: ArticleRow): Article {
  const cut = r.origin.lastIndexOf(':');
  return { id: r.id, date: r.date, title: r.title, url: r.url, source: r.source, text: r.text, origin: { file: r.origin.slice(0, cut), line: Number(r.origin.slice(cut + 1)) || 0 } };
}

/** The article with its content hash, as `EventStore.article` answers (the hash second, as the API has always shown it). */
export function storedArticleOf(r: ArticleRow): Article & { content_hash: string } {
  const { id, ...rest } = articleOf(r);
  return { id, content_hash: r.content_hash, ...rest };
}
